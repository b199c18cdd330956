"""The treasurer's side of the co-op ledger: keys, invites, policies and releases (room for reconciliation
and the books)."""
