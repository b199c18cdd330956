"""The earnings panel: this batch, today and this week side by side, with the four wages and the floor.

Every wage is labelled with its definition and carries its formula as a tooltip (anchors/earnings.md §2:
always say which definition a number uses). The all-in wage, on which the co-op's floor is checked, is
marked below, near or above the floor by colour and by a word, so colour is never the only signal.

The panel only renders the :class:`~coopclient.readmodels.workbench.EarningsSummary` it is given; the window
fetches it in the background. No I/O happens here.
"""

from __future__ import annotations

import enum
import html
from collections.abc import Callable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from coopclient.core.care import Exposure
from coopclient.core.money import Money
from coopclient.core.report import ReportRow, empty_row
from coopclient.ui.accessibility import name_scroll_area
from coopclient.ui.locale_numbers import money_text
from coopclient.ui.models.task_table import duration_text
from coopclient.ui.views.week_chart import WeekChart

if TYPE_CHECKING:
    from coopclient.readmodels.workbench import EarningsSummary

DASH = "—"
PERIODS = ("batch", "today", "week")
LIVE_TIMES = ("hours_task", "hours_session", "hours_all_in")  # the times the running timer adds to
# "Near the floor": at or above it, but by less than this fraction.
NEAR_MARGIN = Decimal("0.10")


class Standing(enum.Enum):
    """Where a wage stands against the floor."""

    BELOW = "below"
    NEAR = "near"
    ABOVE = "above"


# Background and text colour of each standing: the pair carries its own contrast (≥ 4.5:1), so it reads the
# same on light and dark palettes.
CHIP_COLOURS = {
    Standing.BELOW: ("#c62828", "#ffffff"),
    Standing.NEAR: ("#f0b000", "#000000"),
    Standing.ABOVE: ("#2e7d32", "#ffffff"),
}


def floor_standing(wage: Money | None, floor: Money | None) -> Standing | None:
    """Classify a wage against the floor.

    Args:
        wage: the hourly wage (None when no time was recorded).
        floor: the hourly floor in the same currency (None when no floor is set).

    Returns:
        BELOW under the floor, NEAR from the floor up to (not including) 10 % above it, ABOVE from there;
        None when either figure is missing or their currencies differ.
    """
    if wage is None or floor is None or wage.currency != floor.currency:
        return None
    if wage < floor:
        return Standing.BELOW
    if wage < floor * (1 + NEAR_MARGIN):
        return Standing.NEAR
    return Standing.ABOVE


def row_standing(row: ReportRow) -> Standing | None:
    """A period's all-in wage against the floor, as the panel says it.

    "Below the floor" beside a shortfall of 0.00 read as a contradiction (a few seconds a little under the
    floor owe less than a cent): a wage within 10 % under the floor that owes less than a cent in all is said
    as near the floor. Further under, it is below whatever it owes: the first seconds of a day at 0.00 an
    hour were once "near" a 12.00 floor (its shortfall then reads "under 0.01", :func:`shortfall_text`).
    """
    wage, floor = row.wages.all_in, row.floor
    standing = floor_standing(wage, floor)
    sub_cent = not row.gap.shortfall.rounded().amount
    if standing is Standing.BELOW and sub_cent and wage is not None and floor and wage >= floor * (1 - NEAR_MARGIN):
        return Standing.NEAR
    return standing


def shortfall_text(shortfall: Money) -> str:
    """A shortfall as the panel shows it: rounded, or "under 0.01" when it owes less than a cent but more
    than nothing (so "below the floor" never stands beside "0.00")."""
    if shortfall.amount > 0 and not shortfall.rounded().amount:
        cent = Money.from_micros(10_000, shortfall.currency)
        return QCoreApplication.translate("EarningsPanel", "under {amount}").format(amount=money_text(cent))
    return money_text(shortfall)


def hours_ms(hours: Decimal) -> int:
    """Hours as whole milliseconds, rounding half up."""
    return int((hours * 3_600_000).quantize(Decimal(1), rounding=ROUND_HALF_UP))


@dataclass(frozen=True)
class _Figure:
    """One line of the panel: a key, how to format it, and how to read it from a report row."""

    key: str
    kind: str  # "duration" (ms), "hours" (Decimal), "money", "shortfall", "wage", "floor" or "standing"
    value: Callable[[ReportRow], int | Decimal | Money | Standing | None]


FIGURES = (
    _Figure("hours_task", "duration", lambda r: r.time.task_ms),
    _Figure("hours_session", "duration", lambda r: r.time.session_ms),
    _Figure("hours_all_in", "duration", lambda r: r.time.all_in_ms),
    _Figure("hours_idle", "duration", lambda r: r.time.pending_idle_ms),
    _Figure("earned", "money", lambda r: r.money.earned),
    _Figure("fees", "money", lambda r: r.money.fees),
    _Figure("received", "money", lambda r: r.money.received),
    _Figure("wage_task", "wage", lambda r: r.wages.task),
    _Figure("wage_session", "wage", lambda r: r.wages.session),
    _Figure("wage_all_in", "wage", lambda r: r.wages.all_in),
    _Figure("wage_received", "wage", lambda r: r.wages.received),
    _Figure("standing", "standing", row_standing),
    _Figure("floor", "floor", lambda r: r.floor),
    _Figure("hours_below", "hours", lambda r: r.gap.hours_below),
    _Figure("shortfall", "shortfall", lambda r: r.gap.shortfall),
)
COLOURED = frozenset({"wage_all_in", "standing"})


class EarningsPanel(QWidget):
    """Figures for this batch, today and this week, and a chart of the week's all-in wage per day."""

    def __init__(self, parent: QWidget | None = None) -> None:
        """Build the empty panel (every figure "—").

        Args:
            parent: the owning widget.
        """
        super().__init__(parent)
        self._cells: dict[tuple[str, str], QLabel] = {}
        self._lines: dict[str, list[QLabel]] = {}
        self._texts = self._figure_texts()
        self._rows: dict[str, ReportRow | None] = dict.fromkeys(PERIODS)
        self._saved_today = False  # whether today's figures hold saved time (else the verdict says it is timing)
        self.chart = WeekChart(self)
        # The one line a member reads at a glance; the table and the chart below hold the details.
        self.verdict = QLabel(self)
        self.verdict.setTextFormat(Qt.TextFormat.PlainText)
        self.verdict.setAccessibleName(self.tr("Verdict against the floor"))
        font = self.verdict.font()
        font.setBold(True)
        self.verdict.setFont(font)
        # Time on distressing work today, beside the day's figures (issue 15); hidden on a day without any.
        self.exposure = QLabel(self)
        self.exposure.setTextFormat(Qt.TextFormat.PlainText)
        self.exposure.setAccessibleName(self.tr("Exposure to distressing work today"))
        self.exposure.hide()
        outer = QVBoxLayout(self)
        line = QHBoxLayout()
        line.addWidget(self.verdict)
        line.addSpacing(16)
        line.addWidget(self.exposure)
        line.addStretch(1)  # the coloured chip hugs its words rather than banding the whole panel
        outer.addLayout(line)
        layout = QHBoxLayout()
        outer.addLayout(layout, 1)
        self._table = self._build_table()
        self._area = self._scroll(self._table)
        layout.addWidget(self._area)
        layout.addWidget(self.chart, 1)
        self.clear()

    # -- public interface ------------------------------------------------------------------------------

    def show_summary(self, summary: EarningsSummary) -> None:
        """Show the figures of a summary.

        Args:
            summary: the batch, today and week figures, and the week's days for the chart.
        """
        # Nothing saved today yet is nothing yet, not unknown: today counts from the first second, as the clocks.
        today = summary.today or empty_row("today", summary.currency, summary.week.floor)
        self._saved_today = bool(today.time.all_in_ms)
        rows = dict(zip(PERIODS, (summary.batch, today, summary.week), strict=True))
        self._rows = dict(rows)
        for period, row in rows.items():
            for figure in FIGURES:
                self._render(self._cells[(period, figure.key)], figure, row)
        self._show_line("hours_idle", any(row is not None and row.time.pending_idle_ms for row in rows.values()))
        self._show_estimated(summary)
        self._show_verdict(summary)
        self._show_exposure(summary.exposure)
        self._fit_width()
        self.chart.set_days(summary.week_days, summary.week.floor, summary.currency)

    def _show_estimated(self, summary: EarningsSummary) -> None:
        """This batch's all-in wage beside the one estimated at its import, so the member learns how far
        to trust the estimates (issue 15): "estimated 9.80 €/h, paid 8.90 €/h" in the cell's tooltip."""
        estimated = summary.batch_estimate
        if estimated is None:
            return
        paid = summary.batch.wages.all_in if summary.batch is not None else None
        text = (
            self.tr("Estimated at import: {wage} ({low} to {high}); paid so far: {paid} all-in.")
            if paid is not None
            else self.tr("Estimated at import: {wage} ({low} to {high}); nothing paid or timed yet.")
        )
        text = text.format(
            wage=self._format("wage", estimated.median),
            low=self._format("wage", estimated.low),
            high=self._format("wage", estimated.high),
            paid=self._format("wage", paid) if paid is not None else "",
        )
        for key in ("wage_all_in", "standing"):
            cell = self._cells[("batch", key)]
            tip = self._content(next(f for f in FIGURES if f.key == key), summary.batch)[1]
            cell.setToolTip(_rich(text) + _rich(tip))

    def _show_exposure(self, exposure: Exposure | None) -> None:
        """ "exposure today 1:20" (of a soft limit of 4:00), when some of today's work was distressing."""
        if exposure is None or exposure.today_ms <= 0:
            self.exposure.hide()
            return
        text = self.tr("exposure today {time}").format(time=self._format("duration", exposure.today_ms))
        if exposure.rules.cap_ms > 0:
            cap = self._format("duration", exposure.rules.cap_ms)
            text = self.tr("{exposure} (limit {cap})").format(exposure=text, cap=cap)
        self.exposure.setText(text)
        self.exposure.setToolTip(
            self.tr("Time spent today on batches marked as possibly distressing, counted as the clocks count it.")
        )
        self.exposure.show()

    def show_gain(self, gain_ms: int, in_batch: bool) -> None:
        """Add what the running timer gained since the figures were read to their times, as the clocks do.

        Between two heartbeats the status bar's clocks count on while these times waited for the next one
        (0:00 beside a task clock at 0:10). The wages stay those of the last reading (they move slowly).

        Args:
            gain_ms: the open span's gain since the reading these figures were read with.
            in_batch: whether that time counts for the batch shown.
        """
        for period in PERIODS:
            row = self._rows[period]
            if row is None or (period == "batch" and not in_batch):
                continue
            for key in LIVE_TIMES:
                figure = next(f for f in FIGURES if f.key == key)
                base = figure.value(row)
                if isinstance(base, int):
                    self._cells[(period, key)].setText(self._format("duration", base + gain_ms))
        if gain_ms > 0 and not self._saved_today and self._rows["today"] is not None:
            _paint(self.verdict, None)
            self.verdict.setText(self.tr("Timing today; the wage shows at the next save."))

    def clear(self) -> None:
        """Show no figures: every cell "—", no bars, no floor line."""
        self._rows = dict.fromkeys(PERIODS)
        for (_period, key), cell in self._cells.items():
            figure = next(f for f in FIGURES if f.key == key)
            self._render(cell, figure, None)
        self._show_line("hours_idle", False)
        self.verdict.setText(self.tr("No work timed yet today or this week."))
        self.exposure.hide()
        _paint(self.verdict, None)
        self._fit_width()
        self.chart.clear()

    def cell(self, period: str, key: str) -> QLabel:
        """The label showing one figure.

        Args:
            period: "batch", "today" or "week".
            key: a figure key such as "wage_all_in" (see ``FIGURES``).
        """
        return self._cells[(period, key)]

    # -- texts -----------------------------------------------------------------------------------------

    def _show_verdict(self, summary: EarningsSummary) -> None:
        """Today's all-in wage against the floor in one sentence (this week's when nothing is timed today)."""
        today = summary.today
        row, when = (today, self.tr("Today")) if today is not None and today.time.all_in_ms else (summary.week, "")
        when = when or self.tr("This week")
        wage = row.wages.all_in
        standing = row_standing(row)
        _paint(self.verdict, standing)
        if wage is None:
            self.verdict.setText(self.tr("No work timed yet today or this week."))
        elif standing is None or row.floor is None:
            self.verdict.setText(
                self.tr("{when} {wage} all-in — set the wage floor to see how it compares").format(
                    when=when, wage=self._format("wage", wage)
                )
            )
        elif standing is Standing.BELOW:
            self.verdict.setText(
                self.tr("{when} {wage} all-in — {diff} below the floor; {short} short").format(
                    when=when,
                    wage=self._format("wage", wage),
                    diff=self._format("wage", row.floor - wage),
                    short=shortfall_text(row.gap.shortfall),
                )
            )
        else:
            self.verdict.setText(
                self.tr("{when} {wage} all-in — {diff} above the floor").format(
                    when=when, wage=self._format("wage", wage), diff=self._format("wage", wage - row.floor)
                )
            )

        layout = self.layout()
        if layout is not None:
            layout.activate()  # the chip takes its new text's width now, not at the next layout pass

    def _period_names(self) -> dict[str, tuple[str, str]]:
        """Each period's column heading and its phrase in accessible names."""
        return {
            "batch": (self.tr("This batch"), self.tr("this batch")),
            "today": (self.tr("Today"), self.tr("today")),
            "week": (self.tr("This week"), self.tr("this week")),
        }

    def _section_titles(self) -> dict[str, str]:
        """Section headings, keyed by the first figure of each section."""
        return {
            "hours_task": self.tr("Time"),
            "earned": self.tr("Money"),
            "wage_task": self.tr("Wage per hour"),
            "floor": self.tr("Wage floor"),
        }

    def _figure_texts(self) -> dict[str, tuple[str, str, str]]:
        """Each figure's label, accessible name and tooltip (formulas from core/wages.py)."""
        return {
            "hours_task": (
                self.tr("Task time"),
                self.tr("Hours on tasks"),
                self.tr("Active annotating time, plus idle time you kept."),
            ),
            "hours_session": (
                self.tr("Session time"),
                self.tr("Session hours"),
                self.tr(
                    "Task time + returned and rejected task time + the short gaps between spans that are bridged"
                    " into one session."
                ),
            ),
            "hours_all_in": (
                self.tr("All-in time"),
                self.tr("All-in hours"),
                self.tr("Session time + logged unpaid work: searching, qualification, communication, payment admin."),
            ),
            "hours_idle": (
                self.tr("Idle awaiting your decision"),
                self.tr("Idle time awaiting your decision"),
                self.tr("Idle time you have not yet kept or discarded: not counted until you decide."),
            ),
            "earned": (
                self.tr("Earned"),
                self.tr("Earned"),
                self.tr("Piece rates + bonuses + adjustments − rejection reversals."),
            ),
            "fees": (
                self.tr("Fees"),
                self.tr("Fees"),
                self.tr("Worker-side fees (payment, transfer, exchange), as a negative amount."),
            ),
            "received": (
                self.tr("Received"),
                self.tr("Money received"),
                self.tr("Payouts that reached you, in the report currency."),
            ),
            "wage_task": (
                self.tr("Task time"),
                self.tr("Task-time wage"),
                self.tr("Task time wage = earned ÷ time on tasks (active annotating time, plus idle time you kept)."),
            ),
            "wage_session": (
                self.tr("Session time"),
                self.tr("Session-time wage"),
                self.tr(
                    "Session time wage = earned ÷ session time (task time + returned and rejected task time + the"
                    " short gaps between spans, up to the session gap, that Hara et al.'s cluster method bridges)."
                ),
            ),
            "wage_all_in": (
                self.tr("All-in"),
                self.tr("All-in wage"),
                self.tr(
                    "All-in wage = (earned − worker-side fees) ÷ (session time + unpaid work: searching,"
                    " qualification, communication, payment admin). The wage floor is checked on this wage."
                ),
            ),
            "wage_received": (
                self.tr("Money received"),
                self.tr("Money-received wage"),
                self.tr("Money received wage = payouts that reached you, in the report currency ÷ all-in time."),
            ),
            "standing": (
                self.tr("All-in vs floor"),
                self.tr("All-in wage against the floor"),
                self.tr("Below the floor, near it (at most 10 % above it) or above it."),
            ),
            "floor": (
                self.tr("Floor per hour"),
                self.tr("Wage floor"),
                self.tr("The co-op's hourly wage floor in force."),
            ),
            "hours_below": (
                self.tr("Hours below floor"),
                self.tr("Hours below the floor"),
                self.tr("All-in hours of the days whose all-in wage was below the floor in force that day."),
            ),
            "shortfall": (
                self.tr("Shortfall"),
                self.tr("Shortfall"),
                self.tr("The money that would bring those days up to the floor: floor × hours − (earned − fees)."),
            ),
        }

    # -- building --------------------------------------------------------------------------------------

    def _build_table(self) -> QWidget:
        """The grid of figures: one line per figure, one column per period."""
        table = QWidget(self)
        grid = QGridLayout(table)
        grid.setContentsMargins(0, 0, 8, 0)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(3)
        names = self._period_names()
        # Room for a wide figure from the start, so columns do not jump as figures change.
        room = table.fontMetrics().horizontalAdvance("-888.88 EUR/h") + 8
        for column, period in enumerate(PERIODS, start=1):
            grid.addWidget(_heading(names[period][0], table, Qt.AlignmentFlag.AlignRight), 0, column)
            grid.setColumnMinimumWidth(column, room)
        line = 1
        for figure in FIGURES:
            if figure.key in self._section_titles():
                grid.addWidget(_heading(self._section_titles()[figure.key], table, section=True), line, 0, 1, 4)
                line += 1
            self._add_line(grid, line, figure, table)
            line += 1
        grid.setRowStretch(line, 1)
        return table

    def _add_line(self, grid: QGridLayout, line: int, figure: _Figure, table: QWidget) -> None:
        """Add one figure's label and its three cells."""
        label_text, accessible, tip = self._texts[figure.key]
        label = QLabel(label_text, table)
        label.setToolTip(_rich(tip))
        label.setContentsMargins(10, 0, 0, 0)
        grid.addWidget(label, line, 0)
        self._lines[figure.key] = [label]
        for column, period in enumerate(PERIODS, start=1):
            cell = QLabel(table)
            cell.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            cell.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            cell.setAccessibleName(
                self.tr("{figure} {period}").format(figure=accessible, period=self._period_names()[period][1])
            )
            cell.setObjectName(f"{figure.key}.{period}")
            grid.addWidget(cell, line, column, Qt.AlignmentFlag.AlignRight)
            self._cells[(period, figure.key)] = cell
            self._lines[figure.key].append(cell)

    def _scroll(self, table: QWidget) -> QScrollArea:
        """The table in a frameless scroll area, wide enough never to clip it sideways."""
        area = QScrollArea(self)
        area.setWidget(table)
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        name_scroll_area(area, self.tr("Earnings in detail"))
        return area

    def _fit_width(self) -> None:
        """Keep the scroll area as wide as the table's current texts need, so nothing is clipped sideways."""
        scroll_bar = self._area.verticalScrollBar().sizeHint().width()
        grid = self._table.layout()
        if grid is not None:
            grid.invalidate()  # the labels' texts just changed: measure them, not the cached sizes
            grid.activate()
        self._area.setMinimumWidth(self._table.minimumSizeHint().width() + scroll_bar)

    def _show_line(self, key: str, visible: bool) -> None:
        """Show or hide one figure's line."""
        for widget in self._lines[key]:
            widget.setVisible(visible)

    # -- rendering -------------------------------------------------------------------------------------

    def _render(self, cell: QLabel, figure: _Figure, row: ReportRow | None) -> None:
        """Fill one cell with its text, tooltip and (for the all-in wage) its floor colour."""
        text, tip = self._content(figure, row)
        cell.setText(text)
        cell.setToolTip(_rich(tip))
        standing = row_standing(row) if row is not None else None
        _paint(cell, standing if figure.key in COLOURED else None)

    def _content(self, figure: _Figure, row: ReportRow | None) -> tuple[str, str]:
        """The text and tooltip of one cell."""
        no_time = self.tr("no time recorded yet")
        if row is None:
            return DASH, no_time
        value, tip = figure.value(row), self._texts[figure.key][2]
        if value is None:
            if figure.kind == "floor" or (figure.kind == "standing" and row.wages.all_in is not None):
                return DASH, self.tr("no wage floor set")
            return DASH, no_time
        return self._format(figure.kind, value), tip

    def _format(self, kind: str, value: int | Decimal | Money | Standing) -> str:
        """Format a figure: durations and hours as the status bar's clocks ("0:42", "1:05:00"), money rounded,
        wages per hour.

        Whole minutes once showed "0 h 00 min" beside a wage of 19.99 EUR/h worked in a few seconds.
        """
        if isinstance(value, Standing):
            return self._standing_word(value)
        if isinstance(value, Money):
            # "12,50 €" in French, "12.50 EUR" in English; a shortfall under a cent is "under 0.01 EUR"
            amount = shortfall_text(value) if kind == "shortfall" else money_text(value)
            return self.tr("{amount}/h").format(amount=amount) if kind in ("wage", "floor") else amount
        ms = int(value) if kind == "duration" else hours_ms(Decimal(value))
        return duration_text(max(ms, 0))

    def _standing_word(self, standing: Standing) -> str:
        """The word that says what the colour says."""
        return {
            Standing.BELOW: self.tr("below the floor"),
            Standing.NEAR: self.tr("near the floor"),
            Standing.ABOVE: self.tr("above the floor"),
        }[standing]


def _heading(text: str, parent: QWidget, align: Qt.AlignmentFlag | None = None, section: bool = False) -> QLabel:
    """A bold heading label (a period's column, or a section with a little space above it)."""
    label = QLabel(text, parent)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    if align is not None:
        label.setAlignment(align)
    if section:
        label.setContentsMargins(0, 6, 0, 0)
    return label


def _paint(cell: QLabel, standing: Standing | None) -> None:
    """Colour a cell by its standing against the floor (plain when None)."""
    cell.setProperty("standing", standing.value if standing is not None else "")
    if standing is None:
        cell.setStyleSheet("QLabel { padding: 0 4px; }")
        return
    background, text = CHIP_COLOURS[standing]
    cell.setStyleSheet(
        f"QLabel {{ background-color: {background}; color: {text}; border-radius: 3px; padding: 0 4px; }}"
    )


def paint_standing(label: QLabel, standing: Standing | None) -> None:
    """Colour any label by a standing against the floor, as the panel's verdict chip (plain when None)."""
    _paint(label, standing)


def _rich(text: str) -> str:
    """A tooltip as rich text, so Qt wraps long formulas instead of showing one very wide line."""
    return f"<p>{html.escape(text)}</p>" if text else ""
