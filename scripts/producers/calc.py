"""LibreOffice Calc: each table on a sheet of one workbook (title row, unit row,
header rows, ruled body), exported to PDF by `soffice --headless`: the way a
spreadsheet budget is printed."""
import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

NEEDS = "LibreOffice Calc (apt-get install libreoffice-calc) and python3-openpyxl"
CONVERT_TIMEOUT = 600  # seconds for one workbook: a 100-table budget takes under a minute


class Failure(Exception):
    pass


def available():
    try:
        import openpyxl  # noqa: F401
    except ImportError:
        return False
    return shutil.which("soffice") is not None


def typeset(tables, pdf):
    import openpyxl
    from openpyxl.styles import Alignment, Border, Font, Side

    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    book = openpyxl.Workbook()
    book.remove(book.active)
    for index, table in enumerate(tables):
        sheet = book.create_sheet(f"表{index + 1}")
        columns = len(table.printed[0])
        sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=columns)
        sheet.cell(1, 1, table.title or None).font = Font(size=16, bold=True)
        sheet.cell(1, 1).alignment = Alignment(horizontal="center")
        if table.unit:
            sheet.cell(2, columns, f"单位：{table.unit}").alignment = Alignment(horizontal="right")
        row_number = 3
        for header_row in table.header:
            for column, text in enumerate(header_row, 1):
                cell = sheet.cell(row_number, column, text or None)
                cell.border = box
                cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            row_number += 1
        if table.header:
            sheet.print_title_rows = f"3:{row_number - 1}"
        for printed in table.printed:
            for column, text in enumerate(printed, 1):
                cell = sheet.cell(row_number, column, text or None)
                cell.border = box
                numeric = re.fullmatch(r"[-+(（]?[\d,.]+[)）%]?", text or "") is not None
                cell.alignment = Alignment(horizontal="right" if numeric else "left", vertical="center", wrap_text=True)
            row_number += 1
        for column in range(1, columns + 1):
            longest = max(len(row[column - 1]) for row in table.printed)
            sheet.column_dimensions[openpyxl.utils.get_column_letter(column)].width = min(40, max(8, 2 * longest))
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
        sheet.page_setup.fitToWidth = 1
        sheet.page_setup.fitToHeight = 0
    with tempfile.TemporaryDirectory() as scratch:
        workbook = Path(scratch) / f"{pdf.stem}.xlsx"
        book.save(workbook)
        profile = Path(scratch) / "profile"
        try:
            subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                            "--outdir", scratch, str(workbook)], check=True, timeout=CONVERT_TIMEOUT,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        except (subprocess.CalledProcessError, subprocess.TimeoutExpired) as error:
            raise Failure(str(error)) from error
        os.replace(workbook.with_suffix(".pdf"), pdf)
    return start_pages(tables, pdf)


def start_pages(tables, pdf):
    """The page each table's title is printed on, in order (a table without title: the page after the last one found)."""
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout
    pages = ["".join(page.split()) for page in text.split("\f")]
    starts, page = [], 0
    for table in tables:
        title = "".join(table.title.split())
        found = next((number for number in range(page, len(pages)) if title and title in pages[number]), None)
        page = found if found is not None else min(page + 1, len(pages) - 1) if starts else 0
        starts.append(page + 1)
    return starts
