"""The build: corpus in, validated package out.

Documents are independent until their sources are merged, so each one is processed on its own
(in this process, in a pool of processes, or on a Dask cluster) and the results are gathered in
manifest order, which keeps the output the same whatever ran them.
"""
from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from . import dataset, package, reference
from .checks import check_all
from .corpus import CorpusDocument, read_manifest
from .citations import Source, merge_sources
from .errors import StaleError
from .pipeline import DocumentResult, process

ENGINES = ("local", "dask")
Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class BuildOptions:
    """Where a build reads and writes, and how it runs."""

    corpus: Path = Path("data/corpus")
    reference: Path = Path("data/reference/reference_series.csv")
    metadata: Path = Path("data/release.json")
    out: Path = Path(".")
    jobs: int = 1
    engine: str = "local"
    scheduler: str | None = None


@dataclass(frozen=True)
class BuildSummary:
    documents: int
    claims: int
    sources: int
    checks: dict[str, int]
    files: tuple[str, ...]


def _process_row(folder: Path, row: CorpusDocument) -> DocumentResult:
    return process(folder / row.file, document=row.document)


def _process_args(args: tuple[Path, CorpusDocument]) -> DocumentResult:
    return _process_row(*args)


def results(folder: Path, corpus: Sequence[CorpusDocument], *, jobs: int = 1, engine: str = "local",
            scheduler: str | None = None, progress: Progress | None = None) -> Iterator[DocumentResult]:
    """Each document's result, in manifest order, from the engine asked for."""
    work = [(folder, row) for row in corpus]
    if engine == "dask":
        from .engines import dask_map

        mapped = dask_map(_process_args, work, scheduler=scheduler, workers=jobs)
    elif jobs > 1 and len(work) > 1:
        from .engines import process_map

        mapped = process_map(_process_args, work, jobs=jobs)
    else:
        mapped = map(_process_args, work)
    for done, result in enumerate(mapped, 1):
        if progress:
            progress(done, len(work), result.document)
        yield result


def _merge_into(held: dict[str, Source], new: Sequence[Source]) -> None:
    """Merge one document's sources into those held, comparing only records of the same work."""
    for source in new:
        known = held.get(source.source_id)
        held[source.source_id] = merge_sources((source,))[0] if known is None else merge_sources((known, source))[0]


def _write_package(options: BuildOptions, folder: Path, progress: Progress | None) -> BuildSummary:
    """Write the package into ``folder`` one document at a time, then validate it."""
    metadata = package.read_metadata(options.metadata)
    corpus = read_manifest(options.corpus)
    references = reference.read(options.reference)
    writer = package.PackageWriter(folder)
    sources: dict[str, Source] = {}
    claims = 0
    statuses: dict[str, int] = {}
    stream = results(options.corpus, corpus, jobs=options.jobs, engine=options.engine, scheduler=options.scheduler,
                     progress=progress)
    for row, result in zip(corpus, stream, strict=True):  # strict: drains the engine, closing its workers
        checks = check_all(result.claims, references)
        writer.add(dataset.document_tables(row, result, checks))
        _merge_into(sources, result.sources)
        claims += len(result.claims)
        for c in checks:
            statuses[c.status] = statuses.get(c.status, 0) + 1
    writer.add(dataset.shared_tables(sources.values(), references))
    files = writer.finish(metadata, corpus, references)
    package.validate(folder, jobs=options.jobs)
    return BuildSummary(len(corpus), claims, len(sources), statuses, tuple(files))


def build(options: BuildOptions, progress: Progress | None = None) -> BuildSummary:
    """Build, validate, and only then replace the package in ``options.out``."""
    with package.staging(options.out) as staged:
        summary = _write_package(options, staged, progress)
        package.move_into_place(staged, options.out, summary.files)
    return summary


def check_current(options: BuildOptions, progress: Progress | None = None) -> BuildSummary:
    """Rebuild in a temporary folder and raise StaleError when the package in ``options.out`` differs."""
    with tempfile.TemporaryDirectory(prefix="statclaims-check-") as scratch:
        summary = _write_package(options, Path(scratch), progress)
        changed = package.differences(Path(scratch), options.out, summary.files)
    if changed:
        raise StaleError(f"{len(changed)} file(s) differ from a fresh build: {', '.join(changed)}; "
                         "run `statclaims build` and commit the result", path=str(options.out / package.DESCRIPTOR))
    return summary


def terminal_progress(stream=sys.stderr) -> Progress | None:
    """A one-line progress counter when the stream is a terminal; nothing in pipes and logs."""
    if not getattr(stream, "isatty", lambda: False)():
        return None

    def show(done: int, total: int, name: str) -> None:
        end = "\n" if done == total else ""
        stream.write(f"\r\033[Kbuild: {done}/{total} documents ({100 * done // total}%) {name[:40]}{end}")
        stream.flush()

    return show

