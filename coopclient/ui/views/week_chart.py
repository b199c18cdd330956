"""A bar chart of the week's all-in wage per day, Monday to Sunday, against the co-op's wage floor.

Only the all-in wage is drawn: it is the one the floor is checked on (anchors/earnings.md §2). Days without
recorded time have no bar. The chart only renders what it is given; it does no I/O.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QEvent, QMargins, QPointF, QSize, Qt
from PySide6.QtGui import QColor, QCursor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QToolTip, QVBoxLayout, QWidget

from coopclient.core.money import Money
from coopclient.core.report import ReportRow
from coopclient.ui.accessibility import name_scroll_area
from coopclient.ui.locale_numbers import date_text, money_text

DAY_COUNT = 7
# A mid-tone blue: at least 3:1 against both a white and a near-black background.
BAR_COLOUR = QColor("#4a7fcb")
HEADROOM = 1.15


class WeekChart(QWidget):
    """Bars of the all-in wage for each day of the week, and the wage floor as a line across them.

    Readable from about 500×220 pixels. Hovering a bar shows its day and exact figure.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        """Build an empty chart: seven day categories, no bars, no floor line.

        Args:
            parent: the owning widget.
        """
        super().__init__(parent)
        self._bars = QBarSet(self.tr("All-in per hour"))
        self._bars.append([0.0] * DAY_COUNT)
        self._bar_series = QBarSeries()
        self._bar_series.append(self._bars)
        self._bar_series.setBarWidth(0.6)
        self._floor = QLineSeries()
        self._floor.setName(self.tr("Wage floor"))
        self._days_axis = QBarCategoryAxis()
        self._days_axis.append(self._day_names())
        # The floor line runs on a hidden value axis from the left edge of Monday to the right edge of Sunday.
        self._span_axis = QValueAxis()
        self._span_axis.setRange(-0.5, DAY_COUNT - 0.5)
        self._rate_axis = QValueAxis()
        self._tips: list[str] = [""] * DAY_COUNT
        self._chart = self._build_chart()
        self._view = QChartView(self._chart, self)
        self._view.setRenderHint(QPainter.RenderHint.Antialiasing)
        name_scroll_area(self._view, self.tr("All-in wage per day this week, chart"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._view)
        self.setMinimumSize(380, 180)  # below ~380 px the day names are elided
        self._bar_series.hovered.connect(self._on_hovered)
        self._apply_palette()
        self.clear()

    def sizeHint(self) -> QSize:
        """A size at which the chart reads well."""
        return QSize(500, 220)

    # -- public interface ------------------------------------------------------------------------------

    def set_days(self, days: list[tuple[date, ReportRow | None]], floor: Money | None, currency: str) -> None:
        """Show the all-in wage of each day and the floor.

        Args:
            days: the week's days with their report rows (None, or a row without time: no bar).
            floor: the hourly wage floor in ``currency``, or None when no floor is set (no line).
            currency: the report currency, named in the axis title.
        """
        values = [0.0] * DAY_COUNT
        self._tips = [self.tr("{day}: no time recorded yet").format(day=name) for name in self._day_names()]
        for day, row in days:
            wage = row.wages.all_in if row is not None else None
            if wage is not None:
                values[day.weekday()] = float(wage.rounded().amount)
                self._tips[day.weekday()] = self._tip(day, wage)
        for index, value in enumerate(values):
            self._bars.replace(index, value)
        self._set_floor(floor)
        self._rate_axis.setTitleText(self._axis_title(currency))
        self._fit_range(values, floor)
        self._describe(floor)

    def clear(self) -> None:
        """Show no bars and no floor line."""
        self.set_days([], None, "")

    def chart(self) -> QChart:
        """The chart itself (for inspection; do not restructure it)."""
        return self._chart

    def categories(self) -> list[str]:
        """The day labels along the bottom axis, Monday first."""
        return list(self._days_axis.categories())

    def bar_values(self) -> list[float]:
        """The height of each day's bar, Monday first (0 for a day without time)."""
        return [self._bars.at(index) for index in range(self._bars.count())]

    def floor_points(self) -> list[tuple[float, float]]:
        """The floor line's end points as (x, y), empty when no floor is set."""
        return [(point.x(), point.y()) for point in self._floor.points()]

    def axis_title(self) -> str:
        """The title of the wage axis, naming the currency."""
        return self._rate_axis.titleText()

    # -- building and styling ----------------------------------------------------------------------------

    def _day_names(self) -> list[str]:
        """Short weekday names, Monday first."""
        return [
            self.tr("Mon"),
            self.tr("Tue"),
            self.tr("Wed"),
            self.tr("Thu"),
            self.tr("Fri"),
            self.tr("Sat"),
            self.tr("Sun"),
        ]

    def _build_chart(self) -> QChart:
        """The chart with both series attached to their axes."""
        chart = QChart()
        chart.addSeries(self._bar_series)
        chart.addSeries(self._floor)
        chart.addAxis(self._days_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self._span_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self._rate_axis, Qt.AlignmentFlag.AlignLeft)
        self._bar_series.attachAxis(self._days_axis)
        self._bar_series.attachAxis(self._rate_axis)
        self._floor.attachAxis(self._span_axis)
        self._floor.attachAxis(self._rate_axis)
        return chart

    def _apply_palette(self) -> None:
        """Follow the widget palette (light or dark) so text and lines keep their contrast."""
        palette = self.palette()
        dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
        self._chart.setTheme(QChart.ChartTheme.ChartThemeDark if dark else QChart.ChartTheme.ChartThemeLight)
        self._chart.setBackgroundBrush(palette.color(QPalette.ColorRole.Window))
        self._chart.setPlotAreaBackgroundBrush(palette.color(QPalette.ColorRole.Base))
        self._chart.setPlotAreaBackgroundVisible(True)
        self._chart.setBackgroundRoundness(0)
        self._chart.setMargins(QMargins(4, 4, 4, 0))
        self._chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        text = palette.color(QPalette.ColorRole.Text)
        self._chart.legend().setLabelColor(text)
        for axis in (self._days_axis, self._rate_axis):
            axis.setLabelsColor(text)
            axis.setTitleBrush(text)
        self._days_axis.setGridLineVisible(False)
        self._span_axis.setVisible(False)
        self._bars.setColor(BAR_COLOUR)
        self._bars.setBorderColor(BAR_COLOUR)
        self._floor.setPen(QPen(text, 2, Qt.PenStyle.DashLine))

    def changeEvent(self, event: QEvent) -> None:
        """Restyle when the palette changes (e.g. the system switches to a dark theme)."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_palette()

    # -- figures ------------------------------------------------------------------------------------------

    def _set_floor(self, floor: Money | None) -> None:
        """Draw the floor line across the week, or hide it (and its legend entry) without a floor."""
        if floor is None:
            self._floor.clear()
        else:
            value = float(floor.rounded().amount)
            self._floor.replace([QPointF(-0.5, value), QPointF(DAY_COUNT - 0.5, value)])
        for marker in self._chart.legend().markers(self._floor):
            marker.setVisible(floor is not None)

    def _fit_range(self, values: list[float], floor: Money | None) -> None:
        """Fit the wage axis to the bars and the floor, from zero (or below it for a negative day)."""
        top = max([*values, float(floor.amount) if floor is not None else 0.0])
        bottom = min([*values, 0.0])
        if top <= 0:
            top = 1.0
        self._rate_axis.setRange(bottom * HEADROOM, top * HEADROOM)
        self._rate_axis.applyNiceNumbers()
        self._rate_axis.setLabelFormat("%.0f" if self._rate_axis.max() - self._rate_axis.min() >= 5 else "%.1f")

    def _axis_title(self, currency: str) -> str:
        """``"EUR/h"`` as the panel writes wages, or just ``"per hour"`` before any currency is known.

        "EUR par heure" was cut to "EUR par heu…" beside the chart at 1366 × 768.
        """
        if not currency:
            return self.tr("per hour")
        return self.tr("{currency}/h").format(currency=currency)

    def _tip(self, day: date, wage: Money) -> str:
        """The hover text of one day's bar."""
        return self.tr("{day} {date}: all-in {wage}/h").format(
            day=self._day_names()[day.weekday()], date=date_text(day), wage=money_text(wage)
        )

    def _describe(self, floor: Money | None) -> None:
        """Give screen readers the chart's figures as text."""
        floor_text = (
            self.tr("wage floor {floor}/h").format(floor=money_text(floor))
            if floor is not None
            else self.tr("no wage floor set")
        )
        self._view.setAccessibleDescription("; ".join([*self._tips, floor_text]))

    def _on_hovered(self, status: bool, index: int, _bar_set: QBarSet) -> None:
        """Show the day and exact figure of the bar under the mouse."""
        if status and 0 <= index < DAY_COUNT:
            QToolTip.showText(QCursor.pos(), self._tips[index], self._view)
        else:
            QToolTip.hideText()
