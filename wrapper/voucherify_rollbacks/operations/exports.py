"""Exports of redemptions (facts §12): Voucherify writes a CSV of every redemption or rollback a filter selects, which
picks a bulk run's targets ("every redemption of campaign X last Tuesday") without listing windows by hand.

Three steps: `POST /v1/exports` (`exported_object: redemption`), `GET /v1/exports/{id}` until its status is DONE
(or ERROR), then the CSV from `result.url`, on the region's download host (`https://download.voucherify.io` for
`https://api.voucherify.io`, `us1.download…` for `us1.api…`), authorised by a token the URL carries. The first two
are plans here (`export_plan`); the download is `_http.download`'s, and this module reads its file into typed rows
(`ExportedRedemption`, `read_rows`).

The exports spec (`exports.json`, vendored under tests/data/upstream-65c33a7a) is not part of the generated client,
so the two requests are built here: a body of a few fixed keys, a path with the export's id.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime
import decimal
import io
import json
import time
from collections.abc import AsyncIterator, Iterable, Iterator, Mapping, Sequence
from types import MappingProxyType
from typing import IO, Any
from urllib.parse import parse_qsl, quote, urlsplit

import httpx

from .._constants import (
    EXPORT_API_LABEL,
    EXPORT_DOWNLOAD_LABEL,
    EXPORT_MAX_POLLS,
    EXPORT_POLL_FACTOR,
    EXPORT_POLL_INITIAL,
    EXPORT_POLL_MAX,
    MARKER_METADATA_KEY,
)
from ..core.options import is_loopback
from ..core.plans import CallOptions, Plan, Request, Sleep, send
from ..core.retries import parse_retry_after
from ..errors import (
    APIConnectionError,
    ExportDeadlineError,
    ExportDownloadError,
    ExportFailedError,
    InvalidArgumentError,
    InvalidArgumentTypeError,
    MalformedResponseError,
)

# The fields a redemption export may hold (`ExportRedemptionFields` in exports.json); the CSV has one column each.
REDEMPTION_EXPORT_FIELDS = (
    "id",
    "object",
    "date",
    "voucher_code",
    "campaign",
    "promotion_tier_id",
    "customer_id",
    "customer_source_id",
    "customer_name",
    "tracking_id",
    "order_id",
    "order_amount",
    "gift_amount",
    "loyalty_points",
    "result",
    "failure_code",
    "failure_message",
    "metadata",
)
"""The fields a redemption export may ask for (exports.json), each a column of `ExportedRedemption`."""
# What a bulk run needs of each row, and what Voucherify exports when `fields` is left out.
DEFAULT_EXPORT_FIELDS = ("id", "object", "date", "voucher_code", "customer_id", "result")
EXPORT_STATUSES = ("SCHEDULED", "IN_PROGRESS", "DONE", "ERROR")
_INTEGER_FIELDS = ("order_amount", "gift_amount", "loyalty_points")


@dataclasses.dataclass(frozen=True)
class Export:
    """An export as `GET /v1/exports/{id}` shows it: `status` is SCHEDULED, IN_PROGRESS, DONE or ERROR (or a newer
    value, kept as sent); `url` is where its CSV is, once DONE (it carries the download token: never in a repr)."""

    id: str
    status: str | None
    exported_object: str | None = None
    created_at: str | None = None
    url: str | None = dataclasses.field(default=None, repr=False)
    raw: Mapping[str, Any] = dataclasses.field(default_factory=dict, repr=False, compare=False)

    def to_dict(self) -> dict[str, Any]:
        """The export as the API sent it, the download URL's query (its token) left out."""
        data = dict(self.raw)
        result = data.get("result")
        if isinstance(result, Mapping) and isinstance(result.get("url"), str):
            data["result"] = {**result, "url": str(result["url"]).split("?", 1)[0]}
        return data


@dataclasses.dataclass(frozen=True, slots=True)
class ExportedRedemption:
    """One row of a redemption export, typed: every column you asked for (`fields`) is an attribute, None when the
    cell is empty or the column was not exported. `date` is a UTC datetime; the amounts and points are integers;
    `metadata` is the JSON object of a `metadata` column (or of `metadata.KEY` columns). A column the SDK does not
    know, or a cell it cannot read as its type, is in `extra` as the text sent."""

    id: str | None = None
    object: str | None = None
    date: datetime.datetime | None = None
    voucher_code: str | None = None
    campaign: str | None = None
    promotion_tier_id: str | None = None
    customer_id: str | None = None
    customer_source_id: str | None = None
    customer_name: str | None = None
    tracking_id: str | None = None
    order_id: str | None = None
    order_amount: int | None = None
    gift_amount: int | None = None
    loyalty_points: int | None = None
    result: str | None = None
    failure_code: str | None = None
    failure_message: str | None = None
    metadata: Mapping[str, Any] | None = None
    extra: Mapping[str, str] = dataclasses.field(default_factory=lambda: MappingProxyType({}))


def redemption_filters(
    *,
    result: str | Sequence[str] | None = None,
    campaign: str | None = None,
    customer: str | None = None,
    created_after: datetime.datetime | None = None,
    created_before: datetime.datetime | None = None,
    voucher_code: str | None = None,
    parent_redemption_id: str | None = None,
    related_object_id: str | None = None,
    failure_code: str | None = None,
    object: str | None = None,
    metadata: Mapping[str, str] | None = None,
) -> dict[str, Any]:
    """An export's `filters` from the same shortcuts as `redemptions(...)`: each given one is a condition, all of
    them joined with `and`; `metadata={"key": "value"}` matches `metadata.key` exactly."""
    filters: dict[str, Any] = {"junction": "and"}

    def condition(name: str, value: str | Sequence[str] | None) -> None:
        if value is None:
            return
        values = [value] if isinstance(value, str) else list(value)
        if not values or not all(isinstance(v, str) and v for v in values):
            raise InvalidArgumentError(f"{name} must be a non-empty string or list of strings", argument=name)
        # Every condition's value is an array in exports.json (`Any`), `$is` and dates included.
        filters[name] = {"conditions": {"$in": values} if len(values) > 1 else {"$is": values}}

    condition("result", result)
    condition("campaign_name", campaign)
    condition("customer_id", customer)
    condition("voucher_code", voucher_code)
    condition("parent_redemption_id", parent_redemption_id)
    condition("related_object_id", related_object_id)
    condition("failure_code", failure_code)
    condition("object", object)
    for key, value in (metadata or {}).items():
        condition(f"metadata.{key}", value)
    dates: dict[str, list[str]] = {}
    for name, moment in (("$after", created_after), ("$before", created_before)):
        if moment is not None:
            if not isinstance(moment, datetime.datetime) or moment.tzinfo is None:
                raise InvalidArgumentTypeError("created_after/created_before take aware datetimes", argument=name)
            dates[name] = [moment.astimezone(datetime.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")]
    if dates:
        filters["created_at"] = {"conditions": dates}
    return filters


def marker_filters(marker: str) -> dict[str, Any]:
    """The filters of a reconciliation export: the rollbacks carrying a run's marker in their metadata."""
    return redemption_filters(object="redemption_rollback", metadata={MARKER_METADATA_KEY: marker})


def create_request(
    filters: Mapping[str, Any] | None, fields: Sequence[str] | None, *, timeout: httpx.Timeout | None
) -> Request:
    """POST /v1/exports for redemptions. A create whose answer was lost is sent again (kind "read"): the worst it
    does is leave one more export on the server, never a change to any redemption."""
    chosen = list(DEFAULT_EXPORT_FIELDS if fields is None else fields)
    if isinstance(fields, str) or not chosen or not all(isinstance(field, str) and field for field in chosen):
        raise InvalidArgumentError("fields must be a non-empty list of field names", argument="fields")
    if filters is not None and not isinstance(filters, Mapping):
        raise InvalidArgumentTypeError("filters must be a mapping (see redemption_filters)", argument="filters")
    parameters: dict[str, Any] = {"fields": chosen}
    if filters:
        parameters["filters"] = dict(filters)
    body = json.dumps({"exported_object": "redemption", "parameters": parameters}, separators=(",", ":"))
    return Request("POST", "/v1/exports", "read", body=body.encode(), timeout=timeout)


def status_request(export_id: str, *, timeout: httpx.Timeout | None) -> Request:
    """GET /v1/exports/{exportId}."""
    return Request("GET", f"/v1/exports/{quote(export_id, safe='')}", "read", timeout=timeout)


def read_export(response: httpx.Response) -> Export:
    """An export object from an answer; MalformedResponseError when it is not one."""
    try:
        data = json.loads(response.content)
    except ValueError:
        data = None
    if not isinstance(data, dict) or not isinstance(data.get("id"), str):
        raise MalformedResponseError(
            "the export answer is not an export object",
            status_code=response.status_code,
            body=response.content.decode("utf-8", errors="replace"),
            headers=response.headers,
        )
    result = data.get("result")
    url = result.get("url") if isinstance(result, dict) else None
    status = data.get("status")
    return Export(
        id=data["id"],
        status=status if isinstance(status, str) else None,
        exported_object=data.get("exported_object") if isinstance(data.get("exported_object"), str) else None,
        created_at=data.get("created_at") if isinstance(data.get("created_at"), str) else None,
        url=url if isinstance(url, str) else None,
        raw=data,
    )


def export_plan(create: Request, call: CallOptions) -> Plan[Export]:
    """Create the export, then read its status until it is DONE (returned, with its URL) within the call's deadline:
    after a pause growing from EXPORT_POLL_INITIAL by EXPORT_POLL_FACTOR up to EXPORT_POLL_MAX, or what the
    answer's `Retry-After` asks. ERROR raises ExportFailedError; the deadline, ExportDeadlineError."""
    export = read_export((yield from send(create, call)))
    pause = EXPORT_POLL_INITIAL
    for _ in range(EXPORT_MAX_POLLS):
        if export.status == "DONE" and export.url:
            return export
        if export.status == "ERROR":
            raise ExportFailedError(
                f"export {export.id} failed on the server (status ERROR)", export_id=export.id, export=export.to_dict()
            )
        wait = pause
        pause = min(pause * EXPORT_POLL_FACTOR, EXPORT_POLL_MAX)
        left = call.remaining()
        if left is not None and left <= wait:
            raise _not_ready(export, call)
        yield Sleep(wait)
        try:
            response = yield from send(status_request(export.id, timeout=call.timeout), call)
        except APIConnectionError as error:
            if call.remaining() == 0:
                raise _not_ready(export, call) from error
            raise
        export = read_export(response)
        asked = parse_retry_after(response.headers, now=call.wall_clock, rate_limited=False)
        if asked is not None:
            pause = min(max(asked, 0.0), EXPORT_POLL_MAX)
    raise _not_ready(export, call)


@dataclasses.dataclass(frozen=True)
class ReadyExport:
    """A DONE export and what its download needs: the checked URL (never in a repr), the monotonic instant the
    call's deadline ends at, the socket timeout, and the secrets (the URL's token) to keep out of errors."""

    export: Export
    url: str = dataclasses.field(repr=False)
    deadline: float | None
    timeout: httpx.Timeout | None
    secrets: tuple[str, ...] = dataclasses.field(repr=False)


def ready_plan(plan: Plan[Export], call: CallOptions, base_url: str) -> Plan[ReadyExport]:
    """`plan` (an `export_plan`), its export's download URL checked (`download_url`) and its deadline fixed."""
    export = yield from plan
    url = download_url(export, base_url)
    left = call.remaining()
    deadline = None if left is None else time.monotonic() + left
    return ReadyExport(export, url, deadline, call.timeout, url_secrets(url))


def _not_ready(export: Export, call: CallOptions) -> ExportDeadlineError:
    return ExportDeadlineError(
        f"export {export.id} was not ready within the call's deadline of {call.policy.deadline:g} s "
        f"(last status {export.status})",
        export_id=export.id,
        status=export.status,
    )


def download_url(export: Export, base_url: str) -> str:
    """The export's download URL, checked against the client's base URL: on the region's download host over https
    (`download.voucherify.io` for `api.voucherify.io`), or, for a loopback base URL (a sandbox), on the base URL's
    own origin. Anything else raises ExportDownloadError: the token is not sent where the client was not pointed."""
    assert export.url is not None
    url, base = urlsplit(export.url), urlsplit(base_url)
    host, base_host = (url.hostname or "").lower(), (base.hostname or "").lower()
    allowed: set[tuple[str, str, int | None]] = set()
    labels = base_host.split(".")
    if EXPORT_API_LABEL in labels:
        at = labels.index(EXPORT_API_LABEL)
        download = ".".join([*labels[:at], EXPORT_DOWNLOAD_LABEL, *labels[at + 1 :]])
        allowed.add(("https", download, None))
    if is_loopback(base_host):
        allowed.add((base.scheme, base_host, base.port))
    elif base.scheme == "https":
        allowed.add(("https", base_host, base.port))
    if (url.scheme, host, url.port) not in allowed:
        shown = f"{url.scheme}://{url.netloc}{url.path}"
        raise ExportDownloadError(
            f"export {export.id}: its download URL ({shown}) is not on the download host of {base_url}; not fetched",
            export_id=export.id,
        )
    return export.url


def url_secrets(url: str) -> tuple[str, ...]:
    """The values of a download URL's query (its token), to keep out of logs and errors."""
    return tuple(value for _, value in parse_qsl(urlsplit(url).query) if value)


def read_rows(lines: Iterable[str]) -> Iterator[ExportedRedemption]:
    """The rows of a redemption export's CSV, one at a time (nothing but the current row is kept). The header names
    each column: a field name (`voucher_code`), or the label Voucherify writes for it (`Voucher Code`)."""
    reader = csv.reader(lines)
    header = next(reader, None)
    if header is None:
        return
    names = [_column_name(label) for label in header]
    known = {field.name for field in dataclasses.fields(ExportedRedemption)} - {"extra"}
    for cells in reader:
        if not cells:
            continue
        values: dict[str, Any] = {}
        extra: dict[str, str] = {}
        metadata: dict[str, Any] = {}
        for name, cell in zip(names, cells, strict=False):
            if cell == "":
                continue
            if name.startswith("metadata."):
                metadata[name.removeprefix("metadata.")] = cell
            elif name in known:
                typed = _typed(name, cell)
                if typed is _UNREADABLE:
                    extra[name] = cell
                else:
                    values[name] = typed
            else:
                extra[name] = cell
        if metadata:
            values["metadata"] = MappingProxyType({**(values.get("metadata") or {}), **metadata})
        yield ExportedRedemption(**values, extra=MappingProxyType(extra))


_UNREADABLE = object()


def _column_name(label: str) -> str:
    text = label.strip().lstrip("\ufeff")
    head, dot, rest = text.partition(".")
    if dot and head.lower() == "metadata":
        return "metadata." + rest
    return "_".join(text.lower().split())


def _typed(name: str, cell: str) -> Any:
    if name == "date":
        try:
            moment = datetime.datetime.fromisoformat(cell.replace("Z", "+00:00"))
        except ValueError:
            return _UNREADABLE
        return moment if moment.tzinfo else moment.replace(tzinfo=datetime.UTC)  # exports are in UTC (exports.json)
    if name in _INTEGER_FIELDS:
        try:
            number = decimal.Decimal(cell)
        except decimal.InvalidOperation:
            return _UNREADABLE
        return int(number) if number.is_finite() and number == number.to_integral_value() else _UNREADABLE
    if name == "metadata":
        try:
            data = json.loads(cell)
        except ValueError:
            return _UNREADABLE
        return MappingProxyType(data) if isinstance(data, dict) else _UNREADABLE
    return cell


class ExportRows:
    """The rows of a downloaded export, read one at a time from the temporary file holding its CSV (deleted on
    `close()`, or when the `with` block ends). `export` is the export they came from. Iterate once."""

    def __init__(self, export: Export, csv_file: IO[bytes]) -> None:
        self.export = export
        self._file = csv_file
        self._text = io.TextIOWrapper(csv_file, encoding="utf-8-sig", newline="")
        self._rows = read_rows(self._text)

    def __repr__(self) -> str:
        return f"ExportRows(export={self.export!r})"

    def __iter__(self) -> Iterator[ExportedRedemption]:
        return self

    def __next__(self) -> ExportedRedemption:
        return next(self._rows)

    def close(self) -> None:
        """Delete the temporary file."""
        self._text.close()

    def __enter__(self) -> ExportRows:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncExportRows:
    """`ExportRows` for `async for` and `async with` (the file is local: each row is read without waiting)."""

    def __init__(self, rows: ExportRows) -> None:
        self._rows = rows
        self.export = rows.export

    def __repr__(self) -> str:
        return f"AsyncExportRows(export={self.export!r})"

    def __aiter__(self) -> AsyncIterator[ExportedRedemption]:
        return self

    async def __anext__(self) -> ExportedRedemption:
        try:
            return next(self._rows)
        except StopIteration:
            raise StopAsyncIteration from None

    async def aclose(self) -> None:
        """Delete the temporary file."""
        self._rows.close()

    async def __aenter__(self) -> AsyncExportRows:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()
