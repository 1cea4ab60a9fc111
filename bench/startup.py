"""Import + first call + first read in fresh interpreters, against `import voucherify`.

Each run is a new interpreter (our bytecode compiled beforehand with compileall, as pip compiles an installed
package; one untimed run of each side first warms the page cache). Inside it, perf_counter around the import, then
around the first `rollback_stacked` to the local server and the first read of its fields, and the number of modules
each step added to sys.modules. Runs of the two sides alternate.
"""

from __future__ import annotations

import compileall
import json
import os
import statistics
import subprocess
import sys
from typing import Any

from bench.measure import Report
from bench.readers import APP_ID, APP_TOKEN, BODY, PARENT, REASON, REPO

# In the project's venv, packages of the dev and cli extras are installed that a plain `pip install
# voucherify-rollbacks` does not bring, and httpx (click, rich, pygments for its command line) and httpcore (trio)
# import them whenever they are present. The "ours" runs hide them, as a user's install without them would be; the
# "ours, dev venv" runs (reference) do not.
NOT_IN_A_PLAIN_INSTALL = ("trio", "rich", "click", "pygments")
HIDE = """
import importlib.abc, sys
class _Absent(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.partition(".")[0] in HIDDEN:
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return None
sys.meta_path.insert(0, _Absent())
"""

# The reads are written inline (not imported from readers.py) so that the module counts are the SDKs' own.
OURS = """
import json, sys, time
m0, t0 = len(sys.modules), time.perf_counter()
from voucherify_rollbacks import Voucherify
t1, m1 = time.perf_counter(), len(sys.modules)
client = Voucherify(base_url=URL, app_id=APP_ID, app_token=APP_TOKEN)
result = client.rollback_stacked(PARENT, reason=REASON, **BODY)
read = (result.ok, [(r.id, r.result, r.failure_code, r.amount, r.voucher.code if r.voucher else None)
        for r in result.rollbacks], result.parent_rollback.id, result.order.status)
t2, m2 = time.perf_counter(), len(sys.modules)
client.close()
print(json.dumps({"import": t1 - t0, "first": t2 - t1, "modules": [m1 - m0, m2 - m1], "read": repr(read)}))
"""

OFFICIAL = """
import json, sys, time
m0, t0 = len(sys.modules), time.perf_counter()
import voucherify
t1, m1 = time.perf_counter(), len(sys.modules)
config = voucherify.Configuration(host=URL, api_key={"X-App-Id": APP_ID, "X-App-Token": APP_TOKEN})
api = voucherify.RedemptionsApi(voucherify.ApiClient(config))
result = api.rollback_stacked_redemptions(PARENT, reason=REASON,
    redemptions_rollbacks_create_request_body=voucherify.RedemptionsRollbacksCreateRequestBody.from_dict(BODY))
read = (all(r.result == "SUCCESS" for r in result.rollbacks), [(r.id, r.result, r.failure_code, r.amount,
        r.voucher.code if r.voucher else None) for r in result.rollbacks], result.parent_rollback.id,
        result.order.status)
t2, m2 = time.perf_counter(), len(sys.modules)
print(json.dumps({"import": t1 - t0, "first": t2 - t1, "modules": [m1 - m0, m2 - m1], "read": repr(read)}))
"""


def _run(program: str, base_url: str, *, hide: tuple[str, ...] = ()) -> dict[str, Any]:
    prelude = (
        f"URL, APP_ID, APP_TOKEN, PARENT, REASON, BODY, HIDDEN = "
        f"{base_url!r}, {APP_ID!r}, {APP_TOKEN!r}, {PARENT!r}, {REASON!r}, {BODY!r}, {hide!r}\n"
    )
    if hide:
        prelude += HIDE
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO / "wrapper"), str(REPO / "generated")])}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    done = subprocess.run(
        [sys.executable, "-c", prelude + program], capture_output=True, text=True, env=env, check=False, timeout=120
    )
    if done.returncode != 0:
        raise SystemExit(f"a fresh interpreter failed:\n{done.stderr}")
    answer: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return answer


Samples = dict[str, list[dict[str, Any]]]


def measure_startup(base_url: str, *, runs: int, warm_up: bool = True) -> Samples:
    """`runs` fresh-interpreter runs of each side, alternating, after one warm-up pair (unless `warm_up` is off)."""
    compileall.compile_dir(str(REPO / "wrapper"), quiet=1)
    compileall.compile_dir(str(REPO / "generated"), quiet=1)
    samples: Samples = {"ours": [], "ours, dev venv": [], "official": []}
    for index in range(runs + warm_up):
        round_ = {
            "ours": _run(OURS, base_url, hide=NOT_IN_A_PLAIN_INSTALL),
            "ours, dev venv": _run(OURS, base_url),
            "official": _run(OFFICIAL, base_url),
        }
        if len({run["read"] for run in round_.values()}) != 1:
            raise SystemExit(f"import: the sides read different values: {round_}")
        if index or not warm_up:  # the first round only warms the page cache
            for name, run in round_.items():
                samples[name].append(run)
    return samples


def startup(report: Report, samples: Samples) -> None:
    runs = len(samples["ours"])
    print(f"\n== import: import + first call + first read, fresh interpreters (median of {runs} each)")

    def mid(name: str, key: str) -> float:
        return statistics.median(run[key] for run in samples[name])

    ours_total = statistics.median(run["import"] + run["first"] for run in samples["ours"])
    official_import = mid("official", "import")
    for name in samples:
        modules = samples[name][-1]["modules"]
        print(
            f"  {name:14} import {mid(name, 'import') * 1000:8.1f} ms ({modules[0]} modules), first call + read"
            f" {mid(name, 'first') * 1000:7.1f} ms (+{modules[1]} modules)"
        )
    print(
        f"  ours import + first call + read: {ours_total * 1000:.1f} ms"
        f" = 1/{official_import / ours_total:.0f} of import voucherify"
    )
    report.ratio(
        "import",
        "import + first call + read",
        "ours",
        "import voucherify",
        ours_total / official_import,
        ("<=", 1 / 30),
    )
    print(f"  ours: {', '.join(NOT_IN_A_PLAIN_INSTALL)} hidden (installed here by the dev and cli extras only)")
    report.ratio("import", "import alone", "ours", "import voucherify", mid("ours", "import") / official_import)
    dev_total = statistics.median(run["import"] + run["first"] for run in samples["ours, dev venv"])
    report.ratio(
        "import", "import + first call + read", "ours, dev venv", "import voucherify", dev_total / official_import
    )
