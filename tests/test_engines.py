"""Parallel and distributed builds give the same bytes as a serial one."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from statclaims.build import BuildOptions, build
from statclaims.corpus import manifest_row, write_manifest

from .test_package import make_project, package_files

PASSAGES = Path(__file__).parent / "data" / "shared" / "corpus"


def small_corpus(folder: Path) -> BuildOptions:
    """The seed and five shared passages: enough documents for the pool to split."""
    options = make_project(folder)
    names = sorted(p.name for p in PASSAGES.glob("*.txt"))[:5]
    for name in names:
        shutil.copy(PASSAGES / name, options.corpus / name)
    write_manifest(options.corpus, [manifest_row(options.corpus / n) for n in ["a_res_80_118.txt", *names]])
    return options


@pytest.fixture(scope="module")
def serial(tmp_path_factory) -> tuple[BuildOptions, dict[str, bytes]]:
    options = small_corpus(tmp_path_factory.mktemp("serial"))
    summary = build(options)
    assert summary.documents == 6 and summary.claims > 9
    return options, package_files(options.out)


def test_two_processes_give_the_same_package(serial, tmp_path):
    options, expected = serial
    out = tmp_path / "jobs2"
    build(BuildOptions(corpus=options.corpus, reference=options.reference, metadata=options.metadata, out=out, jobs=2))
    assert package_files(out) == expected


def test_a_dask_local_cluster_gives_the_same_package(serial, tmp_path):
    pytest.importorskip("dask.distributed")
    options, expected = serial
    out = tmp_path / "dask"
    seen = []
    build(BuildOptions(corpus=options.corpus, reference=options.reference, metadata=options.metadata, out=out,
                       jobs=2, engine="dask"), progress=lambda done, total, name: seen.append((done, total)))
    assert package_files(out) == expected
    assert seen[-1] == (6, 6)
