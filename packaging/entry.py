"""The frozen app's entry point: the ``coopclient`` command (desktop app or command line, as the launcher decides).

``freeze_support`` first: a frozen program has no ``python -c`` for multiprocessing's children (the ledger
server's ``--workers N`` starts them), so they come back through this executable and must stop here.
"""

from __future__ import annotations

import multiprocessing

if __name__ == "__main__":
    multiprocessing.freeze_support()
    from coopclient.launcher import main

    raise SystemExit(main())
