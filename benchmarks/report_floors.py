"""Same-content floors for the report benchmark: plain reportlab documents with the data of each
report, as a programmer would write them in an afternoon (SimpleDocTemplate, tables,
paragraphs, a spider chart and a bar Gantt), without anything the app adds.

Run as its own process by ``benchmarks/reports.py``, so that its time includes starting Python
and importing reportlab, as the app's ``toolbox-desktop report`` does:

    python benchmarks/report_floors.py KIND DATA.json OUT.pdf

The font is DejaVu Sans, as in the app: the data holds Turkish, Cyrillic and Persian names,
which reportlab's built-in Helvetica cannot print, so a floor in Helvetica would not show the
same content.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from reportlab.graphics.charts.spider import SpiderChart
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle

FONTS = Path(__file__).resolve().parents[1] / "resources" / "fonts"
pdfmetrics.registerFont(TTFont("DejaVu", str(FONTS / "DejaVuSans.ttf")))
pdfmetrics.registerFont(TTFont("DejaVu-Bold", str(FONTS / "DejaVuSans-Bold.ttf")))
BODY = ParagraphStyle("body", fontName="DejaVu", fontSize=9.5, leading=13)
CELL = ParagraphStyle("cell", BODY, fontSize=8.5, leading=11)
H1 = ParagraphStyle("h1", BODY, fontName="DejaVu-Bold", fontSize=15, leading=19, spaceBefore=8)
H2 = ParagraphStyle("h2", BODY, fontName="DejaVu-Bold", fontSize=11.5, leading=15, spaceBefore=6)
STYLE = TableStyle(
    [
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6edf4")),
    ]
)


def esc(text) -> str:
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def table(rows: list[list], widths_mm: list[float]) -> Table:
    cells = [[Paragraph(esc(value), CELL) for value in row] for row in rows]
    built = Table(cells, colWidths=[w * mm for w in widths_mm], repeatRows=1)
    built.setStyle(STYLE)
    return built


def spider(labels: list[str], values: list[float], targets: list[float]) -> Drawing:
    drawing = Drawing(170 * mm, 90 * mm)
    chart = SpiderChart()
    chart.x, chart.y, chart.width, chart.height = 40, 10, 170 * mm - 80, 90 * mm - 20
    chart.data = [values, targets]
    chart.labels = labels
    chart.strands.strokeWidth = 1
    drawing.add(chart)
    return drawing


def gantt(actions: list[dict], first: int, last: int) -> list[Drawing]:
    """Bars by day number, 40 rows a drawing (a page)."""
    width, row = 170 * mm, 14
    span = max(last - first, 1)
    drawings = []
    for at in range(0, len(actions), 40):
        part = actions[at : at + 40]
        drawing = Drawing(width, row * len(part) + 10)
        for n, action in enumerate(part):
            y = drawing.height - (n + 1) * row
            drawing.add(String(0, y + 3, action["title"][:30], fontName="DejaVu", fontSize=7))
            x = 60 * mm + (action["start_day"] - first) / span * (width - 60 * mm)
            w = max((action["end_day"] - action["start_day"]) / span * (width - 60 * mm), 2)
            drawing.add(Rect(x, y + 2, w, row - 5, fillColor=colors.HexColor("#1f4e79")))
        drawings.append(drawing)
    return drawings


def assessment(data: dict) -> list:
    story: list = [Paragraph(esc(data["title"]), H1), Paragraph(esc(data["place"]), BODY)]
    story.append(table(data["scores"], [68, 20, 20, 24, 22, 20]))
    story.append(spider(data["dimensions"], data["percent"], data["target_percent"]))
    for dimension in data["sections"]:
        story += [PageBreak(), Paragraph(esc(dimension["title"]), H1)]
        story.append(table(dimension["rows"], [14, 70, 36, 36, 18]))
        for number, title, evidence, notes, rated_by in dimension["details"]:
            story.append(Paragraph(esc(f"{number} {title}"), H2))
            for text in (evidence, notes, rated_by):
                story.append(Paragraph(esc(text), BODY))
    story += [
        PageBreak(),
        Paragraph("Gap list", H1),
        table(data["gaps"], [14, 76, 16, 15, 13, 18, 22]),
    ]
    story += [PageBreak(), Paragraph("Next steps", H1)]
    story += [Paragraph(esc(line).replace("\n", "<br/>"), BODY) for line in data["next_steps"]]
    story += [PageBreak(), Paragraph("Comparison", H1), table(data["comparison"], [82, 30, 30, 32])]
    story.append(table(data["changes"], [14, 70, 34, 34, 22]))
    story += [PageBreak(), Paragraph("Annex", H1)]
    story += [Paragraph(esc(rule), BODY) for rule in data["annex"]]
    return story


def plan(data: dict) -> list:
    story: list = [Paragraph(esc(data["title"]), H1), Paragraph(esc(data["place"]), BODY)]
    story.append(table(data["overview"], [60, 30, 24, 20, 16, 24]))
    story += [PageBreak(), Paragraph("Timeline", H1)]
    story += gantt(data["actions"], data["first_day"], data["last_day"])
    story += [PageBreak(), Paragraph("Budget", H1), table(data["budget"], [66, 18, 34, 34, 22])]
    story += [PageBreak(), Paragraph("Details", H1)]
    for action in data["actions"]:
        story.append(Paragraph(esc(action["title"]), H2))
        story += [Paragraph(esc(line), CELL) for line in action["details"]]
    return story


def annual(data: dict) -> list:
    story: list = [Paragraph(esc(data["title"]), H1), Paragraph(esc(data["place"]), BODY)]
    for heading, rows in data["groups"]:
        story += [Paragraph(esc(heading), H1), table(rows, [62, 34, 32, 26, 20])]
    story += [Paragraph("Indicators", H1), table(data["indicators"], [60, 25, 25, 40, 24])]
    return story


def worksheet(data: dict) -> list:
    story: list = [Paragraph(esc(data["title"]), H1)]
    for dimension in data["sections"]:
        story += [PageBreak(), Paragraph(esc(dimension["title"]), H1)]
        story += [Paragraph(esc(note), BODY) for note in dimension["notes"]]
        rows = [[number, text, "☐", "☐", "☐", "☐", "☐", "☐"] for number, text in dimension["rows"]]
        story.append(
            table([["No.", "Benchmark", 0, 1, 2, 3, 4, "N/A"], *rows], [12] + [108] + [9] * 6)
        )
    return story


def number_pages(canvas, document) -> None:
    canvas.setFont("DejaVu", 8)
    canvas.drawRightString(A4[0] - 18 * mm, 10 * mm, f"Page {document.page}")


def main(kind: str, data_file: str, out: str) -> int:
    data = json.loads(Path(data_file).read_text(encoding="utf-8"))
    story = {"assessment": assessment, "plan": plan, "annual": annual, "worksheet": worksheet}[
        kind
    ](data)
    document = SimpleDocTemplate(out, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm)
    document.build(story, onFirstPage=number_pages, onLaterPages=number_pages)
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
