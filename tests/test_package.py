"""The published package: a build validates, repeats byte for byte, refuses bad data, and loads typed."""
from __future__ import annotations

import csv
import hashlib
import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

import statclaims
from statclaims import package
from statclaims.build import BuildOptions, build, check_current
from statclaims.corpus import manifest_row, read_manifest, write_manifest
from statclaims.errors import ParseError, StaleError, ValidationError

ROOT = Path(__file__).parent.parent
SEED = ROOT / "data" / "corpus" / "a_res_80_118.txt"
REFERENCE = ROOT / "data" / "reference" / "reference_series.csv"
METADATA = ROOT / "data" / "release.json"


def make_project(folder: Path) -> BuildOptions:
    """A small project: the seed resolution as the whole corpus, the real reference series and release facts."""
    corpus = folder / "data" / "corpus"
    corpus.mkdir(parents=True)
    shutil.copy(SEED, corpus / SEED.name)
    write_manifest(corpus, [manifest_row(corpus / SEED.name, symbol="A/RES/80/118", date="2025-12-18",
                                         title="Information and communications technologies for sustainable development",
                                         body="General Assembly", url="https://docs.un.org/en/A/RES/80/118")])
    (folder / "data" / "reference").mkdir()
    shutil.copy(REFERENCE, folder / "data" / "reference" / "reference_series.csv")
    shutil.copy(METADATA, folder / "data" / "release.json")
    return BuildOptions(corpus=corpus, reference=folder / "data" / "reference" / "reference_series.csv",
                        metadata=folder / "data" / "release.json", out=folder)


def package_files(folder: Path) -> dict[str, bytes]:
    files = [folder / "datapackage.json", *sorted((folder / "data").glob("*.csv")),
             *sorted((folder / "data").glob("*.parquet"))]
    return {str(p.relative_to(folder)): p.read_bytes() for p in files}


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> BuildOptions:
    options = make_project(tmp_path_factory.mktemp("project"))
    build(options)
    return options


def test_build_then_frictionless_validate_exits_0(built):
    result = subprocess.run([sys.executable, "-m", "frictionless", "validate", "datapackage.json"],
                            cwd=built.out, capture_output=True, text=True)
    if "No module named frictionless.__main__" in result.stderr:
        result = subprocess.run(["frictionless", "validate", "datapackage.json"], cwd=built.out, capture_output=True,
                                text=True)
    assert result.returncode == 0, result.stdout[-2000:]
    assert "INVALID" not in result.stdout


def test_descriptor_is_a_v2_package_with_hashes_keys_and_described_fields(built):
    descriptor = json.loads((built.out / "datapackage.json").read_text(encoding="utf-8"))
    assert descriptor["$schema"] == "https://datapackage.org/profiles/2.0/datapackage.json"
    assert descriptor["version"] == json.loads(METADATA.read_text())["version"]
    assert descriptor["created"] == json.loads(METADATA.read_text())["created"]
    assert {s["path"] for s in descriptor["sources"]} >= {"https://docs.un.org/en/A/RES/80/118"}
    by_name = {r["name"]: r for r in descriptor["resources"]}
    assert set(by_name) == {n + s for n in ("documents", "claims", "sources", "citations", "indicators",
                                            "reference_series", "checks") for s in ("", "_parquet")}
    claims = by_name["claims"]
    data = (built.out / "data" / "claims.csv").read_bytes()
    assert claims["hash"] == "sha256:" + hashlib.sha256(data).hexdigest() and claims["bytes"] == len(data)
    assert claims["schema"]["primaryKey"] == ["claim_id"]
    assert {fk["reference"]["resource"] for fk in claims["schema"]["foreignKeys"]} == {"documents", "sources"}
    assert by_name["indicators"]["schema"]["foreignKeys"][0]["reference"]["resource"] == "claims"
    for resource in descriptor["resources"]:
        assert resource["schema"]["primaryKey"], resource["name"]
        for field in resource["schema"]["fields"]:
            assert field["description"], (resource["name"], field["name"])
            if "categories" in field:
                assert field["constraints"]["enum"] == [c["value"] for c in field["categories"]]
    group = next(f for f in claims["schema"]["fields"] if f["name"] == "group")
    assert {"world", "high_income", "low_income", "ldc"} <= set(group["constraints"]["enum"])


def test_two_builds_give_byte_identical_files(built, tmp_path):
    first = package_files(built.out)
    again = make_project(tmp_path)
    build(again)
    assert package_files(again.out) == first


def test_check_passes_on_a_fresh_package_and_fails_after_a_hand_edit(built, tmp_path):
    check_current(built)
    shutil.copytree(built.out, tmp_path / "copy")
    options = BuildOptions(corpus=built.corpus, reference=built.reference, metadata=built.metadata,
                           out=tmp_path / "copy")
    claims = tmp_path / "copy" / "data" / "claims.csv"
    claims.write_text(claims.read_text(encoding="utf-8").replace("93 per cent", "94 per cent", 1), encoding="utf-8")
    with pytest.raises(StaleError, match="data/claims.csv"):
        check_current(options)


def test_the_committed_package_is_what_a_build_makes():
    """`statclaims build --check` on the repository itself: the committed dataset is current."""
    result = subprocess.run([sys.executable, "-m", "statclaims", "build", "--check"], cwd=ROOT,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


# ---------------------------------------------------------------- validation catches corruption

def corrupt(built: BuildOptions, tmp_path: Path, resource: str, edit) -> Path:
    """A copy of the package with one resource's rows edited and the descriptor's hash updated to match."""
    copy = tmp_path / "corrupt"
    shutil.copytree(built.out, copy, ignore=shutil.ignore_patterns("corpus", "reference"))
    path = copy / "data" / f"{resource}.csv"
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"))))
    edit(rows)
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, lineterminator="\n").writerows(rows)
    descriptor = json.loads((copy / "datapackage.json").read_text(encoding="utf-8"))
    for entry in descriptor["resources"]:
        if entry["name"] == resource:
            data = path.read_bytes()
            entry["bytes"], entry["hash"] = len(data), "sha256:" + hashlib.sha256(data).hexdigest()
    (copy / "datapackage.json").write_text(json.dumps(descriptor), encoding="utf-8")
    return copy


def _set(rows: list[list[str]], row: int, field: str, value: str) -> None:
    rows[row][rows[0].index(field)] = value


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_broken_foreign_key_is_caught_with_its_row_and_field(built, tmp_path, jobs):
    copy = corrupt(built, tmp_path, "claims", lambda rows: _set(rows, 3, "source_id", "no-such-work"))
    errors = package.validation_errors(copy, jobs=jobs)
    assert any("resource claims" in e and "row 4" in e and "foreign-key" in e and "source_id" in e for e in errors), errors


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_value_outside_an_enum_is_caught_with_its_row_and_field(built, tmp_path, jobs):
    copy = corrupt(built, tmp_path, "claims", lambda rows: _set(rows, 2, "group", "atlantis"))
    errors = package.validation_errors(copy, jobs=jobs)
    assert any("resource claims" in e and "row 3" in e and "field group" in e and "atlantis" in e for e in errors), errors


def test_a_wrong_hash_is_caught(built, tmp_path):
    copy = tmp_path / "hash"
    shutil.copytree(built.out, copy, ignore=shutil.ignore_patterns("corpus", "reference"))
    claims = copy / "data" / "claims.csv"
    claims.write_bytes(claims.read_bytes().replace(b"93 per cent", b"95 per cent", 1))
    errors = package.validation_errors(copy)
    assert any("resource claims" in e and "hash-count" in e for e in errors), errors
    assert package.validation_errors(copy, jobs=2) == errors
    with pytest.raises(ValidationError, match="hash-count"):
        package.validate(copy)


def test_a_build_that_fails_validation_leaves_the_previous_package_unchanged(built, tmp_path):
    shutil.copytree(built.out, tmp_path / "p")
    options = BuildOptions(corpus=tmp_path / "p" / "data" / "corpus", reference=tmp_path / "bad_reference.csv",
                           metadata=built.metadata, out=tmp_path / "p")
    before = package_files(options.out)
    text = REFERENCE.read_text(encoding="utf-8").splitlines(keepends=True)
    text[1] = text[1].replace(",world,", ",atlantis,", 1)  # a group code the schema does not know
    options.reference.write_text("".join(text), encoding="utf-8")
    with pytest.raises(ValidationError, match="reference_series.*row 2.*field group"):
        build(options)
    assert package_files(options.out) == before
    assert not list(options.out.glob(".statclaims-*"))


# ---------------------------------------------------------------- the manifest

def test_a_malformed_manifest_names_its_line_and_column(tmp_path):
    options = make_project(tmp_path)
    manifest = options.corpus / "manifest.csv"
    manifest.write_text(manifest.read_text().replace("2025-12-18", "18 December 2025"), encoding="utf-8")
    with pytest.raises(ParseError, match=r"manifest.csv: line 2, column date"):
        read_manifest(options.corpus)


def test_a_changed_document_is_caught_by_its_sha256(tmp_path):
    options = make_project(tmp_path)
    seed = options.corpus / SEED.name
    seed.write_text(seed.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    with pytest.raises(statclaims.InputError, match="line 2: a_res_80_118.txt has sha256"):
        read_manifest(options.corpus)


# ---------------------------------------------------------------- load

def test_load_returns_the_seed_claims_typed(built):
    claims = statclaims.load("claims", path=built.out)
    assert len(claims) == 9
    assert isinstance(claims["group"].dtype, pd.CategoricalDtype)
    assert "low_income" in claims["group"].cat.categories
    assert claims["year"].dtype == "Int64" and claims["start"].dtype == "Int64"
    assert claims["approximate"].dtype == "boolean"
    assert claims["value_text"].dtype == "string" and claims["claim_id"].dtype == "string"
    row = claims.set_index("value_text").loc["93 per cent"]
    assert row["value"] == 93 and row["unit"] == "percent" and row["group"] == "high_income"
    assert row["source_id"] == "itu-measuring-digital-development-facts-and-figures-2024"
    gap = claims.set_index("value_text").loc["4 trillion United States dollar"]
    assert gap["value"] == 4e12 and gap["unit"] == "USD"
    assert claims["paragraph_footnotes"].map(type).eq(list).all()


def test_the_parquet_twin_reads_to_the_same_frame(built):
    for name in ("claims", "sources", "documents", "checks", "reference_series"):
        pd.testing.assert_frame_equal(statclaims.load(name, path=built.out),
                                      statclaims.load(name, path=built.out, format="parquet"))


def test_duckdb_reads_the_parquet(built):
    duckdb = pytest.importorskip("duckdb")
    path = str(built.out / "data" / "claims.parquet")
    rows = duckdb.sql(f"select value_text, value from '{path}' where unit = 'percent' order by value desc").fetchall()
    assert rows[0] == ("93 per cent", 93.0)


def test_load_reads_a_release_zip(built, tmp_path):
    import zipfile

    archive = tmp_path / "release.zip"
    with zipfile.ZipFile(archive, "w") as z:
        for relative, data in package_files(built.out).items():
            z.writestr(f"un-statistical-claims-0.1.0/{relative}", data)
    pd.testing.assert_frame_equal(statclaims.load("claims", path=archive), statclaims.load("claims", path=built.out))


def test_claims_from_package_gives_back_the_extracted_records(built, seed_claims):
    from statclaims.load import claims_from_package

    assert claims_from_package(built.out) == tuple(
        c for c in statclaims.pipeline.extract_path(SEED))


# ---------------------------------------------------------------- release kit

def run_release(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "scripts" / "release.py"), *args], capture_output=True, text=True)


def test_release_dry_run_prints_the_version_and_the_files(built):
    shutil.copy(ROOT / "README.md", built.out / "README.md")
    result = run_release("--dry-run", "--root", str(built.out))
    assert result.returncode == 0, result.stderr
    version = json.loads(METADATA.read_text())["version"]
    assert f"version {version}" in result.stdout
    for name in ("datapackage.json", "data/claims.csv", "data/claims.parquet", "CITATION.cff", "SHA256SUMS"):
        assert f"  {name}\n" in result.stdout
    assert not (built.out / "dist").exists()


def test_a_release_writes_the_kit_and_a_zip_whose_sums_hold(tmp_path):
    import zipfile

    build(make_project(tmp_path))
    shutil.copy(ROOT / "README.md", tmp_path / "README.md")
    result = run_release("--root", str(tmp_path), "--date", "2026-12-01")
    assert result.returncode == 0, result.stderr
    cff = (tmp_path / "CITATION.cff").read_text()
    assert "type: dataset" in cff and 'date-released: "2026-12-01"' in cff and "A/RES/80/118" in cff
    assert "## 0.1.0 - 2026-12-01" in (tmp_path / "CHANGELOG.md").read_text()
    archive = zipfile.ZipFile(tmp_path / "dist" / "un-statistical-claims-0.1.0.zip")
    sums = archive.read("un-statistical-claims-0.1.0/SHA256SUMS").decode().splitlines()
    assert any(line.endswith("  data/claims.parquet") for line in sums)
    for line in sums:
        digest, name = line.split("  ")
        assert hashlib.sha256(archive.read(f"un-statistical-claims-0.1.0/{name}")).hexdigest() == digest
    # Nothing changed since: a second release has nothing to cut; a forced patch bumps the version.
    assert "nothing to release" in run_release("--root", str(tmp_path)).stderr
    forced = run_release("--root", str(tmp_path), "--part", "patch", "--dry-run")
    assert "version 0.1.1" in forced.stdout


def test_the_readme_lists_the_fields_the_schemas_define():
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "readme_tables.py"), "--check"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_a_parquet_twin_that_differs_from_its_csv_is_caught(built, tmp_path):
    import pyarrow.parquet as pq

    copy = tmp_path / "twin"
    shutil.copytree(built.out, copy, ignore=shutil.ignore_patterns("corpus", "reference"))
    path = copy / "data" / "claims.parquet"
    table = pq.read_table(path)
    pq.write_table(table.slice(1), path)
    assert any("claims_parquet" in e for e in package.twin_errors(copy))
    with pytest.raises(ValidationError, match="claims_parquet"):
        package.validate(copy)


def test_load_reads_a_package_from_a_url(built):
    import functools
    import http.server
    import threading

    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(built.out))
    handler.log_message = lambda *args: None  # type: ignore[attr-defined]
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/datapackage.json"
        pd.testing.assert_frame_equal(statclaims.load("claims", path=url), statclaims.load("claims", path=built.out))
        sources = statclaims.load("sources", path=url.rsplit("/", 1)[0] + "/", format="parquet")
        assert len(sources) == len(statclaims.load("sources", path=built.out))
    finally:
        server.shutdown()


def test_parquet_row_groups_do_not_depend_on_how_the_rows_arrived(built, tmp_path, monkeypatch):
    monkeypatch.setattr(package.ResourceSink, "BATCH", 2)
    claims = [dict(row) for row in pd.read_csv(built.out / "data" / "claims.csv", dtype=str,
                                                keep_default_na=False).to_dict("records")]
    table_schema = package.schema("claims")
    for row in claims:
        for field in table_schema["fields"]:
            value = row[field["name"]]
            if value == "":
                row[field["name"]] = None
            elif field["type"] == "list":
                row[field["name"]] = value.split(field.get("delimiter", ";"))
            elif field["type"] == "integer":
                row[field["name"]] = int(value)
            elif field["type"] == "number":
                row[field["name"]] = float(value)
            elif field["type"] == "boolean":
                row[field["name"]] = value == "true"
    written = {}
    for arrival in ("at once", "in uneven parts"):
        folder = tmp_path / arrival
        (folder / "data").mkdir(parents=True)
        sink = package.ResourceSink("claims", folder)
        if arrival == "at once":
            sink.write(claims)
        else:
            start = 0
            for size in (1, 3, 0, 1, 2):
                sink.write(claims[start:start + size])
                start += size
            sink.write(claims[start:])
        sink.close()
        written[arrival] = ((folder / "data" / "claims.parquet").read_bytes(),
                            (folder / "data" / "claims.csv").read_bytes())
    import pyarrow.parquet as pq

    metadata = pq.ParquetFile(tmp_path / "at once" / "data" / "claims.parquet").metadata
    assert metadata.num_rows == len(claims) == 9
    assert [metadata.row_group(i).num_rows for i in range(metadata.num_row_groups)] == [2, 2, 2, 2, 1]
    assert written["at once"] == written["in uneven parts"]
