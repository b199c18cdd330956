"""Changing settings: the one ``apply`` that the command line, the settings dialog and the services share.

:meth:`SettingsService.apply` checks every value against its declaration (:mod:`coopclient.core.settings`)
and the system's zone database, stores them all in one transaction or none, and puts them into effect at
once: the running timer's rules and session gap, and the clock's zone. Nothing waits for a restart but the
language, which the window is built in before the store opens: it is mirrored beside the store
(:mod:`coopclient.storage.language`) and applied at the next start.

Call it on the database lane: the timer's state lives there (its heartbeats run there too), so the new rules
are set from the thread that reads them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from coopclient.core.clock import ZonedClock
from coopclient.core.settings import (
    Check,
    Problem,
    Rule,
    SettingsError,
    declared,
    normalised,
    parse,
    problem,
    session_gap_ms,
    timer_rules,
)
from coopclient.core.timer import TimerRules
from coopclient.services.timer import TimerService
from coopclient.storage.language import write_language
from coopclient.storage.settings import SettingsRepo
from coopclient.system.clock import zone_exists


def check(key: str, value: object) -> Problem | None:
    """What is wrong with ``value`` for ``key``, the time zone looked up too; None when it is valid."""
    found = problem(key, value)
    if found is None and declared(key).check is Check.ZONE and value and not zone_exists(str(value)):
        return Problem(key, Rule.ZONE, value)
    return found


@dataclass(frozen=True)
class Applied:
    """What :meth:`SettingsService.apply` changed: the stored values and the timer's rules now in force."""

    changed: dict[str, Any]
    rules: TimerRules


class SettingsService:
    """Read the settings; change them through :meth:`apply` only."""

    def __init__(
        self, repo: SettingsRepo, timer: TimerService, clock: ZonedClock, language_dir: Path | None = None
    ) -> None:
        self._repo = repo
        self._timer = timer
        self._clock = clock
        self._language_dir = language_dir  # where the language is mirrored for the next start (None: nowhere)

    def get(self, key: str) -> Any:
        """A setting's value (its default when unset)."""
        return self._repo.get(key)

    def values(self) -> dict[str, Any]:
        """Every setting's value, by key."""
        return self._repo.values()

    def apply(self, changes: Mapping[str, object]) -> Applied:
        """Validate, store and put into effect ``changes`` (values of the settings' types), all or nothing.

        Raises:
            SettingsError: naming each refused value; nothing is stored or changed.
        """
        values = {key: normalised(key, value) for key, value in changes.items()}
        problems = [p for key, value in values.items() if (p := check(key, value)) is not None]
        if problems:
            raise SettingsError(problems)
        self._repo.set_many(values)
        if "language" in values and self._language_dir is not None:
            write_language(self._language_dir, str(values["language"]))  # read before Qt starts, next time
        return Applied(values, self.put_in_effect())

    def apply_text(self, key: str, text: str) -> Applied:
        """:meth:`apply` one value typed as text (the command line's ``settings set KEY VALUE``)."""
        return self.apply({key: parse(key, text)})

    def put_in_effect(self) -> TimerRules:
        """Give the running timer and the clock the stored values (also at start-up); the rules in force."""
        values = self._repo.values()
        rules = timer_rules(values)
        self._timer.set_rules(rules, session_gap_ms(values))
        self._clock.set_zone(values["timezone"])
        return rules
