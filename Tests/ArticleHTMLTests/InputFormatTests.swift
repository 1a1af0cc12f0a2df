import ArticleHTML
import Testing

struct InputFormatTests {
    @Test(arguments: [
        ("<!DOCTYPE html>\n<html><body></body></html>", InputFormat.html),
        ("\u{FEFF}  \n<html lang=\"fr\">", .html),
        ("<!-- saved by curl -->\n<HEAD><title>x</title></HEAD>", .html),
        ("<div class=\"story\"><p>Text</p></div>", .html),
        ("  {\"headline\": \"Titre\"}", .json),
        ("Titre\n\nPublié le 16 juin 2021 à 17:04\n\nPremier paragraphe.\n", .text),
        ("", .text),
        ("Un article sur le HTML\n\nLe navigateur lit la balise <p> puis <script>.\n", .text),
        ("<3 les chats\n\nTexte.\n", .text),
    ])
    func detects(_ input: String, _ expected: InputFormat) {
        #expect(InputFormat.detect(Array(input.utf8)) == expected)
    }
}
