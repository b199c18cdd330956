"""The commands of the money: the wage floor, exchange rates, and earnings (bonuses, fees, payouts, a
rejected task's reversal).
"""

from __future__ import annotations

import argparse
from decimal import Decimal, InvalidOperation

from coopclient.app import Environment
from coopclient.cli.common import UsageError
from coopclient.cli.statements import cmd_earnings_import, cmd_reminders
from coopclient.core.money import Money
from coopclient.services.container import Services
from coopclient.services.earnings import EarningKind


def cmd_floor(s: Services, a: argparse.Namespace, env: Environment) -> int:
    if a.floor_action == "show":
        floors = s.earnings.floors()
        for f in floors:
            factors = ", ".join(f"{k}×{v}" for k, v in f.regional_factors.items())
            env.out(f"from {f.effective}: {f.hourly} per hour" + (f" ({factors})" if factors else ""))
        if not floors:
            env.out("no wage floor set")
        return 0
    hourly = Money.parse(f"{a.amount} {a.currency}")
    floor = s.earnings.set_floor(hourly, a.effective, dict(_factor(text) for text in a.region_factor))
    env.out(f"wage floor: {floor.hourly} per hour from {floor.effective}")
    return 0


def _factor(text: str) -> tuple[str, Decimal]:
    region, _, value = text.partition("=")
    try:
        factor = Decimal(value)
    except InvalidOperation:
        raise UsageError(f"--region-factor {text!r}: expected REGION=FACTOR, e.g. KE=0.45") from None
    if not region or not factor.is_finite() or factor <= 0:
        raise UsageError(f"--region-factor {text!r}: expected REGION=FACTOR with a positive factor")
    return region, factor


def cmd_rates(s: Services, a: argparse.Namespace, env: Environment) -> int:
    count = s.earnings.import_rates(a.file)
    env.out(f"imported {count} exchange rates from {a.file}")
    return 0


def cmd_earnings(s: Services, a: argparse.Namespace, env: Environment) -> int:
    if a.earnings_action == "import":
        return cmd_earnings_import(s, a, env)
    if a.earnings_action == "reminders":
        return cmd_reminders(s, a, env)
    if a.earnings_action == "reject":
        entry = s.earnings.reject(a.task, a.note)
    else:
        amount = Money.parse(f"{a.amount} {a.currency}")
        entry = s.earnings.add(EarningKind(a.kind), amount, a.date, a.platform, a.task, a.note)
    env.out(f"recorded {entry.kind.value} {entry.amount} on {entry.day}")
    return 0
