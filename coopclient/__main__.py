"""``python -m coopclient``: the desktop app with no command, else the command line."""

from coopclient.launcher import main

raise SystemExit(main())
