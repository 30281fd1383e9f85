"""Bad input, as a user meets it at the command line: the whole list in one table.

Every case runs ``python -m statclaims ...`` in a fresh folder and must give the documented exit
code (README "Exit codes": 2 bad input, 3 a value that cannot be parsed, 5 an output that cannot
be written), exactly one line on standard error that names the file (and the line, where there is
one), no traceback, nothing on standard output, and no change to any file in the folder.

The readers' own tests (test_pdf.py, test_docx.py, test_cli.py) check the messages in detail;
this table checks that each reaches the user as the README promises.
"""
from __future__ import annotations

import os
import subprocess
import sys
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from io import BytesIO
from pathlib import Path

import pytest

from .test_docx import make_docx, para
from .test_docx import run as docx_run
from .test_pdf import line, make_pdf

ROOT = Path(__file__).parent.parent
SEED = ROOT / "data" / "corpus" / "a_res_80_118.txt"
CORPUS_PDF = ROOT / "data" / "corpus" / "e_2025_8.pdf"
REFERENCE = ROOT / "data" / "reference" / "reference_series.csv"
AS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


@dataclass
class Run:
    """What a case runs: the arguments after ``statclaims``, the file its error must name, extra environment."""

    args: list[str]
    names: str
    env: dict[str, str] = field(default_factory=dict)


@dataclass
class Case:
    id: str
    setup: Callable[[Path], Run]
    code: int
    says: str                # a phrase of the message
    where: str | None = None  # the place after the file name ("line 3"), where the error has one
    marks: tuple = ()
    memory: int | None = None  # an address-space limit to run under (bytes), where the case is about memory
    stdout: str | None = None  # a file to send standard output to, where the case is about it


def write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def extract(path: Path | str, *more: str, env: dict[str, str] | None = None) -> Run:
    return Run(["extract", str(path), *more], str(path), env or {})


# --- Documents ---------------------------------------------------------------------------------

def missing(tmp: Path) -> Run:
    return extract(tmp / "a_res_80_999.txt")


def directory(tmp: Path) -> Run:
    (tmp / "corpus").mkdir()
    return extract(tmp / "corpus")


def empty(tmp: Path) -> Run:
    return extract(write(tmp / "empty.txt", b""))


def blank(tmp: Path) -> Run:
    return extract(write(tmp / "blank.txt", b"  \n\n\t \n"))


def binary(tmp: Path) -> Run:
    return extract(write(tmp / "chart.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))))


def latin1(tmp: Path) -> Run:
    return extract(write(tmp / "latin1.txt", "First line\nCaf\u00e9 prices rose 5 per cent\n".encode("latin-1")))


def utf16(tmp: Path) -> Run:
    return extract(write(tmp / "utf16.txt", "\ufeff93 per cent of people use the Internet\n".encode("utf-16")))


def unreadable(tmp: Path) -> Run:
    path = write(tmp / "locked.txt", b"93 per cent\n")
    path.chmod(0)
    return extract(path)


def huge(tmp: Path) -> Run:
    """200 MB of text, as a sparse file: refused by its size before a byte of it is read."""
    path = tmp / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(200 * 1024 * 1024)
    return extract(path)


def endless(tmp: Path) -> Run:
    """A device that never ends: read up to the limit and no further."""
    return extract("/dev/zero")


def over_a_lowered_limit(tmp: Path) -> Run:
    path = write(tmp / "report.txt", SEED.read_bytes())  # 63 KiB
    return extract(path, env={"STATCLAIMS_MAX_TEXT_MB": "0.05"})


def bad_limit(tmp: Path) -> Run:
    return Run(["extract", str(SEED)], "STATCLAIMS_MAX_TEXT_MB", {"STATCLAIMS_MAX_TEXT_MB": "8 MB"})


def good_then_bad(tmp: Path) -> Run:
    """Nothing is printed for the good file when a later one fails."""
    bad = write(tmp / "empty.txt", b"")
    return Run(["extract", str(SEED), str(bad), "--format", "jsonl"], str(bad))


# --- PDF and Word ------------------------------------------------------------------------------

def scanned_pdf(tmp: Path) -> Run:
    image = (b"<< /Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray "
             b"/BitsPerComponent 8 /Length 1 >>\nstream\n\x80\nendstream")
    data = make_pdf(["q 500 0 0 700 50 50 cm /Im1 Do Q"], extra=[image], xobject=b"/XObject << /Im1 6 0 R >>")
    return extract(write(tmp / "scan.pdf", data))


def encrypted_pdf(tmp: Path) -> Run:
    standard = b"<< /Filter /Standard /V 1 /R 2 /O <" + b"11" * 32 + b"> /U <" + b"22" * 32 + b"> /P -44 >>"
    data = make_pdf([line(72, 700, 10, "12 per cent")], extra=[standard],
                    trailer=b"/Encrypt 6 0 R /ID [<" + b"ab" * 16 + b"> <" + b"ab" * 16 + b">] ")
    return extract(write(tmp / "secret.pdf", data))


def truncated_pdf(tmp: Path) -> Run:
    data = CORPUS_PDF.read_bytes()
    return extract(write(tmp / "e_2025_8.pdf", data[: len(data) // 2]))


def damaged_pdf(tmp: Path) -> Run:
    return extract(write(tmp / "damaged.pdf", b"%PDF-1.7\n" + b"\x00garbage" * 50 + b"\n%%EOF\n"))


def pdf_named_txt(tmp: Path) -> Run:
    return extract(write(tmp / "report.txt", make_pdf([line(72, 700, 10, "12 per cent")])))


def text_named_pdf(tmp: Path) -> Run:
    return extract(write(tmp / "report.pdf", b"20 per cent of people are offline\n"))


def pdf_text_over_limit(tmp: Path) -> Run:
    data = make_pdf([line(72, 700 - 14 * i, 10, f"In 2024, {i} per cent of the people of region {i} were online.")
                     for i in range(3)])
    return extract(write(tmp / "long.pdf", data), env={"STATCLAIMS_MAX_TEXT_MB": "0.0001"})


def text_named_docx(tmp: Path) -> Run:
    return extract(write(tmp / "report.docx", b"20 per cent of people are offline\n"))


def truncated_docx(tmp: Path) -> Run:
    data = make_docx(para(docx_run("Some 68 per cent of people are online. " * 200)))
    return extract(write(tmp / "report.docx", data[: len(data) // 2]))


def zip_not_word(tmp: Path) -> Run:
    out = BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("data.csv", "a,b\n")
    return extract(write(tmp / "data.docx", out.getvalue()))


def docx_named_txt(tmp: Path) -> Run:
    return extract(write(tmp / "report.txt", make_docx(para(docx_run("Some 68 per cent")))))


# --- Reference CSV -----------------------------------------------------------------------------

def _reference_lines(count: int = 3) -> list[str]:
    return REFERENCE.read_text(encoding="utf-8").splitlines()[:count]


def check(reference: Path | str) -> Run:
    return Run(["check", str(SEED), "--reference", str(reference)], str(reference))


def reference_bad_value(tmp: Path) -> Run:
    header, first, second = _reference_lines()
    cells = second.split(",")
    cells[7] = "63%"  # value
    return check(write(tmp / "reference.csv", "\n".join([header, first, ",".join(cells)]).encode() + b"\n"))


def reference_bad_year(tmp: Path) -> Run:
    header, first, second = _reference_lines()
    cells = first.split(",")
    cells[6] = "twenty"  # year
    return check(write(tmp / "reference.csv", "\n".join([header, ",".join(cells), second]).encode() + b"\n"))


def reference_short_row(tmp: Path) -> Run:
    header, first, second = _reference_lines()
    return check(write(tmp / "reference.csv", "\n".join([header, first, "a,b,c"]).encode() + b"\n"))


def reference_missing_columns(tmp: Path) -> Run:
    return check(write(tmp / "reference.csv", b"indicator,value\ninternet_use,63\n"))


def reference_latin1(tmp: Path) -> Run:
    header, first, _ = _reference_lines()
    return check(write(tmp / "reference.csv", f"{header}\n{first}\n".encode() + "Côte d'Ivoire\n".encode("latin-1")))


def reference_missing(tmp: Path) -> Run:
    return check(tmp / "reference_series.csv")


# --- Outputs -----------------------------------------------------------------------------------

def report(target: Path) -> Run:
    return Run(["report", str(SEED), "--reference", str(REFERENCE), "--output", str(target)], str(target))


def unwritable_folder(tmp: Path) -> Run:
    folder = tmp / "site"
    folder.mkdir()
    folder.chmod(0o555)
    return report(folder / "report.html")


def folder_is_a_file(tmp: Path) -> Run:
    return report(write(tmp / "site", b"not a folder\n") / "report.html")


def folder_missing(tmp: Path) -> Run:
    return report(tmp / "site" / "report.html")


def output_is_a_folder(tmp: Path) -> Run:
    (tmp / "report.html").mkdir()
    return report(tmp / "report.html")


def full_stdout(tmp: Path) -> Run:
    return Run(["extract", str(SEED)], "<stdout>")


def report_of_bad_input(tmp: Path) -> Run:
    """A bad document leaves the report of the last good run as it was."""
    write(tmp / "report.html", b"<html>the last good report</html>\n")
    bad = write(tmp / "empty.txt", b"")
    return Run(["report", str(bad), "--reference", str(REFERENCE), "--output", str(tmp / "report.html")], str(bad))


CASES = [
    Case("missing file", missing, 2, "no such file"),
    Case("directory", directory, 2, "is a directory"),
    Case("empty file", empty, 2, "empty file"),
    Case("white space only", blank, 2, "only white space"),
    Case("binary file", binary, 2, "binary file"),
    Case("not UTF-8", latin1, 2, "not UTF-8", where="line 2"),
    Case("UTF-16 with BOM", utf16, 2, "UTF-16"),
    Case("unreadable file", unreadable, 2, "Permission denied",
         marks=(pytest.mark.skipif(AS_ROOT, reason="root reads any file"),)),
    Case("200 MB text file", huge, 2, "too large to read: 200 MiB of text", memory=256 << 20),
    Case("endless stream", endless, 2, "too large to read: more than 8 MiB", memory=256 << 20,
         marks=(pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero"),)),
    Case("text over a lowered limit", over_a_lowered_limit, 2, "over the 0.05 MiB limit"),
    Case("limit not a number", bad_limit, 3, "not a size in MiB"),
    Case("good file then bad", good_then_bad, 2, "empty file"),
    Case("PDF with no text layer", scanned_pdf, 2, "no text layer"),
    Case("encrypted PDF", encrypted_pdf, 2, "encrypted PDF"),
    Case("truncated PDF", truncated_pdf, 2, "truncated PDF"),
    Case("damaged PDF", damaged_pdf, 2, "damaged PDF"),
    Case("PDF named .txt", pdf_named_txt, 2, "rename it to .pdf"),
    Case(".pdf that is not a PDF", text_named_pdf, 2, "not a PDF"),
    Case("PDF text over the limit", pdf_text_over_limit, 2, "too large to read: its text is"),
    Case(".docx that is not a ZIP", text_named_docx, 2, "not a DOCX"),
    Case("truncated DOCX", truncated_docx, 2, "truncated"),
    Case("ZIP that is not a Word file", zip_not_word, 2, "not a Word document"),
    Case("DOCX named .txt", docx_named_txt, 2, "rename it to .docx"),
    Case("reference: bad value", reference_bad_value, 3, "value: not a number: '63%'", where="line 3"),
    Case("reference: bad year", reference_bad_year, 3, "year: not a year: 'twenty'", where="line 2"),
    Case("reference: short row", reference_short_row, 3, "3 fields where the header has 15", where="line 3"),
    Case("reference: missing columns", reference_missing_columns, 3, "missing columns: reference_id",
         where="line 1"),
    Case("reference: not UTF-8", reference_latin1, 2, "not UTF-8", where="line 3"),
    Case("reference: missing file", reference_missing, 2, "no such file"),
    Case("unwritable output folder", unwritable_folder, 5, "Permission denied",
         marks=(pytest.mark.skipif(AS_ROOT, reason="root writes into any folder"),)),
    Case("output folder is a file", folder_is_a_file, 5, "Not a directory"),
    Case("output folder missing", folder_missing, 5, "No such file or directory"),
    Case("output is a folder", output_is_a_folder, 5, "Is a directory"),
    Case("report of bad input", report_of_bad_input, 2, "empty file"),
    Case("standard output full", full_stdout, 5, "No space left on device", stdout="/dev/full",
         marks=(pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full"),)),
]


def limit_memory(size: int | None) -> Callable[[], None] | None:
    """A preexec_fn that caps the child's address space: reading 200 MB into it would fail there."""
    try:
        import resource
    except ImportError:  # pragma: no cover - not POSIX
        return None
    if size is None:
        return None
    return lambda: resource.setrlimit(resource.RLIMIT_AS, (size, size))


def snapshot(folder: Path) -> dict[str, tuple]:
    """Every entry under the folder: kind, size, modification time, and the bytes of small files."""
    state = {}
    for entry in sorted(folder.rglob("*")):
        info = entry.lstat()
        small = entry.is_file() and info.st_size < 1 << 20 and os.access(entry, os.R_OK)
        state[str(entry.relative_to(folder))] = (info.st_mode, info.st_size, info.st_mtime_ns,
                                                 entry.read_bytes() if small else None)
    return state


@pytest.mark.parametrize("case", [pytest.param(c, id=c.id, marks=c.marks) for c in CASES])
def test_bad_input_is_one_line_naming_the_file_with_its_exit_code(case: Case, tmp_path: Path):
    work = tmp_path / "work"
    work.mkdir()
    try:
        job = case.setup(work)
        before = snapshot(work)
        env = {k: v for k, v in os.environ.items() if not k.startswith("STATCLAIMS_")} | job.env
        started = time.monotonic()
        with open(case.stdout or os.devnull, "w") as sink:
            result = subprocess.run([sys.executable, "-m", "statclaims", *job.args], text=True, cwd=work, env=env,
                                    stdout=sink if case.stdout else subprocess.PIPE, stderr=subprocess.PIPE,
                                    timeout=60, preexec_fn=limit_memory(case.memory))
        elapsed = time.monotonic() - started
        after = snapshot(work)
    finally:
        for entry in [work, *work.rglob("*")]:  # give back what a case locked, so that the folder can go
            if not entry.is_symlink():
                entry.chmod(entry.stat().st_mode | 0o700)

    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode == case.code, result.stderr
    assert not result.stdout
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and result.stderr.endswith("\n"), result.stderr
    message = lines[0]
    place = f"{job.names}:{case.where}: " if case.where else f"{job.names}: "
    assert message.startswith(f"statclaims: error: {place}"), message
    assert case.says in message, message
    assert after == before, f"files changed: {sorted(k for k in before.keys() | after.keys() if before.get(k) != after.get(k))}"
    assert elapsed < 20, f"took {elapsed:.1f} s"
