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
        raise InputError("PDF files are not supported yet; convert to text first", path=str(path))
    if data.startswith(b"PK\x03\x04"):
        raise InputError("DOCX/ZIP files are not supported yet; convert to text first", path=str(path))
    from . import text

    return text.read
