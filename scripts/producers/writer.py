"""LibreOffice Writer: the tables in one word-processor document, the way most
部门预算 are written: each table after its title paragraph (centred, larger),
its unit line (`单位：万元`, right) and now and then a paragraph of prose, the
table itself with its header rows merged as the JSON header says, text that
wraps in its cell and amounts set right. The document is written as flat ODT
(.fodt) and laid out by Writer itself (`soffice --headless`, writer_pdf_Export).

Each table gets a style of its own, drawn by random.Random seeded from the
document's name and the table's index, so every run draws the same: rules
(all / outer frame and header / none), page (A4 portrait or landscape; A3 when
the columns do not fit A4 at 7 pt), font size (9-12 pt, smaller only when the
columns would not fit), a page break before the table or the table flowing on
after the previous one, the header rows repeated on every page or not, cell
padding. Each table's style goes back with its start page, so that
producer-audit can pin a missing row to a style."""
import random
import re
import shutil
import tempfile
from pathlib import Path
from xml.sax.saxutils import escape

from producers.common import page_texts, soffice_to_pdf

NEEDS = "LibreOffice Writer (apt-get install libreoffice-writer) and pdftotext (poppler-utils)"

AMOUNT = re.compile(r"[-+(（－]?[\d,.，．]+[)）%％]?")  # \d takes full-width digits too (北京's `３４，３１６，０００`)
CODE_HEADING = re.compile(r"码|^[类款项]$|^序号$|栏次")  # columns of codes and numbers: set left, as text, never right as amounts
PAGES = {"A4": (21.0, 29.7), "A3": (29.7, 42.0)}  # cm, portrait
MARGIN_CM = 2.0
SMALLEST_FONT_PT = 7.0
CM_PER_PT = 2.54 / 72



def available():
    return shutil.which("soffice") is not None and shutil.which("pdftotext") is not None


def is_amount(text):
    return AMOUNT.fullmatch(text.strip()) is not None and any(ch.isdigit() for ch in text)


def text_width_em(text):
    """Width of a text in ems: CJK and full-width characters one em, the rest about half."""
    return sum(1.0 if ord(ch) > 0x2E80 else 0.6 for ch in text)


# --- the style of one table -------------------------------------------------

def draw_style(document, index, table):
    chance = random.Random(f"{document}#{index}")
    rules = chance.choice(["all", "all", "frame", "none"])
    return {
        # A form (no header rows: label and value cells) is ruled all over, as every word processor's form is.
        "rules": rules if table.header else "all",
        "orientation": chance.choice(["portrait", "portrait", "landscape"]),
        "font_pt": chance.choice([9.0, 10.0, 10.5, 11.0, 12.0]),
        "page_break": index > 0 and chance.random() < 0.5,
        "repeat_header": chance.random() < 0.7,
        "padding_cm": chance.choice([0.1, 0.15, 0.19]),  # Writer's default cell padding, and Word's
        "prose": chance.choice(["none", "none", "before_title", "after_title"]),
        "unit_line": chance.choice(["right", "right", "with_department"]),
        "paper": "A4",
    }


def column_widths_pt(table, font_pt, padding_cm):
    """Per column the narrowest width that keeps its amounts on one line, and the width its longest text would like."""
    columns = len(table.printed[0])
    padding_pt = 2 * padding_cm / CM_PER_PT + 3
    narrowest, wanted = [], []
    for column in range(columns):
        texts = [row[column].strip() for row in table.printed]
        amounts = [text_width_em(text) for text in texts if is_amount(text)]
        words = [text_width_em(text) for text in texts if text and not is_amount(text)]
        longest_amount = max(amounts, default=0)
        longest_word = max(words, default=0)
        # A heading of this column alone wraps over three lines at most, as a typist would size it.
        heading = max((text_width_em(row[column].strip()) for row in table.header
                       if column + 1 == columns or row[column + 1].strip()), default=0)
        least = max(longest_amount, min(longest_word, 3.0), min(heading / 3, 6.0), 2.0)
        narrowest.append(least * font_pt + padding_pt)
        wanted.append(max(least, min(longest_word, 14.0)) * font_pt + padding_pt)
    return narrowest, wanted


def fit(table, style):
    """Settle page and font so that every column fits across the page: landscape, then a smaller font, then A3."""
    def text_width_cm(style):
        width, height = PAGES[style["paper"]]
        across = height if style["orientation"] == "landscape" else width
        return across - 2 * MARGIN_CM

    def tries():
        yield dict(style)
        yield dict(style, orientation="landscape")
        font = style["font_pt"]
        while font > SMALLEST_FONT_PT:
            font = max(SMALLEST_FONT_PT, font - 1)
            yield dict(style, orientation="landscape", font_pt=font)
        yield dict(style, orientation="landscape", font_pt=SMALLEST_FONT_PT, paper="A3")
        yield dict(style, orientation="landscape", font_pt=6.0, paper="A3")

    for attempt in tries():
        narrowest, wanted = column_widths_pt(table, attempt["font_pt"], attempt["padding_cm"])
        available_pt = text_width_cm(attempt) / CM_PER_PT
        if sum(narrowest) <= available_pt:
            break
    attempt["fitted"] = attempt != style
    # Share the page's width out: every column its narrowest, the rest in proportion to what it would like beyond that.
    spare = available_pt - sum(narrowest)
    extra = [w - n for w, n in zip(wanted, narrowest)]
    if sum(extra) > spare:
        widths = [n + spare * e / sum(extra) for n, e in zip(narrowest, extra)]
    else:
        widths = [w + (spare - sum(extra)) * w / sum(wanted) for w in wanted]
    return attempt, [w * CM_PER_PT for w in widths]


# --- the header's merged cells ------------------------------------------------

def header_spans(header):
    """(row, column) -> (rows, columns) spanned, for the cells that start a span; covered cells are absent.

    A heading spans to the right over the "" after it, then down over the rows
    where every cell under it is "" (the JSON header's convention)."""
    rows, columns = len(header), len(header[0]) if header else 0
    covered, spans = set(), {}
    for r in range(rows):
        for c in range(columns):
            if (r, c) in covered:
                continue
            width = 1
            if header[r][c].strip():
                while c + width < columns and (r, c + width) not in covered and not header[r][c + width].strip():
                    width += 1
            height = 1
            if header[r][c].strip():
                while r + height < rows and all((r + height, k) not in covered and not header[r + height][k].strip()
                                                for k in range(c, c + width)):
                    height += 1
            spans[(r, c)] = (height, width)
            covered.update((r + i, c + k) for i in range(height) for k in range(width))
    return spans


# --- the flat ODT document ------------------------------------------------------

class Document:
    def __init__(self):
        self.automatic = []
        self.body = []
        self.cell_styles = {}

    def paragraph_style(self, name, size_pt, align="start", bold=False, master=None, page_break=False,
                        above_cm=0.0, below_cm=0.0, tab_cm=None):
        attributes = f' style:master-page-name="{master}"' if master else ""
        breaking = ' fo:break-before="page"' if page_break and not master else ""
        weight = ' fo:font-weight="bold" style:font-weight-asian="bold"' if bold else ""
        tabs = (f'<style:tab-stops><style:tab-stop style:position="{tab_cm:.3f}cm" style:type="right"/></style:tab-stops>'
                if tab_cm else "")
        self.automatic.append(
            f'<style:style style:name="{name}" style:family="paragraph"{attributes}>'
            f'<style:paragraph-properties fo:text-align="{align}" fo:margin-top="{above_cm}cm" '
            f'fo:margin-bottom="{below_cm}cm"{breaking}>{tabs}</style:paragraph-properties>'
            f'<style:text-properties fo:font-size="{size_pt}pt" style:font-size-asian="{size_pt}pt"{weight}/></style:style>')

    def cell_style(self, prefix, padding_cm, top, bottom, left, right):
        key = (prefix, top, bottom, left, right)
        if key not in self.cell_styles:
            name = f"{prefix}.{''.join('1' if side else '0' for side in (top, bottom, left, right))}"
            self.cell_styles[key] = name
            sides = " ".join(f'fo:border-{side}="{"0.5pt solid #000000" if on else "none"}"'
                             for side, on in (("top", top), ("bottom", bottom), ("left", left), ("right", right)))
            self.automatic.append(
                f'<style:style style:name="{name}" style:family="table-cell"><style:table-cell-properties '
                f'style:vertical-align="middle" fo:padding="{padding_cm}cm" {sides}/></style:style>')
        return self.cell_styles[key]

    def text(self, style, text):
        self.body.append(f'<text:p text:style-name="{style}">{inline(text)}</text:p>')

    def xml(self, master_pages):
        pages = "".join(
            f'<style:page-layout style:name="L.{name}"><style:page-layout-properties fo:page-width="{w}cm" '
            f'fo:page-height="{h}cm" style:print-orientation="{orientation}" fo:margin-top="{MARGIN_CM}cm" '
            f'fo:margin-bottom="{MARGIN_CM}cm" fo:margin-left="{MARGIN_CM}cm" fo:margin-right="{MARGIN_CM}cm"/>'
            f'</style:page-layout>' for name, (w, h, orientation) in master_pages.items())
        masters = "".join(f'<style:master-page style:name="{name}" style:page-layout-name="L.{name}"/>'
                          for name in master_pages)
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            '<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
            'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
            'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
            'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
            'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
            'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
            'office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">'
            '<office:font-face-decls><style:font-face style:name="CJK" svg:font-family="\'WenQuanYi Zen Hei\'"/>'
            '</office:font-face-decls>'
            '<office:styles><style:default-style style:family="paragraph"><style:text-properties '
            'style:font-name="CJK" style:font-name-asian="CJK" style:font-name-complex="CJK" fo:language="zh" '
            'fo:country="CN" style:language-asian="zh" style:country-asian="CN"/></style:default-style></office:styles>'
            f'<office:automatic-styles>{pages}{"".join(self.automatic)}</office:automatic-styles>'
            f'<office:master-styles>{masters}</office:master-styles>'
            f'<office:body><office:text>{"".join(self.body)}</office:text></office:body></office:document>')


def inline(text):
    """Text for a paragraph: runs of spaces kept (text:s), tabs as text:tab."""
    parts = []
    for piece in re.split(r"( {2,}|\t|\n)", text):
        if piece == "\t":
            parts.append("<text:tab/>")
        elif piece == "\n":
            parts.append("<text:line-break/>")
        elif piece.startswith("  "):
            parts.append(f'<text:s text:c="{len(piece)}"/>')
        else:
            parts.append(escape(piece))
    return "".join(parts)


def prose(chance, table):
    """A sentence or two of 说明 with a number in it, as budgets print between their tables."""
    amount = f"{chance.randint(10, 99999):,}.{chance.randint(0, 99):02d}"
    share = f"{chance.randint(1, 40)}.{chance.randint(0, 9)}"
    return chance.choice([
        f"说明：本表反映本部门年度收支情况，合计{amount}万元，比上年增长{share}%。主要原因是人员经费和项目支出增加。",
        f"本部门{chance.randint(2015, 2026)}年预算安排{amount}万元，其中基本支出占{share}%，项目支出主要用于履职保障。",
        f"注：本表金额按四舍五入列示，合计数与分项之和可能存在尾差；较上年减少{amount}万元，下降{share}%。",
    ])


def build(tables, document_name):
    document = Document()
    masters = {}
    styles = []
    for index, table in enumerate(tables):
        chance = random.Random(f"{document_name}#{index}#text")
        style, widths_cm = fit(table, draw_style(document_name, index, table))
        styles.append(style)
        paper_w, paper_h = PAGES[style["paper"]]
        landscape = style["orientation"] == "landscape"
        master = f'{style["paper"]}{"L" if landscape else "P"}'
        masters[master] = (paper_h, paper_w, "landscape") if landscape else (paper_w, paper_h, "portrait")
        previous = styles[-2] if index else None
        new_page = index == 0 or previous is None or (previous["paper"], previous["orientation"]) != (
            style["paper"], style["orientation"])
        size = style["font_pt"]
        across_cm = sum(widths_cm)
        t = f"T{index}"
        first = [True]

        def opening(name, **kwargs):
            """The first paragraph of the table's block carries its page (master page or page break)."""
            if first[0]:
                first[0] = False
                document.paragraph_style(name, master=master if new_page else None,
                                         page_break=style["page_break"], **kwargs)
            else:
                document.paragraph_style(name, **kwargs)

        if style["prose"] == "before_title":
            opening(f"{t}.prose.before", size_pt=size, align="justify", above_cm=0.2, below_cm=0.2)
            document.text(f"{t}.prose.before", prose(chance, table))
        opening(f"{t}.title", size_pt=size + 5, align="center", bold=True, above_cm=0.4, below_cm=0.2)
        document.text(f"{t}.title", table.title.strip() or f"附表{index + 1}")
        if style["prose"] == "after_title":
            opening(f"{t}.prose.after", size_pt=size, align="justify", below_cm=0.1)
            document.text(f"{t}.prose.after", prose(chance, table))
        if table.unit:
            if style["unit_line"] == "with_department":
                document.paragraph_style(f"{t}.unit", size_pt=size, tab_cm=across_cm - 0.1, below_cm=0.05)
                document.text(f"{t}.unit", f"编制单位：本部门\t单位：{table.unit}")
            else:
                document.paragraph_style(f"{t}.unit", size_pt=size, align="end", below_cm=0.05)
                document.text(f"{t}.unit", f"单位：{table.unit}")
        for kind, align, bold in (("head", "center", True), ("text", "start", False), ("amount", "end", False)):
            document.paragraph_style(f"{t}.{kind}", size_pt=size, align=align, bold=bold)
        document.automatic.append(
            f'<style:style style:name="{t}" style:family="table"><style:table-properties style:width="{across_cm:.3f}cm" '
            f'table:align="center" fo:margin-bottom="0.3cm"/></style:style>')
        for column, width in enumerate(widths_cm):
            document.automatic.append(
                f'<style:style style:name="{t}.c{column}" style:family="table-column">'
                f'<style:table-column-properties style:column-width="{width:.3f}cm"/></style:style>')
        document.body.append(f'<table:table table:name="Table{index + 1}" table:style-name="{t}">')
        document.body.extend(f'<table:table-column table:style-name="{t}.c{column}"/>' for column in range(len(widths_cm)))
        columns = len(widths_cm)
        header_count, body_count = len(table.header), len(table.printed)
        rows_total = header_count + body_count

        def cell(row, column, rows_spanned=1, columns_spanned=1):
            rules = style["rules"]
            last_row, last_column = row + rows_spanned - 1, column + columns_spanned - 1
            if rules == "all":
                sides = (True, True, True, True)
            elif rules == "frame":
                in_header = row < header_count
                sides = (row == 0 or in_header, last_row == rows_total - 1 or last_row < header_count,
                         column == 0 or in_header, last_column == columns - 1 or in_header)
            else:
                sides = (False, False, False, False)
            name = document.cell_style(t, style["padding_cm"], *sides)
            spans = ""
            if rows_spanned > 1:
                spans += f' table:number-rows-spanned="{rows_spanned}"'
            if columns_spanned > 1:
                spans += f' table:number-columns-spanned="{columns_spanned}"'
            return f'<table:table-cell table:style-name="{name}" office:value-type="string"{spans}>'

        if table.header:
            spans = header_spans(table.header)
            document.body.append("<table:table-header-rows>" if style["repeat_header"] else "")
            for r, header_row in enumerate(table.header):
                document.body.append("<table:table-row>")
                for c in range(columns):
                    if (r, c) not in spans:
                        document.body.append("<table:covered-table-cell/>")
                        continue
                    height, width = spans[(r, c)]
                    document.body.append(cell(r, c, height, width) +
                                         f'<text:p text:style-name="{t}.head">{inline(header_row[c].strip())}</text:p>'
                                         "</table:table-cell>")
                document.body.append("</table:table-row>")
            document.body.append("</table:table-header-rows>" if style["repeat_header"] else "")
        codes = [any(CODE_HEADING.search(row[c]) for row in table.header) for c in range(columns)]
        for r, printed in enumerate(table.printed, header_count):
            document.body.append("<table:table-row>")
            for c, text in enumerate(printed):
                kind = "amount" if is_amount(text) and not codes[c] else "text"
                document.body.append(cell(r, c) + f'<text:p text:style-name="{t}.{kind}">{inline(text.strip())}</text:p>'
                                     "</table:table-cell>")
            document.body.append("</table:table-row>")
        document.body.append("</table:table>")
    return document.xml(masters), styles


def typeset(tables, pdf):
    xml, styles = build(tables, pdf.stem)
    with tempfile.TemporaryDirectory() as scratch:
        source = Path(scratch) / f"{pdf.stem}.fodt"
        source.write_text(xml, encoding="utf-8")
        soffice_to_pdf(source, pdf, "--infilter=OpenDocument Text Flat XML", "--convert-to", "pdf:writer_pdf_Export")
    return list(zip(start_pages(tables, pdf), styles))


def start_pages(tables, pdf):
    """The page each table's title is printed on, in order: tables may share a page and titles repeat (a run of
    project forms), so each title is searched after the place the previous one was found (not found: that page)."""
    pages = ["".join(page.split()) for page in page_texts(pdf)]
    starts, page, offset = [], 0, 0
    for index, table in enumerate(tables):
        title = "".join(table.title.split()) or f"附表{index + 1}"
        for number in range(page, len(pages)):
            at = pages[number].find(title, offset if number == page else 0)
            if at >= 0:
                page, offset = number, at + len(title)
                break
        starts.append(page + 1)
    return starts
