"""A column mapping: a sheet in no known format, described by naming its columns, saved and remembered by name.

The mapping is kept as JSON (:func:`mapping_to_json`, :func:`mapping_from_json`) by the store's
``column_mappings`` table; here it is only data and a preset built from it.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any

from coopclient.core.money import Money
from coopclient.core.statement_line import LineStatus, StatementLine
from coopclient.core.statements.fields import DateFormat, FieldError, parse_amount, parse_currency, parse_date
from coopclient.core.statements.presets import STATUS_WORDS, Preset, derived_reference, parse_status

__all__ = ["ColumnMapping", "MappingPreset", "mapping_from_json", "mapping_to_json"]


@dataclass(frozen=True)
class ColumnMapping:
    """A sheet's columns, as a member or the treasurer named them; saved and remembered by ``name``.

    ``date`` and ``amount`` are column names; ``currency`` is a column or, with ``fixed_currency``, left out;
    ``platform`` is a column or, with ``fixed_platform``, one platform for every row. Without ``reference``,
    each row's reference is derived from its cells (the same row always gets the same one).
    """

    name: str
    date: str
    amount: str
    currency: str | None = None
    fixed_currency: str | None = None
    payee: str | None = None
    platform: str | None = None
    fixed_platform: str | None = None
    reference: str | None = None
    status: str | None = None
    fee: str | None = None
    date_format: DateFormat = DateFormat.ISO
    decimal_comma: bool = False
    delimiter: str = ","
    encoding: str = "utf-8"
    allow_negative: bool = True
    tasks: bool = False  # the sheet lists tasks (rewards), not payments
    statuses: dict[str, LineStatus] = field(default_factory=dict)  # the sheet's words -> ours (lower case)

    def __post_init__(self) -> None:
        if not self.name.strip() or not self.date.strip() or not self.amount.strip():
            raise ValueError("a mapping needs a name, a date column and an amount column")
        if (self.currency is None) == (self.fixed_currency is None):
            raise ValueError("a mapping needs either a currency column or a fixed currency, not both")
        if self.fixed_currency is not None:
            parse_currency("--fixed-currency", self.fixed_currency)
        if len(self.delimiter) != 1:
            raise ValueError(f"the delimiter must be one character, not {self.delimiter!r}")

    def preset(self) -> MappingPreset:
        """The mapping as a preset."""
        columns = (self.currency, self.payee, self.platform, self.reference, self.status, self.fee)
        return MappingPreset(
            name=f"mapping:{self.name}",
            required=(self.date, self.amount, *(c for c in columns if c)),
            amount_column=self.amount,
            reference_column=self.reference,
            delimiter=self.delimiter,
            encoding=self.encoding,
            allow_negative=self.allow_negative,
            tasks=self.tasks,
            mapping=self,
        )


@dataclass(frozen=True)
class MappingPreset(Preset):
    """A :class:`ColumnMapping` at work."""

    mapping: ColumnMapping | None = None

    def convert(self, cells: dict[str, str], line_no: int, source: str) -> StatementLine | None:
        m = self.mapping
        assert m is not None
        amount, symbol = parse_amount(m.amount, cells[m.amount], m.decimal_comma)
        code = parse_currency(m.currency, cells[m.currency]) if m.currency else m.fixed_currency
        status = LineStatus.PAID
        if m.status:
            status = parse_status(m.status, cells[m.status], {**STATUS_WORDS, **m.statuses})
        fee = None
        if m.fee and cells[m.fee].strip():
            fee = Money(abs(parse_amount(m.fee, cells[m.fee], m.decimal_comma)[0]), code or symbol or "")
        payee = cells[m.payee].strip() if m.payee else ""
        platform = (cells[m.platform].strip().lower() or "other") if m.platform else (m.fixed_platform or "other")
        reference = cells[m.reference].strip() if m.reference else derived_reference(*cells.values())
        if not reference:
            raise FieldError(m.reference or "", "empty")
        return StatementLine(
            source,
            line_no,
            parse_date(m.date, cells[m.date], m.date_format),
            payee,
            platform,
            Money(amount, code or symbol or ""),
            fee,
            reference,
            status,
        )


def mapping_to_json(mapping: ColumnMapping) -> str:
    """The mapping as JSON text (its name included)."""
    data = asdict(mapping)
    data["date_format"] = mapping.date_format.value
    data["statuses"] = {k: v.value for k, v in mapping.statuses.items()}
    return json.dumps(data, sort_keys=True)


def mapping_from_json(text: str) -> ColumnMapping:
    """A mapping from :func:`mapping_to_json`'s text; ``ValueError`` naming what is wrong."""
    data: dict[str, Any] = json.loads(text)
    data["date_format"] = DateFormat(data["date_format"])
    data["statuses"] = {k: LineStatus(v) for k, v in data.get("statuses", {}).items()}
    return ColumnMapping(**data)
