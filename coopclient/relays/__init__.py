"""The relays: each outbox row delivered to its platform exactly once, read (database) → send (network) →
record (database), with full-jitter backoff between tries (the co-op ledger's relay is in ``coop``)."""
