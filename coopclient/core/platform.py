"""The platform interface: what every adapter (Label Studio, doccano, batch files...) offers the app.

Adapters live in ``coopclient.platforms``; they return these core types and raise these errors, so the
services and the sync relay never depend on one platform's HTTP details.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Protocol, runtime_checkable


class Capability(StrEnum):
    """What an adapter can do; the UI offers only what the platform supports."""

    LIST_PROJECTS = "list_projects"
    PULL_LOCKED = "pull_locked"  # tasks are locked to the member while they hold them
    FETCH_MEDIA = "fetch_media"
    SUBMIT_IDEMPOTENT = "submit_idempotent"  # a replayed submit never creates a second annotation
    SKIP = "skip"
    TASK_STATUS = "task_status"


@dataclass(frozen=True)
class RemoteProject:
    """A project as the platform describes it."""

    ref: str
    title: str
    label_config: str
    instructions: str = ""


@dataclass(frozen=True)
class RemoteTask:
    """A task pulled for offline work: the platform's payload verbatim, and media fetched for offline use."""

    ref: str
    data: Mapping[str, Any]
    payload: Mapping[str, Any]
    media: Mapping[str, str] = field(default_factory=dict)  # data key -> local file path
    lock: str | None = None  # e.g. the draft id that holds the task for this member


@dataclass(frozen=True)
class Submission:
    """One result to deliver, as stored in the outbox."""

    task_ref: str
    unique_id: str
    result: Sequence[Mapping[str, Any]]
    lead_time_s: float
    cancelled: bool = False
    lock: str | None = None


@dataclass(frozen=True)
class ServerAnswer:
    """One answer of a platform's server, as kept for the member's evidence: what was asked, the status code,
    the server's ``Date`` header ("" when it sent none) and the SHA-256 (hex) of the body's bytes."""

    method: str
    path: str
    status: int
    date: str
    body_sha256: str


@runtime_checkable
class KeepsAnswers(Protocol):
    """An adapter that keeps its server's answers until they are taken (the outbox relay stores them)."""

    def take_answers(self) -> list[ServerAnswer]:
        """The answers since the last call, oldest first; the adapter forgets them."""
        ...


class TaskState(StrEnum):
    """What the platform says about a task."""

    OPEN = "open"
    DONE_BY_ME = "done_by_me"
    DONE_BY_OTHERS = "done_by_others"
    GONE = "gone"


class PlatformError(Exception):
    """Base of adapter errors. Messages never contain tokens."""


class Unreachable(PlatformError):
    """The server could not be reached, timed out, or answered 5xx/429: retry later."""

    def __init__(self, message: str, retry_after_s: float | None = None) -> None:
        super().__init__(message)
        self.retry_after_s = retry_after_s


class Rejected(PlatformError):
    """The server refused the request (4xx): do not retry blindly; show the reason to the member."""

    def __init__(self, message: str, status: int) -> None:
        super().__init__(message)
        self.status = status


class AuthFailed(Rejected):
    """The token was refused (expired, revoked): the member must give a new one."""


class TaskGone(Rejected):
    """The task no longer exists on the server."""


class PlatformAdapter(Protocol):
    """What every platform adapter offers."""

    capabilities: frozenset[Capability]

    def list_projects(self) -> list[RemoteProject]:
        """The member's projects."""
        ...

    def pull(self, project_ref: str, count: int) -> list[RemoteTask]:
        """Up to ``count`` tasks for offline work, locked to the member where the platform can."""
        ...

    def submit(self, submission: Submission) -> str:
        """Deliver a result (or a skip) idempotently; returns the platform's annotation id ("" if unknown)."""
        ...

    def update(self, annotation_id: str, submission: Submission) -> None:
        """Replace a delivered annotation's result and lead time with an edited version; idempotent.

        Raises :class:`TaskGone` if the annotation was deleted on the server.
        """
        ...

    def task_state(self, task_ref: str) -> TaskState:
        """What the platform says about a task now."""
        ...
