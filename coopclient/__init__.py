"""coopclient: the desktop app of a workers' cooperative of data annotators.

Layers (enforced by import-linter, see pyproject.toml): ``core`` is the pure domain; ``storage`` and
``platforms`` do I/O; ``sync`` relays the outbox; ``services`` wire them into use cases; ``ui`` is the only
package that imports Qt; ``app`` is the composition root and ``cli`` the command line.
"""

__version__ = "0.1.0"
