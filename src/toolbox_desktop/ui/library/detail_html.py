"""The detail pane's HTML for each kind of content item.

Every text is escaped (content packs are files anyone can edit) and search matches are marked.
Links use the ``item:CODE`` scheme so the pane can navigate within the library. A guidance
pack's pages (its parts and items) are in ``guide_pages.py``.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QObject

from toolbox_desktop.core.content import (
    GUIDANCE,
    Benchmark,
    Challenge,
    Content,
    Dimension,
    GuideStep,
    Practice,
    SubTheme,
)
from toolbox_desktop.ui.library.guide_pages import GuidePages
from toolbox_desktop.ui.library.guide_parts import pack_code
from toolbox_desktop.ui.library.rich_text import marked, paragraphs

STYLE_SHEET = """
h1 { font-size: 15pt; margin-bottom: 2px; }
h2 { font-size: 13pt; margin-top: 16px; }
.crumb { color: #555555; }
.code { color: #555555; font-family: monospace; }
.tag { color: #1b5e20; font-weight: bold; }
.source { color: #555555; font-size: small; }
"""


def link(code: str, text: str) -> str:
    return f'<a href="item:{escape(code, quote=True)}">{text}</a>'


class DetailRenderer(QObject):
    """Builds the HTML shown for an item, highlighting the current search terms.

    Labels are looked up on every render (outside f-strings, where lupdate finds them), so a
    change of language shows at the next selection.
    """

    def __init__(self, content: Content, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.content = content
        self.label: dict[str, str] = {}
        self.guide_pages = GuidePages(content, self._dimension_name, self)

    def _translate_labels(self) -> None:
        self.label = {
            "small-municipalities": self.tr("small municipalities"),
            "rural": self.tr("rural areas"),
            "advocacy": self.tr("advocacy"),
            "source": self.tr("Source:"),
            "challenges": self.tr("Common challenges in this dimension"),
            "practices": self.tr("Practices from real towns"),
            "benchmarks": self.tr("Key benchmarks"),
            "why": self.tr("Why it matters"),
            "subthemes": self.tr("Sub-themes and their number of key benchmarks"),
            "challenge": self.tr("Common challenge"),
            "since": self.tr("since"),
            "what": self.tr("What it does"),
            "who": self.tr("Who runs it"),
            "success": self.tr("What made it work"),
            "practice": self.tr("Innovative practice"),
            "guide": self.tr("How to use the toolbox"),
            "empty_title": self.tr("No content loaded"),
            "empty_text": self.tr(
                "The content pack could not be loaded. See the message about the "
                "content pack for the files and lines to fix."
            ),
            "counts": self.tr(
                "{dimensions} dimensions, {benchmarks} key benchmarks, {challenges} common "
                "challenges, {practices} practices from real towns."
            ),
            "hint": self.tr(
                "Choose a benchmark on the left, browse the practices or the guidance, or "
                "type in the search box (Ctrl+F) to search all content."
            ),
        }

    def _label(self, key: str) -> str:
        """A translated label, HTML-escaped."""
        return escape(self.label[key])

    def render(self, code: str | None, terms: list[str] | None = None) -> str:
        self._translate_labels()
        terms = terms or []
        guide_page = self.guide_pages.render(code, terms) if code else None
        if guide_page is not None:
            return guide_page
        item = self.content.item(code) if code else None
        if isinstance(item, Benchmark):
            return self._benchmark(item, terms)
        if isinstance(item, SubTheme):
            return self._subtheme(item, terms)
        if isinstance(item, Dimension):
            return self._dimension(item, terms)
        if isinstance(item, Challenge):
            return self._challenge(item, terms)
        if isinstance(item, Practice):
            return self._practice(item, terms)
        if isinstance(item, GuideStep):
            return self._guide(item, terms)
        return self._overview()

    def _dimension_name(self, code: str) -> str:
        dimension = self.content.dimension(code)
        return f"{dimension.number}. {dimension.title}" if dimension else code

    def _source(self, source: str) -> str:
        return f'<p class="source">{self._label("source")} {escape(source)}</p>'

    def _challenges_and_practices(self, dimension: str, terms: list[str]) -> str:
        html = []
        challenges = self.content.challenges_of(dimension)
        if challenges:
            html.append(f"<h2>{self._label('challenges')}</h2><ul>")
            html += [f"<li>{marked(c.text, terms)}</li>" for c in challenges]
            html.append("</ul>")
        practices = self.content.practices_of(dimension)
        if practices:
            html.append(f"<h2>{self._label('practices')}</h2>")
            for p in practices:
                first = p.summary.split("\n\n")[0]
                html.append(
                    f"<p>{link(p.code, '<b>' + marked(p.name, terms) + '</b>')}"
                    f" — {marked(p.place, terms)}, {marked(p.country, terms)}<br>"
                    f"{marked(first, terms)}</p>"
                )
        return "".join(html)

    def _benchmark(self, b: Benchmark, terms: list[str]) -> str:
        subtheme = self.content.item(b.subtheme)
        crumb = (
            f"{link(b.dimension, escape(self._dimension_name(b.dimension)))} › "
            f"{link(b.subtheme, escape(subtheme.title if subtheme else b.subtheme))}"
        )
        tags = "".join(
            f' · <span class="tag">{escape(self.label.get(t, t))}</span>' for t in b.tags
        )
        return (
            f'<p class="crumb">{crumb}</p>'
            f"<h1>{marked(b.title, terms)}</h1>"
            f'<p><span class="code">{marked(b.code, terms)}</span>{tags}</p>'
            f"{paragraphs(b.text, terms)}{self._source(b.source)}"
            f"{self._challenges_and_practices(b.dimension, terms)}"
        )

    def _subtheme(self, s: SubTheme, terms: list[str]) -> str:
        items = "".join(
            f"<li>{link(b.code, '<b>' + marked(b.title, terms) + '</b>')}<br>"
            f"{marked(b.text, terms)}</li>"
            for b in self.content.benchmarks_of(s.code)
        )
        return (
            f'<p class="crumb">{link(s.dimension, escape(self._dimension_name(s.dimension)))}</p>'
            f"<h1>{marked(s.title, terms)}</h1>"
            f"<h2>{self._label('benchmarks')}</h2><ul>{items}</ul>{self._source(s.source)}"
        )

    def _dimension(self, d: Dimension, terms: list[str]) -> str:
        subthemes = "".join(
            f"<li>{link(s.code, marked(s.title, terms))} "
            f"({len(self.content.benchmarks_of(s.code))})</li>"
            for s in self.content.subthemes_of(d.code)
        )
        return (
            f"<h1>{d.number}. {marked(d.title, terms)}</h1>{paragraphs(d.description, terms)}"
            f"<h2>{self._label('why')}</h2>{paragraphs(d.why, terms)}"
            f"<h2>{self._label('subthemes')}</h2>"
            f"<ul>{subthemes}</ul>{self._source(d.source)}"
            f"{self._challenges_and_practices(d.code, terms)}"
        )

    def _challenge(self, c: Challenge, terms: list[str]) -> str:
        return (
            f'<p class="crumb">{link(c.dimension, escape(self._dimension_name(c.dimension)))}'
            f" › {self._label('challenge')}</p>"
            f"<h1>{marked(c.text, terms)}</h1>{self._source(c.source)}"
        )

    def _practice(self, p: Practice, terms: list[str]) -> str:
        name_en = f" <i>({marked(p.name_en, terms)})</i>" if p.name_en else ""
        started = f" · {self._label('since')} {escape(p.started)}" if p.started else ""
        sections = [
            (self.label["what"], p.summary),
            (self.label["who"], p.run_by),
            (self.label["success"], p.success),
        ]
        body = "".join(
            f"<h2>{escape(title)}</h2>{paragraphs(text, terms)}" for title, text in sections if text
        )
        return (
            f'<p class="crumb">{link(p.dimension, escape(self._dimension_name(p.dimension)))}'
            f" › {self._label('practice')}</p>"
            f"<h1>{marked(p.name, terms)}{name_en}</h1>"
            f"<p><b>{marked(p.place, terms)}, {marked(p.country, terms)}</b>{started}</p>"
            f"{body}{self._source(p.source)}"
        )

    def _guide(self, g: GuideStep, terms: list[str]) -> str:
        return (
            f'<p class="crumb">{self._label("guide")}</p>'
            f"<h1>{g.number}. {marked(g.title, terms)}</h1>{paragraphs(g.text, terms)}"
            f"{self._source(g.source)}"
        )

    def _overview(self) -> str:
        content = self.content
        if content.is_empty():
            return f"<h1>{self._label('empty_title')}</h1><p>{self._label('empty_text')}</p>"
        html = []
        for pack in (p for p in content.packs if p.role != GUIDANCE):
            html.append(f"<h1>{escape(pack.title)}</h1>{paragraphs(pack.description, [])}")
            html.append(self._source(pack.source))
        counts = self.label["counts"].format(
            dimensions=len(content.dimensions),
            benchmarks=len(content.benchmarks),
            challenges=len(content.challenges),
            practices=len(content.practices),
        )
        html.append(f"<p>{escape(counts)}</p><ul>")
        html += [
            f"<li>{link(d.code, escape(f'{d.number}. {d.title}'))}</li>" for d in content.dimensions
        ]
        html.append("</ul>")
        for guidance in content.guidance:  # its page lists its parts
            pack = guidance.pack
            html.append(f"<h1>{link(pack_code(pack.id), escape(pack.title))}</h1>")
            html.append(f"{paragraphs(pack.description, [])}{self._source(pack.source)}")
        html.append(f"<p>{self._label('hint')}</p>")
        return "".join(html)
