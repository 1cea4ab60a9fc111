"""A minimal keep-alive HTTP/1.1 server on 127.0.0.1 answering every request with one fixed JSON body.

Run: python -m bench.local_server PAYLOAD.json [--token TOKEN] [--echo ID]
Prints its port on the first line of stdout, then serves until killed. It runs in a process of its own so that the
benchmarks measure the clients: per request it only reads the head (and the body, by Content-Length) and writes a
prebuilt answer. A request without `X-App-Token: TOKEN` gets a 401, so a client that forgot to authenticate cannot
pass for a fast one. With `--echo ID`, the answer to `/v1/redemptions/{id}/...` names the redemption asked for: each
occurrence of ID in the payload is replaced by it (one `bytes.replace` per request), so a client checking that the
answer is about its own redemption takes it as such.
"""

from __future__ import annotations

import argparse
import asyncio
from pathlib import Path

HEAD = b"HTTP/1.1 %d %s\r\nContent-Type: application/json\r\nX-Request-Id: v-bench\r\nContent-Length: %d\r\n\r\n"
UNAUTHORIZED = b'{"code":401,"key":"unauthorized","message":"Unauthorized"}'


def ok_answer(body: bytes) -> bytes:
    """A 200 with `body`."""
    return HEAD % (200, b"OK", len(body)) + body


def answers(body: bytes) -> tuple[bytes, bytes]:
    """The prebuilt 200 with `body` and the 401."""
    return ok_answer(body), HEAD % (401, b"Unauthorized", len(UNAUTHORIZED)) + UNAUTHORIZED


def content_length(head: bytes) -> int:
    for line in head.split(b"\r\n"):
        if line[:15].lower() == b"content-length:":
            return int(line[15:])
    return 0


def asked_redemption(head: bytes) -> bytes | None:
    """The `{id}` of a request line `POST /v1/redemptions/{id}/rollbacks HTTP/1.1`, else None."""
    parts = head.split(b" ", 2)[1].split(b"?", 1)[0].split(b"/") if head.count(b" ") >= 2 else []
    return parts[3] if len(parts) > 3 and parts[1:3] == [b"v1", b"redemptions"] and parts[3] else None


async def serve(body: bytes, token: str, echo: bytes | None = None) -> None:
    ok, refused = answers(body)
    credential = b"\r\nx-app-token: " + token.encode().lower() + b"\r\n"

    def answer(head: bytes) -> bytes:
        asked = asked_redemption(head) if echo is not None else None
        if echo is None or asked is None:
            return ok
        return ok_answer(body.replace(echo, asked))

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                length = content_length(head)
                if length:
                    await reader.readexactly(length)
                writer.write(answer(head) if credential in head.lower() else refused)
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()

    server = await asyncio.start_server(handle, "127.0.0.1", 0, backlog=256)
    print(server.sockets[0].getsockname()[1], flush=True)
    await server.serve_forever()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("payload", type=Path)
    parser.add_argument("--token", default="bench-token")
    parser.add_argument("--echo", help="an id in the payload to replace with the redemption id asked for")
    args = parser.parse_args()
    asyncio.run(serve(args.payload.read_bytes(), args.token, args.echo.encode() if args.echo else None))


if __name__ == "__main__":
    main()
