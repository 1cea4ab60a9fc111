"""What every attempt's answer goes through, whichever pool carried it: the attempt's deadline, the streamed body
(bounded in size, decoded with bounded memory) and the response the plans read.
"""

from __future__ import annotations

import contextvars
import zlib

import httpx

from .._constants import DEFAULT_MAX_RESPONSE_BYTES
from ..core.plans import TOO_LARGE

# The monotonic time at which the current attempt must end; None outside an attempt of the SDK.
ATTEMPT_DEADLINE: contextvars.ContextVar[float | None] = contextvars.ContextVar(
    "voucherify_attempt_deadline", default=None
)


# Only what `_decoded` can undo, so that a body is never handed to a decoder the SDK cannot bound.
ACCEPT_ENCODING = "gzip, deflate"


class Body:
    """The raw bytes of a streamed body, never more than one chunk past the size limit."""

    def __init__(self, limit: int) -> None:
        self.limit, self.raw, self.cut = limit, bytearray(), False

    def full_after(self, chunk: bytes) -> bool:
        """Add a chunk; True when the body passed the limit and reading must stop."""
        self.raw += chunk
        self.cut = len(self.raw) > self.limit
        return self.cut

    def received(self, response: httpx.Response) -> httpx.Response:
        return received(response, bytes(self.raw), self.cut, self.limit)


# Headers that describe the body as it travelled, not as it is once decoded.
TRANSFER_HEADERS = frozenset({"content-encoding", "content-length", "transfer-encoding"})


def already_read(response: httpx.Response) -> bool:
    # A response made in memory (httpx.MockTransport) or read by the caller's event hook: its body is here, decoded.
    try:
        response.content  # noqa: B018
    except httpx.ResponseNotRead:
        return False
    return True


def received(
    response: httpx.Response,
    raw: bytes,
    cut: bool,
    limit: int = DEFAULT_MAX_RESPONSE_BYTES,
    *,
    decoded: bool = False,
) -> httpx.Response:
    """The answer as the plans read it: the body decoded (at most `limit` bytes, never more in memory), the
    transfer headers dropped since the body is no longer encoded. A body that does not decode as its
    `Content-Encoding` claims is kept raw, with its status: the error or the look-up still has what came."""
    encoding = "" if decoded else response.headers.get("content-encoding", "")
    if not encoding and not cut and len(raw) <= limit:
        if not decoded:
            # The common case, on the hot path: the body as it came is the content. httpx's own read() sets the
            # same attribute; a new Response would copy every header for nothing.
            response._content = raw
        return response
    body, too_large = _decoded(raw, encoding, limit)
    if decoded and len(body) > limit:
        body, too_large = body[:limit], True
    headers = [(k, v) for k, v in response.headers.multi_items() if k.lower() not in TRANSFER_HEADERS]
    extensions = {TOO_LARGE: True} if (cut or too_large) else {}
    return httpx.Response(
        response.status_code, headers=headers, content=body, request=_request_of(response), extensions=extensions
    )


def _request_of(response: httpx.Response) -> httpx.Request | None:
    try:
        return response.request
    except RuntimeError:  # an answer of the SDK's own pool: no httpx.Request was made for it
        return None


def _decoded(raw: bytes, encoding: str, limit: int) -> tuple[bytes, bool]:
    data = raw
    for name in reversed([part.strip().lower() for part in encoding.split(",") if part.strip()]):
        if name == "identity":
            continue
        if name in ("gzip", "x-gzip"):
            candidates = [16 + zlib.MAX_WBITS]
        elif name == "deflate":  # zlib-wrapped as the RFC says, or raw as some servers send it
            candidates = [zlib.MAX_WBITS, -zlib.MAX_WBITS]
        else:
            return raw, False
        for wbits in candidates:
            decompressor = zlib.decompressobj(wbits)
            try:
                out = decompressor.decompress(data, limit + 1)
            except zlib.error:
                continue
            if len(out) > limit or decompressor.unconsumed_tail:
                return out[:limit], True  # a bomb: never inflated past the limit
            data = out
            break
        else:
            return raw, False  # it lied about its encoding: keep what came
    return data, False
