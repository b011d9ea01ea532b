// Decides which link destinations are unsafe to emit when raw HTML is off (as cmark's scanner does).

enum URLSafety {
    /// `javascript:`, `vbscript:`, `file:` and `data:` other than raster images are dropped in safe mode.
    static func isDangerous(_ url: UnsafeBufferPointer<UInt8>) -> Bool {
        func hasPrefix(_ prefix: String) -> Bool {
            let p = Array(prefix.utf8)
            guard url.count >= p.count else { return false }
            for i in 0..<p.count where lower(url[i]) != p[i] { return false }
            return true
        }
        if hasPrefix("javascript:") || hasPrefix("vbscript:") || hasPrefix("file:") { return true }
        if hasPrefix("data:") {
            for image in ["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"] where hasPrefix(image) {
                return false
            }
            return true
        }
        return false
    }

    private static func lower(_ byte: UInt8) -> UInt8 {
        (byte >= 65 && byte <= 90) ? byte + 32 : byte
    }
}
