"""Small dialogs of the desktop app.

Each dialog takes plain data in and returns the member's choice; none touches the database, the keyring or
the network. The window opens them, reads the result, and does any I/O in the background (``ui/ops.py``).
"""
