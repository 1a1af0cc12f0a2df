import ArticleText
import Testing

@Suite struct DurationTextTests {
    @Test(arguments: [
        (0, "0 s"), (45, "+45 s"), (-45, "-45 s"), (60, "+1 min"), (10_800, "+3 h"),
        (11_460, "+3 h 11 min"), (8_400, "+2 h 20 min"), (90_061, "+1 d 1 h"), (93_600, "+1 d 2 h"), (-3_661, "-1 h 1 min"),
    ])
    func humanForm(seconds: Int, expected: String) {
        #expect(DurationText.format(seconds: seconds) == expected)
    }
}
