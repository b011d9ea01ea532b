// Writes the small HTML pages that send old URLs (front matter `aliases`) to the article's new one.

import Markdown

enum Redirects {
    static func page(to target: String, absolute: String, language: String) -> String {
        let href = escapeHTML(target)
        return """
        <!DOCTYPE html>
        <html lang="\(escapeHTML(language))">
        <head>
        <meta charset="utf-8">
        <title>Redirecting…</title>
        <link rel="canonical" href="\(escapeHTML(absolute))">
        <meta name="robots" content="noindex">
        <meta http-equiv="refresh" content="0; url=\(href)">
        </head>
        <body>
        <p>This page has moved to <a href="\(href)">\(escapeHTML(absolute))</a>.</p>
        </body>
        </html>

        """
    }

    /// An alias as written (`/old/path`, `old/path/`, `/old.html`) as a site path.
    static func normalize(_ alias: String) -> String {
        var path = alias.hasPrefix("/") ? alias : "/" + alias
        if !path.hasSuffix("/") && !path.hasSuffix(".html") { path += "/" }
        return path
    }
}
