"""An export's CSV, downloaded into a temporary file chunk by chunk (never whole in memory), within the call's
deadline, started again from its first byte after a broken transfer.

Why a file and not rows straight off the socket: a bulk run reads the rows at the API's rate limit (100 rollbacks a
minute on a Business plan), so a download held open while they are read would last hours, past any deadline and
any server's idle timeout. The transfer takes what the network takes; the rows are then read from disk at any pace.

The download host is another host than the API's (`download.voucherify.io`), reached with the token its URL carries
and none of the client's credentials, through a short-lived pool of its own: the sync one's sockets bounded by the
deadline like the client's own pool (`ATTEMPT_DEADLINE`), the async one inside a cancel scope.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Awaitable, Callable
from typing import IO, Any

import httpcore
import httpx

from .._constants import EXPORT_CHUNK_BYTES, EXPORT_DOWNLOAD_RETRIES, MAX_ERROR_BODY_CHARS, RETRY_INITIAL_DELAY
from .._version import __version__
from ..core.options import is_loopback
from ..errors import APIConnectionError, ExportDeadlineError, ExportDownloadError, VoucherifyError
from ..errors.redaction import redact_exception
from .body import ATTEMPT_DEADLINE
from .pool import _CORE_ERROR_TYPES, _DeadlineBackend, env_proxy

_HEADERS = [
    (b"Accept", b"text/csv, */*"),
    (b"Accept-Encoding", b"identity"),  # the bytes go to disk as they come: nothing to decode, nothing to bound
    (b"User-Agent", f"voucherify-rollbacks/{__version__} (python; httpcore)".encode()),
]
# Statuses after which the same download may pass: the host's own trouble or its rate limit.
_RETRYABLE = frozenset({408, 429, 500, 502, 503, 504})


class _Failed(Exception):
    """A failed attempt worth another: the reason, for the error raised when none is left."""


def download_sync(
    url: str,
    *,
    export_id: str,
    deadline: float | None,
    timeout: httpx.Timeout | None,
    secrets: tuple[str, ...],
    sleep: Callable[[float], Any],
) -> IO[bytes]:
    """The CSV at `url` in a temporary binary file (deleted when closed), positioned at its start. `deadline` is a
    time.monotonic() instant every socket operation ends by."""
    spool = tempfile.TemporaryFile()  # noqa: SIM115 - handed to the caller, who closes it
    try:
        for attempt in range(EXPORT_DOWNLOAD_RETRIES + 1):
            spool.seek(0)
            spool.truncate()
            token = ATTEMPT_DEADLINE.set(deadline)
            try:
                _attempt_sync(url, spool, export_id, deadline, timeout)
                spool.seek(0)
                return spool
            except _Failed as failed:
                _give_up_or_wait(failed, attempt, export_id, deadline, sleep)
            except _CORE_ERROR_TYPES as error:
                _give_up_or_wait(_Failed(f"{type(error).__name__}: {error}"), attempt, export_id, deadline, sleep)
            finally:
                ATTEMPT_DEADLINE.reset(token)
        raise AssertionError("unreachable: the last attempt raises")  # pragma: no cover
    except BaseException as error:
        spool.close()
        if isinstance(error, VoucherifyError):
            redact_exception(error, secrets)
        raise


async def download_async(
    url: str,
    *,
    export_id: str,
    deadline: float | None,
    timeout: httpx.Timeout | None,
    secrets: tuple[str, ...],
    sleep: Callable[[float], Awaitable[Any]],
) -> IO[bytes]:
    """The async twin of download_sync (the deadline is a cancel scope)."""
    import anyio

    spool = tempfile.TemporaryFile()  # noqa: SIM115 - handed to the caller, who closes it
    try:
        for attempt in range(EXPORT_DOWNLOAD_RETRIES + 1):
            spool.seek(0)
            spool.truncate()
            left = None if deadline is None else max(deadline - time.monotonic(), 0.0)
            try:
                with anyio.move_on_after(left) as scope:
                    await _attempt_async(url, spool, export_id, timeout)
                if scope.cancelled_caught:
                    raise _Failed("the call's deadline passed during the download")
                spool.seek(0)
                return spool
            except _Failed as failed:
                _give_up_or_wait(failed, attempt, export_id, deadline, None)
            except _CORE_ERROR_TYPES as error:
                _give_up_or_wait(_Failed(f"{type(error).__name__}: {error}"), attempt, export_id, deadline, None)
            await sleep(_pause(attempt))
        raise AssertionError("unreachable: the last attempt raises")  # pragma: no cover
    except BaseException as error:
        spool.close()
        if isinstance(error, VoucherifyError):
            redact_exception(error, secrets)
        raise


def _pause(attempt: int) -> float:
    return float(RETRY_INITIAL_DELAY * 2**attempt)


def _give_up_or_wait(
    failed: _Failed, attempt: int, export_id: str, deadline: float | None, sleep: Callable[[float], Any] | None
) -> None:
    """Raise when no attempt is left (or no time for one), else wait before the next (sync only; the async loop
    awaits its own pause)."""
    pause = _pause(attempt)
    if deadline is not None and time.monotonic() + pause >= deadline:
        raise ExportDeadlineError(
            f"export {export_id}: its download did not end within the call's deadline ({failed})",
            export_id=export_id,
            status="DONE",
        )
    if attempt >= EXPORT_DOWNLOAD_RETRIES:
        raise APIConnectionError(f"export {export_id}: the download failed: {failed}", request_sent=True)
    if sleep is not None:
        sleep(pause)


def _extensions(timeout: httpx.Timeout | None) -> dict[str, Any]:
    return {} if timeout is None else {"timeout": timeout.as_dict()}


def _pool_options(url: str) -> dict[str, Any]:
    parsed = httpx.URL(url)
    proxy_url = None if is_loopback(parsed.host) else env_proxy(f"{parsed.scheme}://{parsed.netloc.decode()}")
    proxy = None
    if proxy_url is not None:
        proxied = httpx.URL(proxy_url)
        auth = (proxied.username, proxied.password) if proxied.username else None
        proxy = httpcore.Proxy(url=str(proxied.copy_with(username=None, password=None)), auth=auth)
    context = httpx.create_ssl_context() if parsed.scheme == "https" else None
    return {"ssl_context": context, "proxy": proxy, "max_connections": 1}


def _attempt_sync(
    url: str, spool: IO[bytes], export_id: str, deadline: float | None, timeout: httpx.Timeout | None
) -> None:
    backend = _DeadlineBackend(httpcore.SyncBackend())
    with (
        httpcore.ConnectionPool(network_backend=backend, **_pool_options(url)) as pool,
        pool.stream("GET", url, headers=_HEADERS, extensions=_extensions(timeout)) as response,
    ):
        if response.status != httpx.codes.OK:
            _refused(response.status, _head(response.iter_stream()), export_id)
        for chunk in response.iter_stream():
            spool.write(chunk)
            if deadline is not None and time.monotonic() >= deadline:
                raise _Failed("the call's deadline passed during the download")


async def _attempt_async(url: str, spool: IO[bytes], export_id: str, timeout: httpx.Timeout | None) -> None:
    async with (
        httpcore.AsyncConnectionPool(**_pool_options(url)) as pool,
        pool.stream("GET", url, headers=_HEADERS, extensions=_extensions(timeout)) as response,
    ):
        if response.status != httpx.codes.OK:
            head = b""
            async for chunk in response.aiter_stream():
                head += chunk
                if len(head) > MAX_ERROR_BODY_CHARS:
                    break
            _refused(response.status, head, export_id)
        async for chunk in response.aiter_stream():
            spool.write(chunk)


def _head(chunks: Any) -> bytes:
    """The start of an error body (at most MAX_ERROR_BODY_CHARS bytes and one chunk)."""
    head = b""
    for chunk in chunks:
        head += chunk
        if len(head) > MAX_ERROR_BODY_CHARS:
            break
    return head


def _refused(status: int, body: bytes, export_id: str) -> None:
    """An answer other than 200: worth another attempt (`_Failed`), or the download's end (ExportDownloadError)."""
    if status in _RETRYABLE:
        raise _Failed(f"the download host answered {status}")
    text = body[:EXPORT_CHUNK_BYTES].decode("utf-8", errors="replace")
    if status in (httpx.codes.UNAUTHORIZED, httpx.codes.FORBIDDEN):
        why = "its token is wrong or has expired: create the export again"
    elif status in (httpx.codes.NOT_FOUND, httpx.codes.GONE):
        why = "the export is gone"
    elif 300 <= status < 400:
        why = "it redirects elsewhere, which is not followed"
    else:
        why = "the download host refused it"
    raise ExportDownloadError(
        f"export {export_id}: the download was refused with {status}: {why}",
        export_id=export_id,
        status_code=status,
        body=text,
    )
