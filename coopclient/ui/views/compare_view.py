"""*Compare platforms*: the co-op's published monthly aggregates, drawn, with what was left out and why.

For the month chosen: the all-in hourly wage of each published platform × kind of task as a box (first
quartile to third, the median across it) against the co-op's wage floor; bars for the share of unpaid time,
the rejection rate and the share of hours below the floor; a plain list of the cells not published (or
published without their wage) with the reason; and the release's privacy settings (ε, thresholds, bounds)
stated in words. Figures are differentially private estimates: they carry noise by design, and the view says
so. Below the charts, the co-op's rate cards (the treasurer's ``policy.ratecard`` entries in force): platform,
project, kind of task, rate per unit and the date it took effect.

Releases are read with the core's :func:`~coopclient.protocol.releases.parse_release` (the types the server
writes them with); their figures are :class:`~decimal.Decimal` and become floats only to be drawn. A
suppression is a code and a threshold, said here in the member's language. The view does no I/O: the
window reads the releases in the background, and the rate cards are read through the same ops helper once
the releases have arrived (the member has joined).
"""

from __future__ import annotations

import html
from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QBoxPlotSeries,
    QBoxSet,
    QChart,
    QChartView,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QEvent, QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QCursor, QPainter, QPalette, QPen, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from coopclient.protocol.releases import (
    SHARES,
    Cell,
    Release,
    ReleaseError,
    Suppression,
    SuppressionCode,
    parse_release,
)
from coopclient.ui.accessibility import name_scroll_area
from coopclient.ui.ops import Ops, describe
from coopclient.ui.screen_fit import resize_within_screen
from coopclient.ui.views.compare_words import count_of, settings_words

RateCardSource = Callable[[], Sequence[Mapping[str, Any]]]

# Okabe–Ito colours: told apart with the common colour-vision deficiencies, readable on light and dark.
BOX_COLOUR = QColor("#0072b2")
BOX_FILL_LIGHT = QColor("#b3d4ec")  # a pale tint of the outline: the median line stays readable on it
SHARE_COLOURS = (QColor("#e69f00"), QColor("#cc79a7"), QColor("#009e73"))
HEADROOM = Decimal("1.1")


def percent(share: Decimal) -> float:
    """A share (0–1) as a percentage for drawing."""
    return float(share * 100)


def rate_text(rate: object) -> str:
    """A rate's decimal string for reading: at least two places, no trailing zeros past them
    (``"0.050000"`` -> ``"0.05"``, ``"0.012500"`` -> ``"0.0125"``); anything unreadable as it is."""
    try:
        number = Decimal(str(rate))
    except InvalidOperation:
        return str(rate)
    if not number.is_finite():
        return str(rate)
    shown = number.normalize()
    exponent = shown.as_tuple().exponent
    if isinstance(exponent, int) and exponent > -2:
        shown = number.quantize(Decimal("0.01"))
    return f"{shown:f}"


def _card_field(card: Mapping[str, Any], key: str) -> str:
    value = card.get(key)
    return "—" if value is None or value == "" else str(value)


# -- the view -----------------------------------------------------------------------------------------------


class CompareView(QDialog):
    """Compare platforms, one published month at a time.

    Args:
        parent: the window.
        ops: runs the rate cards' read in the background; with ``rate_cards``, else taken from ``parent``
            (the main window's ``ops`` and ``services.sharing``) when it has them.
        rate_cards: reads the co-op's rate cards (``SharingService.rate_cards``).
    """

    def __init__(
        self,
        parent: QWidget | None = None,
        ops: Ops | None = None,
        rate_cards: RateCardSource | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Compare platforms"))
        self._ops = ops
        self._rate_card_source = rate_cards
        self._releases: list[Release] = []
        self._release: Release | None = None
        self._box_tips: dict[str, str] = {}
        self._bar_tips: list[str] = []
        self._wage_cells: list[Cell] = []
        self._share_cells: list[Cell] = []
        self.month_combo = QComboBox(self)
        self.month_combo.setAccessibleName(self.tr("Month"))
        self.month_combo.currentIndexChanged.connect(self._month_changed)
        self.words = QLabel(self.tr("Loading…"), self)
        self.words.setWordWrap(True)
        self.words.setTextFormat(Qt.TextFormat.PlainText)
        self.withheld = QListWidget(self)
        self.withheld.setAccessibleName(self.tr("Not published, and why"))
        self.withheld.setWordWrap(True)
        self.withheld.setSpacing(3)
        self.withheld.setMaximumHeight(self.fontMetrics().lineSpacing() * 9)
        self._build_wage_chart()
        self._build_share_chart()
        self._build_rate_cards()
        self._join: Callable[[], None] | None = None
        self.join_button = QPushButton(self.tr("&Join the co-op ledger…"), self)
        self.join_button.clicked.connect(self._join_clicked)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        self._lay_out()
        self._apply_palette()
        self.month_combo.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- public interface ------------------------------------------------------------------------------

    def set_releases(self, releases: Sequence[Mapping[str, Any]]) -> None:
        """Offer the published months, newest first, and show the newest.

        A release that cannot be read is left out and named in the text (the others are still shown). The
        releases arriving means the member has joined: the rate cards are read next, in the background.
        """
        self._show_page(self.figures)
        self._offer(releases)
        self._load_rate_cards()

    def _offer(self, releases: Sequence[Mapping[str, Any]]) -> None:
        parsed, problems = [], []
        for data in releases:
            try:
                parsed.append(parse_release(data))
            except ReleaseError as error:
                problems.append(str(error))
        self._releases = sorted(parsed, key=lambda r: r.month, reverse=True)
        self._problems = problems
        self.month_combo.blockSignals(True)
        self.month_combo.clear()
        for release in self._releases:
            self.month_combo.addItem(release.month, release.month)
        self.month_combo.blockSignals(False)
        self.month_combo.setEnabled(bool(self._releases))
        self._show(self._releases[0] if self._releases else None)

    def set_rate_cards(self, cards: Sequence[Mapping[str, Any]]) -> None:
        """List the co-op's rate cards, by platform, project and kind of task; a line says when there is none."""
        self.rate_model.removeRows(0, self.rate_model.rowCount())
        ordered = sorted(
            cards, key=lambda c: tuple(_card_field(c, k) for k in ("platform", "project", "task_kind", "effective"))
        )
        for card in ordered:
            rate = self.tr("{rate} {currency} per {unit}").format(
                rate=rate_text(card.get("rate")), currency=_card_field(card, "currency"), unit=_card_field(card, "unit")
            )
            texts = [_card_field(card, k) for k in ("platform", "project", "task_kind")] + [
                rate,
                _card_field(card, "effective"),
            ]
            row = [QStandardItem(text) for text in texts]
            row[3].setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.rate_model.appendRow(row)
        self.rate_table.resizeColumnsToContents()
        self._fit_rate_table(len(ordered))
        self.rate_table.setVisible(bool(ordered))
        self.rate_note.setVisible(not ordered)
        self.rate_note.setText(self.tr("No rate cards published yet"))

    def show_rate_card_failure(self, message: str) -> None:
        """The rate cards could not be read: say so in place of the list."""
        self.set_rate_cards([])
        self.rate_note.setText(self.tr("The rate cards could not be loaded: {why}").format(why=message))

    def rate_card_rows(self) -> list[list[str]]:
        """The rate cards listed: platform, project, kind of task, rate, effective date."""
        model = self.rate_model
        return [[model.item(r, c).text() for c in range(model.columnCount())] for r in range(model.rowCount())]

    def show_failure(self, message: str) -> None:
        """The releases could not be read: say so in place of the figures."""
        self._show_page(self.figures)
        self._offer([])
        self.set_rate_cards([])
        self.words.setText(self.tr("The published figures could not be loaded: {why}").format(why=message))

    def show_not_joined(self, reason: str, join: Callable[[], None]) -> None:
        """Before joining: explain what joining shares and offer to join, in place of two empty charts.

        Args:
            reason: why no figures are shown, kept in the figures' words for when they are looked at.
            join: opens the join dialog (the window's *Join the co-op ledger…*).
        """
        self.show_failure(reason)
        self._join = join
        self._show_page(self.intro)
        self.join_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_page(self, page: QWidget) -> None:
        """Show the figures at the window's full size, or the few paragraphs before joining at theirs (the
        intro at the figures' size left two thirds of the window empty)."""
        if self.pages.currentWidget() is page and page is self.figures:
            return
        self.pages.setCurrentWidget(page)
        # A stack is as big as its biggest page: the hidden charts' minimum would hold the intro's window open.
        other = self.intro if page is self.figures else self.figures
        other.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        page.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        layout = self.layout()
        assert layout is not None  # set in _lay_out
        self.pages.updateGeometry()  # the window layout caches the stack's sizes
        layout.invalidate()
        layout.activate()  # the window's minimum size follows the policies now, not at the next event
        if page is self.figures:
            self.resize(self._figures_size)
            return
        margins, spacing = layout.contentsMargins(), layout.spacing()
        # A wrapped label's own size hint is narrow and tall: lay the page out at its readable line's width.
        width = min(self._intro_width, self._figures_size.width() - margins.left() - margins.right())
        page_layout = page.layout()
        height = page_layout.totalHeightForWidth(width) if page_layout is not None else page.sizeHint().height()
        self.resize(
            width + margins.left() + margins.right(),
            height + spacing + self.buttons.sizeHint().height() + margins.top() + margins.bottom(),
        )

    def _join_clicked(self) -> None:
        join = self._join
        self.close()  # the join dialog takes the window's place; the figures come at the next opening
        if join is not None:
            join()

    def month(self) -> str | None:
        """The month shown, or None."""
        return self._release.month if self._release else None

    def wage_boxes(self) -> list[tuple[str, float, float, float]]:
        """The wage boxes drawn: (cell, q1, median, q3)."""
        return [
            (
                cell.label,
                box.at(QBoxSet.ValuePositions.LowerQuartile),
                box.at(QBoxSet.ValuePositions.Median),
                box.at(QBoxSet.ValuePositions.UpperQuartile),
            )
            for cell, box in zip(self._wage_cells, self._boxes.boxSets(), strict=True)
        ]

    def share_bars(self) -> dict[str, list[float]]:
        """The bars drawn, in percent, by set name, in the order of :meth:`share_categories`."""
        return {bar.label(): [bar.at(i) for i in range(bar.count())] for bar in self._share_sets}

    def share_categories(self) -> list[str]:
        """The cells along the shares chart."""
        return [cell.label for cell in self._share_cells]

    def floor_points(self) -> list[tuple[float, float]]:
        """The floor line's end points, empty without a floor."""
        return [(p.x(), p.y()) for p in self._floor.points()]

    def withheld_texts(self) -> list[str]:
        """The lines of the *Not published* list."""
        return [self.withheld.item(i).text() for i in range(self.withheld.count())]

    # -- building --------------------------------------------------------------------------------------

    def _build_wage_chart(self) -> None:
        self._boxes = QBoxPlotSeries()
        self._boxes.setName(self.tr("Middle half of members (median across)"))
        self._boxes.setBoxWidth(0.45)
        self._floor = QLineSeries()
        self._floor.setName(self.tr("Co-op wage floor"))
        self._wage_axis = QBarCategoryAxis()
        self._span_axis = QValueAxis()  # the floor runs across the whole width on a hidden axis
        self._rate_axis = QValueAxis()
        chart = QChart()
        chart.setTitle(self.tr("All-in hourly wage"))
        chart.addSeries(self._boxes)
        chart.addSeries(self._floor)
        chart.addAxis(self._wage_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self._span_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self._rate_axis, Qt.AlignmentFlag.AlignLeft)
        self._boxes.attachAxis(self._wage_axis)
        self._boxes.attachAxis(self._rate_axis)
        self._floor.attachAxis(self._span_axis)
        self._floor.attachAxis(self._rate_axis)
        self._boxes.hovered.connect(self._box_hovered)
        self.wage_chart = chart
        self.wage_view = self._chart_view(chart, self.tr("All-in hourly wage by platform and kind of task, chart"))

    def _build_share_chart(self) -> None:
        names = (self.tr("Unpaid time"), self.tr("Rejected tasks"), self.tr("Hours below the floor"))
        self._share_sets = [QBarSet(name) for name in names]
        self._shares = QBarSeries()
        for bar in self._share_sets:
            self._shares.append(bar)
        self._share_axis = QBarCategoryAxis()
        self._percent_axis = QValueAxis()
        self._percent_axis.setRange(0, 100)
        self._percent_axis.setLabelFormat("%d %%")
        self._percent_axis.setTitleText(self.tr("share, %"))
        chart = QChart()
        chart.setTitle(self.tr("Unpaid time, rejections and hours below the floor"))
        chart.addSeries(self._shares)
        chart.addAxis(self._share_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self._percent_axis, Qt.AlignmentFlag.AlignLeft)
        self._shares.attachAxis(self._share_axis)
        self._shares.attachAxis(self._percent_axis)
        self._shares.hovered.connect(self._bar_hovered)
        self.share_chart = chart
        self.share_view = self._chart_view(chart, self.tr("Shares by platform and kind of task, chart"))

    def _build_rate_cards(self) -> None:
        self.rate_model = QStandardItemModel(0, 5, self)
        headers = (
            self.tr("Platform"),
            self.tr("Project"),
            self.tr("Kind of task"),
            self.tr("Rate"),
            self.tr("Effective"),
        )
        self.rate_model.setHorizontalHeaderLabels(list(headers))
        table = QTableView(self)
        table.setModel(self.rate_model)
        table.setAccessibleName(self.tr("Co-op rate cards"))
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setTabKeyNavigation(False)  # Tab goes on to the buttons; arrows move between rows
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(self.fontMetrics().lineSpacing() + 8)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # the project's name
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.hide()
        self.rate_table = table
        self.rate_note = QLabel(self.tr("Loading…"), self)
        self.rate_note.setTextFormat(Qt.TextFormat.PlainText)
        self.rate_note.setWordWrap(True)

    def _fit_rate_table(self, rows: int) -> None:
        """Compact: as tall as its rows, up to five (more scroll), so the charts keep the room."""
        table = self.rate_table
        shown = max(1, min(rows, 5))
        height = table.horizontalHeader().sizeHint().height() + table.verticalHeader().defaultSectionSize() * shown
        table.setFixedHeight(height + 2 * table.frameWidth())

    def _load_rate_cards(self) -> None:
        """Read the rate cards in the background (the ops helper), as the window reads the releases."""
        ops, source = self._ops, self._rate_card_source
        if ops is None or source is None:
            return
        ops.run(source, success=self.set_rate_cards, failure=lambda error: self.show_rate_card_failure(describe(error)))

    def _chart_view(self, chart: QChart, name: str) -> QChartView:
        view = QChartView(chart, self)
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        name_scroll_area(view, name)
        view.setMinimumSize(420, 240)
        view.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # reachable by Tab, so a screen reader reads its description
        return view

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        month_label = QLabel(self.tr("&Month"), self)
        month_label.setBuddy(self.month_combo)
        top.addWidget(month_label)
        top.addWidget(self.month_combo)
        top.addStretch(1)
        charts = QSplitter(Qt.Orientation.Vertical, self)
        charts.addWidget(self.wage_view)
        charts.addWidget(self.share_view)
        charts.setChildrenCollapsible(False)
        cards = QWidget()
        cards_column = QVBoxLayout(cards)
        cards_column.setContentsMargins(0, 4, 0, 0)
        cards_label = QLabel(self.tr("Co-op &rate cards"), self)
        bold = cards_label.font()
        bold.setBold(True)
        cards_label.setFont(bold)
        cards_label.setBuddy(self.rate_table)
        cards_column.addWidget(cards_label)
        cards_column.addWidget(self.rate_table)
        cards_column.addWidget(self.rate_note)
        left = QWidget()
        left_column = QVBoxLayout(left)
        left_column.setContentsMargins(0, 0, 0, 0)
        left_column.addWidget(charts, 1)
        left_column.addWidget(cards)
        side = QWidget()
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)
        withheld_label = QLabel(self.tr("&Not published, and why"), self)
        withheld_label.setBuddy(self.withheld)
        column.addWidget(withheld_label)
        column.addWidget(self.withheld)
        column.addSpacing(8)
        column.addWidget(QLabel(self.tr("<b>How these figures were made</b>"), self))
        column.addWidget(self.words)
        column.addStretch(1)
        scroll = QScrollArea(self)  # the words may outgrow a small window: they scroll, never clip
        scroll.setWidget(side)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        name_scroll_area(scroll, self.tr("How these figures were made"))
        body = QSplitter(Qt.Orientation.Horizontal, self)
        body.addWidget(left)
        body.addWidget(scroll)
        body.setStretchFactor(0, 3)
        body.setStretchFactor(1, 1)
        body.setChildrenCollapsible(False)
        self.figures = QWidget(self)
        figures = QVBoxLayout(self.figures)
        figures.setContentsMargins(0, 0, 0, 0)
        figures.addLayout(top)
        figures.addWidget(body, 1)
        self.intro = self._intro_page()
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.figures)
        self.pages.addWidget(self.intro)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.buttons)
        resize_within_screen(self, 1120, 820)  # 820 high hid Close at 768
        self._figures_size = self.size()  # the figures' size; the intro page opens at its own
        body.setSizes([780, 320])
        # Tab as the page reads: the month, the left column, the right one, then Close (it came second, as
        # the buttons were made before the page's columns).
        chain = [self.month_combo, self.wage_view, self.share_view, self.rate_table, self.withheld, scroll]
        for before, after in zip([*chain, self.join_button], [*chain[1:], self.join_button, self.buttons], strict=True):
            QWidget.setTabOrder(before, after)

    def _intro_page(self) -> QWidget:
        """What the comparison is, what joining shares (and never shares), and a button to join."""
        page = QWidget(self)
        title = QLabel(self.tr("Compare platforms with the co-op's figures"), page)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)
        words = QLabel(
            self.tr(
                "Once you have joined the co-op ledger, this window shows, month by month, what members earn per "
                "hour on each platform and kind of task, against the co-op's wage floor, with the share of "
                "unpaid time, rejections and hours below the floor, and the co-op's rate cards.\n\n"
                "Joining shares, for each finished day: its date, the type of platform, the kind of task, the "
                "seconds of active and of unpaid work, counts of tasks done and rejected, and what you earned, "
                "signed under a pseudonym. You see each payload before it is sent, and can pause at any time.\n\n"
                "Never shared: your name, e-mail, accounts, tokens or worker ids; task texts, your answers or "
                "addresses; times of day; fees and payouts. Figures are published only for groups large enough, "
                "with noise added, so no one member's days can be read from them."
            ),
            page,
        )
        words.setWordWrap(True)
        words.setTextFormat(Qt.TextFormat.PlainText)
        words.setMaximumWidth(self.fontMetrics().averageCharWidth() * 90)  # a readable line, not the width
        self._intro_width = words.maximumWidth() + 48  # with the page's margins
        row = QHBoxLayout()
        row.addWidget(self.join_button)
        row.addStretch(1)
        column = QVBoxLayout(page)
        column.setContentsMargins(24, 24, 24, 24)
        column.addWidget(title)
        column.addSpacing(8)
        column.addWidget(words)
        column.addSpacing(12)
        column.addLayout(row)
        column.addStretch(1)
        return page

    def _apply_palette(self) -> None:
        """Follow the widget palette (light or dark) so text and lines keep their contrast."""
        palette = self.palette()
        dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
        text = palette.color(QPalette.ColorRole.Text)
        for chart in (self.wage_chart, self.share_chart):
            chart.setTheme(QChart.ChartTheme.ChartThemeDark if dark else QChart.ChartTheme.ChartThemeLight)
            chart.setBackgroundBrush(palette.color(QPalette.ColorRole.Window))
            chart.setPlotAreaBackgroundBrush(palette.color(QPalette.ColorRole.Base))
            chart.setPlotAreaBackgroundVisible(True)
            chart.setBackgroundRoundness(0)
            chart.setMargins(QMargins(4, 4, 4, 0))
            chart.setTitleBrush(text)
            chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
            chart.legend().setLabelColor(text)
        for axis in (self._wage_axis, self._rate_axis, self._share_axis, self._percent_axis):
            axis.setLabelsColor(text)
            axis.setTitleBrush(text)
        self._wage_axis.setGridLineVisible(False)
        self._share_axis.setGridLineVisible(False)
        self._span_axis.setVisible(False)
        self._boxes.setBrush(BOX_FILL_LIGHT if not dark else BOX_COLOUR)
        self._boxes.setPen(QPen(BOX_COLOUR if not dark else BOX_COLOUR.lighter(170), 2))
        for bar, colour in zip(self._share_sets, SHARE_COLOURS, strict=True):
            bar.setColor(colour)
            bar.setBorderColor(colour)
        self._floor.setPen(QPen(text, 2, Qt.PenStyle.DashLine))

    def changeEvent(self, event: QEvent) -> None:
        """Restyle when the palette changes (e.g. the system switches to a dark theme)."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "_floor"):
            self._apply_palette()

    # -- showing a month -------------------------------------------------------------------------------

    def _month_changed(self, index: int) -> None:
        if 0 <= index < len(self._releases):
            self._show(self._releases[index])

    def _show(self, release: Release | None) -> None:
        self._release = release
        cells = release.cells if release else ()
        self._draw_wages([c for c in cells if c.wage is not None], release.floor() if release else None)
        self._draw_shares(list(cells))
        self._list_withheld(release)
        self.words.setText(self._words(release))
        self._describe()

    def _draw_wages(self, cells: list[Cell], floor: tuple[Decimal, str] | None) -> None:
        self._boxes.clear()
        self._wage_axis.clear()
        self._box_tips = {}
        self._wage_cells = cells
        labels = [self._axis_label(c) for c in cells]
        if labels:
            self._wage_axis.append(labels)
        for cell, label in zip(cells, labels, strict=True):
            assert cell.wage is not None
            w = cell.wage
            # No whiskers: the release publishes quartiles only, so both extremes sit on the box's edges.
            q1, median, q3 = float(w.q1), float(w.median), float(w.q3)
            box = QBoxSet(q1, q1, median, q3, q3, label)
            self._boxes.append(box)
            self._box_tips[label] = self.tr(
                "{cell}: median {median} {currency}/h; middle half of members {q1}–{q3} {currency}/h{members}"
            ).format(
                cell=cell.label, median=w.median, q1=w.q1, q3=w.q3, currency=w.currency, members=self._members(cell)
            )
        count = max(1, len(cells))
        self._span_axis.setRange(-0.5, count - 0.5)
        if floor is None:
            self._floor.clear()
        else:
            self._floor.replace([QPointF(-0.5, float(floor[0])), QPointF(count - 0.5, float(floor[0]))])
        for marker in self.wage_chart.legend().markers(self._floor):
            marker.setVisible(floor is not None)
        currency = next((c.wage.currency for c in cells if c.wage), floor[1] if floor else "")
        self._rate_axis.setTitleText(self.tr("{currency} per hour, all-in").format(currency=currency).strip())
        self._fit_wage_range(cells, floor)

    def _fit_wage_range(self, cells: list[Cell], floor: tuple[Decimal, str] | None) -> None:
        values = [v for c in cells if c.wage for v in (c.wage.q1, c.wage.q3)]
        if floor is not None:
            values.append(floor[0])
        if not values:
            self._rate_axis.setRange(0, 1)
            return
        self._rate_axis.setRange(0, float(max(values) * HEADROOM))
        self._rate_axis.applyNiceNumbers()
        self._rate_axis.setLabelFormat("%.0f")

    def _draw_shares(self, cells: list[Cell]) -> None:
        self._share_axis.clear()
        self._share_cells = cells
        labels = [self._axis_label(c) for c in cells]
        if labels:
            self._share_axis.append(labels)
        for bar, key in zip(self._share_sets, SHARES, strict=True):
            bar.remove(0, bar.count())
            # A share the release withheld is drawn as no bar (0); the tooltip and the list say it is missing.
            bar.append([percent(v) if (v := c.shares[key]) is not None else 0.0 for c in cells])
        self._bar_tips = [self._share_tip(c) for c in cells]

    def _axis_label(self, cell: Cell) -> str:
        """Two lines under each cell: platform, then kind of task (long names stay readable).

        Chart labels are rich text; platform and kind names are ``[a-z0-9_-]`` (docs/ledger.md), but they come
        from a server, so they are escaped all the same.
        """
        return f"{html.escape(cell.platform)}<br>{html.escape(cell.task_kind)}"

    def _members(self, cell: Cell) -> str:
        if cell.members is None:
            return ""
        return self.tr("; about %n member(s)", "", int(cell.members.quantize(Decimal(1))))

    def _share_tip(self, cell: Cell) -> str:
        def shown(key: str) -> str:
            value = cell.shares[key]
            return f"{percent(value):.0f} %" if value is not None else self.tr("not published")

        return self.tr("{cell}: unpaid time {u}, rejected tasks {r}, hours below the floor {b}{members}").format(
            cell=cell.label,
            u=shown("unpaid_share"),
            r=shown("rejection_rate"),
            b=shown("below_floor_share"),
            members=self._members(cell),
        )

    def _list_withheld(self, release: Release | None) -> None:
        """Each suppressed cell with its reason, in words; a published cell without its wage says so too."""
        self.withheld.clear()
        if release is None:
            return
        published = {(c.platform, c.task_kind) for c in release.cells}
        mentioned = set()
        for item in release.suppressed:
            key = (item.platform, item.task_kind)
            mentioned.add(key)
            text = (
                self.tr("{cell}: wage not published — {why}")
                if key in published
                else self.tr("{cell}: not published — {why}")
            )
            self.withheld.addItem(text.format(cell=" · ".join(key), why=self.suppression_text(item)))
        threshold = release.wage_threshold
        for cell in release.cells:
            if cell.wage is None and (cell.platform, cell.task_kind) not in mentioned:
                why = self._fewer_than(threshold) if threshold is not None else self.tr("too few members")
                self.withheld.addItem(self.tr("{cell}: wage not published — {why}").format(cell=cell.label, why=why))
        if self.withheld.count() == 0:
            self.withheld.addItem(self.tr("Every cell with members this month was published."))

    def suppression_text(self, item: Suppression) -> str:
        """Why a cell (or its wage) was withheld, in plain words; a reason this version does not know, as given."""
        if item.code is SuppressionCode.OTHER:
            return item.note or self.tr("no reason given")
        return self._fewer_than(item.threshold) if item.threshold is not None else self.tr("too few members")

    def _fewer_than(self, n: object) -> str:
        return self.tr("fewer than %n member(s) (counted with noise)", "", count_of(n))

    # -- words -----------------------------------------------------------------------------------------

    def _words(self, release: Release | None) -> str:
        if release is None:
            text = self.tr(
                "No month has been published yet, or none was fetched: each sync with the co-op ledger fetches "
                "the months published since. The co-op publishes each month's figures once, after the month is "
                "over."
            )
            problems = getattr(self, "_problems", [])
            if problems:
                text += " " + self.tr("Could not read: {what}").format(what="; ".join(problems))
            return text
        parts = [
            self.tr(
                "{month}: %n platform and kind-of-task pair(s) published. Figures are estimates with random noise "
                "added, so that no member's own figures can be worked out from them.",
                "",
                len(release.cells),
            ).format(month=release.month),
            *settings_words(release.settings),
        ]
        problems = getattr(self, "_problems", [])
        if problems:
            parts.append(self.tr("Some months could not be read: {what}").format(what="; ".join(problems)))
        return "\n\n".join(parts)

    def _describe(self) -> None:
        """Give screen readers the charts' figures as text."""
        self.wage_view.setAccessibleDescription("; ".join(self._box_tips.values()) or self.tr("no wage published"))
        self.share_view.setAccessibleDescription("; ".join(self._bar_tips) or self.tr("no cell published"))

    # -- hover -----------------------------------------------------------------------------------------

    def _box_hovered(self, status: bool, box: QBoxSet) -> None:
        if status:
            QToolTip.showText(QCursor.pos(), self._box_tips.get(box.label(), ""), self.wage_view)
        else:
            QToolTip.hideText()

    def _bar_hovered(self, status: bool, index: int, _bar: QBarSet) -> None:
        if status and 0 <= index < len(self._bar_tips):
            QToolTip.showText(QCursor.pos(), self._bar_tips[index], self.share_view)
        else:
            QToolTip.hideText()
