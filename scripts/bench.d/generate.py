#!/usr/bin/env python3
"""Deterministic article pairs for the benchmarks (scripts/bench).

pairs OUT_DIR WORDS...: for each size, OUT_DIR/<words>/old.txt and new.txt in the plain-text
article layout. new.txt edits about 3 % of old's words (substitutions, insertions, deletions
inside paragraphs, spread evenly) and also inserts, deletes and moves whole paragraphs
(about 1 % of paragraphs each). Also OUT_DIR/unrelated-10000/{old,new}.txt: two texts from
different seeds.

history OUT_DIR ARTICLES REVISIONS: OUT_DIR/<id>/<NN>.txt, the same kind of edits between
consecutive revisions, with Publié/Modifié stamps that advance (and, for every 7th
article, one revision whose text changes while the stamps do not: a stealth edit).
"""
import os
import random
import sys

SYLLABLES = ["pré", "si", "dent", "ru", "sse", "ren", "con", "tre", "ge", "nè", "ve", "mi",
             "nis", "tè", "re", "cy", "ber", "sé", "cu", "ri", "té", "é", "lec", "tion",
             "ac", "cord", "par", "le", "ment", "é", "co", "no", "mie", "guer", "pa", "ix"]
SMALL = ["le", "la", "les", "de", "des", "du", "un", "une", "et", "à", "en", "que", "qui",
         "a", "sur", "pour", "dans", "avec", "ne", "pas", "se", "au", "par", "il", "elle"]


def vocabulary(rng, size=6000):
    words = set()
    while len(words) < size:
        words.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(1, 4))))
    return sorted(words)


def sentence(rng, vocab, n):
    out = []
    for i in range(n):
        w = rng.choice(SMALL) if rng.random() < 0.35 else rng.choice(vocab)
        if rng.random() < 0.03:
            w = str(rng.randint(2, 2030))
        out.append(w)
    out[0] = out[0].capitalize()
    text = " ".join(out)
    if rng.random() < 0.2:
        text = text.replace(" ", ", ", 1)
    return text + rng.choice([".", ".", ".", " ?", " !"])


def article(rng, vocab, words):
    paragraphs, total = [], 0
    while total < words:
        n = rng.randint(40, 120)
        para, left = [], n
        while left > 0:
            k = min(left, rng.randint(8, 25))
            para.append(sentence(rng, vocab, k))
            left -= k
        paragraphs.append(" ".join(para))
        total += n
    return paragraphs


def edit_words(rng, vocab, paragraph, rate):
    words = paragraph.split(" ")
    out = []
    for w in words:
        r = rng.random()
        if r < rate / 3:
            out.append(rng.choice(vocab))          # substitution
        elif r < 2 * rate / 3:
            out.extend([w, rng.choice(vocab)])     # insertion
        elif r < rate:
            continue                               # deletion
        else:
            out.append(w)
    return " ".join(out) if out else paragraph


def revise(rng, vocab, paragraphs, rate=0.03, churn=0.01):
    new = [edit_words(rng, vocab, p, rate) if rng.random() < 0.6 else p for p in paragraphs]
    # paragraph-level churn: delete, insert, move
    n = max(1, int(len(new) * churn))
    for _ in range(n):
        if len(new) > 3:
            del new[rng.randrange(len(new))]
    for _ in range(n):
        new.insert(rng.randrange(len(new) + 1), " ".join(sentence(rng, vocab, 15) for _ in range(4)))
    for _ in range(n):
        if len(new) > 3:
            p = new.pop(rng.randrange(len(new)))
            new.insert(rng.randrange(len(new) + 1), p)
    return new


def render(headline, dateline, paragraphs):
    return "\n\n".join([headline, dateline] + paragraphs) + "\n"


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def pairs(out, sizes):
    for words in sizes:
        rng = random.Random(words)
        vocab = vocabulary(rng)
        old = article(rng, vocab, words)
        new = revise(rng, vocab, old)
        write(f"{out}/{words}/old.txt", render("Titre de l'article", "Publié le 16 juin 2021 à 17:04", old))
        write(f"{out}/{words}/new.txt", render("Titre de l'article", "Publié le 16 juin 2021 à 17:04 Modifié le 16 juin 2021 à 20:04", new))
    a, b = random.Random(1), random.Random(2)
    write(f"{out}/unrelated-10000/old.txt", render("Un titre", "Publié le 16 juin 2021 à 17:04", article(a, vocabulary(a), 10000)))
    write(f"{out}/unrelated-10000/new.txt", render("Autre titre", "Publié le 17 juin 2021 à 09:00", article(b, vocabulary(b), 10000)))


def history(out, articles, revisions):
    rng = random.Random(articles * 1000 + revisions)
    vocab = vocabulary(rng, 3000)
    for a in range(articles):
        paragraphs = article(rng, vocab, rng.randint(400, 900))
        headline = sentence(rng, vocab, 9)[:-1]
        minutes = 17 * 60
        for r in range(1, revisions + 1):
            stealth = a % 7 == 0 and r == revisions
            if r > 1:
                paragraphs = revise(rng, vocab, paragraphs, rate=0.02, churn=0.05)
                if not stealth:
                    minutes += rng.randint(5, 180)
            # Past midnight the stamp names the next day, as a publisher's would.
            day = 16 + minutes // (24 * 60)
            modified = "" if r == 1 else f" Modifié le {day} juin 2021 à {minutes // 60 % 24:02d}:{minutes % 60:02d}"
            dateline = "Publié le 16 juin 2021 à 17:04" + modified
            write(f"{out}/article-{a:05d}/{r:02d}.txt", render(headline, dateline, paragraphs))


if __name__ == "__main__":
    if sys.argv[1] == "pairs":
        pairs(sys.argv[2], [int(x) for x in sys.argv[3:]])
    elif sys.argv[1] == "history":
        history(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]))
    else:
        sys.exit("usage: generate.py pairs OUT WORDS... | history OUT ARTICLES REVISIONS")
