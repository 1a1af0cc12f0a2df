// ArticleArchive layer: see design §1.
