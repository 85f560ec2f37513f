import Testing
@testable import SearchEngine
@testable import JudgmentSearch

@Suite("Analyzer")
struct AnalyzerTests {
    let index = Analyzer(mode: .index)
    let query = Analyzer(mode: .query)

    @Test("Han text becomes overlapping bigrams; a lone character a unigram")
    func hanBigrams() {
        #expect(query.tokens("人民法院").map(\.text) == ["人民", "民法", "法院"])
        #expect(query.tokens("法").map(\.text) == ["法"])
        #expect(query.tokens("专利 侵权").map(\.text) == ["专利", "侵权"])
        #expect(query.tokens("的 专利").map(\.kind) == [.hanUnigram, .hanBigram])
    }

    @Test("Indexing adds each character as a colocated unigram, so one-character queries match")
    func colocatedUnigrams() {
        let tokens = index.tokens("法院判")
        #expect(tokens.map(\.text) == ["法院", "法", "院判", "院", "判"])
        #expect(tokens.map(\.colocated) == [false, true, false, true, true])
        // Positions (non-colocated tokens) are exactly the query's bigrams, so phrases still match.
        #expect(tokens.filter { !$0.colocated }.map(\.text) == query.tokens("法院判").map(\.text))
    }

    @Test("Full-width forms, case and mixed scripts are normalised")
    func normalisation() {
        #expect(query.tokens("ＡＢＣ　１２３").map(\.text) == ["abc", "123"])
        #expect(query.tokens("华为Technologies公司5G专利").map(\.text) == ["华为", "technologi", "公司", "5g", "专利"])
        #expect(query.tokens("Infringing infringed INFRINGEMENT").map(\.text) == ["infring", "infring", "infring"])
    }

    @Test("Byte offsets point into the original text")
    func offsets() {
        let text = "ＡＢ 法院"
        let tokens = query.tokens(text)
        let bytes = Array(text.utf8)
        #expect(tokens.map { String(decoding: bytes[$0.utf8Range], as: UTF8.self) } == ["ＡＢ", "法院"])
    }

    @Test("Case numbers are kept whole in canonical form, in any spelling")
    func caseNumbers() {
        let expected = "（2019）最高法知民终562号"
        #expect(query.tokens("(2019)最高法知民终562号").map(\.text) == [expected])
        #expect(query.tokens("见 （ 2019 ） 最高法 知民终 562 号 判决").map(\.text) == ["见", expected, "判决"])
        let indexed = index.tokens("（2019）最高法知民终562号")
        #expect(indexed.first?.text == expected)
        #expect(indexed.first?.kind == .caseNumber)
        #expect(indexed.dropFirst().contains { $0.text == "562" })
        #expect(query.tokens("（2017）粤73民初2163号").map(\.text) == ["（2017）粤73民初2163号"])
        // High courts' bare codes, basic courts and the SPC's other chambers are numbers too.
        #expect(query.tokens("维持（2018）京民终165号判决").map(\.text) == ["维持", "（2018）京民终165号", "判决"])
        #expect(query.tokens("（2020）沪0115民初1234号").map(\.text) == ["（2020）沪0115民初1234号"])
        #expect(query.tokens("（2019）最高法民申3502号").map(\.text) == ["（2019）最高法民申3502号"])
    }

    @Test("A statute token reads as a citation", arguments: [
        ("§专利法65", false, "《专利法》第65条"), ("§专利法65", true, "Patent Law Art. 65"),
        ("§反不正当竞争法9", true, "Anti-Unfair Competition Law Art. 9"), ("§民法典1185", false, "《民法典》第1185条"),
    ])
    func statuteCitation(token: String, english: Bool, readable: String) {
        #expect(StatuteCitation.readable(token, english: english) == readable)
    }

    @Test("Patent numbers are kept whole", arguments: [
        ("ZL201510123456.7", "zl201510123456.7"),
        ("ZL 201510123456.7", "zl201510123456.7"),
        ("专利号201510123456.7的", "zl201510123456.7"),
        ("CN1234567A", "cn1234567a"),
        ("ZL98123456.X", "zl98123456.x"),
    ])
    func patentNumbers(text: String, token: String) {
        let tokens = query.tokens(text)
        #expect(tokens.contains { $0.text == token && $0.kind == .patentNumber })
    }

    @Test("Statute articles give one token in both languages", arguments: [
        "专利法第六十五条", "《中华人民共和国专利法》第六十五条", "专利法第65条",
        "Patent Law Art. 65", "the Patent Law of the PRC, Article 65",
    ])
    func statutes(text: String) {
        #expect(query.tokens(text).map(\.text) == ["§专利法65"])
    }

    @Test("Larger article numbers and other laws")
    func otherStatutes() {
        #expect(query.tokens("民事诉讼法第一百七十一条").map(\.text) == ["§民事诉讼法171"])
        #expect(query.tokens("Civil Procedure Law Article 171").map(\.text) == ["§民事诉讼法171"])
        #expect(query.tokens("反垄断法第二十二条").map(\.text) == ["§反垄断法22"])
        #expect(EntityRecognizer.parseArticle("一千零五") == 1005)
    }

    @Test("Numbers keep their decimal point")
    func numbers() {
        #expect(query.tokens("赔偿 3.5 万元, 第2项").map(\.text) == ["赔偿", "3.5", "万元", "第", "2", "项"])
    }

    @Test("Porter stemming")
    func stemming() {
        let pairs = [("caresses", "caress"), ("ponies", "poni"), ("agreed", "agre"), ("plastered", "plaster"),
                     ("motoring", "motor"), ("hopping", "hop"), ("relational", "relat"), ("conditional", "condit"),
                     ("generalization", "gener"), ("patents", "patent"), ("judgment", "judgment"), ("invalidation", "invalid")]
        for (word, stem) in pairs {
            #expect(PorterStemmer.stem(word) == stem, "\(word)")
        }
    }
}

@Suite("Analyzer entity tokens")
struct EntityTokenTests {
    @Test("A statute token searches as itself")
    func statuteTokenRoundTrips() {
        #expect(Analyzer(mode: .query).tokens("§专利法65").map(\.text) == ["§专利法65"])
        #expect(Analyzer(mode: .query).tokens("statute:§民法典563").contains { $0.text == "§民法典563" })
    }
}
