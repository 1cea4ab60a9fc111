"""rollback-many reads its input strictly: a malformed file is a usage error (exit 2) naming the file and the line,
before a single request reaches the API (a sandbox that counts every request it answers)."""

from __future__ import annotations

import json
import threading
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from voucherify_rollbacks.cli import main
from voucherify_rollbacks.cli.output import EXIT_USAGE
from voucherify_sandbox import Sandbox

ENV = (
    "VOUCHERIFY_APP_ID",
    "VOUCHERIFY_APP_TOKEN",
    "VOUCHERIFY_BEARER_TOKEN",
    "VOUCHERIFY_BASE_URL",
    "VOUCHERIFY_CLUSTER",
)


@pytest.fixture
def sandbox(monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    seen: Counter[str] = Counter()
    lock = threading.Lock()

    def observe(operation_id: Any, method: str, *_: Any) -> None:
        with lock:
            seen[f"{method} {operation_id}"] += 1

    with Sandbox(on_response=observe) as sb:
        for name in ENV:
            monkeypatch.delenv(name, raising=False)
        monkeypatch.setenv("VOUCHERIFY_APP_ID", sb.app_id)
        monkeypatch.setenv("VOUCHERIFY_APP_TOKEN", sb.app_token)
        monkeypatch.setenv("VOUCHERIFY_BASE_URL", sb.base_url)
        sb.seen = seen  # type: ignore[attr-defined]
        yield sb


# (file name, its bytes, what the error names besides the file)
MALFORMED = [
    ("open-quote.csv", b'redemption_id,note\nr_1,ok\n"r_2,never closed\nr_3,x\n', "line 3"),
    ("quote-closed-late.csv", b'redemption_id,note\n"r_1,a\nr_2",b\n', "line 2"),
    ("text-after-quote.csv", b'redemption_id,note\n"r_1"x,a\n', "line 2"),
    ("too-many-cells.csv", b"customer,redemption_id\nalice,r_1\nbob,smith,r_2\n", "line 3"),
    ("too-few-cells.csv", b"customer,note,redemption_id\nalice,x,r_1\nbob\n", "line 3"),
    ("latin1.csv", "redemption_id\nr_1\nr_caf\u00e9\n".encode("latin-1"), "line 3"),
    ("latin1.txt", "r_1\nr_2\nr_\u00e9t\u00e9\n".encode("latin-1"), "line 3"),
    ("no-column.csv", b"customer,amount\nalice,10\n", "no column"),
    ("empty.csv", b"", "no ids"),
    ("header-only.csv", b"redemption_id\n", "no ids"),
    ("blank.txt", b"\n  \n# only a comment\n", "no ids"),
    ("empty.jsonl", b"", "no ids"),
    ("not-json.jsonl", b'{"redemption_id": "r_1"}\n{"redemption_id": "r_2"\n', "line 2"),
    ("not-object.jsonl", b'{"redemption_id": "r_1"}\n["r_2"]\n', "line 2"),
    ("id-not-text.jsonl", b'{"redemption_id": "r_1"}\n{"redemption_id": {"id": "r_2"}}\n', "line 2"),
    ("undecodable.jsonl", b'{"redemption_id": "r_1"}\n{"redemption_id": "r_\xff"}\n', "line 2"),
    ("no-column.jsonl", b'{"customer": "alice"}\n', "no column"),
]


@pytest.mark.parametrize(("name", "content", "named"), [pytest.param(*case, id=case[0]) for case in MALFORMED])
def test_a_malformed_input_is_a_usage_error_before_any_request(
    sandbox: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, content: bytes, named: str
) -> None:
    source = tmp_path / name
    source.write_bytes(content)
    code = main(["rollback-many", "--from", str(source), "--yes", "--journal", str(tmp_path / "j.sqlite")])
    err = capsys.readouterr().err
    assert code == EXIT_USAGE, err
    assert str(source) in err and named in err, err
    assert sum(sandbox.seen.values()) == 0, f"the sandbox was asked: {dict(sandbox.seen)}"


@pytest.mark.parametrize("mode", [[], ["--json"]], ids=["tables", "json lines"])
def test_a_well_formed_input_with_blank_cells_and_a_bom_still_runs(
    sandbox: Any, tmp_path: Path, mode: list[str]
) -> None:
    with sandbox.client() as vf:
        parent = vf.redeem(["GIFT-50", "SAVE10"], order={"amount": 20000}).redemption_id
    source = tmp_path / "wave.csv"
    source.write_bytes(
        b"\xef\xbb\xbfcustomer,redemption_id,note\nalice," + parent.encode() + b',"a, quoted note"\nbob,,\n'
    )
    code = main(["rollback-many", "--from", str(source), "--yes", "--journal", str(tmp_path / "j.sqlite"), *mode])
    assert code == 0
    jsonl = tmp_path / "wave.jsonl"
    jsonl.write_text(json.dumps({"redemption_id": parent}) + "\n\n", encoding="utf-8")
    code = main(["rollback-many", "--from", str(jsonl), "--yes", "--journal", str(tmp_path / "j.sqlite"), *mode])
    assert code == 0  # resumed from the journal: already done by this run
