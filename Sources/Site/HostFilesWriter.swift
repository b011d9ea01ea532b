// Writes `_redirects` and `_headers` into the output when the config's `publish.host_files` is on.

import Hosting

extension SiteWriter {
    func writeHostFiles(written: Set<String>, into result: inout WriteResult) {
        var moves: [(from: String, to: String)] = []
        for article in site.articles {
            for alias in article.frontMatter.aliases {
                moves.append((paths.link(Redirects.normalize(alias)), paths.link(article.path)))
            }
        }
        write(HostFiles.redirects(moves), to: "_redirects", into: &result)
        let policy = CachePolicy(globs: config.publish.cacheRules)
        write(HostFiles.headers(files: written, policy: policy, basePath: paths.basePath), to: "_headers", into: &result)
    }
}
