// Cache-Control defaults and rules, and content types for published files.

import Hosting
import Testing

@Suite struct CachePolicyTests {
    @Test func defaultsFitAStaticNewsSite() {
        let policy = CachePolicy()
        #expect(policy.cacheControl(for: "assets/style.e8c8861e81.css") == CachePolicy.immutable)
        #expect(policy.cacheControl(for: "index.html") == CachePolicy.revalidate)
        #expect(policy.cacheControl(for: "feed.xml") == CachePolicy.revalidate)
        #expect(policy.cacheControl(for: "feed.json") == CachePolicy.revalidate)
        #expect(policy.cacheControl(for: "images/photo.jpg") == CachePolicy.day)
        #expect(policy.cacheControl(for: "assets/style.css") == CachePolicy.day)
    }

    @Test func fingerprintNeedsEightHexDigitsBetweenDots() {
        #expect(CachePolicy.isFingerprinted("a/app.0123abcd.js"))
        #expect(!CachePolicy.isFingerprinted("a/app.0123abc.js"))
        #expect(!CachePolicy.isFingerprinted("deadbeefcafe.js"))
        #expect(!CachePolicy.isFingerprinted("report.final-version.pdf"))
    }

    @Test func firstMatchingRuleWins() {
        let policy = CachePolicy(rules: [
            .init(glob: Glob("images/**"), cacheControl: "public, max-age=600"),
            .init(glob: Glob("*.jpg"), cacheControl: "never reached for images/"),
        ])
        #expect(policy.cacheControl(for: "images/a/b.jpg") == "public, max-age=600")
        #expect(policy.cacheControl(for: "other/b.jpg") == "never reached for images/")
        #expect(policy.cacheControl(for: "index.html") == CachePolicy.revalidate)
    }

    @Test func contentTypesAndCompressibility() {
        #expect(ContentType.forPath("a/index.html") == "text/html; charset=utf-8")
        #expect(ContentType.forPath("atom.xml") == "application/atom+xml; charset=utf-8")
        #expect(ContentType.forPath("x.PNG") == "image/png")
        #expect(ContentType.isCompressible(ContentType.forPath("chart.svg")))
        #expect(ContentType.isCompressible(ContentType.forPath("feed.json")))
        #expect(!ContentType.isCompressible(ContentType.forPath("photo.jpg")))
    }
}
