"""The command line as a user runs it: formats, the text command, and bad input."""
from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

import pytest

from statclaims.cli import main


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "statclaims.cli", *args], capture_output=True, text=True)


def test_extract_jsonl_follows_the_contract(seed_path, capsys):
    assert main(["extract", str(seed_path), "--format", "jsonl"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(records) == 9
    first = records[0]
    for name in ("document", "claim_id", "paragraph", "value_text", "start", "end", "sentence", "value", "value_high",
                 "unit", "approximate", "bound", "indicator", "population", "group", "sex", "year", "comparison_id",
                 "footnote", "paragraph_footnotes", "source_id", "source_title"):
        assert name in first
    assert first["document"] == "a_res_80_118" and first["value"] == 4e12 and first["footnote"] == "4"


def test_extract_csv_joins_lists_with_semicolons(seed_path, capsys):
    assert main(["extract", str(seed_path), "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert len(rows) == 9
    assert rows[5]["paragraph_footnotes"] == "21" and rows[5]["sex"] == "male"


def test_extract_table_is_the_default(seed_path, capsys):
    assert main(["extract", str(seed_path)]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].startswith("claim_id")
    assert out.rstrip().endswith("9 claims")


def test_document_id_can_be_named(seed_path, capsys):
    assert main(["extract", str(seed_path), "--format", "jsonl", "--document", "res80118"]) == 0
    assert json.loads(capsys.readouterr().out.splitlines()[0])["claim_id"] == "res80118:1"


def test_text_prints_what_offsets_index(seed_path, capsys):
    assert main(["text", str(seed_path)]) == 0
    assert capsys.readouterr().out == seed_path.read_text(encoding="utf-8")


@pytest.mark.parametrize("name,content,message", [
    ("empty.txt", b"", "empty file"),
    ("blank.txt", b"  \n\n ", "only white space"),
    ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
    ("latin1.txt", "Caf\u00e9 costs 5 per cent more".encode("latin-1"), "not UTF-8"),
    ("utf16.txt", "\ufeff93 per cent".encode("utf-16"), "UTF-16"),
])
def test_bad_input_gives_one_line_naming_the_file(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    result = run("extract", str(path))
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and str(path) in lines[0] and message in lines[0]
    assert "Traceback" not in result.stderr


def test_missing_file_and_directory(tmp_path):
    for target, message in ((tmp_path / "nope.txt", "no such file"), (tmp_path, "is a directory")):
        result = run("extract", str(target))
        assert result.returncode == 2 and message in result.stderr and "Traceback" not in result.stderr


def test_not_utf8_names_the_line(tmp_path):
    path = tmp_path / "bad.txt"
    path.write_bytes(b"first line\nsecond \xff line\n")
    result = run("extract", str(path))
    assert f"{path}:line 2:" in result.stderr


def test_help_explains_formats_and_exit_codes():
    result = run("extract", "--help")
    assert result.returncode == 0
    assert "jsonl" in result.stdout and "exit codes" in result.stdout
