import KennisbankTestSupport
import XCTest

@testable import KennisbankWeb

/// The Markdown body renderer: what people write in notes becomes HTML, and nothing a person
/// wrote becomes markup or a live link to anything but http, https or mailto.
final class MarkdownHTMLTests: XCTestCase {
    func testRendersTheCommonMarkdownOfNotes() {
        let html = MarkdownHTML.render(
            """
            # Aanpak

            Een *korte* en **sterke** tekst met `code` en [een link](https://example.org/a?b=1&c=2).

            - eerste
            - tweede
              vervolg

            1. een
            2. twee

            > geciteerd

            ```
            let x = 1 < 2
            ```

            ---
            <https://example.org/auto> en [mail](mailto:info@example.org)
            """)
        XCTAssertTrue(html.contains("<h2>Aanpak</h2>"), html)
        XCTAssertTrue(html.contains("<em>korte</em>"), html)
        XCTAssertTrue(html.contains("<strong>sterke</strong>"), html)
        XCTAssertTrue(html.contains("<code>code</code>"), html)
        XCTAssertTrue(
            html.contains("<a href=\"https://example.org/a?b=1&amp;c=2\" rel=\"nofollow noopener\">een link</a>"), html)
        XCTAssertTrue(html.contains("<ul>\n<li>eerste</li>\n<li>tweede\nvervolg</li>\n</ul>"), html)
        XCTAssertTrue(html.contains("<ol>\n<li>een</li>\n<li>twee</li>\n</ol>"), html)
        XCTAssertTrue(html.contains("<blockquote>\n<p>geciteerd</p>\n</blockquote>"), html)
        XCTAssertTrue(html.contains("<pre><code>let x = 1 &lt; 2\n</code></pre>"), html)
        XCTAssertTrue(html.contains("<hr />"), html)
        XCTAssertTrue(html.contains("<a href=\"https://example.org/auto\" rel=\"nofollow noopener\">"), html)
        XCTAssertTrue(html.contains("<a href=\"mailto:info@example.org\""), html)
    }

    func testRawHTMLIsText() {
        for hostile in [
            "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<a href=\"javascript:alert(1)\">x</a>",
            "<iframe src=\"https://evil.example\"></iframe>", "<svg onload=alert(1)>", "<!-- <script> -->",
            "<div\nonclick=alert(1)>x</div>", "<p>para</p>",
        ] {
            let html = MarkdownHTML.render("voor " + hostile + " na\n\n" + hostile)
            XCTAssertFalse(html.contains("<script"), html)
            XCTAssertFalse(html.contains("<img"), html)
            XCTAssertFalse(html.contains("<iframe"), html)
            XCTAssertFalse(html.contains("<svg"), html)
            XCTAssertFalse(html.contains("<div"), html)
            XCTAssertFalse(html.contains("<!--"), html)
            XCTAssertFalse(html.contains("<p>para"), html)
            XCTAssertFalse(html.contains("<a href=\"javascript"), html)
            XCTAssertTrue(html.contains("&lt;"), html)
        }
    }

    func testOnlyHTTPHTTPSAndMailtoLinksAreLinks() {
        for target in [
            "javascript:alert(1)", "JavaScript:alert(1)", "  javascript:alert(1)", "java\tscript:alert(1)",
            "javascript&#58;alert(1)", "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==", "vbscript:msgbox",
            "file:///etc/passwd", "/kennis/relatief", "//evil.example/x", "ftp://example.org", "https:", "http:///x",
            "mailto:", "<javascript:alert(1)>",
        ] {
            for markdown in ["[klik](\(target))", "![plaatje](\(target))", "<\(target)>"] {
                let html = MarkdownHTML.render(markdown)
                XCTAssertFalse(html.contains("<a "), "\(markdown) → \(html)")
                XCTAssertFalse(html.contains("<img"), "\(markdown) → \(html)")
            }
        }
        XCTAssertEqual(MarkdownHTML.render("[klik](javascript:alert(1))"), "<p>klik</p>\n")
    }

    func testALinkCannotBreakOutOfItsAttributeOrText() {
        let html = MarkdownHTML.render(
            "[x](https://example.org/\"onmouseover=\"alert(1)) [<b>y</b>](https://example.org/'x')")
        XCTAssertFalse(html.contains("onmouseover=\""), html)
        XCTAssertFalse(html.contains("/\"onmouseover"), html)
        XCTAssertTrue(html.contains(">&lt;b&gt;y&lt;/b&gt;</a>"), html)
        XCTAssertTrue(html.contains("href=\"https://example.org/&#39;x&#39;\""), html)
    }

    func testCodeAndEmphasisEscapeTheirText() {
        let html = MarkdownHTML.render("`<script>` en *<img src=x>* en **\"q\"**\n\n```html\n<script>x</script>\n```")
        XCTAssertTrue(html.contains("<code>&lt;script&gt;</code>"), html)
        XCTAssertTrue(html.contains("<em>&lt;img src=x&gt;</em>"), html)
        XCTAssertTrue(html.contains("<strong>&quot;q&quot;</strong>"), html)
        // cmark writes a fence's info string as a class, escaped like all text.
        XCTAssertTrue(
            html.contains("<pre><code class=\"language-html\">&lt;script&gt;x&lt;/script&gt;\n</code></pre>"), html)
    }

    func testUnclosedMarkersAndPlainTextStayText() {
        XCTAssertEqual(MarkdownHTML.render("2 * 3 * 4 en snake_case_naam"), "<p>2 * 3 * 4 en snake_case_naam</p>\n")
        XCTAssertEqual(
            MarkdownHTML.render("[niet gesloten](https://example.org"), "<p>[niet gesloten](https://example.org</p>\n")
        XCTAssertEqual(MarkdownHTML.render("a & b < c"), "<p>a &amp; b &lt; c</p>\n")
        XCTAssertEqual(MarkdownHTML.render(""), "")
        XCTAssertEqual(MarkdownHTML.render("\\*geen nadruk\\*"), "<p>*geen nadruk*</p>\n")
    }

    func testHostileGeneratedTextNeverBecomesMarkup() {
        // Every tag in the output is one the renderer writes itself.
        let allowed: Set<String> = [
            "p", "/p", "h2", "/h2", "h3", "/h3", "h4", "/h4", "h5", "/h5", "h6", "/h6", "em", "/em", "strong",
            "/strong",
            "code", "/code", "pre", "/pre", "ul", "/ul", "ol", "/ol", "li", "/li", "blockquote", "/blockquote", "hr",
            "br", "a", "/a",
        ]
        let pieces = [
            "<", ">", "\"", "'", "&", "[", "]", "(", ")", "*", "_", "`", "!", "#", "-", ">", "\\", "\n", " ",
            "javascript:", "https://x.example/", "<script>", "onerror=", "a", "1.",
        ]
        var random = SeededRandom(seed: 14)
        for _ in 0..<2000 {
            let text = (0..<random.within(1...30)).map { _ in random.pick(pieces) }.joined()
            let html = MarkdownHTML.render(text)
            var index = html.startIndex
            while let open = html[index...].firstIndex(of: "<") {
                let close = html[open...].firstIndex(of: ">") ?? html.endIndex
                let tag = html[html.index(after: open)..<close].prefix { $0 != " " }
                XCTAssertTrue(allowed.contains(String(tag)), "\(text.debugDescription) → \(html)")
                if tag == "a" {
                    XCTAssertTrue(
                        html[open..<close].hasPrefix("<a href=\"https://"), "\(text.debugDescription) → \(html)")
                }
                index = close == html.endIndex ? close : html.index(after: close)
            }
        }
    }

    func testRawHTMLBlocksAndTagsShowAsTheirText() {
        XCTAssertEqual(
            MarkdownHTML.render("<script>alert(9)</script>\n\nvoor <b onclick=\"x()\">vet</b> na"),
            "<p>&lt;script&gt;alert(9)&lt;/script&gt;</p>\n<p>voor &lt;b onclick=&quot;x()&quot;&gt;vet&lt;/b&gt; na</p>\n"
        )
        XCTAssertEqual(
            MarkdownHTML.render("<div>\n*blok*\n</div>"), "<p>&lt;div&gt;\n*blok*\n&lt;/div&gt;</p>\n")
    }

    func testImagesBecomeLinksOrText() {
        XCTAssertEqual(
            MarkdownHTML.render("![kaart](https://example.org/kaart.png \"De kaart\")"),
            "<p><a href=\"https://example.org/kaart.png\" title=\"De kaart\" rel=\"nofollow noopener\">kaart</a></p>\n")
        XCTAssertEqual(
            MarkdownHTML.render("[![badge](https://example.org/b.svg)](https://example.org/)"),
            "<p><a href=\"https://example.org/\" rel=\"nofollow noopener\">badge</a></p>\n",
            "an image inside a link is its text: no link in a link")
        XCTAssertEqual(MarkdownHTML.render("![beeld](data:image/svg+xml;base64,PHN2Zz4=)"), "<p>beeld</p>\n")
    }

    func testCommonMarkThatTheOldRendererMissed() {
        // Setext headings, reference links, entities, nested lists and indented code.
        let html = MarkdownHTML.render(
            """
            Kop
            ===

            Zie [de bron][bron] &amp; &copy;.

            - een
              - diep

            Tekst.

                ingesprongen code

            [bron]: https://example.org/bron "Bron"
            """)
        XCTAssertTrue(html.hasPrefix("<h2>Kop</h2>\n"), html)
        XCTAssertTrue(
            html.contains(
                "<a href=\"https://example.org/bron\" title=\"Bron\" rel=\"nofollow noopener\">de bron</a> &amp; ©."),
            html)
        XCTAssertTrue(html.contains("<li>een\n<ul>\n<li>diep</li>\n</ul>\n</li>"), html)
        XCTAssertTrue(html.contains("<pre><code>ingesprongen code\n</code></pre>"), html)
        XCTAssertEqual(MarkdownHTML.render("###### zes"), "<h6>zes</h6>\n", "the lowest level stays h6")
    }
}
