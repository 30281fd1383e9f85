"""Load: the package back as pandas DataFrames, typed by its own Table Schemas.

Codes become categoricals with the schema's categories (so a code that never occurs is still a
level), integers nullable ``Int64``, flags ``boolean``, text Arrow-backed ``string``, lists Python
lists. The package may be a folder, its ``datapackage.json``, a release zip, or a URL of either.
"""
from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Callable
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING
from urllib.parse import urljoin
from urllib.request import urlopen

from .claims import FIELDS, Claim
from .errors import InputError

if TYPE_CHECKING:  # pandas is imported when a table is loaded, not when statclaims is
    import pandas as pd

DESCRIPTOR = "datapackage.json"
Opener = Callable[[str], bytes]


def _is_url(location: str) -> bool:
    return location.startswith(("http://", "https://"))


def _fetch(url: str) -> bytes:
    try:
        with urlopen(url, timeout=60) as response:  # noqa: S310 - the user names the address
            return response.read()
    except OSError as exc:
        raise InputError(f"cannot download: {exc}", path=url) from exc


def _zip_opener(data: bytes, name: str) -> Opener:
    """Files of a release zip, whose descriptor may sit at its root or in one top folder."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise InputError("not a zip file", path=name) from None
    candidates = sorted((n for n in archive.namelist() if PurePosixPath(n).name == DESCRIPTOR), key=len)
    if not candidates:
        raise InputError(f"no {DESCRIPTOR} in the archive", path=name)
    base = str(PurePosixPath(candidates[0]).parent)
    prefix = "" if base == "." else base + "/"
    return lambda relative: archive.read(prefix + relative)


def _default_location() -> Path:
    """The package in the current folder, else the one in the repository this module was installed from."""
    for folder in (Path.cwd(), Path(__file__).resolve().parents[2]):
        if (folder / DESCRIPTOR).is_file():
            return folder / DESCRIPTOR
    raise InputError(f"no {DESCRIPTOR} here; pass path= (a folder, a descriptor, a release zip or a URL)",
                     path=str(Path.cwd()))


def opener(path: str | Path | None = None) -> Opener:
    """A function that returns the bytes of a file of the package, by its path relative to the descriptor."""
    location = str(path) if path is not None else str(_default_location())
    if _is_url(location):
        if location.endswith(".zip"):
            return _zip_opener(_fetch(location), location)
        base = location if location.endswith(".json") else location.rstrip("/") + "/" + DESCRIPTOR
        return lambda relative: _fetch(urljoin(base, relative))
    local = Path(location)
    if local.is_dir():
        local = local / DESCRIPTOR
    if not local.exists():
        raise InputError("no such package", path=str(local))
    if local.suffix == ".zip":
        return _zip_opener(local.read_bytes(), str(local))
    folder = local.parent
    return lambda relative: (folder / relative).read_bytes()


def descriptor(path: str | Path | None = None) -> dict:
    """The package's descriptor."""
    read = opener(path)
    try:
        return json.loads(read(DESCRIPTOR))
    except (OSError, KeyError) as exc:
        raise InputError(f"cannot read {DESCRIPTOR}: {exc}", path=str(path or "")) from exc
    except json.JSONDecodeError as exc:
        raise InputError(f"{DESCRIPTOR} is not JSON: {exc.msg} at line {exc.lineno}", path=str(path or "")) from exc


def _typed_column(column: pd.Series, field: dict) -> pd.Series:
    import pandas as pd

    kind = field["type"]
    if "categories" in field:
        levels = [c["value"] if isinstance(c, dict) else c for c in field["categories"]]
        return pd.Series(pd.Categorical(column.astype(object).where(column.notna(), None), categories=levels),
                         index=column.index, name=column.name)
    if kind == "integer":
        return pd.to_numeric(column).astype("Int64")
    if kind == "number":
        return pd.to_numeric(column).astype("float64")
    if kind == "boolean":
        if column.dtype == object or isinstance(column.dtype, pd.StringDtype):
            column = column.map({"true": True, "false": False, True: True, False: False})
        return column.astype("boolean")
    if kind == "date":
        return pd.to_datetime(column).astype("datetime64[s]")
    if kind == "list":
        return column.astype(object).map(lambda v: _as_list(v, field.get("delimiter", ",")))
    return column.astype(pd.StringDtype("pyarrow"))


def _as_list(value: object, delimiter: str) -> list[str]:
    if value is None or (isinstance(value, float) and value != value):
        return []
    if isinstance(value, str):
        return value.split(delimiter) if value else []
    return [str(v) for v in value]  # type: ignore[attr-defined]


def typed(frame: pd.DataFrame, schema: dict) -> pd.DataFrame:
    """A frame with the dtypes its Table Schema implies, columns in schema order."""
    import pandas as pd

    return pd.DataFrame({f["name"]: _typed_column(frame[f["name"]], f) for f in schema["fields"]}, index=frame.index)


def _resource(package: dict, name: str, fmt: str) -> dict:
    wanted = name if fmt == "csv" else f"{name}_parquet"
    for entry in package["resources"]:
        if entry["name"] == wanted:
            return entry
    names = sorted({r["name"].removesuffix("_parquet") for r in package["resources"]})
    raise InputError(f"no resource {name!r} ({fmt}); the package has {', '.join(names)}")


def _read_frame(read: Opener, entry: dict) -> pd.DataFrame:
    import pandas as pd

    data = read(entry["path"])
    if entry.get("format") == "parquet":
        import pyarrow.parquet as pq

        return pq.read_table(io.BytesIO(data)).to_pandas()
    return pd.read_csv(io.BytesIO(data), dtype=str, keep_default_na=False, na_values=[""], encoding="utf-8")


def load(resource: str | None = None, path: str | Path | None = None, *,
         format: str = "csv") -> pd.DataFrame | dict[str, pd.DataFrame]:  # noqa: A002 - the package's own word
    """One resource as a typed DataFrame, or all of them as a dict when ``resource`` is None.

    ``path``: a folder, a ``datapackage.json``, a release zip, or a URL of one (default: the package in
    the current folder). ``format``: "csv" (canonical) or "parquet" (the twin; the same frame).
    """
    if format not in ("csv", "parquet"):
        raise InputError(f"format must be 'csv' or 'parquet', not {format!r}")
    read = opener(path)
    package = json.loads(read(DESCRIPTOR))
    names = [resource] if resource else [r["name"] for r in package["resources"] if r.get("format") != "parquet"]
    frames = {}
    for name in names:
        entry = _resource(package, name, format)
        canonical = _resource(package, name, "csv")["schema"]
        frames[name] = typed(_read_frame(read, entry), canonical)
    return frames[resource] if resource else frames


def claims_from_package(path: str | Path | None = None) -> tuple[Claim, ...]:
    """The claims of a package as Claim records, for checking or reporting without re-extracting."""
    frame = load("claims", path)
    result = []
    for row in frame.astype(object).where(frame.notna(), None).to_dict("records"):
        values = {name: row.get(name) for name in FIELDS}
        values["paragraph_footnotes"] = tuple(values.get("paragraph_footnotes") or ())
        for name in ("start", "end", "year"):
            if values[name] is not None:
                values[name] = int(values[name])
        values["approximate"] = bool(values["approximate"])
        result.append(Claim(**values))
    return tuple(result)
