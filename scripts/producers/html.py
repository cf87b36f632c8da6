#!/usr/bin/python3
"""A web page printed to PDF: each document's tables in one HTML page (title,
unit line, a <table> whose <thead> the browser repeats on every printed page),
printed by Chromium headless (Skia's PDF writer, the engine behind budgets
"printed to PDF" from a browser) or by wkhtmltopdf (Qt WebKit).

Each table draws its own style from its document's name and its position
(random.Random seeded with both, so every run draws the same): the rules
(all rules collapsed / rules between rows only / none / no rules but cells
filled with a colour, 1px of white between them), shading, padding, type
size (9-12 pt), page orientation, whether it starts a new page, the table's
width. Each table's style goes back with its start page, so that
producer-audit can pin a missing row to a style.
"""
import html
import random
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

from producers.common import page_texts, run

AMOUNT = re.compile(r"[-+(（－]?[\d,.，．]+[)）%％]?")  # \d takes full-width digits too: an amount printed ８，７５７ is one

RULES = ("all", "rows", "none", "gaps")
SHADES = ("plain", "header", "zebra")
WIDE = 8  # columns: a table with more goes on a landscape page in smaller type
UNTITLED_LOCATOR = 4  # characters of an untitled table's first cell searched for: a text cell is at least 4 em wide



def chinese_fonts():
    """The families fontconfig offers for Chinese, in a fixed order."""
    listing = subprocess.run(["fc-list", ":lang=zh", "family"], capture_output=True, text=True).stdout
    return sorted({line.split(",")[0].strip() for line in listing.splitlines() if line.strip()})


def style_of(name, index, columns):
    """A table's style; a wide table (more than WIDE columns) is printed on a landscape page and in smaller type, as a
    person setting it would (a 19-column table in 12 pt on a portrait page leaves its text columns one character wide)."""
    draw = random.Random(f"{name}:{index}")
    return {
        "rules": draw.choice(RULES),
        "shade": draw.choice(SHADES),
        "padding": draw.choice((1, 2, 3, 4, 6)),            # px around a cell's text
        "size": min(draw.choice((9, 10, 10.5, 11, 12)), 9 if columns > 2 * WIDE else 10.5 if columns > WIDE else 12),  # pt
        "landscape": draw.random() < 0.4 or columns > WIDE,
        "break": draw.random() < 0.6,                        # page-break-before the table
        "width": draw.choice(("full", "auto")),              # the table as wide as the page, or as its text
        "font": draw.randrange(1 << 16),                     # index into the CJK families, modulo their number
    }


def header_cells(header):
    """The header rows as (row, column, text, colspan, rowspan): a blank right of a heading widens it, a blank below a
    heading (in every column it spans) lengthens it; a blank covered by neither is an empty cell."""
    rows, columns = len(header), len(header[0]) if header else 0
    covered = [[False] * columns for _ in range(rows)]
    cells = []
    for r in range(rows):
        for c in range(columns):
            if covered[r][c]:
                continue
            text = header[r][c]
            span = 1
            if text:
                while c + span < columns and not header[r][c + span] and not covered[r][c + span]:
                    span += 1
            down = 1
            if text:
                while r + down < rows and all(not header[r + down][k] and not covered[r + down][k]
                                              for k in range(c, c + span)):
                    down += 1
            for rr in range(r, r + down):
                for k in range(c, c + span):
                    covered[rr][k] = True
            cells.append((r, c, text, span, down))
    return cells


def document_html(tables, styles, fonts, named_pages):
    parts = ["<!DOCTYPE html><html><head><meta charset=\"utf-8\"><style>",
             "@page { size: A4 portrait; margin: 12mm 10mm; }",
             "@page wide { size: A4 landscape; margin: 12mm 10mm; }",
             "body { margin: 0; }",
             "h1 { text-align: center; font-weight: bold; margin: 0 0 4pt 0; }",
             ".unit { text-align: right; margin: 0 0 2pt 0; }",
             "table { margin-bottom: 12pt; }",
             "thead { display: table-header-group; }",
             "tr { page-break-inside: avoid; }",
             "td.amount { text-align: right; white-space: nowrap; }",
             "td.text { text-align: left; min-width: 4em; }",
             "th { text-align: center; vertical-align: middle; font-weight: bold; }"]
    for index, style in enumerate(styles):
        s = f"#t{index}"
        family = fonts[style["font"] % len(fonts)] if fonts else "sans-serif"
        parts.append(f"{s} {{ font-family: '{family}'; font-size: {style['size']}pt; "
                     f"{'page-break-before: always;' if style['break'] and index else ''}"
                     f"{'page: wide;' if named_pages and style['landscape'] else ''} }}")
        parts.append(f"{s} h1 {{ font-size: {style['size'] + 6}pt; }}")
        width = "width: 100%;" if style["width"] == "full" else ""
        pad = f"padding: {style['padding']}px {style['padding'] + 2}px;"
        if style["rules"] == "all":
            parts.append(f"{s} table {{ border-collapse: collapse; {width} }}")
            parts.append(f"{s} td, {s} th {{ border: 1px solid #000; {pad} }}")
        elif style["rules"] == "rows":
            parts.append(f"{s} table {{ border-collapse: collapse; {width} }}")
            parts.append(f"{s} td, {s} th {{ border-top: 1px solid #000; border-bottom: 1px solid #000; {pad} }}")
        elif style["rules"] == "none":
            parts.append(f"{s} table {{ border-collapse: collapse; {width} }}")
            parts.append(f"{s} td, {s} th {{ border: none; {pad} }}")
        else:
            parts.append(f"{s} table {{ border-collapse: separate; border-spacing: 1px; {width} }}")
            parts.append(f"{s} td, {s} th {{ background: #dce6f1; {pad} }}")
        if style["shade"] == "header":
            parts.append(f"{s} th {{ background: {'#b8cce4' if style['rules'] == 'gaps' else '#d9d9d9'}; }}")
        elif style["shade"] == "zebra":
            parts.append(f"{s} tbody tr:nth-child(even) td {{ background: {'#c5d5ea' if style['rules'] == 'gaps' else '#eeeeee'}; }}")
    parts.append("</style></head><body>")
    for index, table in enumerate(tables):
        parts.append(f"<div id=\"t{index}\">")
        if table.title:
            parts.append(f"<h1>{html.escape(table.title)}</h1>")
        if table.unit:
            parts.append(f"<div class=\"unit\">单位：{html.escape(table.unit)}</div>")
        parts.append("<table>")
        if table.header:
            parts.append("<thead>")
            cells = header_cells(table.header)
            for r in range(len(table.header)):
                parts.append("<tr>")
                for row, _, text, span, down in cells:
                    if row == r:
                        spans = (f" colspan=\"{span}\"" if span > 1 else "") + (f" rowspan=\"{down}\"" if down > 1 else "")
                        parts.append(f"<th{spans}>{html.escape(text)}</th>")
                parts.append("</tr>")
            parts.append("</thead>")
        parts.append("<tbody>")
        for printed in table.printed:
            parts.append("<tr>" + "".join(
                f"<td class=\"{'amount' if AMOUNT.fullmatch(text) else 'text'}\">{html.escape(text)}</td>"
                for text in printed) + "</tr>")
        parts.append("</tbody></table></div>")
    parts.append("</body></html>")
    return "\n".join(parts)


class Printer:
    """One browser engine as a producer: NEEDS, available(), typeset(tables, pdf)."""

    def __init__(self, program, needs):
        self.program, self.NEEDS = program, needs

    def available(self):
        return shutil.which(self.program) is not None and shutil.which("pdftotext") is not None

    def typeset(self, tables, pdf):
        return typeset(tables, pdf, self.program)


chromium = Printer("chromium", "Chromium (apt-get install chromium), poppler-utils, a CJK font")
wkhtmltopdf = Printer("wkhtmltopdf", "wkhtmltopdf (apt-get install wkhtmltopdf), poppler-utils, a CJK font")


def typeset(tables, pdf, using):
    styles = [style_of(pdf.stem, index, len(table.printed[0])) for index, table in enumerate(tables)]
    fonts = chinese_fonts()
    with tempfile.TemporaryDirectory() as scratch:
        page = Path(scratch) / f"{pdf.stem}.html"
        page.write_text(document_html(tables, styles, fonts, named_pages=using == "chromium"))
        if using == "chromium":
            command = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={scratch}/profile",
                       f"--print-to-pdf={pdf}", "--no-pdf-header-footer", page.as_uri()]
        else:
            orientation = "Landscape" if styles and styles[0]["landscape"] else "Portrait"
            command = ["wkhtmltopdf", "--quiet", "--encoding", "utf-8", "-s", "A4", "-O", orientation,
                       "-T", "12mm", "-B", "12mm", "-L", "10mm", "-R", "10mm", str(page), str(pdf)]
        run(command, pdf)
    if using != "chromium":
        for style in styles:
            style["landscape"] = bool(styles[0]["landscape"])
    return list(zip(start_pages(tables, pdf), styles))


def start_pages(tables, pdf):
    """The page each table starts on, in order: where its title is printed or, for a table without one, the start of
    its first row's first cell (its first line: the cell may wrap), each searched after the place the previous table
    was found; not found: that page. Guessing the next page instead ran the starts ahead of the print after a few
    untitled tables, past every later title, and the audit then looked for a table's rows on pages after them."""
    pages = ["".join(page.split()) for page in page_texts(pdf, layout=True)]
    starts, page, offset = [], 0, 0
    for table in tables:
        first = next(("".join(text.split()) for text in table.printed[0] if text.strip()), "")
        locator = "".join(table.title.split()) or first[:UNTITLED_LOCATOR]
        for number in range(page, len(pages)):
            at = pages[number].find(locator, offset if number == page else 0) if locator else -1
            if at >= 0:
                page, offset = number, at + len(locator)
                break
        starts.append(page + 1)
    return starts
