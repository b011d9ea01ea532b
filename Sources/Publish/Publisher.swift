// A publish, step by step: scan, compare, print the plan, upload, then (only if every upload worked) delete and finish.

/// Options of one publish run.
public struct PublishOptions: Sendable {
    /// Print the plan and change nothing.
    public var dryRun = false
    /// Refuse to delete more remote files than this without being told.
    public var maxDeletes = 256
    /// Send every file, changed or not.
    public var force = false
    /// Uploads in flight at once.
    public var connections = 8
    public var retry = RetryPolicy()
    public var settings = PublishSettings()
    /// Paths in the built folder that are not part of the site (the build's ownership marker).
    public var exclude: Set<String> = []

    public init() {}
}

/// What a publish did.
public struct PublishReport: Sendable {
    public var plan: PublishPlan
    public var uploaded = 0
    public var deleted = 0
    public var dryRun = false
}

/// Publishes a built site folder to one destination.
public struct Publisher: Sendable {
    public var destination: any Destination
    public var options: PublishOptions

    public init(destination: any Destination, options: PublishOptions) {
        self.destination = destination
        self.options = options
    }

    /// `say` receives the plan and the summary; `progress` a short status line while uploading.
    public func publish(folder: String, say: @Sendable (String) -> Void = { _ in },
                        progress: @escaping @Sendable (Int, Int) -> Void = { _, _ in }) async throws(PublishError) -> PublishReport {
        let local = try await LocalSite.scan(folder: folder, extra: destination.extraFiles, exclude: options.exclude,
                                             settings: options.settings, compress: destination.sendsHeaders)
        let destination = self.destination
        let remote = try await options.retry.run { () throws(PublishError) in try await destination.inventory() }
        let plan = PublishPlan(local: local, remote: remote, force: options.force)
        say("plan: \(plan.summary)")
        var report = PublishReport(plan: plan, dryRun: options.dryRun)
        if plan.deleted.count > options.maxDeletes {
            throw PublishError("the plan deletes \(plan.deleted.count) published files, more than the limit of \(options.maxDeletes); "
                + "check the target, then rerun with --max-deletes \(plan.deleted.count) to allow it. Nothing was changed.")
        }
        if options.dryRun {
            for file in plan.new { say("  new      \(file.path)") }
            for file in plan.changed { say("  changed  \(file.path)") }
            for path in plan.deleted { say("  delete   \(path)") }
            return report
        }
        try await destination.prepare()
        report.uploaded = try await upload(plan.uploads, progress: progress)
        // Deletions wait for every upload: a page is never removed while what replaces it is missing.
        for start in stride(from: 0, to: plan.deleted.count, by: 1000) {
            let batch = Array(plan.deleted[start..<min(start + 1000, plan.deleted.count)])
            try await options.retry.run { () throws(PublishError) in try await destination.delete(batch) }
            report.deleted += batch.count
        }
        try await destination.finish(changed: !plan.isEmpty)
        return report
    }

    /// Uploads with at most `connections` in flight; the first lasting failure cancels the rest.
    private func upload(_ files: [PreparedFile], progress: @escaping @Sendable (Int, Int) -> Void) async throws(PublishError) -> Int {
        guard !files.isEmpty else { return 0 }
        let destination = self.destination
        let retry = options.retry
        let total = files.count
        let outcome: PublishError? = await withTaskGroup(of: PublishError?.self) { group in
            var next = 0
            var done = 0
            func start() {
                let file = files[next]
                next += 1
                group.addTask {
                    do throws(PublishError) {
                        try await retry.run { () throws(PublishError) in try await destination.upload(file) }
                        return nil
                    } catch {
                        return PublishError("\(file.path): \(error.message)")
                    }
                }
            }
            while next < min(options.connections, total) { start() }
            while let result = await group.next() {
                if let failure = result {
                    group.cancelAll()
                    return failure
                }
                done += 1
                progress(done, total)
                if next < total { start() }
            }
            return nil
        }
        if let outcome { throw outcome }
        return total
    }
}
