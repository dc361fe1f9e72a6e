"""One exception tree, with messages written for the person who triggered them.

::

    TocsinError                      every error raised on purpose (exit code 2 in the CLI)
    ├── ConfigurationError           settings or environment that cannot work
    │   └── ProfileError             tocsin.toml missing, unreadable or invalid (every problem)
    ├── InputError                   a post, file or request that cannot be used
    │   └── PostError                one invalid post (its JSONL line gets an ``error``)
    ├── StorageError                 the database cannot be reached, created or migrated
    ├── SourceError                  a listening source that cannot be fetched or is misconfigured
    ├── AuthenticationError          missing or wrong credentials (HTTP 401)
    └── PluginError                  a plug-in that cannot be loaded or returns something unusable
        └── DetectorFailure          a detector that raised on one post (that post gets an error)

The CLI prints ``str(error)`` without a traceback; the web app renders the same message as HTML or
JSON with ``http_status``.
"""

from __future__ import annotations

from dataclasses import dataclass


class TocsinError(Exception):
    """Base of every error Tocsin raises on purpose."""

    http_status: int = 500
    exit_code: int = 2

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class ConfigurationError(TocsinError):
    http_status = 500


@dataclass(frozen=True, slots=True)
class Problem:
    """One problem of a profile: where (key and line) and what is expected."""

    key: str
    message: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"line {self.line}, " if self.line else ""
        return f"{where}{self.key or '(top level)'}: {self.message}"


class ProfileError(ConfigurationError):
    """The organisation profile cannot be used; ``problems`` lists each one."""

    def __init__(self, path: str, problems: list[Problem]) -> None:
        self.path = path
        self.problems = problems
        lines = [f"{path}: {len(problems)} problem(s) in the organisation profile"]
        lines += [f"  - {p}" for p in problems]
        super().__init__("\n".join(lines))


class InputError(TocsinError):
    http_status = 422


class PostError(InputError):
    pass


class StorageError(TocsinError):
    http_status = 503


class SourceError(TocsinError):
    """A listening source failed (HTTP error after retries, unreadable answer, bad options)."""

    http_status = 502


class AuthenticationError(TocsinError):
    http_status = 401


class PluginError(TocsinError):
    pass


class DetectorFailure(PluginError):
    """A detector raised an error on one post; the post gets an error result, others go on."""

    def __init__(self, detector: str, error: Exception) -> None:
        self.detector = detector
        super().__init__(
            f"detector {detector!r} failed on this post ({type(error).__name__}); "
            "please report it with the post"
        )
