import ArticleText
import Foundation

/// The seed article (`shared/seed/000_d86c8409a0c5958b.txt`), block by block, built without the
/// parser. No-break spaces are written `\u{00A0}` so they stay visible.
enum Seed {
    static let headline = "La rencontre avec Biden a été \"constructive\", selon le Président russe Vladimir Poutine"
    static let dateline = "Publié le 16 juin 2021 à 17:04 Modifié le 16 juin 2021 à 20:04"
    static let paragraphs: [String] = [
        "  • La rencontre avec Biden a été \"constructive\", selon le Président russe Vladimir Poutine",
        "Le président russe Vladimir Poutine a déclaré mercredi que sa première rencontre avec son homologue américain Joe Biden à Genève avait été \"constructive\", sur fond de tensions bilatérales. Parmi les avancées obtenues, le chef de l'Etat russe a évoqué le retour des ambassadeurs des deux pays à leurs postes, des consultations en matière de cybersécurité ou encore de possibles \"compromis\" en vue d'un échange de prisonniers.",
        "Le président russe Vladimir Poutine a déclaré mercredi que sa première rencontre avec son homologue américain Joe Biden à Genève avait été \"constructive\", sur fond de tensions bilatérales. Parmi les avancées obtenues, le chef de l'Etat russe a évoqué le retour des ambassadeurs des deux pays à leurs postes, des consultations en matière de cybersécurité ou encore de possibles \"compromis\" en vue d'un échange de prisonniers.\u{00A0}",
        "\"Il n'y avait aucune animosité\" lors de la rencontre, a-t-il dit lors d'une conférence de presse, ajoutant que \"sur beaucoup de questions nos évaluations divergent, mais les deux parties ont démontré un désir de se comprendre l'une l'autre et de chercher les moyens de rapprocher les positions\".",
        "\"La discussion a été absolument constructive\", a ajouté le président russe, qualifiant son homologue américain de \"personne constructive, pondérée, très expérimentée\". \"Il a parlé de sa famille, de ce que lui disait sa maman (...) cela en dit beaucoup sur ses valeurs morales, c'est assez séduisant\", a-t-il dit. Il a aussi relevé que les deux pays \"sont conscients\" de leur responsabilité en matière de sécurité stratégique car \"nous sommes les deux plus grandes puissances nucléaires\". Il a ainsi évoqué la mise en place \"des consultations entre les ministères des Affaires étrangères et de la Défense (des deux pays) sur ce qui viendra après\" le traité New Start de\u{00A0}réduction des armes stratégiques nucléaires.\u{00A0}",
        "Sur le sujet brûlant de la cybersécurité, les deux hommes se sont entendus pour entamer une coopération.\u{00A0} \"Il faut arrêter les insinuations, s'asseoir et se mettre au travail\", a souligné mercredi M. Poutine.\u{00A0}",
        "\"Nous sommes convenus d'entamer des consultations sur la cybersécurité\", a-t-il déclaré durant une conférence de presse à Genève, ajoutant toutefois que \"le plus grand nombre de cyberattaques dans le monde proviennent\" du territoire américain. Les Etats-Unis à l'inverse accusent la Russie, ses services secrets ou des groupes criminels à leur service de multiplier les attaques informatiques et les campagnes de désinformation notamment pour s'ingérer dans les élections américaines ou rançonner des entreprises.\u{00A0}",
        "M. Biden a promis d'accroître la pression sur la Russie si ces attaques devaient se poursuivre, alors que Moscou a toujours nié tout lien avec ces piratages informatiques.",
        "Le président russe a aussi jugé possible \"certains compromis\" sur un éventuel échange de prisonniers.\u{00A0} L'ancien soldat Paul Whelan, condamné en 2020 en Russie à 16 ans de prison pour espionnage, avait exhorté M. Biden à organiser un échange et déclaré être la victime d'une diplomatie des otages. Un autre Américain, Trevor Reed, a été condamné à neuf ans de prison pour avoir frappé des policiers alors qu'il était ivre. Moscou pourrait chercher à obtenir en échange le retour d'un célèbre marchand d'armes emprisonné aux Etats-Unis, Viktor Bout, et d'un pilote de ligne condamné pour trafic de drogue, Konstantin Iarochenko.",
    ]

    /// 2021-06-16 17:04 and 20:04 at UTC+2 (Paris summer time).
    static let published = Stamp(instant: Date(timeIntervalSince1970: 1_623_855_840), utcOffsetSeconds: 7_200)
    static let modified = Stamp(instant: Date(timeIntervalSince1970: 1_623_866_640), utcOffsetSeconds: 7_200)

    static var article: Article {
        Article(headline: headline, dateline: dateline, stamps: DatelineStamps(published: published, modified: modified), paragraphs: paragraphs)
    }
}
