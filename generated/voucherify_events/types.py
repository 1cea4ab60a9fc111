"""Contains some shared types for properties"""

import datetime
from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar

from attrs import define


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()

# Bound once: models call these for every date they read.
parse_datetime = datetime.datetime.fromisoformat
parse_date = datetime.date.fromisoformat
_UTC_OFFSET = datetime.timedelta(0)


def format_datetime(value: datetime.datetime) -> str:
    """ISO 8601 as Voucherify writes it (milliseconds, `Z` for UTC), so a parsed payload writes back unchanged."""
    if value.microsecond % 1000 == 0 and value.utcoffset() == _UTC_OFFSET:
        return value.isoformat(timespec="milliseconds").replace("+00:00", "Z")
    return value.isoformat()


# What reading a value of an unexpected shape can raise; models keep such a value as it came.
PARSE_ERRORS = (TypeError, ValueError, AttributeError, KeyError, IndexError, OverflowError)


def http_status(code: int) -> HTTPStatus | int:
    """The status as an HTTPStatus, or the plain int for codes outside the IANA registry (499, 520, 529)."""
    try:
        return HTTPStatus(code)
    except ValueError:
        return code


def deep_object(name: str, value: object) -> dict[str, Any]:
    """Flatten a query parameter of style deepObject: {"a": {"b": ["x"]}} -> {"name[a][b][0]": "x"}."""
    flat: dict[str, Any] = {}
    _flatten(name, value, flat)
    return flat


def _flatten(prefix: str, value: object, flat: dict[str, Any]) -> None:
    if isinstance(value, Mapping):
        for key, item in value.items():
            _flatten(f"{prefix}[{key}]", item, flat)
    elif isinstance(value, (list, tuple)):
        for index, item in enumerate(value):
            _flatten(f"{prefix}[{index}]", item, flat)
    elif isinstance(value, bool):
        flat[prefix] = "true" if value else "false"
    elif value is not None and not isinstance(value, Unset):
        flat[prefix] = value


# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus | int
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


__all__ = [
    "PARSE_ERRORS",
    "UNSET",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "Unset",
    "deep_object",
    "format_datetime",
    "http_status",
    "parse_date",
    "parse_datetime",
]
