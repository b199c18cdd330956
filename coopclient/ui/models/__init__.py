"""Qt item models over the services' read models: they hold ids and load rows lazily in the background."""
