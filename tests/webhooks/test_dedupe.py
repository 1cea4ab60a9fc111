"""De-duplication by event id: atomic across threads and processes, durable across reopenings, bounded in size."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

from voucherify_rollbacks.webhooks import SQLiteEventStore


def test_the_first_offer_wins_and_later_ones_are_duplicates(tmp_path: Path) -> None:
    store = SQLiteEventStore(str(tmp_path / "seen.db"))
    assert store.first_time("evred_1") is True
    assert store.first_time("evred_1") is False
    assert store.first_time("evred_2") is True
    store.close()
    reopened = SQLiteEventStore(str(tmp_path / "seen.db"))
    assert reopened.first_time("evred_1") is False  # durable


def test_sixteen_threads_offering_the_same_ids_get_exactly_one_true_each(tmp_path: Path) -> None:
    store = SQLiteEventStore(str(tmp_path / "seen.db"))
    wins: list[str] = []
    lock = threading.Lock()

    def offer() -> None:
        for n in range(50):
            if store.first_time(f"evred_{n}"):
                with lock:
                    wins.append(f"evred_{n}")

    threads = [threading.Thread(target=offer) for _ in range(16)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert sorted(wins) == sorted(f"evred_{n}" for n in range(50))


_WORKER = """
import sys
from voucherify_rollbacks.webhooks import SQLiteEventStore
store = SQLiteEventStore(sys.argv[1])
won = [i for i in range(300) if store.first_time(f"evred_{i}")]
print(" ".join(map(str, won)))
"""


def test_two_processes_offering_the_same_ids_split_them_without_overlap(tmp_path: Path) -> None:
    db = str(tmp_path / "seen.db")
    SQLiteEventStore(db).close()
    workers = [
        subprocess.Popen([sys.executable, "-c", _WORKER, db], stdout=subprocess.PIPE, text=True) for _ in range(2)
    ]
    outputs = [worker.communicate(timeout=120)[0] for worker in workers]
    assert all(worker.returncode == 0 for worker in workers)
    won = [set(map(int, output.split())) for output in outputs]
    assert won[0].isdisjoint(won[1]) and won[0] | won[1] == set(range(300))


def test_the_store_is_bounded_and_forgets_the_oldest_first(tmp_path: Path) -> None:
    ticks = iter(range(10_000))
    store = SQLiteEventStore(str(tmp_path / "seen.db"), max_events=100, clock=lambda: float(next(ticks)))
    for n in range(500):
        assert store.first_time(f"evred_{n}")
        assert len(store) <= 110
    assert store.first_time("evred_499") is False  # the newest are kept
    assert store.first_time("evred_0") is True  # the oldest were forgotten
