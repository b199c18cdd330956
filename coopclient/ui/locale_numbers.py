"""Numbers and money as the member's language writes them, and read back as they type them.

The default :class:`~PySide6.QtCore.QLocale` is the language's (set at start, see
:func:`coopclient.ui.application.desktop_app`): French and Spanish write "12,50 €", English "€12.50". Amounts
stay :class:`~decimal.Decimal` all the way: the digits come from Python's exact formatting, only the separators
and the currency sign from the locale.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QDate, QLocale

from coopclient.core.money import Money

_SIGNS = {"EUR": "€", "USD": "$", "GBP": "£", "JPY": "¥", "INR": "₹", "PHP": "₱", "NGN": "₦", "KES": "KSh"}
_SPACES = ("\u00a0", "\u202f", " ")


def number_text(value: Decimal, places: int = 2, locale: QLocale | None = None) -> str:
    """``value`` rounded to ``places`` with the locale's decimal and group separators ("1 234,50")."""
    locale = locale or QLocale()
    english = f"{value:,.{places}f}"
    point, group = locale.decimalPoint(), locale.groupSeparator()
    return english.replace(",", "\0").replace(".", point).replace("\0", group)


def _english(locale: QLocale) -> bool:
    return locale.language() in (QLocale.Language.English, QLocale.Language.C)


def money_text(money: Money, locale: QLocale | None = None) -> str:
    """``money`` rounded to its currency's minor units, as the locale writes it: "12,50 €" in French and
    Spanish, "€ 12.50" in Swahili; a currency without a sign is written with its code. English keeps the app's
    own "12.50 EUR" (the code after the amount, as on the command line and in reports)."""
    locale = locale or QLocale()
    rounded = money.rounded()
    if _english(locale):
        return str(rounded)
    amount, places = rounded.amount, max(0, -int(rounded.amount.as_tuple().exponent))
    sign = _SIGNS.get(money.currency, money.currency)
    # Qt places the sign (before or after, with or without a space); the digits are ours, exact.
    shaped = locale.toCurrencyString(1.0, "\u0001", 0)
    digits = number_text(abs(amount), places, locale)
    text = shaped.replace(locale.toString(1), digits, 1).replace("\u0001", sign)
    return ("-" if amount < 0 else "") + text


def date_text(day: date, locale: QLocale | None = None) -> str:
    """A day as the locale writes it briefly ("07/12/2026" in French); English keeps ISO 8601 ("2026-12-07")."""
    locale = locale or QLocale()
    shown = QDate(day.year, day.month, day.day)
    return day.isoformat() if _english(locale) else locale.toString(shown, QLocale.FormatType.ShortFormat)


def typed_decimal(text: str, locale: QLocale | None = None) -> str:
    """A number as typed in the locale ("12,50", "1 234,50", "1.234,50" in Spanish) as the plain decimal
    text the core reads ("12.50", "1234.50"); text that is not a number comes back for the core to refuse.

    A point in a locale whose decimal sign is a comma is read as a decimal point when no comma is typed
    ("12.50" stays 12.50): members often type the English way, and a floor is never in thousands."""
    locale = locale or QLocale()
    point, group = locale.decimalPoint(), locale.groupSeparator()
    cleaned = text.strip()
    for space in _SPACES:
        cleaned = cleaned.replace(space, "")
    if point == "." or point not in cleaned:
        return cleaned if point == "." else cleaned.replace(group, "") if group != "." else cleaned
    return cleaned.replace(group, "").replace(point, ".")
