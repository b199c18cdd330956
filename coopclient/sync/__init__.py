"""Sync: the relay that delivers outbox rows to platforms exactly once (filled in by the platform issues).

The outbox table itself is created by the store's first migration, so results written today already carry
their outbox rows when a platform needs them.
"""
