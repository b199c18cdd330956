"""The ledger protocol, pure and shared by the server and the app: canonical JSON, signatures, the Merkle
tree and its checkpoints, entry schemas and the monthly release's types (docs/ledger.md)."""
