"""The web app's own errors, in the one :class:`~tocsin.errors.TocsinError` tree.

::

    TocsinError
    ├── InputError
    │   ├── PayloadTooLarge          a request body over the limit (HTTP 413)
    │   └── UnsupportedMediaType     an API call from a browser session that is not JSON (HTTP 415)
    └── CsrfError                    a form without this session's security token (HTTP 403)
"""

from __future__ import annotations

from ..errors import InputError, TocsinError


class PayloadTooLarge(InputError):
    http_status = 413


class UnsupportedMediaType(InputError):
    http_status = 415


class CsrfError(TocsinError):
    http_status = 403
