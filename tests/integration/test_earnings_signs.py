"""Each earnings kind keeps its sign: what contradicts the kind is refused, never silently flipped."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coopclient.core.money import Money
from coopclient.services.container import Services
from coopclient.services.earnings import EarningKind, EarningsError

AMOUNTS = st.decimals(min_value=Decimal("-1000"), max_value=Decimal("1000"), places=2, allow_nan=False)


@settings(max_examples=80, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(kind=st.sampled_from(list(EarningKind)), amount=AMOUNTS)
def test_the_stored_sign_is_the_kind_s_or_the_entry_is_refused(
    services: Services, kind: EarningKind, amount: Decimal
) -> None:
    money = Money(amount, "EUR")
    if kind.sign > 0 and amount < 0:
        with pytest.raises(EarningsError, match=f"a {kind.value} is money received"):
            services.earnings.add(kind, money)
        return
    entry = services.earnings.add(kind, money)
    expected = amount if kind.sign == 0 else abs(amount) * kind.sign
    assert entry.amount == Money(expected, "EUR")
