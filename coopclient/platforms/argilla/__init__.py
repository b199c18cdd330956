"""Argilla 2.8 (argilla-server): the member's datasets, pending records and responses; see :mod:`.adapter`."""

from coopclient.platforms.argilla.adapter import ArgillaAdapter

__all__ = ["ArgillaAdapter"]
