"""How a request's body is framed, decided strictly from its raw header block before waitress reads it.

waitress frames a body by `Transfer-Encoding: chunked` and ignores a `Content-Length` sent beside it, unfolds
obs-folded header lines, frames an HTTP/1.0 request by Content-Length even when it names a transfer coding, drops
header names with an underscore, and crashes on a Content-Length of more than 4,300 digits. A proxy in front of the
sandbox may read any of those differently, and the bytes it takes for the next request would then be answered as
one (request smuggling). RFC 9112 §6.1 and §6.3: a request whose framing is in doubt is refused and its connection
closed. `framing_problem` names the doubt; server.py answers it 400 (413 for an absurd Content-Length) and closes.

Checked here: obs-fold, bare CR or LF, whitespace before a colon, a framing header spelled with `_`, both
Content-Length and Transfer-Encoding, more than one Content-Length (even equal ones), a Content-Length that is not
digits, Transfer-Encoding in HTTP/1.0, and any Transfer-Encoding other than a single `chunked`. Chunk sizes and chunk
line endings are already parsed strictly by waitress (hex digits only, CRLF only).
"""

from __future__ import annotations

import dataclasses
import re

# More digits than this cannot be a body the sandbox would read (its limit is 1 MiB); int() of 4,301+ digits raises.
MAX_LENGTH_DIGITS = 18
_TOKEN = re.compile(rb"^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$")
_DIGITS = re.compile(rb"^[0-9]+$")
_FRAMING_NAMES = (b"content-length", b"transfer-encoding")


@dataclasses.dataclass(frozen=True)
class FramingProblem:
    """Why the request's framing is refused: `status` 400, or 413 for a Content-Length beyond any limit."""

    status: int
    detail: str


def framing_problem(header_block: bytes) -> FramingProblem | None:
    """The reason to refuse a request line plus headers (without the final blank line), or None if its framing is
    unambiguous."""
    lines = header_block.split(b"\r\n")
    request_line = lines[0]
    unpaired = header_block.replace(b"\r\n", b"")
    if b"\r" in unpaired or b"\n" in unpaired:
        return FramingProblem(400, "Bare CR or LF in the request head.")
    lengths: list[bytes] = []
    codings: list[bytes] = []
    for line in lines[1:]:
        if not line:
            continue
        if line[:1] in (b" ", b"\t"):
            return FramingProblem(400, "Obsolete line folding (a header line starting with whitespace) is refused.")
        name, colon, value = line.partition(b":")
        if not colon or not _TOKEN.match(name):
            return FramingProblem(400, "Invalid header line (no colon, or whitespace before it).")
        lowered = name.lower()
        if lowered.replace(b"_", b"-") in _FRAMING_NAMES and b"_" in lowered:
            return FramingProblem(400, f"Header {name.decode('latin-1')} is ambiguous; use hyphens.")
        if lowered == b"content-length":
            lengths.append(value.strip(b" \t"))
        elif lowered == b"transfer-encoding":
            codings.extend(part.strip(b" \t").lower() for part in value.split(b","))
    if lengths and codings:
        return FramingProblem(400, "Content-Length and Transfer-Encoding together: the body's framing is ambiguous.")
    if len(lengths) > 1:
        return FramingProblem(400, "More than one Content-Length header.")
    if lengths:
        if not _DIGITS.match(lengths[0]):
            return FramingProblem(400, "Content-Length must be a number of bytes.")
        if len(lengths[0].lstrip(b"0")) > MAX_LENGTH_DIGITS:
            return FramingProblem(413, "Content-Length exceeds the body limit.")
    if codings:
        if request_line.rstrip().endswith(b"HTTP/1.0"):
            return FramingProblem(400, "Transfer-Encoding is not defined for HTTP/1.0.")
        if codings != [b"chunked"]:
            return FramingProblem(400, "Transfer-Encoding must be exactly 'chunked'.")
    return None
