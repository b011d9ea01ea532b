// Path patterns for cache rules: basename patterns, single-folder and cross-folder stars.

import Hosting
import Testing

@Suite struct GlobTests {
    @Test func patternWithoutSlashMatchesNameAtAnyDepth() {
        let html = Glob("*.html")
        #expect(html.matches("index.html"))
        #expect(html.matches("business/a/index.html"))
        #expect(!html.matches("feed.xml"))
    }

    @Test func singleStarStaysInOneFolder() {
        let images = Glob("images/*.jpg")
        #expect(images.matches("images/a.jpg"))
        #expect(!images.matches("images/2024/a.jpg"))
        #expect(!images.matches("other/images/a.jpg"))
    }

    @Test func doubleStarCrossesFolders() {
        let assets = Glob("assets/**")
        #expect(assets.matches("assets/style.css"))
        #expect(assets.matches("assets/fonts/a.woff2"))
        #expect(!assets.matches("index.html"))
        let deep = Glob("**/index.html")
        #expect(deep.matches("index.html"))
        #expect(deep.matches("a/b/index.html"))
        #expect(!deep.matches("a/b/other.html"))
    }

    @Test func questionMarkIsOneCharacterButNotASlash() {
        #expect(Glob("a?c.txt").matches("abc.txt"))
        #expect(!Glob("dir?x").matches("dir/x"))
    }

    @Test func leadingSlashIsIgnored() {
        #expect(Glob("/feed.xml").matches("feed.xml"))
        #expect(Glob("/feed.xml").matches("/feed.xml"))
    }
}
