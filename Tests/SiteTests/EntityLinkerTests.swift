// Linking first mentions: only in running text, never inside links, headings, code or figures.

@testable import Site
import Testing

@Suite struct EntityLinkerTests {
    let targets: [(aliases: [String], url: String)] = [(["Bank of England", "BoE"], "/organizations/bank-of-england/"),
                                                       (["England"], "/places/england/"), (["Ana Costa"], "/people/ana-costa/")]

    @Test func linksTheFirstMentionInTextOnly() {
        let html = "<h2>Ana Costa at the Bank of England</h2><p>In <a href=\"/x\">Ana Costa</a>'s words, <code>Ana Costa</code>.</p>"
            + "<P>Ana Costa told the Bank of England that England would cope. Ana Costa again.</P>"
        let linked = EntityLinker.link(html, targets: targets)
        #expect(linked == "<h2>Ana Costa at the Bank of England</h2><p>In <a href=\"/x\">Ana Costa</a>'s words, <code>Ana Costa</code>.</p>"
            + "<P><a class=\"entity-link\" href=\"/people/ana-costa/\">Ana Costa</a> told the "
            + "<a class=\"entity-link\" href=\"/organizations/bank-of-england/\">Bank of England</a> that "
            + "<a class=\"entity-link\" href=\"/places/england/\">England</a> would cope. Ana Costa again.</P>")
    }

    @Test func tagNamesAreMatchedWholeAndInAnyCase() {
        // <abbr> and <address> start with "a" but are not links; <H3> and <CODE> are skipped in upper case too.
        let html = "<abbr>Ana Costa</abbr><H3>England</H3><CODE>England</CODE><span>England</span>"
        #expect(EntityLinker.link(html, targets: targets)
            == "<abbr><a class=\"entity-link\" href=\"/people/ana-costa/\">Ana Costa</a></abbr><H3>England</H3><CODE>England</CODE>"
            + "<span><a class=\"entity-link\" href=\"/places/england/\">England</a></span>")
    }

    @Test func aliasesSharingAFirstByteAreTriedLongestFirstAndEscaped() {
        // "BoE", "Barclays" and "Bank of England" start alike; "AT&T" is matched as the HTML writes it.
        let targets: [(aliases: [String], url: String)] = [(["Barclays"], "/b/"), (["BoE", "Bank of England"], "/boe/"),
                                                           (["Bank"], "/bank/"), (["AT&T"], "/att/")]
        let html = "<p>The Bank of England and Barclays; the BoE and AT&amp;T. A Bank</p>"
        #expect(EntityLinker.link(html, targets: targets)
            == "<p>The <a class=\"entity-link\" href=\"/boe/\">Bank of England</a> and <a class=\"entity-link\" href=\"/b/\">Barclays</a>; "
            + "the BoE and <a class=\"entity-link\" href=\"/att/\">AT&amp;T</a>. A <a class=\"entity-link\" href=\"/bank/\">Bank</a></p>")
    }

    @Test func nothingToLinkReturnsTheSameText() {
        #expect(EntityLinker.link("<p>Nobody here.</p>", targets: targets) == "<p>Nobody here.</p>")
        #expect(EntityLinker.link("<p>Unclosed <a", targets: targets) == "<p>Unclosed <a")
    }
}
