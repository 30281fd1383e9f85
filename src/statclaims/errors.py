"""The error hierarchy: every failure a user can cause has one class and one exit code.

The command line maps these to exit codes in one place (``cli.main``), so a
script that drives statclaims can tell a bad input from a failed validation.
"""
from __future__ import annotations


class StatclaimsError(Exception):
    """Base of every error statclaims raises on purpose."""

    exit_code = 1

    def __init__(self, message: str, *, path: str | None = None, where: str | None = None) -> None:
        self.path = path
        self.where = where
        super().__init__(message)

    def __str__(self) -> str:
        place = ""
        if self.path:
            place = f"{self.path}: "
            if self.where:
                place = f"{self.path}:{self.where}: "
        return place + self.args[0]


class InputError(StatclaimsError):
    """A document that cannot be read: missing, empty, binary, mis-encoded, truncated."""

    exit_code = 2


class ParseError(StatclaimsError):
    """A value in an input that cannot be parsed (a number, a manifest row)."""

    exit_code = 3


class ValidationError(StatclaimsError):
    """A built package that frictionless does not accept; nothing was moved into place."""

    exit_code = 4


class OutputError(StatclaimsError):
    """An output that cannot be written (folder not writable, disk full)."""

    exit_code = 5


class StaleError(StatclaimsError):
    """The package on disk differs from what a build makes of its inputs (``statclaims build --check``)."""

    exit_code = 7
