"""CVAT (server 2.48+, cvat-sdk 2.80.0's API): assigned jobs, their frames and rectangles; see :mod:`.adapter`."""

from coopclient.platforms.cvat.adapter import CvatAdapter

__all__ = ["CvatAdapter"]
