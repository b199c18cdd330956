"""The audit's comparison of one projection table with the rows the log derives, one line a difference.

`projections` (``stat_days``) and `month_sums` (``stat_member_months``) both rebuild a table's rows from the
log and report every row the table has and the log does not give, every row it lacks, and every column that
differs; only their wording of where a row comes from differs.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any, TypeVar

Row = tuple[Any, ...]
Key = TypeVar("Key", bound=tuple[str, ...])


def compare_rows(
    table: str,
    columns: Sequence[str],
    want: Mapping[Key, Row],
    have: Mapping[Key, Row],
    problem: Callable[[str], None],
    *,
    unknown: str,
    missing: Callable[[Row], str],
    log: Callable[[Row], str],
) -> None:
    """Report, by key order, how ``have`` (the table's rows) differs from ``want`` (the log's), by key.

    ``unknown`` says why a row the log does not give is wrong; ``missing(row)`` names what gives a row the table
    lacks and ``log(row)`` the log's side of a column that differs (both from the log's row).
    """
    for key in sorted(want.keys() | have.keys()):
        where = f"{table} ({', '.join(key)})"
        if key not in want:
            problem(f"{where}: {unknown}")
        elif key not in have:
            problem(f"{where}: missing; {missing(want[key])}")
        else:
            for name, got, should in zip(columns, have[key], want[key], strict=True):
                if column_value(got) != should:
                    problem(f"{where}: {name} is {got}, {log(want[key])} says {should}")


def column_value(column: Any) -> Any:
    """A column as the log's rows hold it: text and NULL as they are, any number (a NUMERIC sum) as an int."""
    return column if column is None or isinstance(column, str) else int(column)
