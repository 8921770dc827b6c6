import Terminal
import Testing

@Suite struct DisplayTextTests {
    @Test func controlCharactersAreEscaped() {
        #expect(DisplayText.sanitized("a\u{1B}[31mb") == "a^[[31mb")
        #expect(DisplayText.sanitized("line\nnext") == "line⏎next")
        #expect(DisplayText.sanitized("x\u{7F}\u{0}") == "x^?^@")
        #expect(DisplayText.sanitized("\u{202E}evil") == "\\u{202e}evil")
        #expect(DisplayText.sanitized("پاکستان") == "پاکستان")
    }

    @Test func wideCharactersCountTwoColumns() {
        #expect(DisplayText.width("abc") == 3)
        #expect(DisplayText.width("日本") == 4)
        #expect(DisplayText.width("e\u{301}") == 1)
        #expect(DisplayText.truncated("日本語テキスト", to: 6) == "日本…")
        #expect(DisplayText.truncated("short", to: 10) == "short")
        #expect(DisplayText.padded("日本", to: 6) == "日本  ")
    }

    @Test func wrapsOnWords() {
        #expect(DisplayText.wrapped("one two three four", to: 9) == ["one two", "three", "four"])
        #expect(DisplayText.wrapped("", to: 9) == [""])
    }

    @Test func stylesOnlyOnATerminalWithoutNoColorOrDumb() {
        #expect(Style.detect(environment: [:], isTerminal: true).enabled)
        #expect(!Style.detect(environment: [:], isTerminal: false).enabled)
        #expect(!Style.detect(environment: ["NO_COLOR": "1"], isTerminal: true).enabled)
        #expect(!Style.detect(environment: ["TERM": "dumb"], isTerminal: true).enabled)
        #expect(Style(enabled: false).bold("x") == "x")
        #expect(Style(enabled: true).bold("x") == "\u{1B}[1mx\u{1B}[0m")
    }

    @Test func tableAlignsAndFitsWidth() {
        var table = TextTable(headers: ["id", "text"])
        table.append(["a", "a long text that will not fit in the narrow width"])
        let lines = table.render(columns: 20, style: Style(enabled: false))
        #expect(lines[0] == "id  text")
        #expect(lines[1].hasPrefix("a   a long"))
        #expect(DisplayText.width(lines[1]) <= 20)
    }
}
