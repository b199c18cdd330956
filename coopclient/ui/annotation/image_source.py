"""Where the local file of a task's image is, if it has one.

Images are only ever read from this computer. For a task pulled from a platform (which has a ``media``
mapping), that is the local copy the pull kept, and nothing else: a path in the platform's data is the
platform's, not the member's. For other tasks, an absolute path or a ``file://`` URL. Anything else
(``http(s)://``, cloud-storage URLs, Label Studio's server paths such as ``/data/upload/...``, relative
paths) is not available offline and is never fetched.

Pure: no Qt.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from urllib.parse import urlsplit

SERVER_PATH = "/data/"
"""How Label Studio's server-relative upload paths start."""
_LOCAL_HOSTS = ("", "localhost")


def local_image_path(value: object, key: str, media: Mapping[str, str | None] | None) -> Path | None:
    """The local file to show for the image in data field ``key`` (whose value is ``value``), or None.

    Args:
        value: the task data value, an image path or URL.
        key: the task data key the image object reads.
        media: data key -> local copy (None when the copy is not available offline) of a pulled task, or None
            for a task that was not pulled from a platform.

    Returns:
        The path of a local file (which may still be missing or unreadable), or None when the image is
        not available offline.
    """
    if media is not None:  # a task pulled from a platform: only the copy the pull made is ours to read
        copy = media.get(key)
        return _as_local_path(copy) if isinstance(copy, str) and copy.strip() else None
    if not isinstance(value, str) or value.startswith(SERVER_PATH):
        return None
    return _as_local_path(value)


def _as_local_path(reference: str) -> Path | None:
    """``reference`` as an absolute local path if it is one (or a ``file://`` URL on this computer)."""
    reference = reference.strip()
    parts = urlsplit(reference)
    if parts.scheme.lower() == "file":
        if parts.netloc.lower() not in _LOCAL_HOSTS:
            return None  # a file on another computer: never reached over the network
        from urllib.request import url2pathname  # urllib.request pulls in http and ssl: not at start-up

        path = Path(url2pathname(parts.path))
    elif len(parts.scheme) > 1:
        return None  # http, https, s3, gs, data…
    else:
        path = Path(reference)  # a plain path; a one-letter "scheme" is a Windows drive
    return path if path.is_absolute() else None
