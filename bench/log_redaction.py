"""What redacting credentials costs per log record, with one client and with a thousand (open, or made and closed).

Every client registers its tokens with one process-wide filter (on the SDK's, httpx's and httpcore's loggers) and
forgets them on close; a record is checked against all open clients' tokens with one compiled pattern. The figures
are microseconds per DEBUG record through a NullHandler, best of `--rounds`.

    .venv/bin/python -m bench.log_redaction [--records N] [--rounds R]

Goal (issue 7): the cost per record does not grow with the number of clients ever made (ratio ~1x after 1,000 made
and closed), and stays within a small factor with 1,000 distinct tokens open.
"""

from __future__ import annotations

import argparse
import logging
import time

from voucherify_rollbacks import Voucherify

BASE_URL = "http://127.0.0.1:9"  # never contacted: the clients only register their tokens


def per_record(logger: logging.Logger, records: int, rounds: int) -> float:
    best = float("inf")
    for _ in range(rounds):
        started = time.perf_counter()
        for _ in range(records):
            logger.debug("Request %s %s (attempt %d)", "GET", "/v1/redemptions/r_1", 1)
        best = min(best, (time.perf_counter() - started) / records * 1e6)
    return best


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--records", type=int, default=20_000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    logger = logging.getLogger("voucherify_rollbacks")
    logger.setLevel(logging.DEBUG)
    logger.addHandler(logging.NullHandler())

    with Voucherify(base_url=BASE_URL, app_id="app", app_token="token-0"):
        one = per_record(logger, args.records, args.rounds)
        for index in range(1, 1001):
            Voucherify(base_url=BASE_URL, app_id="app", app_token=f"token-{index}").close()
        closed = per_record(logger, args.records, args.rounds)
        opened = [Voucherify(base_url=BASE_URL, app_id="app", app_token=f"token-{i}") for i in range(1001, 2001)]
        many = per_record(logger, args.records, args.rounds)
        for client in opened:
            client.close()
    print(f"one client open                     {one:7.2f} us per record")
    print(f"after 1,000 clients made and closed {closed:7.2f} us per record   ratio {closed / one:.2f}x")
    print(f"with 1,000 clients open             {many:7.2f} us per record   ratio {many / one:.2f}x")
    print(f"filters on the SDK logger: {len(logger.filters)}")


if __name__ == "__main__":
    main()
