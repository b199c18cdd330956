"""Platform adapters: where tasks come from and results go back (batch files first)."""
