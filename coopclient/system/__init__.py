"""The operating system, behind the interfaces the services take: the clock and the zone database."""
