import Testing
@testable import DeckGenerator

extension ReaderTests {
    /// A masthead before the first heading, breadcrumbs, counts split by slashes and the links under `Related topic`
    /// are page furniture; the article's own lines are kept.
    @Test func mastheadsTrailsCountsAndRelatedLinksAreChrome() {
        let html = """
        <html><body><div class="brand"><a href="/">The Morning Ledger</a></div>\
        <div class="crumbs"><a>News</a> / <a>Ruritania</a> / <a>Politics</a></div>\
        <h1>Envoy sworn in as chief adviser</h1><p>The envoy took the oath on Thursday.</p>\
        <div>42 Comments / 42 New</div>\
        <div class="related"><h3>Related topic</h3><a>interim government</a> <a>Anna Vell</a> <a>reform movement</a></div>\
        </body></html>
        """
        #expect(sentences(html, .html) == ["Envoy sworn in as chief adviser", "The envoy took the oath on Thursday."])
    }
}
