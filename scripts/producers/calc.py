"""LibreOffice Calc: each table on a sheet of one workbook (title row, unit and
编制单位 row, header rows, body), written with openpyxl and exported to PDF by
`soffice --headless`: the way a spreadsheet budget is printed.

Each table is drawn in a style of its own, the way real spreadsheet budgets
vary, chosen by random.Random seeded from the document's name and the table's
index (every run draws the same): rules (all borders, horizontal rules only,
none; a table without header always ruled), header headings merged over the columns and rows they span or not, the
header repeated on every page or not, portrait or landscape, fit to the page's
width or natural size, font and size, where the unit caption stands, an
编制单位 line or not. Amounts are numeric cells whose number format prints
exactly the original text (`#,##0.00`, `0.00`, `#,##0`, parentheses for
negatives) where one does, else text. LibreOffice does not size rows from an
.xlsx, so each row's height is set from its wrapped line count (estimated
generously from the column's printed width and the text broken where Calc
breaks it: a CJK character is two width units), and every page's footer
carries the sheet's name (`表N 第P页`), the locator of the page each table
starts on."""
import math
import random
import re
import shutil
import tempfile
import unicodedata
import zlib
from decimal import Decimal, InvalidOperation
from pathlib import Path

from producers.common import Failure, page_texts, soffice_to_pdf

NEEDS = "LibreOffice Calc (apt-get install libreoffice-calc) and python3-openpyxl"
FONTS = {"song": "宋体", "zenhei": "WenQuanYi Zen Hei", "serif": "DejaVu Serif"}  # 宋体 falls back as a SimSun would
MAX_TEXT_WIDTH = 44     # text units (a CJK character is 2): the widest a text column is drawn, longer text wraps
UNIT_POINTS = 7.6       # points a column width unit is sized with (generous: openpyxl's Calibri 11 falls back to a wider face)
PRINTED_UNIT_POINTS = 7.0  # points a column width unit prints as (measured: widths 38 and 29 print 266 and 203 pt wide)
# Punctuation a line never starts with (it stays on the line before, with the character it follows) and
# punctuation a line never ends with (it goes down with the character after it): Calc's line breaking.
NO_LINE_START = set("，。、；：？！）》」』】〕”’,.;:?!)]}%％…·")
NO_LINE_END = set("（《「『【〔“‘([{")
PAGE_WIDTH = {"portrait": 62, "landscape": 94}  # column width units inside an A4 page's 0.75 in margins, less a little
FOOTERS = ["第 &P 页", "- &P -", "第&P页"]  # every sheet numbers its pages from 1: page 1 is where its table starts
FIRST_PAGE = re.compile(r"^(第1页|-1-)$")
AMOUNT = re.compile(r"(?P<open>\()?(?P<sign>-)?(?P<int>\d{1,3}(?:,\d{3})+|\d+)(?:\.(?P<frac>\d+))?(?(open)\))")



def available():
    try:
        import openpyxl  # noqa: F401
    except ImportError:
        return False
    return shutil.which("soffice") is not None


def units(text):
    """The width of a text in text units (half an em): a CJK (wide) character is 2, any other 1.25
    (generous: digits and Latin letters are 0.55 to 0.65 em)."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1.25 for ch in text or "")


def column_units(text_units, size):
    """The column width (in a spreadsheet's width units) that holds `text_units` at `size` pt."""
    return math.ceil((text_units / 2 * size + 6) / UNIT_POINTS)


def room(width, size):
    """The text units one line of a column `width` wide holds at `size` pt, inside its cell's padding
    (95%: glyphs wider than their text units)."""
    return max(1.0, 0.95 * (PRINTED_UNIT_POINTS * width - 4) / (size / 2))


def draw_style(document, index, table):
    """The style of one table, drawn from the document's name and the table's index."""
    rng = random.Random(zlib.crc32(f"{document}#{index}".encode()))
    columns = len(table.printed[0])
    spans = any(text == "" for row in table.header for text in row[1:]) or len(table.header) > 1
    rules = rng.choices(["all", "horizontal", "none"], [5, 3, 2])[0]
    return {
        # A grid without a header (a form, a 绩效 table of label and value cells) is printed ruled: without
        # rules and headings nothing shows where its columns are, so no producer prints it so.
        "rules": rules if table.header else "all",
        "merge": (rng.random() < 0.7) if spans else None,
        "repeat": rng.random() < 0.5,
        "orientation": "landscape" if rng.random() < (0.7 if columns > 6 else 0.2) else "portrait",
        "fit": rng.random() < 0.6,
        "size": rng.choice([9, 10, 10, 11, 12]),
        "font": rng.choices(list(FONTS), [4, 3, 2])[0],
        "unit": rng.choices(["below", "title"], [3, 1])[0] if table.unit else None,
        "org": rng.random() < 0.4,
        "title": rng.choices(["merged", "across", "left"], [3, 2, 1])[0] if table.title else None,
        "slack": rng.choice([2, 3, 4, 6]),
        "footer": rng.randrange(len(FOOTERS)),
    }


def number_format(text):
    """A number format printing exactly `text` for its value, and the value; None when no format does."""
    text = text.strip()
    match = AMOUNT.fullmatch(text)
    if not match:
        return None
    digits = match["int"].replace(",", "")
    if len(digits) > 1 and digits.startswith("0"):
        return None
    frac = match["frac"] or ""
    try:
        value = Decimal(f"{digits}.{frac}" if frac else digits)
    except InvalidOperation:
        return None
    grouped = "," in match["int"]
    if not grouped and value >= 1000 and len(digits) > 3:
        body = "0"
    else:
        body = "#,##0"
    if frac:
        body += "." + "0" * len(frac)
    printed = f"{value:,.{len(frac)}f}" if body.startswith("#") else f"{value:.{len(frac)}f}"
    negative = bool(match["open"] or match["sign"])
    if match["open"]:
        shown, form = f"({printed})", f"{body};({body})"
    else:
        shown, form = ("-" if negative else "") + printed, body
    if shown != text or (negative and value == 0):
        return None
    return form, float(-value if negative else value)


def text_alignment(text, heading):
    """Where a text cell prints: a placeholder or a percentage right (in its amount column), a number under
    a 行次, 栏次 or 序号 heading centred, anything else (labels, codes) left."""
    text = text.strip()
    if re.fullmatch(r"[-－—–/]+|[-+]?[\d,.]+%", text):
        return "right"
    if re.fullmatch(r"\d{1,3}", text) and re.search(r"行次|栏次|序号|行\s*次|栏\s*次", heading):
        return "center"
    return "left"


def header_spans(header):
    """The header's cells as (row, column, rows, columns) spans: a heading with "" to its right over columns
    that have headings below it spans them; a heading with "" below it spans down."""
    height, width = len(header), len(header[0]) if header else 0
    taken, spans = set(), []
    for r in range(height):
        for c in range(width):
            if not header[r][c].strip() or (r, c) in taken:
                continue
            across = 1
            while (c + across < width and not header[r][c + across].strip() and (r, c + across) not in taken
                   and any(header[below][c + across].strip() for below in range(r + 1, height))):
                across += 1
            down = 1
            if across == 1:
                while r + down < height and not header[r + down][c].strip():
                    down += 1
            spans.append((r, c, down, across))
            taken.update((r + i, c + j) for i in range(down) for j in range(across))
    return spans


def column_widths(table, size, slack):
    """Column widths: a column as wide as its longest amount or text up to MAX_TEXT_WIDTH (longer text wraps)
    and its heading wrapped in at most three lines, plus `slack` text units of white space."""
    widths = []
    for column in range(len(table.printed[0])):
        body = [units(row[column]) for row in table.printed]
        heading = max((units(row[column]) for row in table.header), default=0)
        amounts = [units(row[column]) for row in table.printed if number_format(row[column])]
        text = max([min(MAX_TEXT_WIDTH, max(body, default=0)), heading / 3, *amounts, 4])
        widths.append(column_units(text + slack, size))
    return widths


def lines(text, width, size):
    """How many lines `text` wraps to in a column `width` wide at `size` pt (generous: a row too short
    overprints, one too tall only leaves white space). The lines are broken as Calc breaks them: between
    any two CJK characters, between Latin words, never before closing or after opening punctuation; a
    line filled by its units' sum alone misses the room a break leaves (a 绩效目标 of 82 characters took
    5 lines where 4 were counted, and its first and last line printed over the rows around it)."""
    if not text:
        return 1
    return sum(wrapped_lines(part, room(width, size)) for part in text.split("\n"))


def wrapped_lines(text, per_line):
    """The lines `text` fills, breaking greedily where Calc may break, `per_line` text units to a line."""
    pieces = []  # the unbreakable pieces: a CJK character or a Latin word (with the punctuation it holds), a space
    for ch in text:
        wide = unicodedata.east_asian_width(ch) in "WF"
        if pieces and (ch in NO_LINE_START or pieces[-1][-1] in NO_LINE_END
                       or (not wide and not ch.isspace() and not pieces[-1][-1].isspace()
                           and unicodedata.east_asian_width(pieces[-1][-1]) not in "WF")):
            pieces[-1] += ch
        else:
            pieces.append(ch)
    count, filled = 1, 0.0
    for piece in pieces:
        size = units(piece)
        if filled and filled + size > per_line:
            count, filled = count + 1, units(piece.lstrip())
        else:
            filled += size
        while filled > per_line:  # a word longer than a line is broken inside it
            count, filled = count + 1, filled - per_line
    return count


def typeset(tables, pdf):
    import openpyxl
    from openpyxl.styles import Alignment, Border, Font, Side
    from openpyxl.utils import get_column_letter

    thin, none = Side(style="thin"), Side(style=None)
    book = openpyxl.Workbook()
    book.remove(book.active)
    styles = []
    for index, table in enumerate(tables):
        style = draw_style(pdf.stem, index, table)
        styles.append(style)
        sheet = book.create_sheet(f"表{index + 1}")
        columns = len(table.printed[0])
        size, face = style["size"], FONTS[style["font"]]
        font, bold = Font(name=face, size=size), Font(name=face, size=size, bold=True)
        widths = column_widths(table, size, style["slack"])
        if sum(widths) > PAGE_WIDTH[style["orientation"]]:
            style["fit"] = True  # a sheet wider than its page, printed "down, then over", is another audit
        for column, width in enumerate(widths, 1):
            sheet.column_dimensions[get_column_letter(column)].width = width

        def border(first_row, last_row):
            if style["rules"] == "all":
                return Border(left=thin, right=thin, top=thin, bottom=thin)
            if style["rules"] == "horizontal":
                return Border(left=none, right=none, top=thin if first_row else none, bottom=thin)
            return Border(left=none, right=none, top=none, bottom=thin if last_row else none)

        def height(row_number, texts, cell_widths):
            count = max(lines(text, width, size) for text, width in zip(texts, cell_widths))
            sheet.row_dimensions[row_number].height = round(count * size * 1.3 + 4, 1)

        row_number = 1
        caption = f"单位：{table.unit}" if table.unit else ""
        if style["unit"] == "title" and (not table.title or columns < 3 or units(caption) + 1 > room(widths[-1], size)):
            style["unit"] = "below"  # a caption wider than the last column would be cut by the title beside it
        if table.title:
            title_font = Font(name=face, size=size + rng_title_bump(style), bold=True)
            last = columns - 1 if style["unit"] == "title" and columns > 2 else columns
            if style["title"] != "merged" and lines(table.title, sum(widths[:last]) * size / title_font.size, size) > 1:
                # A title on one line wider than its columns is cut where the print area or the unit's cell
                # begins (`25年预算单位…功能分类预算`): the truth's title would not be what is printed. It wraps
                # in the cell merged over its columns instead.
                style["title"] = "merged"
            cell = sheet.cell(1, 1, table.title)
            cell.font = title_font
            if style["title"] == "merged" and last > 1:
                sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=last)
                cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            elif style["title"] == "across":
                cell.alignment = Alignment(horizontal="centerContinuous", vertical="center")
                for column in range(2, last + 1):
                    sheet.cell(1, column).alignment = Alignment(horizontal="centerContinuous")
            else:
                cell.alignment = Alignment(horizontal="left", vertical="center")
            title_width = sum(widths[:last]) if style["title"] != "left" else 10 ** 4
            # The title's lines are in its own size, larger than the body's: a row sized for the body's cuts a
            # wrapped title at its top and bottom.
            title_lines = lines(table.title, title_width * size / title_font.size, size)
            sheet.row_dimensions[1].height = round(title_lines * title_font.size * 1.3 + 4, 1)
            row_number = 2
        if caption and style["unit"] == "title":
            sheet.cell(1, columns, caption).font = font
            sheet.cell(1, columns).alignment = Alignment(horizontal="right", vertical="bottom")
            caption = ""
        org = f"编制单位：{table.org}" if style["org"] and getattr(table, "org", "") else ""
        if caption or org:
            if org:
                sheet.cell(row_number, 1, org).font = font
                sheet.cell(row_number, 1).alignment = Alignment(horizontal="left")
            if caption:
                sheet.cell(row_number, columns, caption).font = font
                sheet.cell(row_number, columns).alignment = Alignment(horizontal="right")
            sheet.row_dimensions[row_number].height = round(size * 1.3 + 4, 1)
            row_number += 1

        first_header = row_number
        spans = header_spans(table.header) if table.header else []
        covered = {}
        for r, c, down, across in spans:
            covered[(r, c)] = (down, across)
        for r, header_row in enumerate(table.header):
            for column, text in enumerate(header_row, 1):
                cell = sheet.cell(row_number, column, text or None)
                cell.font = bold
                cell.border = border(r == 0, False)
                cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            row_number += 1
        header_heights = [1] * len(table.header)
        for (r, c), (down, across) in covered.items():
            merged = style["merge"] and (down > 1 or across > 1)
            if merged:
                sheet.merge_cells(start_row=first_header + r, start_column=c + 1,
                                  end_row=first_header + r + down - 1, end_column=c + across)
            span_width = sum(widths[c:c + across]) if merged else widths[c]
            need = lines(table.header[r][c], span_width, size)
            rows_given = down if merged else 1
            per_row = math.ceil(need / rows_given)
            for i in range(rows_given):
                header_heights[r + i] = max(header_heights[r + i], per_row)
        for r, count in enumerate(header_heights):
            sheet.row_dimensions[first_header + r].height = round(count * size * 1.3 + 4, 1)
        if table.header and style["repeat"]:
            # Absolute rows: LibreOffice ignores the print titles openpyxl writes from `4:5` ('表1'!4:5) and
            # printed no header on any continuation page; it repeats '表1'!$4:$5.
            sheet.print_title_rows = f"${first_header}:${row_number - 1}"

        for body_index, printed in enumerate(table.printed):
            last_row = body_index == len(table.printed) - 1
            numeric = table.numeric[body_index] if table.numeric else [True] * columns
            for column, text in enumerate(printed, 1):
                amount = number_format(text) if text and numeric[column - 1] else None
                if amount:
                    form, value = amount
                    cell = sheet.cell(row_number, column, value)
                    cell.number_format = form
                    horizontal = "right"
                else:
                    cell = sheet.cell(row_number, column, text or None)
                    cell.data_type = "s"  # text as printed: openpyxl would write `=100%` as a formula
                    cell.number_format = "@"
                    horizontal = text_alignment(text or "", " ".join(row[column - 1] for row in table.header))
                cell.font = font
                cell.border = border(not table.header and body_index == 0, last_row)
                cell.alignment = Alignment(horizontal=horizontal, vertical="center", wrap_text=amount is None)
            height(row_number, printed, widths)
            row_number += 1

        setup = sheet.page_setup
        setup.paperSize = sheet.PAPERSIZE_A4
        setup.orientation = style["orientation"]
        if style["fit"]:
            sheet.sheet_properties.pageSetUpPr.fitToPage = True
            setup.fitToWidth = 1
            setup.fitToHeight = 0
        sheet.oddFooter.center.text = FOOTERS[style["footer"]]
        sheet.oddFooter.center.size = 9
        setup.firstPageNumber = 1
        setup.useFirstPageNumber = True
        sheet.print_options.gridLines = False
    with tempfile.TemporaryDirectory() as scratch:
        workbook = Path(scratch) / f"{pdf.stem}.xlsx"
        book.save(workbook)
        soffice_to_pdf(workbook, pdf, "--convert-to", "pdf")
    return list(zip(start_pages(tables, pdf), styles))


def rng_title_bump(style):
    """A title is printed 2 to 6 pt larger than the body, bold (drawn from the table's style)."""
    return 2 + (style["size"] * 7 + len(style["font"])) % 5


def start_pages(tables, pdf):
    """The page each table starts on: each sheet numbers its pages from 1, so the pages whose footer (their
    last line) reads page 1 are the tables' first pages, in order."""
    starts = []
    for number, page in enumerate(page_texts(pdf, layout=True), 1):
        last = [line for line in page.splitlines() if line.strip()][-1:] or [""]
        if FIRST_PAGE.match("".join(last[0].split())):
            starts.append(number)
    if len(starts) != len(tables):
        raise Failure(f"{len(starts)} pages numbered 1 for {len(tables)} tables")
    return starts
