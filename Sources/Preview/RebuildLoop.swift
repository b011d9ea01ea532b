// The preview's main loop: each batch of file changes gives one incremental rebuild and one message to the pages.

import Site
import Watch

extension PreviewServer {
    /// Rebuilds `site` for every batch `watcher` delivers and tells open pages; `report` sees each update.
    public func follow(_ watcher: any FileWatcher, site: PreviewSite, report: @Sendable (PreviewSite.Update) -> Void) async {
        for await batch in watcher.changes() {
            let update = await site.rebuild(ChangeSet(paths: batch))
            publish(update)
            report(update)
        }
    }
}
