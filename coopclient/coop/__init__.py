"""The member's co-op side: what is shared with the co-op ledger and how it is checked (sharing, its relay,
checks, policy, the ledger client, invites)."""
