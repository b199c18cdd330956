"""The import engine: a statement's bytes and a preset in, :class:`StatementLine` s and row errors out.

Every row is judged on its own: a bad row becomes a :class:`~coopclient.core.statements.table.RowError` naming
its line, the column and the reason, and never costs a good row its place. Besides each preset's own checks:
negative amounts where the preset forbids them, amounts above the preset's ceiling (a typo or a wrong column),
and a reference seen twice in the same file (the second is refused, naming the first's line). A whole-file
problem (too big, no header, missing columns) raises :class:`~coopclient.core.statements.table.StatementError`.

:func:`read_lines` streams (the caller stores the lines in chunks as they come); :func:`read_statement`
collects them all.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from coopclient.core.money import MoneyError
from coopclient.core.statement_line import StatementLine
from coopclient.core.statements.fields import FieldError
from coopclient.core.statements.presets import Preset
from coopclient.core.statements.table import Limits, Record, RowError, decode, records

__all__ = ["MAX_ERRORS_KEPT", "Outcome", "Statement", "read_lines", "read_statement"]

MAX_ERRORS_KEPT = 1_000
"""Row errors kept with their text; beyond that only counted (a file of nothing but bad rows stays small)."""


@dataclass
class Outcome:
    """What happened to the rows that did not become lines, filled in while :func:`read_lines` runs."""

    errors: list[RowError] = field(default_factory=list)
    error_count: int = 0
    skipped: int = 0  # rows that are no payment (PayPal's conversions, holds, withdrawals)

    def add(self, error: RowError) -> None:
        """Count an error; keep its text while fewer than :data:`MAX_ERRORS_KEPT` are kept."""
        self.error_count += 1
        if len(self.errors) < MAX_ERRORS_KEPT:
            self.errors.append(error)


@dataclass
class Statement:
    """Every good line of a file, and the outcome of the others."""

    lines: list[StatementLine]
    outcome: Outcome


def read_lines(
    data: bytes, preset: Preset, source: str, outcome: Outcome, limits: Limits | None = None
) -> Iterator[StatementLine]:
    """The good lines of ``data`` read with ``preset``, tagged with ``source``; the rest go to ``outcome``.

    Raises:
        StatementError: the file cannot be read at all (nothing of it should be kept).
    """
    limits = limits or Limits()
    text, bad_lines = decode(data, preset.encoding, limits)
    seen: dict[str, int] = {}
    ceiling = preset.max_amount
    rows = records(text, preset.delimiter, preset.required, preset.optional, bad_lines, preset.encoding, limits)
    for row in rows:
        if isinstance(row, RowError):
            outcome.add(row)
            continue
        line = _convert(preset, row, source, outcome)
        if line is None:
            continue
        amount = line.amount.amount
        if amount < 0 and not preset.allow_negative:
            outcome.add(RowError(line.line_no, preset.amount_column, f"negative amount not allowed: {line.amount}"))
        elif abs(amount) > ceiling:
            outcome.add(
                RowError(line.line_no, preset.amount_column, f"absurd amount: {line.amount} (over {ceiling:,} here)")
            )
        elif line.reference in seen:
            outcome.add(
                RowError(
                    line.line_no,
                    preset.reference_column,
                    f"duplicate reference {line.reference!r} (first on line {seen[line.reference]})",
                )
            )
        else:
            seen[line.reference] = line.line_no
            yield line


def _convert(preset: Preset, row: Record, source: str, outcome: Outcome) -> StatementLine | None:
    try:
        line = preset.convert(row.cells, row.line_no, source)
    except FieldError as exc:
        outcome.add(RowError(row.line_no, exc.column, exc.message))
        return None
    except MoneyError as exc:
        outcome.add(RowError(row.line_no, preset.amount_column, str(exc)))
        return None
    if line is None:
        outcome.skipped += 1
    return line


def read_statement(data: bytes, preset: Preset, source: str, limits: Limits | None = None) -> Statement:
    """Every good line of ``data`` (see :func:`read_lines`)."""
    outcome = Outcome()
    return Statement(list(read_lines(data, preset, source, outcome, limits)), outcome)
