"""The settings a release states (``coopclient.server.aggregates.describe_settings``), in sentences for the
*How these figures were made* text of Compare platforms (:mod:`coopclient.ui.views.compare_view`).

Translated in the ``CompareView`` context, where the view's own strings are.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QCoreApplication

# -- the release's settings in words ----------------------------------------------------------------------

# Shown as they are: scalars the sentences below do not cover (a later settings field is still stated).
_STATED = frozenset(
    {"privacy_unit", "epsilon", "epsilon_per_cell", "mechanisms", "min_count", "min_count_wage", "wage_bounds",
     "share_bounds", "max_cells", "floor", "fx", "currency", "wage_rank_tolerance", "wage_miss_probability"}
)  # fmt: skip


def _accuracy_words(settings: Mapping[str, Any]) -> str:
    """The accuracy rule behind the wage threshold, when the release states one (percentages)."""
    try:
        tolerance = Decimal(str(settings["wage_rank_tolerance"])) * 100
        miss = Decimal(str(settings["wage_miss_probability"])) * 100
    except (KeyError, InvalidOperation):
        return ""  # an older release, or the rule switched off ("none")
    if not (tolerance.is_finite() and miss.is_finite()):
        return ""
    return QCoreApplication.translate(
        "CompareView",
        "From there, each quartile is within {tolerance} % of the members of where it belongs, "
        "except in {miss} % of releases; below it, the noise would outweigh the wages.",
    ).format(tolerance=format(tolerance.normalize(), "f"), miss=format(miss.normalize(), "f"))


def count_of(value: object) -> int:
    """A count from the published settings (JSON: an int, or a number written as text) for a plural form."""
    try:
        return int(Decimal(str(value)).quantize(Decimal(1)))
    except (InvalidOperation, ValueError):
        return 0  # absent or unreadable: the sentence that uses it is not shown


def _mapping(settings: Mapping[str, Any], key: str) -> Mapping[str, Any]:
    value = settings.get(key)
    return value if isinstance(value, Mapping) else {}


def _short(value: object, places: int = 4) -> str:
    """A decimal string shortened for reading (``"0.083333"`` -> ``"0.0833"``); anything else as it is."""
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        return str(value)
    exponent = number.as_tuple().exponent
    if not isinstance(exponent, int) or exponent >= -places:  # not finite, or short enough already
        return str(value)
    return str(number.quantize(Decimal(1).scaleb(-places)).normalize())


def settings_words(settings: Mapping[str, Any]) -> list[str]:
    """The release's settings (``coopclient.server.aggregates.describe_settings``) as sentences.

    Translated in the ``CompareView`` context, where the view's own strings are: the context is written out in
    each call because lupdate files a string under the context it reads at the call (a ``tr`` passed in would
    file these under none).

    Args:
        settings: the release's ``settings`` object.
    """
    words: list[str] = []
    epsilon = _mapping(settings, "epsilon")
    unit = settings.get("privacy_unit", "member-month")
    if epsilon:
        parts = {k: v for k, v in epsilon.items() if k != "total"}
        total = epsilon.get("total") or str(sum((Decimal(str(v)) for v in parts.values()), Decimal(0)))
        words.append(
            QCoreApplication.translate(
                "CompareView", "Privacy budget: ε = {total} per {unit} ({parts}); the smaller ε, the more noise."
            ).format(total=total, unit=unit, parts=", ".join(f"{k} {v}" for k, v in parts.items()))
        )
    per_cell = _mapping(settings, "epsilon_per_cell")
    if per_cell and settings.get("max_cells") is not None:
        words.append(
            QCoreApplication.translate(
                "CompareView",
                # Worded so that any count reads right: lupdate reads no plural form in a translate() call.
                "Platform and kind-of-task pairs a member's month counts in: at most {n}, so each pair gets a "
                "share of the budget: {parts}.",
            ).format(n=settings["max_cells"], parts=", ".join(f"{k} ε {_short(v)}" for k, v in per_cell.items()))
        )
    elif settings.get("max_cells") is not None:
        words.append(
            QCoreApplication.translate(
                "CompareView", "Platform and kind-of-task pairs a member's month counts in: at most {n}."
            ).format(n=settings["max_cells"])
        )
    if settings.get("min_count") is not None:
        words.append(
            QCoreApplication.translate(
                "CompareView", "A pair is published only when its member count, with noise, is {n} or more."
            ).format(n=settings["min_count"])
        )
    if settings.get("min_count_wage") is not None:
        words.append(
            QCoreApplication.translate("CompareView", "Members a pair needs before its wage is published: {n}.").format(
                n=settings["min_count_wage"]
            )
        )
    accuracy = _accuracy_words(settings)
    if accuracy:
        words.append(accuracy)
    floor = _mapping(settings, "floor")
    currency = str(floor.get("currency", ""))
    bounds = settings.get("wage_bounds")
    if isinstance(bounds, Sequence) and not isinstance(bounds, str) and len(bounds) == 2:
        words.append(_bounds_words(bounds[0], bounds[1], currency))
    if "hourly" in floor:
        words.append(
            QCoreApplication.translate("CompareView", "The co-op's wage floor: {floor} {currency} an hour.").format(
                floor=floor["hourly"], currency=currency
            )
        )
    fx = _mapping(settings, "fx")
    if fx:
        rates = ", ".join(f"1 {code} = {_short(rate)} {currency}" for code, rate in fx.items())
        words.append(QCoreApplication.translate("CompareView", "Exchange rates used: {rates}.").format(rates=rates))
    mechanisms = _mapping(settings, "mechanisms")
    if mechanisms:
        words.append(
            QCoreApplication.translate("CompareView", "Noise: {what}.").format(
                what="; ".join(f"{k}: {v}" for k, v in mechanisms.items())
            )
        )
    others = {k: v for k, v in settings.items() if k not in _STATED and not isinstance(v, Mapping | list)}
    if others:
        words.append(
            QCoreApplication.translate("CompareView", "Also: {settings}.").format(
                settings=", ".join(f"{k} = {v}" for k, v in others.items())
            )
        )
    return words


def _bounds_words(low: object, high: object, currency: str) -> str:
    """How the release clamped wages. From 0 up (releases since the floor stopped being the lower bound), a
    wage under the floor counts as it is, and the view says so: it is what the comparison is for."""
    if _is_zero(low):
        text = QCoreApplication.translate(
            "CompareView",
            "Wages count as they are from 0 up, so a platform paying under the floor shows under it; "
            "a wage above {high} {currency} an hour counts as {high}.",
        ).format(high=high, currency=currency)
    else:
        text = QCoreApplication.translate(
            "CompareView",
            "Wages count between {low} and {high} {currency} an hour; a wage outside counts as the nearer bound.",
        ).format(low=low, high=high, currency=currency)
    return text.replace("  ", " ")


def _is_zero(value: object) -> bool:
    try:
        return Decimal(str(value)) == 0
    except ArithmeticError:
        return False
