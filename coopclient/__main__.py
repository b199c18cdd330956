"""``python -m coopclient`` runs the command line (and, with no command, the desktop app)."""

from coopclient.cli import main

raise SystemExit(main())
