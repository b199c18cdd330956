"""Label Studio's name in the catalogue, apart from the adapter so naming it does not import httpx.

The services name the platform when the app starts (the known platforms, the accounts' rows); the adapter,
and httpx with it (about a second of the start-up), is imported only when an account is reached.
"""

from __future__ import annotations

PLATFORM = "label-studio"
