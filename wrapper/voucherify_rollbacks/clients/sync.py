"""`Voucherify`: the synchronous client, a thin shell running each operation's plan over blocking I/O."""

from __future__ import annotations

import time
from collections.abc import Callable, Generator, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar, Unpack, overload

import httpx

from .._constants import DEFAULT_CONCURRENCY, DEFAULT_REQUESTS_PER_MINUTE
from .._http.transport import drive_sync
from ..core.options import ClientOptions, RequestOptions
from ._base import check_http_client
from ._operations import Operations
from ._run import run_sync, run_sync_items

if TYPE_CHECKING:
    from ..operations.custom import FromDict
    from ..operations.exports import ExportRows
    from ..operations.outcomes import RollbackOutcome

M = TypeVar("M", bound="FromDict")


class Voucherify(Operations):
    """A synchronous client for Voucherify's Redemptions API.

    Keyword options (`ClientOptions`): app_id, app_token, bearer_token, cluster, base_url, timeout, max_retries,
    deadline, api_version, max_response_bytes, markers, default_headers, default_query, channel, clock, random.
    Credentials and the region left unset come from VOUCHERIFY_APP_ID, VOUCHERIFY_APP_TOKEN, VOUCHERIFY_BEARER_TOKEN,
    VOUCHERIFY_BASE_URL and VOUCHERIFY_CLUSTER (eu1, us1, as1); timeout, max_retries, deadline and api_version are
    the defaults of every call, which takes the same four (`RequestOptions`) to change them for itself, and
    extra_headers, extra_query and extra_body to add to its requests (the credentials cannot be overridden:
    InvalidArgumentError naming the header). `markers=True` sends a fresh marker with every rollback, so that
    a rollback found after a lost answer is proved this call's or another's. `http_client` lets you bring your own
    httpx.Client (proxies, transports, limits); the SDK still applies its base URL, auth, timeout and retries per
    request, and leaves closing that client to you. `sleep`, `clock` and `random` exist so tests can run retries
    instantly.
    """

    def __init__(
        self,
        *,
        http_client: httpx.Client | None = None,
        sleep: Callable[[float], None] | None = None,
        **options: Unpack[ClientOptions],
    ) -> None:
        check_http_client(http_client, httpx.Client, "AsyncVoucherify takes an httpx.AsyncClient")
        super().__init__(options)
        self._connect(http_client, True, sleep or time.sleep)

    rollback_stacked = run_sync(Operations._rollback_stacked)
    rollback = run_sync(Operations._rollback)
    find_rollback = run_sync(Operations._find_rollback)
    redeem = run_sync(Operations._redeem)
    get_redemption = run_sync(Operations._get_redemption)
    get_order = run_sync(Operations._get_order)
    rollback_order = run_sync(Operations._rollback_order)
    redemptions = run_sync_items(Operations._redemptions)

    def rollback_many(
        self,
        items: Iterable[str],
        *,
        journal: str,
        concurrency: int = DEFAULT_CONCURRENCY,
        requests_per_minute: int | None = DEFAULT_REQUESTS_PER_MINUTE,
        reason: str | None = None,
        tracking_id: str | None = None,
        marker: bool = True,
        rebind: bool = False,
        **request_options: Unpack[RequestOptions],
    ) -> Generator[RollbackOutcome, None, None]:
        """Roll back many redemptions, resumably: yields one RollbackOutcome per redemption as each completes.

        `items` are redemption ids, order ids (`ord_…`: every redemption on the order) or `order:ID` /
        `redemption:ID`. `journal` is a SQLite file recording each redemption's intent and outcome: run again with
        the same journal after a crash or `kill -9` and known outcomes are reported without being sent again
        (`resumed=True`), while rollbacks that were in flight are settled with `find_rollback` first. `concurrency`
        workers share a ceiling of `requests_per_minute` (every HTTP request counts, look-ups included; None lifts
        it) and pause together on a 429 or `X-Rate-Limit-Remaining: 0`. Each rollback is `rollback_stacked` with
        `reason` and `tracking_id` (a journal keeps the ones it started with) and its retries and recovery.

        A journal is bound to the base URL, the account (app id, or a salted fingerprint of the bearer token) and the
        items it was made for: another one raises JournalMismatchError, unless `rebind=True` adopts the journal for
        this run. One run holds a journal at a time, whatever path reaches it. With `marker` (the default) the run
        sends one marker (`new_marker()`, kept in the journal) with every rollback, in its metadata: a rollback a
        resumed run finds is reported as its own only when it carries that marker; one without it is
        "already_rolled_back" when provably someone else's, else "authorship_unknown". `marker=False` sends none
        (for a project whose metadata schema refuses the key), and a resumed run then claims nothing it finds.
        A child redemption among `items` is rolled back through its parent, reported for the child's item.
        """
        run = self._bulk_run(
            items, journal, concurrency, requests_per_minute, reason, tracking_id, marker, rebind, request_options
        )
        return run.outcomes(lambda plan: drive_sync(plan, self._connection, "rollback_many"))

    @overload
    def request(
        self,
        method: str,
        path: str,
        *,
        query: Mapping[str, Any] | None = None,
        body: Any = None,
        cast_to: None = None,
        **request_options: Unpack[RequestOptions],
    ) -> Any: ...

    @overload
    def request(
        self,
        method: str,
        path: str,
        *,
        query: Mapping[str, Any] | None = None,
        body: Any = None,
        cast_to: type[M],
        **request_options: Unpack[RequestOptions],
    ) -> M: ...

    def request(
        self,
        method: str,
        path: str,
        *,
        query: Mapping[str, Any] | None = None,
        body: Any = None,
        cast_to: type[M] | None = None,
        **request_options: Unpack[RequestOptions],
    ) -> Any:
        """Send any Voucherify endpoint the SDK does not wrap (`path` under the base URL, e.g.
        "/v1/vouchers/GIFT-100") with the client's auth, deadline, logging, redaction and retry rules: GET and HEAD
        are retried like reads; any other method is sent again only when it provably never reached the server (no
        connection, or a 429), like `redeem`. `query` becomes parameters, `body` JSON (dicts, generated models,
        dates). Returns the decoded JSON (None for an empty body), or `cast_to.from_dict(data)` when `cast_to` is a
        generated model class. Errors are the typed ones of every operation; a 2xx body that is not JSON (or not
        what `cast_to` reads) raises MalformedResponseError. Takes every per-call option (`RequestOptions`)."""
        plan = self._request(method, path, query=query, body=body, cast_to=cast_to, **request_options)
        return drive_sync(plan, self._connection, "request")

    def export_redemptions(
        self,
        filters: Mapping[str, Any] | None = None,
        fields: Sequence[str] | None = None,
        **request_options: Unpack[RequestOptions],
    ) -> ExportRows:
        """Export the redemptions and rollbacks `filters` selects and read them back as typed rows
        (`ExportedRedemption`), one at a time: Voucherify builds the CSV (`POST /v1/exports`, then its status until
        DONE, pausing longer each time or as `Retry-After` asks), the SDK downloads it from the region's download
        host into a temporary file (never whole in memory), and the rows are read from there at any pace.

        `filters` are Voucherify's export filters (`redemption_filters(campaign=..., created_after=...)` builds
        them); `fields` the CSV's columns (REDEMPTION_EXPORT_FIELDS; default id, object, date, voucher_code,
        customer_id, result). `deadline` (default 900 s) bounds creation, polls and download together. Raises
        ExportFailedError (the server's status ERROR), ExportDeadlineError (not ready or not downloaded in time),
        ExportDownloadError (the download refused: an expired or wrong token, or a URL off the download host).
        Close the rows (or use `with`) to delete the file.
        """
        from .._http.download import download_sync  # httpcore loads with the first export, not at import time
        from ..operations.exports import ExportRows

        ready = drive_sync(self._export_redemptions(filters, fields, **request_options), self._connection)
        csv_file = download_sync(
            ready.url,
            export_id=ready.export.id,
            deadline=ready.deadline,
            timeout=ready.timeout,
            secrets=(*ready.secrets, *self._secrets),
            sleep=self._sleep,
        )
        return ExportRows(ready.export, csv_file)

    def with_options(self, **changes: Unpack[ClientOptions]) -> Voucherify:
        """A new client with this one's settings and `changes` (any constructor option but `base_url` and
        `cluster`), sharing this client's connection pool, or the httpx.Client you passed in.

        Closing the new client leaves the shared pool open; closing this one closes it, and the new client with it.
        """
        return self._derive(changes)

    def close(self) -> None:
        """Close the connection pool (unless it belongs to an http_client you passed in, or this client was made by
        `with_options`: the pool is then closed by the client it came from)."""
        if self._own is not None and self._own.owns_connections:
            self._own.close()
        self._release()

    def __enter__(self) -> Voucherify:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
