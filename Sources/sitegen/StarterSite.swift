// The files `sitegen new site` writes.

enum StarterSite {
    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    static let config = """
    title: "My Newsroom"
    base_url: "https://news.example.com/"
    language: en
    description: "Reporting and analysis."
    author: "Newsroom Staff"
    paginate: 20
    markdown:
      unsafe: false
      smart_punctuation: true

    """

    static let home = """
    ---
    title: "My Newsroom"
    ---

    Reporting and analysis, published with sitegen.

    """

    static let section = """
    ---
    title: "News"
    summary: "The latest stories."
    ---

    """

    static func article(date: String) -> String {
        """
        ---
        title: "Welcome to your new site"
        date: \(date)
        authors: ["Newsroom Staff"]
        tags: ["announcements"]
        summary: "Your site works: edit this article in content/news/welcome.md."
        ---

        This article lives in `content/news/welcome.md`. Edit it, then run `sitegen build`.

        ## Next steps

        - Add articles with `sitegen new article "Headline" --section news`.
        - Put images and downloads in `static/`.

        """
    }
}

import Foundation
