// `_redirects` and `_headers`: sorted redirects, and non-overlapping header rules grouped by folder.

import Hosting
import Testing

@Suite struct HostFilesTests {
    @Test func redirectsAreSortedPermanentMoves() {
        let text = HostFiles.redirects([(from: "/old/b/", to: "/new/b/"), (from: "/old/a/", to: "/new/a/")])
        #expect(text == "/old/a/ /new/a/ 301\n/old/b/ /new/b/ 301\n")
    }

    @Test func headerRulesCoverEveryFileOnceAndGroupUniformFolders() {
        let files: Set<String> = ["index.html", "feed.xml", "assets/style.0123456789.css", "assets/logo.png",
                                  "images/a.jpg", "images/2025/b.jpg", "business/a/index.html", "business/index.html"]
        let text = HostFiles.headers(files: files, policy: CachePolicy(), basePath: "/")
        #expect(text == """
        /feed.xml
          Cache-Control: no-cache
        /
          Cache-Control: no-cache
        /index.html
          Cache-Control: no-cache
        /assets/logo.png
          Cache-Control: public, max-age=86400
        /assets/style.0123456789.css
          Cache-Control: public, max-age=31536000, immutable
        /business/*
          Cache-Control: no-cache
        /images/*
          Cache-Control: public, max-age=86400

        """)
    }

    @Test func basePathPrefixesEveryRule() {
        let text = HostFiles.headers(files: ["a/x.png"], policy: CachePolicy(), basePath: "/news/")
        #expect(text == "/news/a/*\n  Cache-Control: public, max-age=86400\n")
    }
}
