"""The command line: argument parsing and printing only; the work is done by the Python API."""
from __future__ import annotations

import argparse
import contextlib
import csv
import io
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from . import __version__
from .claims import FIELDS, Claim
from .errors import InputError, OutputError, StatclaimsError

EXIT_CODES = """exit codes:
  0  success
  1  an unexpected error (a bug: please report it with the file that caused it)
  2  bad input: a missing, empty, binary, mis-encoded or unsupported file
  3  a value that cannot be parsed (a number, a manifest row)
  4  the built package failed validation; nothing was changed
  5  an output that cannot be written
  6  statclaims check --strict found a claim that does not match its source
  7  statclaims build --check found the package on disk differs from a fresh build
"""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="statclaims",
        description="Extract the statistical claims in UN documents, with the sources they cite.",
        epilog=EXIT_CODES, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"statclaims {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    extract = sub.add_parser(
        "extract", help="print the quantitative claims of documents",
        description="Print one record per quantitative claim (see docs/claims-contract.md), in document order. "
                    "Offsets (start, end) point into the file's text: for .txt/.md the file decoded as UTF-8, for .pdf/.docx "
                    "the text that `statclaims text FILE` prints.",
        epilog=EXIT_CODES, formatter_class=argparse.RawDescriptionHelpFormatter)
    extract.add_argument("files", nargs="+", metavar="FILE", help="UN documents: .txt or .md (UTF-8), .pdf with a text layer, or .docx")
    extract.add_argument("--format", choices=("jsonl", "csv", "table"), default="table",
                         help="jsonl: one JSON object per line; csv: a header and one row per claim; "
                              "table: a short table for reading (default)")
    extract.add_argument("--document", metavar="ID",
                         help="document id to use instead of the file's lower-cased stem (one FILE only)")

    sources = sub.add_parser(
        "sources", help="print the works that documents' footnotes cite",
        description="Parse every footnote into source records (publisher, title, year, place, locator, UN symbols, "
                    "url): one record per work, however often it is cited. --citations prints the link rows instead.",
        epilog=EXIT_CODES, formatter_class=argparse.RawDescriptionHelpFormatter)
    sources.add_argument("files", nargs="+", metavar="FILE", help="UN documents: .txt or .md (UTF-8), .pdf with a text layer, or .docx")
    sources.add_argument("--format", choices=("jsonl", "csv", "table"), default="table")
    sources.add_argument("--citations", action="store_true",
                         help="print one row per footnote and work (document, footnote, source_id, locator)")

    check = sub.add_parser(
        "check", help="check claims against the reference series (ITU Facts and Figures, FSDR)",
        description="Check every claim against the values its source published: in the edition it cites, and in "
                    "the newest edition. Status: match, mismatch, superseded (matches the cited edition; a newer "
                    "edition says otherwise) or no_reference. For a claim that cites nothing, inferred_source lists "
                    "the editions whose values it matches. The tolerance follows the precision the text states "
                    "(an integer per cent is +/-0.5; a hedge doubles it; a written fraction is +/-5 points).",
        epilog=EXIT_CODES, formatter_class=argparse.RawDescriptionHelpFormatter)
    check.add_argument("files", nargs="*", metavar="FILE", help="UN documents: .txt or .md (UTF-8), .pdf with a text layer, or .docx")
    check.add_argument("--package", nargs="?", const="datapackage.json", metavar="DATAPACKAGE",
                       help="check the claims of a built package instead of documents (default: ./datapackage.json)")
    check.add_argument("--reference", action="append", metavar="FILE",
                       help="reference values: a CSV in the reference_series layout or an ITU Key ICT indicator "
                            "aggregates .xlsx workbook; repeatable (default: data/reference/reference_series.csv)")
    check.add_argument("--format", choices=("jsonl", "csv", "table"), default="table")
    check.add_argument("--strict", action="store_true", help="exit 6 when any claim is a mismatch")

    report = sub.add_parser(
        "report", help="write an HTML report: stated figures beside every edition's values",
        description="Write one self-contained HTML page (charts inlined as SVG): per comparison, the stated figures "
                    "beside every edition's published values, with each claim's quote, source, status and links.",
        epilog=EXIT_CODES, formatter_class=argparse.RawDescriptionHelpFormatter)
    report.add_argument("files", nargs="*", metavar="FILE", help="UN documents: .txt or .md (UTF-8), .pdf with a text layer, or .docx")
    report.add_argument("--package", nargs="?", const="datapackage.json", metavar="DATAPACKAGE")
    report.add_argument("--reference", action="append", metavar="FILE")
    report.add_argument("-o", "--output", default="report.html", metavar="HTML", help="default: report.html")

    build = sub.add_parser(
        "build", help="build the dataset (a validated Frictionless data package) from a corpus",
        description="Read every document listed in CORPUS/manifest.csv, extract its claims and sources, check them "
                    "against the reference series, and write datapackage.json with data/*.csv and data/*.parquet. "
                    "The package is written to a staging folder, validated with frictionless, and only then moved "
                    "into place: a build that fails or is interrupted leaves the previous package as it was.",
        epilog=EXIT_CODES, formatter_class=argparse.RawDescriptionHelpFormatter)
    build.add_argument("--corpus", metavar="DIR", default="data/corpus",
                       help="folder of documents with their manifest.csv (default: data/corpus)")
    build.add_argument("--reference", metavar="FILE", default="data/reference/reference_series.csv",
                       help="reference series CSV, or an ITU Key ICT indicators workbook "
                            "(default: data/reference/reference_series.csv)")
    build.add_argument("--metadata", metavar="FILE", default="data/release.json",
                       help="the release's name, version, created date, licences (default: data/release.json)")
    build.add_argument("--out", metavar="DIR", default=".",
                       help="where datapackage.json and data/ go (default: the current folder)")
    build.add_argument("--check", action="store_true",
                       help="build in a temporary folder and fail (exit 7) if the package in --out differs; "
                            "nothing is written")
    build.add_argument("--jobs", "-j", type=int, default=1, metavar="N",
                       help="documents extracted, and the package validated, in N processes (0: one per core); "
                            "the output is the same")
    build.add_argument("--engine", choices=("local", "dask"), default="local",
                       help="local: this machine (default); dask: a Dask cluster (pip install 'statclaims[dask]')")
    build.add_argument("--scheduler", metavar="ADDRESS",
                       help="with --engine dask: the scheduler of a running cluster (tcp://host:8786); "
                            "without it a LocalCluster of --jobs workers is started")
    text = sub.add_parser("text", help="print the text that a document's offsets refer to",
                          description="Print the text of a document as statclaims reads it: the text that "
                                      "the start/end offsets of its claims index.")
    text.add_argument("file", metavar="FILE")
    return parser


def _write_jsonl(claims: Sequence[Claim], out: io.TextIOBase) -> None:
    for claim in claims:
        out.write(json.dumps(claim.as_record(), ensure_ascii=False) + "\n")


def _write_csv(claims: Sequence[Claim], out: io.TextIOBase) -> None:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(FIELDS)
    for claim in claims:
        record = claim.as_record()
        record["paragraph_footnotes"] = ";".join(claim.paragraph_footnotes)
        writer.writerow(["" if record[f] is None else record[f] for f in FIELDS])


def _write_table(claims: Sequence[Claim], out: io.TextIOBase) -> None:
    columns = ("claim_id", "paragraph", "value_text", "value", "unit", "population", "footnote")
    rows = [[_cell(getattr(c, col)) for col in columns] for c in claims]
    widths = [max([len(col)] + [len(r[i]) for r in rows]) for i, col in enumerate(columns)]
    out.write("  ".join(col.ljust(w) for col, w in zip(columns, widths)).rstrip() + "\n")
    for row in rows:
        out.write("  ".join(cell.ljust(w) for cell, w in zip(row, widths)).rstrip() + "\n")
    out.write(f"{len(claims)} claims\n")


def _cell(value: object) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:,.6g}" if abs(value) < 1e6 else f"{value:.4g}"
    return " ".join(str(value).split())[:48]


WRITERS = {"jsonl": _write_jsonl, "csv": _write_csv, "table": _write_table}


def _extract(args: argparse.Namespace) -> int:
    from .pipeline import extract_path

    if args.document and len(args.files) > 1:
        raise InputError("--document names one document; give one FILE with it")
    claims: list[Claim] = []
    for name in args.files:
        claims.extend(extract_path(Path(name), document=args.document))
    WRITERS[args.format](claims, sys.stdout)
    return 0


def _records(rows: Sequence[dict[str, object]], fmt: str, columns: Sequence[str], out: io.TextIOBase) -> None:
    """Print plain records (sources, citations) in the chosen format; lists joined with ';' in CSV and tables."""
    if fmt == "jsonl":
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
        return
    flat = [{k: ";".join(v) if isinstance(v, (list, tuple)) else ("" if v is None else v) for k, v in row.items()}
            for row in rows]
    if fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=list(rows[0]) if rows else list(columns), lineterminator="\n")
        writer.writeheader()
        writer.writerows(flat)
        return
    cells = [[_cell(row[c]) for c in columns] for row in flat]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
    out.write("  ".join(c.ljust(w) for c, w in zip(columns, widths)).rstrip() + "\n")
    for row in cells:
        out.write("  ".join(v.ljust(w) for v, w in zip(row, widths)).rstrip() + "\n")
    out.write(f"{len(rows)} rows\n")


def _sources(args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from .pipeline import sources_of

    found, links = sources_of(Path(name) for name in args.files)
    if args.citations:
        _records([asdict(link) for link in links], args.format, ("document", "footnote", "source_id", "locator"),
                 sys.stdout)
    else:
        _records([asdict(source) for source in found], args.format, ("source_id", "kind", "publishers", "title", "year"),
                 sys.stdout)
    return 0


DEFAULT_REFERENCE = Path("data") / "reference" / "reference_series.csv"


def _claims_and_references(args: argparse.Namespace) -> tuple[list[Claim], tuple]:
    from . import reference
    from .pipeline import extract_path

    if not args.files and args.package is None:
        raise InputError("give documents, or --package")
    paths = [Path(p) for p in args.reference] if args.reference else [DEFAULT_REFERENCE]
    if not args.reference and not DEFAULT_REFERENCE.exists():
        raise InputError(f"no reference data at {DEFAULT_REFERENCE}; pass --reference FILE")
    refs = tuple(value for path in paths for value in reference.read(path))
    if args.package is not None:
        from .load import claims_from_package

        return list(claims_from_package(Path(args.package))), refs
    return [c for name in args.files for c in extract_path(Path(name))], refs


def _report(args: argparse.Namespace) -> int:
    from .checks import check_all
    from .report import render

    found, refs = _claims_and_references(args)
    page = render(found, check_all(found, refs), refs)
    target = Path(args.output)
    if target.is_dir():
        raise OutputError("cannot write: Is a directory; give a file name for the report", path=str(target))
    temporary = target.with_name(f".{target.name}.tmp")
    try:
        temporary.write_text(page, encoding="utf-8")
        temporary.replace(target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise OutputError(f"cannot write: {exc.strerror or exc}", path=str(target)) from exc
    print(f"wrote {target} ({len(found)} claims)", file=sys.stderr)
    return 0


def _check(args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from .checks import FIELDS as CHECK_FIELDS
    from .checks import check_all

    found, refs = _claims_and_references(args)
    results = check_all(found, refs)
    rows = [asdict(r) for r in results]
    columns = ("claim_id", "value_text", "status", "cited_edition", "cited_value", "newest_edition", "newest_value",
               "inferred_source")
    if args.format == "table":
        _records(rows, "table", columns, sys.stdout)
    else:
        _records(rows, args.format, CHECK_FIELDS, sys.stdout)
    if args.strict and any(r.status == "mismatch" for r in results):
        print(f"statclaims: {sum(r.status == 'mismatch' for r in results)} mismatches", file=sys.stderr)
        return MISMATCH_EXIT
    return 0


def _build(args: argparse.Namespace) -> int:
    from .build import BuildOptions, build, check_current, terminal_progress

    options = BuildOptions(corpus=Path(args.corpus), reference=Path(args.reference), metadata=Path(args.metadata),
                           out=Path(args.out), jobs=args.jobs, engine=args.engine, scheduler=args.scheduler)
    if args.jobs < 0:
        raise InputError("--jobs must be 0 (one per core) or more")
    run = check_current if args.check else build
    summary = run(options, progress=terminal_progress())
    statuses = ", ".join(f"{n} {s}" for s, n in sorted(summary.checks.items()))
    verb = "is current" if args.check else "written and valid"
    print(f"{Path(args.out) / 'datapackage.json'} {verb}: {summary.documents} documents, {summary.claims} claims, "
          f"{summary.sources} sources; checks: {statuses}", file=sys.stderr)
    return 0


def _text(args: argparse.Namespace) -> int:
    from .document import read

    sys.stdout.write(read(Path(args.file)).text)
    return 0


COMMANDS = {"build": _build, "extract": _extract, "sources": _sources, "check": _check, "report": _report, "text": _text}
MISMATCH_EXIT = 6


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; exceptions of the StatclaimsError family become a one-line message and an exit code."""
    args = _parser().parse_args(argv)
    try:
        try:
            code = COMMANDS[args.command](args)
            sys.stdout.flush()
        except BrokenPipeError:
            raise
        except OSError as exc:
            if exc.filename is not None:  # a file's error that a command did not turn into a StatclaimsError
                raise
            raise OutputError(f"cannot write: {exc.strerror or exc}", path="<stdout>") from exc
        return code
    except StatclaimsError as exc:
        print(f"statclaims: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        print("statclaims: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
