"""A request the ledger server refuses: an HTTP status and a detail naming what is wrong (the answer's body).

The API's own refusals (`app.ApiError`), the signature checks' (`auth.AuthError`) and the witness's
(`witness.WitnessRefused`) are all this one shape, answered as ``{"detail": ...}`` with the status.
"""

from __future__ import annotations


class Refused(Exception):
    """Refused with `status` (4xx) and `detail`, the text the client is shown."""

    def __init__(self, status: int, detail: str) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail
