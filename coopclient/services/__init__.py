"""Use cases wiring the core and storage together: timing work, saving results, importing batches, reports."""
