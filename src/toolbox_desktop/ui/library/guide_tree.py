"""The guidance packs as a tree: a branch per pack, under it its parts in the guide's order
(preconditions, quick wins, host-population engagement A-G with their points, the four lists
of rights and responsibilities, principles, the Fact Sandwich's definitions, steps and tips,
city examples by area)."""

from __future__ import annotations

from toolbox_desktop.core.content import Content
from toolbox_desktop.ui.library import guide_parts
from toolbox_desktop.ui.library.tree_model import NodeTreeModel


class GuideTreeModel(NodeTreeModel):
    """Every row's ``CODE_ROLE`` is an item's code or a part's (``guide_parts``); its
    ``KIND_ROLE`` the item's kind, "guide-pack" or "guide-part"."""

    def __init__(self, content: Content, parent=None) -> None:
        super().__init__(parent)
        for guidance in content.guidance:
            pack_id = guidance.pack.id
            pack = self._add(
                "guide-pack", guide_parts.pack_code(pack_id), guidance.pack.title, self._root
            )
            for part in guide_parts.parts_of(guidance):
                node = self._add(
                    "guide-part",
                    guide_parts.part_code(pack_id, part),
                    guide_parts.part_title(part),
                    pack,
                )
                if part == "fact-sandwich":
                    for group in guide_parts.fact_sandwich_groups(guidance):
                        branch = self._add(
                            "guide-part",
                            guide_parts.part_code(pack_id, part, group),
                            guide_parts.group_title(group),
                            node,
                        )
                        self._add_items(
                            guidance, guide_parts.part_items(guidance, part, group), branch
                        )
                else:
                    self._add_items(guidance, guide_parts.part_items(guidance, part), node)

    def _add_items(self, guidance, items, parent) -> None:
        for item in items:
            node = self._add(item.kind, item.code, guide_parts.tree_label(item), parent, item.text)
            for child in guide_parts.children(guidance, item):
                self._add(child.kind, child.code, guide_parts.tree_label(child), node, child.text)

    def pack_indexes(self):
        """The top rows (one per pack), to expand them when the tree is first shown."""
        return [self.index(row, 0) for row in range(self.rowCount())]
