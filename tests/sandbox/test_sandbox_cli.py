"""`voucherify-sandbox serve` (cli.main): prints URL and credentials, serves, stops cleanly on SIGTERM/Ctrl-C."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
from pathlib import Path

import httpx
from voucherify_sandbox.cli import main

ROOT = Path(__file__).resolve().parents[2]


def start_cli(*args: str) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "wrapper"), str(ROOT / "generated")])}
    return subprocess.Popen(
        [sys.executable, "-m", "voucherify_sandbox", "serve", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def stop(process: subprocess.Popen, grace: float = 0.0) -> None:
    """End the sandbox process (killed if it still runs after `grace` seconds) and close its pipes."""
    with process:  # Popen's exit closes stdout and stderr, then waits
        try:
            process.wait(timeout=grace)
        except subprocess.TimeoutExpired:
            process.kill()


def read_banner(process: subprocess.Popen) -> tuple[str, dict[str, str]]:
    """(base URL, {"X-App-Id": …, "X-App-Token": …, …}) from the lines the CLI prints before serving."""
    url, fields = "", {}
    for _ in range(60):
        line = process.stdout.readline()
        found = re.search(r"http://127\.0\.0\.1:\d+", line)
        if found:
            url = found.group(0)
        elif ":" in line:
            key, _, value = line.partition(":")
            fields[key.strip()] = value.strip()
        if line.startswith("Press"):
            break
    return url, fields


def test_cli_serves_seed_and_stops_on_sigterm(tmp_path, schema_recorder) -> None:
    seed = tmp_path / "seed.json"
    seed.write_text(json.dumps({"vouchers": [{"code": "CLI-GIFT", "gift": {"amount": 700}}]}))
    process = start_cli(
        "--seed", str(seed), "--app-id", "cli-app", "--app-token", "cli-token", "--db", str(tmp_path / "cli.db")
    )
    try:
        url, banner = read_banner(process)
        assert url, banner
        assert banner["X-App-Id"] == "cli-app" and banner["X-App-Token"] == "cli-token"
        headers = {"X-App-Id": "cli-app", "X-App-Token": "cli-token"}
        body = {
            "redeemables": [{"object": "voucher", "id": "CLI-GIFT", "gift": {"credits": 200}}],
            "order": {"amount": 1000},
        }
        response = httpx.post(f"{url}/v1/redemptions", json=body, headers=headers)
        assert response.status_code == 200 and response.json()["redemptions"][0]["voucher"]["gift"]["balance"] == 500
        # served by another process, so the session recorder cannot see it: check it against the spec here
        assert not schema_recorder.validate("redeem-stacked-discounts", 200, response.json())
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=10) == 0
        assert "Sandbox stopped." in process.stdout.read()
    finally:
        stop(process)


def test_cli_stops_on_ctrl_c() -> None:
    process = start_cli()
    try:
        url, banner = read_banner(process)
        assert url and len(banner["X-App-Token"]) == 32  # random credentials when none are given
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=10) == 0
    finally:
        stop(process)


def test_cli_bad_seed_exits_2(tmp_path, capsys) -> None:
    seed = tmp_path / "bad.json"
    seed.write_text(json.dumps({"vouchers": [{"code": "BAD", "discount": {"type": "NOPE"}}]}))
    assert main(["serve", "--seed", str(seed)]) == 2
    assert "vouchers[0] ('BAD')" in capsys.readouterr().err


def test_cli_with_faults_takes_fault_orders_over_http_and_the_sdk_recovers() -> None:
    from voucherify_rollbacks import Voucherify, new_marker

    process = start_cli("--faults", "--app-id", "cli-app", "--app-token", "cli-token")
    try:
        url, _ = read_banner(process)
        headers = {"X-App-Id": "cli-app", "X-App-Token": "cli-token"}
        control = f"{url}/_sandbox/faults"
        assert httpx.post(control, json={"operation_id": "x", "fault": "500"}, headers=headers).status_code == 400
        assert httpx.post(control, json={"operation_id": "get-redemption", "fault": "500"}).status_code == 401
        with Voucherify(base_url=url, app_id="cli-app", app_token="cli-token", sleep=lambda _: None) as vf:
            parent = vf.redeem(["GIFT-100", "SAVE10"], order={"amount": 20000}).redemption_id
            order = {"operation_id": "rollback-stacked-redemptions", "fault": "drop-after-commit"}
            placed = httpx.post(control, json=order, headers=headers)
            assert placed.status_code == 200 and placed.json()["pending"] == {
                "rollback-stacked-redemptions": ["drop-after-commit"]
            }
            result = vf.rollback_stacked(parent, marker=new_marker())  # the marker proves it ours
        assert result.recovered and len(result.rollbacks) == 2
        assert httpx.get(control, headers=headers).json()["pending"] == {}
    finally:
        process.send_signal(signal.SIGTERM)
        stop(process, grace=10)


def test_control_endpoint_is_absent_without_faults(sb_no_faults_url: tuple[str, dict[str, str]]) -> None:
    url, headers = sb_no_faults_url
    response = httpx.post(
        f"{url}/_sandbox/faults", json={"operation_id": "get-redemption", "fault": "500"}, headers=headers
    )
    assert response.status_code == 404 and response.json()["key"] == "not_found"
