"""The estimated wage in words and colour, as the earnings panel says its verdict: "About 4.10 €/h (3.20 €/h
to 5.00 €/h for half your tasks) — 8.40 €/h below the floor", on the floor's colour chip; or that there is
not enough history yet. Used by the import dialog and the manual timer dialog (issue 15, part 2)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from coopclient.core.estimate import Estimate, NotEnoughHistory
from coopclient.core.money import Money
from coopclient.ui.locale_numbers import money_text
from coopclient.ui.views.earnings_panel import Standing, floor_standing, paint_standing


def hourly_text(wage: Money) -> str:
    """ "4,10 €/h"."""
    return QCoreApplication.translate("EarningsPanel", "{amount}/h").format(amount=money_text(wage))


def against_floor(wage: Money, floor: Money | None) -> tuple[str, Standing | None]:
    """ "— 8.40 €/h below the floor" (or above it, or how to see it) and the standing it is coloured by."""
    standing = floor_standing(wage, floor)
    if standing is None or floor is None:
        return QCoreApplication.translate("EarningsPanel", "— set the wage floor to see how it compares"), None
    if standing is Standing.BELOW:
        return QCoreApplication.translate("EarningsPanel", "— {diff} below the floor").format(
            diff=hourly_text(floor - wage)
        ), standing
    return QCoreApplication.translate("EarningsPanel", "— {diff} above the floor").format(
        diff=hourly_text(wage - floor)
    ), standing


def estimate_words(result: Estimate | NotEnoughHistory, floor: Money | None) -> tuple[str, Standing | None]:
    """The sentence for an estimate from the member's pace, and its standing against the floor."""
    if isinstance(result, NotEnoughHistory):
        text = QCoreApplication.translate(
            "EarningsPanel", "No estimate: not enough history yet ({have} of {need} tasks of this kind finished)."
        )
        return text.format(have=result.have, need=result.need), None
    verdict, standing = against_floor(result.median, floor)
    text = QCoreApplication.translate(
        "EarningsPanel", "About {wage} ({low} to {high} for half your tasks, from your pace on {count} tasks) {verdict}"
    )
    return (
        text.format(
            wage=hourly_text(result.median),
            low=hourly_text(result.low),
            high=hourly_text(result.high),
            count=result.tasks,
            verdict=verdict,
        ),
        standing,
    )


def announced_words(wage: Money, floor: Money | None) -> tuple[str, Standing | None]:
    """The sentence for a web task's announced reward over its expected time."""
    verdict, standing = against_floor(wage, floor)
    return QCoreApplication.translate("EarningsPanel", "About {wage} as announced {verdict}").format(
        wage=hourly_text(wage), verdict=verdict
    ), standing


def show(label: QLabel, words: tuple[str, Standing | None]) -> None:
    """Put the sentence on a label, on the floor's colour when it has a standing."""
    text, standing = words
    label.setText(text)
    paint_standing(label, standing)
    label.setVisible(bool(text))
    window = label.window()
    if window is not label and window.isVisible():
        window.adjustSize()  # a wrapped sentence of two or three lines was cut to one: the dialog grows to it
