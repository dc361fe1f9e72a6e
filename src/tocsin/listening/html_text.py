"""Plain text from the small HTML fragments platforms send (Mastodon statuses, feed summaries)."""

from __future__ import annotations

from html.parser import HTMLParser

_BREAKS = frozenset({"br", "p", "div", "li", "blockquote", "h1", "h2", "h3", "h4", "tr"})
_SKIPPED = frozenset({"script", "style"})


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self._skip += 1
        elif tag in _BREAKS and self.parts and not self.parts[-1].endswith("\n"):
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED and self._skip:
            self._skip -= 1
        elif tag in ("p", "div", "li", "blockquote") and self.parts:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def html_to_text(fragment: str) -> str:
    """The visible text of ``fragment``: tags dropped, entities decoded, paragraphs as lines."""
    if "<" not in fragment and "&" not in fragment:
        return fragment.strip()
    parser = _Text()
    parser.feed(fragment)
    parser.close()
    lines = [" ".join(line.split()) for line in "".join(parser.parts).split("\n")]
    return "\n".join(line for line in lines if line)
