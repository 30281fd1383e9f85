"""Readers turn a file's bytes into a Document; one module per format.

A new format is one new module with a ``read(data, path, document)``
function, and one line in ``reader_for``.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..document import Document
from ..errors import InputError

Reader = Callable[..., Document]


def reader_for(path: Path, data: bytes) -> Reader:
    """The reader for these bytes, decided by their signature first and the file name second."""
    if data.startswith(b"%PDF"):
        from . import pdf

        return pdf.read
    if data.startswith(b"PK\x03\x04"):
        from . import docx

        return docx.read
    suffix = path.suffix.lower()
    if suffix in (".pdf", ".docx"):
        kind = suffix[1:].upper()
        raise InputError(f"named {suffix} but not a {kind} file (its first bytes are not a {kind} signature)",
                         path=str(path))
    from . import text

    return text.read
