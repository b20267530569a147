"""The one harness the sentence-level tests share: a short text through the real pipeline
(parse, mentions), giving the article's first main mention."""

from sitrep.extract.mentions import extract_mentions
from sitrep.models import Article, Mention
from sitrep.nlp import analyze


def main_mention(text: str, published: str = "2024-05-10") -> Mention:
    article = Article(id="case.txt", raw_text=text, clean_text=text, published=published)
    mentions = [m for m in extract_mentions(article, analyze(text)) if m.role == "main"]
    assert mentions, "no main mention"
    return mentions[0]
