"""The frozen (PyInstaller) build's smoke tests."""
