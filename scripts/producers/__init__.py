"""The producers scripts/producer-audit typesets tables with, one per module.

Each module offers:
  NEEDS                       what it needs installed, for the error message;
  available() -> bool         whether that is installed;
  typeset(tables, pdf) -> [(int, dict)]
                              writes one PDF holding the tables in order and
                              returns, for each table, the page (1-based) it
                              starts on and the style it was drawn in
                              ({name: value}: producer-audit counts rows exact
                              per style), or raises common.Failure saying why
                              it could not.
"""
from dataclasses import dataclass


@dataclass
class AuditTable:
    """One table to typeset: its caption, its header rows and its body, as printed and as the truth writes it."""
    title: str
    unit: str
    header: list     # rows of header cell texts, one per column ("" where a heading spans from the left or is blank)
    printed: list    # body rows of cell texts as printed
    truth: list      # the same rows as TRUTH_FORMAT.md writes them (values as plain decimals, text without white space)
    numeric: list = None  # rows of booleans: the cell is an amount (budget-extract read a value), not text such as a code
    org: str = ""    # the document's department, for a 编制单位 line


from producers import calc, html, writer  # noqa: E402

PRODUCERS = {"calc": calc, "writer": writer, "chromium": html.chromium, "wkhtmltopdf": html.wkhtmltopdf}
