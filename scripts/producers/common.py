"""What the producers share: the one failure they raise, running a producer's
program into a PDF, and the printed text of a PDF's pages."""
import os
import subprocess
import tempfile
from pathlib import Path

CONVERT_TIMEOUT = 900  # seconds for one document: a 100-table budget takes about a minute


class Failure(Exception):
    """A producer could not typeset a document; the message says why."""


def run(command, output, timeout=CONVERT_TIMEOUT):
    """Runs a producer's program that writes `output`; a failure, a timeout or no output is a Failure."""
    try:
        subprocess.run(command, check=True, timeout=timeout, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired) as error:
        raise Failure(str(error)) from error
    if not Path(output).exists():
        raise Failure(f"{command[0]} wrote no PDF")


def soffice_to_pdf(source, pdf, *conversion):
    """LibreOffice (`soffice --headless`, on a profile of its own so that runs side by side do not block)
    converts `source` with the options given (`--convert-to pdf`, an input filter) and the PDF goes to `pdf`."""
    with tempfile.TemporaryDirectory() as scratch:
        converted = Path(scratch) / f"{Path(source).stem}.pdf"
        run(["soffice", f"-env:UserInstallation=file://{scratch}/profile", "--headless", *conversion,
             "--outdir", scratch, str(source)], converted)
        os.replace(converted, pdf)


def page_texts(pdf, layout=False):
    """The text of each page of `pdf` as pdftotext prints it (`-layout` keeps each line's place)."""
    text = subprocess.run(["pdftotext", *(["-layout"] if layout else []), str(pdf), "-"],
                          capture_output=True, text=True).stdout
    return text.split("\f")
