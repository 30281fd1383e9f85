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

__version__ = "0.1.0"
__all__ = ["Claim", "Document", "InputError", "ParseError", "StatclaimsError", "ValidationError",
           "extract", "read"]


def extract(path: str | Path, document: str | None = None) -> list[Claim]:
    """The claims of one document (txt or md), in document order."""
    from .pipeline import extract_path

    return list(extract_path(path, document=document))
