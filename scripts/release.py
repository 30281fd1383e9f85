"""Cut a release of the dataset: version bump, CHANGELOG.md, CITATION.cff, SHA256SUMS and a zip.

The version follows the Data Package version recipe (https://datapackage.org/recipes/data-package-version/):
MAJOR when a change can break a user's code (a resource or field removed or renamed, a type or primary
key changed), MINOR when data or fields are added, PATCH for corrections to existing values.

    python scripts/release.py --dry-run      # the version it would cut and the files it would ship
    python scripts/release.py                # bump, rebuild, write the kit, zip into dist/
"""
from __future__ import annotations

import argparse
import datetime
import hashlib
import json
import sys
import zipfile
from pathlib import Path

from statclaims.build import BuildOptions, build, check_current
from statclaims.errors import StatclaimsError
from statclaims.load import load

ROOT = Path(__file__).resolve().parent.parent
KIT = ("README.md", "CHANGELOG.md", "CITATION.cff")
ZIP_TIME = (1980, 1, 1, 0, 0, 0)


def bump(version: str, part: str) -> str:
    major, minor, patch = (int(x) for x in version.split("."))
    if part == "major":
        return f"{major + 1}.0.0"
    if part == "minor":
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"


def _shape(descriptor: dict) -> dict[str, dict]:
    return {r["name"]: {"fields": {f["name"]: f["type"] for f in r["schema"]["fields"]},
                        "key": r["schema"].get("primaryKey"), "bytes": r.get("bytes")}
            for r in descriptor["resources"]}


def change_kind(previous: dict | None, current: dict) -> str | None:
    """major, minor or patch by the recipe; None when the data did not change at all."""
    if previous is None:
        return None
    before, after = _shape(previous), _shape(current)
    for name, old in before.items():
        new = after.get(name)
        if new is None or new["key"] != old["key"] or any(new["fields"].get(f) != t for f, t in old["fields"].items()):
            return "major"
    if set(after) - set(before) or any(set(after[n]["fields"]) - set(before[n]["fields"]) for n in before):
        return "minor"
    hashes = lambda d: {r["name"]: r.get("hash") for r in d["resources"]}  # noqa: E731
    if hashes(previous) == hashes(current):
        return None
    rows_added = any((after[n]["bytes"] or 0) > (before[n]["bytes"] or 0) for n in before if n in ("claims", "documents"))
    return "minor" if rows_added else "patch"


def _released(root: Path) -> dict | None:
    """The descriptor of the newest release zip in dist/, if any."""
    zips = sorted((root / "dist").glob("*.zip"), key=lambda p: p.stat().st_mtime)
    if not zips:
        return None
    with zipfile.ZipFile(zips[-1]) as archive:
        name = next(n for n in archive.namelist() if n.endswith("datapackage.json"))
        return json.loads(archive.read(name))


def shipped(root: Path) -> list[str]:
    data = sorted(str(p.relative_to(root)) for p in (root / "data").glob("*") if p.suffix in (".csv", ".parquet"))
    return ["datapackage.json", *data, *KIT, "SHA256SUMS"]


def changelog_entry(version: str, date: str, kind: str | None, root: Path) -> str:
    frames = load(path=root)
    checks = frames["checks"]["status"].value_counts().sort_index()
    lines = [f"## {version} - {date}", "",
             f"- {kind.capitalize() + ' release' if kind else 'First release'}: "
             f"{len(frames['documents'])} documents, {len(frames['claims'])} claims, "
             f"{len(frames['sources'])} cited works, {len(frames['reference_series'])} reference values.",
             "- Checks: " + ", ".join(f"{n} {s}" for s, n in checks.items() if n) + ".",
             "- Documents: " + ", ".join(str(s) for s in frames["documents"]["symbol"].dropna()) + ".", ""]
    return "\n".join(lines) + "\n"


def citation_cff(descriptor: dict, version: str, date: str, root: Path) -> str:
    def quoted(text: str) -> str:
        return json.dumps(text, ensure_ascii=False)

    lines = ["cff-version: 1.2.0", "message: If you use this dataset, please cite it as below.", "type: dataset",
             f"title: {quoted(descriptor['title'])}", f"version: {quoted(version)}", f"date-released: {quoted(date)}",
             "authors:", "  - name: statclaims contributors",
             f"license: {quoted(descriptor['licenses'][0]['name'])}" if descriptor.get("licenses") else "",
             f"abstract: {quoted(descriptor['description'])}", "references:"]
    documents = load("documents", path=root)
    for row in documents.itertuples():
        lines += ["  - type: report", f"    title: {quoted(str(row.title))}", "    authors:",
                  f"      - name: {quoted(str(row.body or 'United Nations'))}"]
        if row.symbol is not None and row.symbol == row.symbol:
            lines.append(f"    number: {quoted(str(row.symbol))}")
        if row.url is not None and row.url == row.url:
            lines.append(f"    url: {quoted(str(row.url))}")
    references = load("reference_series", path=root).drop_duplicates(["edition", "title"])
    for row in references.itertuples():
        lines += ["  - type: report", f"    title: {quoted(str(row.title))}", "    authors:",
                  f"      - name: {quoted(str(row.publisher))}", f"    url: {quoted(str(row.url))}"]
    return "\n".join(line for line in lines if line) + "\n"


def sha256sums(root: Path, files: list[str]) -> str:
    return "".join(f"{hashlib.sha256((root / f).read_bytes()).hexdigest()}  {f}\n" for f in files if f != "SHA256SUMS")


def write_zip(root: Path, name: str, version: str, files: list[str]) -> Path:
    target = root / "dist" / f"{name}-{version}.zip"
    target.parent.mkdir(exist_ok=True)
    temporary = target.with_suffix(".zip.tmp")
    with zipfile.ZipFile(temporary, "w", zipfile.ZIP_DEFLATED) as archive:
        for relative in files:
            info = zipfile.ZipInfo(f"{name}-{version}/{relative}", date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, (root / relative).read_bytes())
    temporary.replace(target)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dry-run", action="store_true", help="print the version and the files; change nothing")
    parser.add_argument("--part", choices=("major", "minor", "patch"),
                        help="force the part to bump (default: decided by the recipe against the last release in dist/)")
    parser.add_argument("--date", help="release date, YYYY-MM-DD (default: today, UTC)")
    parser.add_argument("--root", type=Path, default=ROOT, help="the project folder (default: this repository)")
    args = parser.parse_args(argv)
    root = args.root.resolve()
    date = args.date or datetime.datetime.now(datetime.timezone.utc).date().isoformat()
    metadata_path = root / "data" / "release.json"
    options = BuildOptions(corpus=root / "data" / "corpus", reference=root / "data" / "reference" / "reference_series.csv",
                           metadata=metadata_path, out=root)
    try:
        check_current(options)
        metadata = json.loads(metadata_path.read_text(encoding="utf-8"))
        current = json.loads((root / "datapackage.json").read_text(encoding="utf-8"))
        previous = _released(root)
        kind = args.part or change_kind(previous, current)
        if previous is not None and kind is None:
            print(f"nothing to release: the package is the same as release {previous['version']}", file=sys.stderr)
            return 0
        version = bump(metadata["version"], kind) if previous is not None or args.part else metadata["version"]
        files = shipped(root)
        print(f"version {version} ({kind or 'first release'}), {date}")
        print(f"would ship dist/{metadata['name']}-{version}.zip with:" if args.dry_run else "shipping:")
        for relative in files:
            print(f"  {relative}")
        if args.dry_run:
            return 0
        metadata.update(version=version, created=f"{date}T00:00:00Z")
        metadata_path.write_text(json.dumps(metadata, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        build(options)
        descriptor = json.loads((root / "datapackage.json").read_text(encoding="utf-8"))
        changelog = root / "CHANGELOG.md"
        history = changelog.read_text(encoding="utf-8").split("\n", 2)[-1] if changelog.exists() else ""
        changelog.write_text("# Changelog\n\n" + changelog_entry(version, date, kind, root) + history.lstrip("\n"),
                             encoding="utf-8")
        (root / "CITATION.cff").write_text(citation_cff(descriptor, version, date, root), encoding="utf-8")
        (root / "SHA256SUMS").write_text(sha256sums(root, files), encoding="utf-8")
        target = write_zip(root, metadata["name"], version, files)
        print(f"wrote {target.relative_to(root)}", file=sys.stderr)
    except StatclaimsError as exc:
        print(f"release: error: {exc}", file=sys.stderr)
        return exc.exit_code
    return 0


if __name__ == "__main__":
    sys.exit(main())
