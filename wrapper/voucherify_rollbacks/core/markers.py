"""Markers: a token of one call (or one bulk run) carried in the rollback request's metadata, so that a rollback
found later can be told to be this call's own, someone else's, or unproven, without trusting clocks or reasons.

Voucherify keeps no idempotency key; what it keeps is the metadata a rollback request carries (`metadata` of the
`RedemptionRollback` it stores). A marker is opt-in for single calls (`marker=new_marker()`) and on by default for bulk
runs. A project whose metadata schema refuses the key answers `metadata_validation_failed` (nothing applied): the
call is then sent again without it, and its authorship rests on the other evidence.
"""

from __future__ import annotations

import secrets
from collections.abc import Mapping
from typing import Any

from .._constants import MARKER_METADATA_KEY, MARKER_PREFIX
from ..errors import InvalidArgumentError, InvalidArgumentTypeError


def new_marker() -> str:
    """A fresh marker: unguessable, URL- and JSON-safe, recognisable in a dashboard (`vrm_` + 20 hex digits)."""
    return MARKER_PREFIX + secrets.token_hex(10)


def with_marker(metadata: Any, marker: str | None) -> Any:
    """The request's metadata with the marker added (the caller's own keys kept); unchanged without a marker."""
    if marker is None:
        return metadata
    if not isinstance(marker, str) or not marker or not marker.isprintable():
        raise InvalidArgumentError(f"marker must be a non-empty printable string, got {marker!r}", argument="marker")
    if metadata is None:
        return {MARKER_METADATA_KEY: marker}
    if not isinstance(metadata, Mapping):
        raise InvalidArgumentTypeError(
            "metadata must be a mapping when a marker is sent (the marker is one of its keys)", argument="metadata"
        )
    return {**metadata, MARKER_METADATA_KEY: marker}


def marker_of(metadata: object) -> str | None:
    """The marker a stored rollback carries in its metadata, or None when it carries none."""
    if isinstance(metadata, Mapping):
        value = metadata.get(MARKER_METADATA_KEY)
        return value if isinstance(value, str) and value else None
    return None
