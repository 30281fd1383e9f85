"""statclaims: the statistical claims in UN documents, tied to their sources, checked, and published
as a Frictionless data package.

    >>> import statclaims
    >>> claims = statclaims.extract("a_res_80_118.txt")
"""
from __future__ import annotations

from pathlib import Path

from .claims import Claim
from .document import Document, read
from .errors import InputError, ParseError, StatclaimsError, ValidationError
from .load import load

__version__ = "0.1.0"
__all__ = ["Claim", "Document", "InputError", "ParseError", "StatclaimsError", "ValidationError",
           "build", "extract", "load", "read"]


def extract(path: str | Path, document: str | None = None) -> list[Claim]:
    """The claims of one document (txt or md), in document order."""
    from .pipeline import extract_path

    return list(extract_path(path, document=document))


def build(corpus: str | Path = "data/corpus", out: str | Path = ".", **options):
    """Build the package from a corpus folder (see statclaims.build.BuildOptions for the options)."""
    from .build import BuildOptions
    from .build import build as run

    return run(BuildOptions(corpus=Path(corpus), out=Path(out), **options))
