"""The ledger server's error answers: `ApiError` (a refusal naming the field) and the handlers that turn
every exception into `{"detail": ...}` JSON (422 for a bad body, 503 for an integrity problem, 500 else).
"""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from coopclient.server.app_settings import INTEGRITY_ERROR, INTEGRITY_STATUS
from coopclient.server.auth import AuthError
from coopclient.server.refused import Refused
from coopclient.server.store_types import LedgerIntegrityError

logger = logging.getLogger("coopclient.server.app")  # the name it had before app.py was split


class ApiError(Refused):
    """A request refused with `status` and a detail naming the field (and headers for the answer, if any)."""

    def __init__(self, status: int, detail: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(status, detail)
        self.headers = headers


def _error_json(status: int, detail: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"detail": detail}, status_code=status, headers=headers)


# --- error handlers -----------------------------------------------------------------------------------------


def _validation_detail(exc: RequestValidationError) -> str:
    errors = exc.errors()
    if not errors:
        return "request: invalid"
    first = errors[0]
    where = ".".join(str(part) for part in first.get("loc", ())) or "request"
    more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
    return f"{where}: {first.get('msg', 'invalid')}{more}"


def _install_error_handlers(app: FastAPI) -> None:
    async def api_error(_: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, ApiError | AuthError)
        return _error_json(exc.status, exc.detail, getattr(exc, "headers", None))

    async def validation_error(_: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, RequestValidationError)
        return _error_json(422, _validation_detail(exc))

    async def http_error(_: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, StarletteHTTPException)
        if exc.status_code == 400:
            # FastAPI's answer to a body it cannot decode (not UTF-8, not JSON): malformed like any other.
            return _error_json(422, "body: not valid UTF-8 JSON")
        return _error_json(exc.status_code, str(exc.detail), dict(exc.headers) if exc.headers else None)

    async def damaged(_: Request, exc: Exception) -> JSONResponse:
        # The database contradicts itself (a gap in the leaves, a missing node): not a passing server error
        # but something every member's app must report as an integrity problem (docs/ledger.md, "Errors").
        logger.error("ledger integrity: %s", exc)
        body = {"detail": f"ledger integrity: {exc}", "error": INTEGRITY_ERROR}
        return JSONResponse(body, status_code=INTEGRITY_STATUS)

    async def unexpected(_: Request, exc: Exception) -> JSONResponse:
        # The traceback goes to the server's own log, never to the client.
        logger.error("unexpected %s while serving a request", type(exc).__name__, exc_info=exc)
        return _error_json(500, "internal server error")

    app.add_exception_handler(ApiError, api_error)
    app.add_exception_handler(AuthError, api_error)
    app.add_exception_handler(RequestValidationError, validation_error)
    app.add_exception_handler(StarletteHTTPException, http_error)
    app.add_exception_handler(LedgerIntegrityError, damaged)
    app.add_exception_handler(Exception, unexpected)
