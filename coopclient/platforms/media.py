"""Media referenced by task data, and where a copy for offline work is kept.

A data value is a media reference when it is a server-relative upload path (``/data/...``, as Label Studio
serves uploads) or a URL. Only references on the platform's own origin are downloaded, with the member's
credentials; a URL elsewhere is never fetched (it would leak the member's network identity and its content
cannot be vouched for), so it is recorded as not available offline.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterable, Mapping
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING
from urllib.parse import parse_qs, unquote, urljoin, urlsplit

from coopclient.core.platform import PlatformError

if TYPE_CHECKING:
    import httpx

MAX_MEDIA_BYTES = 512 * 1024 * 1024
_SERVER_PATH = "/data/"
_URL_SCHEMES = ("http://", "https://", "s3://", "gs://", "azure-blob://")
_SUFFIX = re.compile(r"\.[A-Za-z0-9]{1,8}")


class MediaTooLarge(OSError):
    """A media file larger than :data:`MAX_MEDIA_BYTES`."""


def media_refs(data: Mapping[str, object]) -> dict[str, str]:
    """The data keys whose values reference media (upload paths or URLs), with those values."""
    return {
        key: value
        for key, value in data.items()
        if isinstance(value, str) and (value.startswith(_SERVER_PATH) or value.lower().startswith(_URL_SCHEMES))
    }


def same_origin_url(value: str, base_url: str) -> str | None:
    """The absolute URL of a media reference if it is on ``base_url``'s origin (scheme, host, port), else None."""
    absolute = urljoin(base_url.rstrip("/") + "/", value)
    ref, base = urlsplit(absolute), urlsplit(base_url)
    if (ref.scheme, ref.netloc.lower()) != (base.scheme, base.netloc.lower()):
        return None
    return absolute


def cache_path(media_dir: Path, url: str) -> Path:
    """Where the copy of ``url`` lives: ``<sha256 of the URL><suffix>`` in ``media_dir``."""
    return media_dir / (hashlib.sha256(url.encode()).hexdigest() + _suffix(url))


def save_chunks(chunks: Iterable[bytes], target: Path, limit: int = MAX_MEDIA_BYTES) -> None:
    """Write a download to ``target`` atomically: a partial file never takes the final name.

    Raises:
        MediaTooLarge: more than ``limit`` bytes arrived (nothing is kept).
        OSError: the file could not be written (nothing is kept).
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".part")
    try:
        with partial.open("wb") as handle:
            written = 0
            for chunk in chunks:
                written += len(chunk)
                if written > limit:
                    raise MediaTooLarge(f"larger than {limit // (1024 * 1024)} MB")
                handle.write(chunk)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)


def _suffix(url: str) -> str:
    """The file suffix of a URL's path, or of Label Studio's ``?d=`` local-files parameter; "" if none."""
    parts = urlsplit(url)
    candidates = [unquote(parts.path), *parse_qs(parts.query).get("d", [])]
    for candidate in candidates:
        suffix = PurePosixPath(candidate).suffix
        if _SUFFIX.fullmatch(suffix):
            return suffix.lower()
    return ""


def fetch_copies(client: httpx.Client, data: Mapping[str, object], base_url: str, media_dir: Path) -> dict[str, str]:
    """Download the task's media on ``base_url``'s origin into ``media_dir`` (kept: not fetched again).

    Args:
        client: an authenticated client for the platform: only same-origin URLs are requested with it.
        data: the task's data.
        base_url: the platform's URL.
        media_dir: the cache folder.

    Returns:
        data key -> local path, for the copies that exist. A failed download or a URL on another host leaves
        its key out: that media is not available offline.
    """
    copies: dict[str, str] = {}
    for key, value in media_refs(data).items():
        url = same_origin_url(value, base_url)
        if url is None:
            continue  # another host: never fetched, so never sent the member's token or address
        target = cache_path(media_dir, url)
        if target.exists() or _download(client, url, target):
            copies[key] = str(target)
    return copies


def _download(client: httpx.Client, url: str, target: Path) -> bool:
    import httpx  # loaded by the client's adapter already; kept off the app's start-up path

    try:
        with client.stream("GET", url, headers={"Accept": "*/*"}) as response:
            if response.status_code != 200:
                return False
            save_chunks(response.iter_bytes(), target)
    except (httpx.HTTPError, PlatformError, OSError):  # PlatformError: the token was refused mid-pull
        return False
    return True
