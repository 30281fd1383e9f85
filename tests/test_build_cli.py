"""`statclaims build` from the command line: bad corpora, unwritable places, and builds killed midway."""
from __future__ import annotations

import json
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from statclaims import package
from statclaims.corpus import manifest_row, write_manifest

from .test_package import make_project, package_files

ROOT = Path(__file__).parent.parent
PASSAGE = Path(__file__).parent / "data" / "shared" / "corpus" / "a_80_81_p3.txt"


def statclaims(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "statclaims", *args], cwd=cwd, capture_output=True, text=True)


@pytest.fixture()
def project(tmp_path) -> Path:
    make_project(tmp_path)
    return tmp_path


def one_error_line(result: subprocess.CompletedProcess) -> str:
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    return lines[0]


def test_build_writes_a_valid_package_and_says_so(project):
    result = statclaims("build", cwd=project)
    assert result.returncode == 0, result.stderr
    assert "datapackage.json written and valid: 1 documents, 9 claims" in result.stderr
    assert (project / "data" / "claims.parquet").exists()


def test_a_malformed_manifest_fails_the_build_with_its_line(project):
    manifest = project / "data" / "corpus" / "manifest.csv"
    manifest.write_text(manifest.read_text().replace(",en,", ",english,"), encoding="utf-8")
    result = statclaims("build", cwd=project)
    assert result.returncode == 3
    line = one_error_line(result)
    assert "manifest.csv:" in line and "line 2, column language: 'english'" in line
    assert not (project / "datapackage.json").exists()


def test_a_missing_manifest_and_a_missing_corpus_are_input_errors(project):
    (project / "data" / "corpus" / "manifest.csv").unlink()
    assert "no manifest.csv" in one_error_line(result := statclaims("build", cwd=project))
    assert result.returncode == 2
    result = statclaims("build", "--corpus", "nowhere", cwd=project)
    assert result.returncode == 2 and "nowhere: no such corpus folder" in one_error_line(result)


def test_an_output_place_that_cannot_be_written_is_an_output_error(project):
    (project / "blocked").write_text("a file, not a folder", encoding="utf-8")
    result = statclaims("build", "--out", "blocked/package", cwd=project)
    assert result.returncode == 5
    assert "blocked/package" in one_error_line(result)


def test_build_check_exits_7_naming_the_files_that_differ(project):
    assert statclaims("build", cwd=project).returncode == 0
    claims = project / "data" / "claims.csv"
    claims.write_text(claims.read_text(encoding="utf-8").replace("a third", "a quarter", 1), encoding="utf-8")
    result = statclaims("build", "--check", cwd=project)
    assert result.returncode == 7
    assert "data/claims.csv" in one_error_line(result)


# ---------------------------------------------------------------- interruption

def test_a_build_killed_at_any_point_leaves_the_previous_package(tmp_path):
    """Kill a build twenty times at points spread over its run: each time the package on disk is the previous
    one (or, if the kill came after the swap finished, the complete new one), never a mix; then a build succeeds."""
    make_project(tmp_path)
    assert statclaims("build", cwd=tmp_path).returncode == 0
    previous = package_files(tmp_path)
    # The next build differs in every resource: a second document joins the corpus.
    corpus = tmp_path / "data" / "corpus"
    shutil.copy(PASSAGE, corpus / PASSAGE.name)
    rows = [manifest_row(corpus / name) for name in ("a_res_80_118.txt", PASSAGE.name)]
    write_manifest(corpus, rows)
    expected = tmp_path / "expected"
    shutil.copytree(tmp_path / "data", expected / "data", ignore=shutil.ignore_patterns("*.csv", "*.parquet"))
    started = time.monotonic()
    assert statclaims("build", "--corpus", str(corpus), "--out", str(expected),
                      "--metadata", str(tmp_path / "data" / "release.json"),
                      "--reference", str(tmp_path / "data" / "reference" / "reference_series.csv"),
                      cwd=tmp_path).returncode == 0
    duration = time.monotonic() - started
    new = package_files(expected)
    assert new != previous
    outcomes = {"previous": 0, "new": 0}
    for attempt in range(20):
        process = subprocess.Popen([sys.executable, "-m", "statclaims", "build"], cwd=tmp_path,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(duration * (0.1 + 0.95 * attempt / 19))   # from early in the build to just after it would end
        process.send_signal(signal.SIGKILL)
        process.wait()
        package.recover(tmp_path)  # what the next build does first
        now = package_files(tmp_path)
        assert now in (previous, new), f"attempt {attempt}: a mix of two builds"
        outcomes["previous" if now == previous else "new"] += 1
        if now == new:  # put the previous package back, so that the next kill is tested against it
            for relative, data in previous.items():
                (tmp_path / relative).write_bytes(data)
    # most kills land mid-build (the machine's speed varies, so not an exact number): the previous package stood
    assert outcomes["previous"] >= 5, outcomes
    assert statclaims("build", cwd=tmp_path).returncode == 0
    assert package_files(tmp_path) == new
    assert not list(tmp_path.glob(".statclaims-*"))


def test_ctrl_c_during_a_build_changes_nothing(tmp_path):
    make_project(tmp_path)
    assert statclaims("build", cwd=tmp_path).returncode == 0
    previous = package_files(tmp_path)
    metadata = tmp_path / "data" / "release.json"
    facts = json.loads(metadata.read_text())
    facts["version"] = "9.9.9"
    metadata.write_text(json.dumps(facts), encoding="utf-8")
    process = subprocess.Popen([sys.executable, "-m", "statclaims", "build"], cwd=tmp_path,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while not list(tmp_path.glob(".statclaims-build-*")) and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)  # wait until the build is writing its staging folder
    process.send_signal(signal.SIGINT)
    _, err = process.communicate()
    if process.returncode == 0:  # the build had already finished: the whole new package is in place
        assert json.loads((tmp_path / "datapackage.json").read_text())["version"] == "9.9.9"
    else:
        assert process.returncode == 130 and "interrupted" in err, (process.returncode, err)
        assert package_files(tmp_path) == previous
    assert not list(tmp_path.glob(".statclaims-*"))
