"""The detail pages of a guidance pack: the pack, each part, each group and each item.

Like every page of the library, all text is escaped (packs are files anyone can edit), search
matches are marked, and links use ``item:CODE`` so the pane can move within the library.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QCoreApplication, QObject

from toolbox_desktop.core.content import (
    FACT_SANDWICH,
    QUICK_WIN,
    Content,
    Guidance,
    GuideItem,
)
from toolbox_desktop.core.plan_choices import FUNDING_SOURCES, PARTNER_KINDS
from toolbox_desktop.ui.common.formatting import format_number
from toolbox_desktop.ui.library import guide_parts
from toolbox_desktop.ui.library.rich_text import marked, paragraphs


def link(code: str, html: str) -> str:
    return f'<a href="item:{escape(code, quote=True)}">{html}</a>'


class GuidePages(QObject):
    """Builds the HTML of a guidance pack's pages; ``dimension_name`` names a dimension of the
    benchmark pack (its number and title)."""

    def __init__(self, content: Content, dimension_name: Callable[[str], str], parent=None) -> None:
        super().__init__(parent)
        self.content = content
        self.dimension_name = dimension_name

    # -- entry ---------------------------------------------------------------------------
    def render(self, code: str, terms: list[str]) -> str | None:
        """The page of ``code`` if it is a guidance pack's item, part or pack, else None."""
        item = self.content.guide_item(code)
        if item is not None:
            guidance = self._guidance_of(item.code)
            return self._item(guidance, item, terms) if guidance else None
        where = guide_parts.split_code(code)
        if where is None:
            return None
        pack_id, part, group = where
        guidance = guide_parts.guidance_of(self.content, pack_id)
        if guidance is None:
            return None
        if not part:
            return self._pack(guidance, terms)
        return self._part(guidance, part, group, terms)

    def _guidance_of(self, code: str) -> Guidance | None:
        pack = self.content.guide_pack_of(code)
        return guide_parts.guidance_of(self.content, pack.id) if pack else None

    # -- pieces --------------------------------------------------------------------------
    def _source(self, guidance: Guidance, source: str) -> str:
        where = f"{guidance.pack.source}, {source}" if source else guidance.pack.source
        label = self.tr("Source:")  # outside the f-string, where lupdate finds it
        return f'<p class="source">{escape(label)} {escape(where)}</p>'

    def _crumb(self, guidance: Guidance, *links: tuple[str, str]) -> str:
        pack_id = guidance.pack.id
        parts = [link(guide_parts.pack_code(pack_id), escape(guidance.pack.title))]
        parts += [link(code, escape(text)) for code, text in links]
        return f'<p class="crumb">{" › ".join(parts)}</p>'

    def _item_link(self, item: GuideItem, terms: list[str], with_kind: bool = False) -> str:
        kind = (
            f'<span class="crumb">{escape(guide_parts.kind_name(item.kind))}:</span> '
            if with_kind
            else ""
        )
        html = kind + link(item.code, marked(guide_parts.heading(item, self.content), terms))
        if not item.title:  # "Point B.1" says little: its text too
            html += f" — {marked(one_paragraph(item.text), terms)}"
        return html

    def _entry(self, item: GuideItem, terms: list[str]) -> str:
        """An item in a list: its heading as a link, and its text when it has a title."""
        if not item.title:
            return f"<li>{link(item.code, marked(guide_parts.tree_label(item), terms))}</li>"
        text = f"<br>{marked(item.text.split(chr(10) * 2)[0], terms)}" if item.text else ""
        return f"<li>{link(item.code, '<b>' + marked(item.title, terms) + '</b>')}{text}</li>"

    def _list(self, items: list[GuideItem], terms: list[str]) -> str:
        return "<ul>" + "".join(self._entry(i, terms) for i in items) + "</ul>" if items else ""

    # -- pages ---------------------------------------------------------------------------
    def _pack(self, guidance: Guidance, terms: list[str]) -> str:
        pack = guidance.pack
        html = [f"<h1>{marked(pack.title, terms)}</h1>", paragraphs(pack.description, terms)]
        holds = self.tr("What the guide holds")
        html.append(f"<h2>{escape(holds)}</h2><ul>")
        for part in guide_parts.parts_of(guidance):
            count = format_number(len(guide_parts.part_items(guidance, part)))
            title = escape(guide_parts.part_title(part))
            html.append(f"<li>{link(guide_parts.part_code(pack.id, part), title)} ({count})</li>")
        html.append("</ul>")
        html.append(self._source(guidance, ""))
        if pack.licence:
            html.append(f'<p class="source">{escape(pack.licence)}</p>')
        return "".join(html)

    def _part(self, guidance: Guidance, part: str, group: str, terms: list[str]) -> str:
        pack_id = guidance.pack.id
        if group:
            crumb = self._crumb(
                guidance, (guide_parts.part_code(pack_id, part), guide_parts.part_title(part))
            )
            title = guide_parts.group_title(group)
            items = guide_parts.part_items(guidance, part, group)
            return f"{crumb}<h1>{escape(title)}</h1>{self._full_list(items, terms)}"
        html = [self._crumb(guidance), f"<h1>{escape(guide_parts.part_title(part))}</h1>"]
        if part == "fact-sandwich":
            for sub in guide_parts.fact_sandwich_groups(guidance):
                code = guide_parts.part_code(pack_id, part, sub)
                html.append(f"<h2>{link(code, escape(guide_parts.group_title(sub)))}</h2>")
                items = guide_parts.part_items(guidance, part, sub)
                html.append(self._full_list(items, terms))
            return "".join(html)
        items = guide_parts.part_items(guidance, part)
        if part in ("quick-wins", "principles"):  # one list of links
            html.append(self._list(items, terms))
            return "".join(html)
        for item in items:
            title = link(item.code, marked(guide_parts.tree_label(item), terms))
            members = guide_parts.children(guidance, item)
            if members:  # a section, a list, an area: its items by their text
                html.append(f"<h2>{title}</h2>{self._list(members, terms)}")
            elif item.title:  # a precondition: short enough to read here in full
                html.append(f"<h2>{title}</h2>{paragraphs(item.text, terms)}")
            else:
                html.append(self._list([item], terms))
        return "".join(html)

    def _full_list(self, items: list[GuideItem], terms: list[str]) -> str:
        """Short items in full (the Fact Sandwich's definitions, steps and tips)."""
        rows = []
        for item in items:
            title = link(item.code, "<b>" + marked(guide_parts.tree_label(item), terms) + "</b>")
            rows.append(f"<li>{title}<br>{marked(one_paragraph(item.text), terms)}</li>")
        return "<ul>" + "".join(rows) + "</ul>"

    def _item(self, guidance: Guidance, item: GuideItem, terms: list[str]) -> str:
        pack_id = guidance.pack.id
        part = guide_parts.PART_OF_KIND.get(item.kind, "")
        trail = [(guide_parts.part_code(pack_id, part), guide_parts.part_title(part))]
        if item.kind == FACT_SANDWICH and item.group:
            trail.append(
                (
                    guide_parts.part_code(pack_id, part, item.group),
                    guide_parts.group_title(item.group),
                )
            )
        elif item.group:
            parent = self.content.guide_item(item.group)
            if parent is not None:
                trail.append((parent.code, guide_parts.tree_label(parent)))
        html = [
            self._crumb(guidance, *trail),
            f"<h1>{marked(guide_parts.heading(item, self.content), terms)}</h1>",
            paragraphs(item.text, terms),
        ]
        members = guide_parts.children(guidance, item)
        if members:
            html.append(self._list(members, terms))
        html.append(self._dimensions(item))
        if item.kind == QUICK_WIN:
            html.append(self._named(self.tr("Suggested partners"), item.partners, PARTNER_KINDS))
            html.append(self._named(self.tr("Funding"), item.funding, FUNDING_SOURCES))
        html.append(self._see_also(item, terms))
        html.append(self._source(guidance, item.source))
        return "".join(html)

    def _dimensions(self, item: GuideItem) -> str:
        if not item.dimensions:
            return ""
        rows = "".join(
            f"<li>{link(code, escape(self.dimension_name(code)))}</li>"
            if self.content.dimension(code)
            else f"<li>{escape(code)}</li>"
            for code in item.dimensions
        )
        title = self.tr("Dimensions it serves")
        return f"<h2>{escape(title)}</h2><ul>{rows}</ul>"

    def _named(self, title: str, keys: tuple[str, ...], names: dict[str, str]) -> str:
        """Partners or funding sources by the plan's names for them, in the user's language."""
        if not keys:
            return ""
        rows = "".join(
            f"<li>{escape(self._plan_name(names[key]) if key in names else key)}</li>"
            for key in keys
        )
        return f"<h2>{escape(title)}</h2><ul>{rows}</ul>"

    @staticmethod
    def _plan_name(template: str) -> str:
        return QCoreApplication.translate("Plan", template)  # core.plan marks them in "Plan"

    def _see_also(self, item: GuideItem, terms: list[str]) -> str:
        if not item.see:
            return ""
        rows = []
        for code in item.see:
            other = self.content.guide_item(code)
            if other is not None:
                rows.append(f"<li>{self._item_link(other, terms, with_kind=True)}</li>")
            else:
                missing = self.tr("{code} (not in the loaded content)").format(code=code)
                rows.append(f"<li>{escape(missing)}</li>")
        title = self.tr("See also")
        return f"<h2>{escape(title)}</h2><ul>{''.join(rows)}</ul>"


def one_paragraph(text: str) -> str:
    return " ".join(text.split())
