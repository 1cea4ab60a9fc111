"""examples/webhook_receiver.py, as users would run it: two real processes of it share one SQLite store while the
sandbox delivers every signed event to both (and each twice), so each event is acted on exactly once across them;
a sender with the wrong secret is refused; and the example passes `mypy --strict` (reading
`event.data.redemption_rollback.id`), while the same read without narrowing fails it: the event fields are typed."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from voucherify_rollbacks.webhooks import event_id, parse_received_line, unwrap
from voucherify_sandbox import Sandbox

REPO = Path(__file__).resolve().parents[2]
EXAMPLE = REPO / "examples" / "webhook_receiver.py"
SECRET = "whsec-example-1"
STACK = [{"object": "voucher", "id": "SAVE10"}, {"object": "promotion_tier", "id": "promo_SPEND100"}]


class Process:
    """One receiver process of the example, on a free port; its accepted requests recorded in `record`."""

    def __init__(self, tmp_path: Path, name: str, store: Path) -> None:
        self.record = tmp_path / f"{name}.jsonl"
        env = {**os.environ, "VOUCHERIFY_WEBHOOK_SECRET": f"old-secret,{SECRET}"}
        command = [sys.executable, str(EXAMPLE), "--port", "0", "--store", str(store), "--record", str(self.record)]
        self.process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        assert self.process.stdout is not None
        line = self.process.stdout.readline()  # the example prints its address once it listens
        assert line.startswith("listening on "), (line, self.process.poll())
        self.url = line.split()[-1]

    def acted_on(self) -> list[str]:
        """The event ids this process acted on, each line verified again from the record."""
        if not self.record.exists():
            return []
        ids = []
        for line in self.record.read_text(encoding="utf-8").splitlines():
            body, headers = parse_received_line(line)
            found = event_id(unwrap(body, headers, secret=SECRET))
            assert found is not None
            ids.append(found)
        return ids

    def stop(self) -> str:
        self.process.terminate()
        try:
            _, errors = self.process.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            _, errors = self.process.communicate(timeout=10)
        return errors


@pytest.fixture
def receivers(tmp_path: Path) -> Iterator[tuple[Process, Process]]:
    store = tmp_path / "seen.sqlite"
    first = Process(tmp_path, "a", store)
    try:
        second = Process(tmp_path, "b", store)
    except BaseException:
        first.stop()
        raise
    yield first, second
    first.stop()
    second.stop()


def test_two_processes_act_on_each_event_once_and_refuse_a_wrong_secret(receivers: tuple[Process, Process]) -> None:
    first, second = receivers
    with Sandbox(webhook_time_factor=0.00002) as sandbox:  # the refused sender's 12 retries within about 5 s
        sandbox.add_webhook(first.url, SECRET, duplicate=True)
        sandbox.add_webhook(second.url, SECRET, duplicate=True, reorder=True)
        sandbox.add_webhook(second.url, "not-the-secret")
        with sandbox.client(markers=True) as vf:
            redeemed = vf.redeem(STACK, order={"amount": 20000}, customer={"source_id": "annie@lemon.com"})
            rolled = vf.rollback_stacked(redeemed.redemption_id, reason="Order canceled")
        assert sandbox.wait_for_webhooks(timeout=60)
        deliveries = sandbox.webhook_deliveries()

    good = [d for d in deliveries if d.endpoint.secret == SECRET]
    sent = {json.loads(d.body)["event"]["id"] for d in good}
    assert len(sent) == 4  # two redemptions and two child rollbacks, each to both endpoints, each twice
    assert len(good) == 8 and all(d.delivered and d.attempts == [204] for d in good)
    a, b = first.acted_on(), second.acted_on()
    # Each process was sent every event (twice); between them, each event was acted on exactly once.
    assert {d.endpoint.url for d in good} == {first.url, second.url}
    assert sorted(a + b) == sorted(sent)
    refused = [d for d in deliveries if d.endpoint.secret != SECRET]
    assert refused and all(set(d.attempts) == {401} and not d.delivered for d in refused)
    child_rollbacks = {r.id for r in rolled.rollbacks}
    recorded = [
        json.loads(parse_received_line(line)[0])
        for p in (first, second)
        if p.record.exists()
        for line in p.record.read_text(encoding="utf-8").splitlines()
    ]
    assert {e["data"]["redemption_rollback"]["id"] for e in recorded if "redemption_rollback" in e["data"]} == (
        child_rollbacks
    )


def test_the_example_passes_mypy_strict_and_unnarrowed_reads_do_not(tmp_path: Path) -> None:
    careless = tmp_path / "careless_receiver.py"
    careless.write_text(
        "from voucherify_rollbacks.webhooks import RollbackSucceededEvent\n\n\n"
        "def rollback_id(event: RollbackSucceededEvent) -> str:\n"
        "    return event.data.redemption_rollback.id\n",
        encoding="utf-8",
    )
    command = [
        sys.executable,
        "-m",
        "mypy",
        "--strict",
        "--no-incremental",
        "--config-file",
        str(REPO / "pyproject.toml"),
    ]
    checked = subprocess.run([*command, str(EXAMPLE)], cwd=REPO, capture_output=True, text=True, timeout=300)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "Success: no issues found in 1 source file" in checked.stdout
    flagged = subprocess.run([*command, str(careless)], cwd=REPO, capture_output=True, text=True, timeout=300)
    assert flagged.returncode == 1
    assert 'has no attribute "redemption_rollback"' in flagged.stdout
