"""Taking a new snapshot of Voucherify's published specs: `scripts/sync-spec --upstream DIR [--commit SHA]`.

One command does every step: print what the snapshot changes (spec_changes.report), check that our overlay still
fits it (before anything is replaced), vendor the files into spec/upstream/, write their provenance (commit, date,
sha256) into the table of spec/upstream/README.md, rewrite openapi.yaml and regenerate generated/.
"""

from __future__ import annotations

import datetime
import hashlib
import json
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

if __package__:  # imported by the tests as scripts.upstream_snapshot
    from . import sync_spec
    from .spec_changes import report
else:  # run by scripts/sync-spec, with scripts/ on sys.path (sync_spec registers itself under its own name)
    import sync_spec
    from spec_changes import report

UPSTREAM_PATH = "documentation/openapi/"  # where voucherifyio/voucherify-openapi keeps the per-tag specs
# Where it keeps the event specs (the webhooks' bodies), by file.
EVENT_PATHS = {
    "OpenAPIWebhooks.json": "reference/",
    "events-redemption.json": "documentation/openapi-events/",
}
BEGIN = "<!-- provenance: written by scripts/sync-spec --upstream; edits between these markers are overwritten -->"
END = "<!-- end of provenance -->"
HEADER = ("| file | upstream path | upstream commit | date | sha256 |", "|---|---|---|---|---|")
NOT_GIVEN = "not given"


@dataclass(frozen=True)
class Row:
    file: str
    commit: str
    date: str
    sha256: str

    def line(self) -> str:
        commit = f"`{self.commit}`" if self.commit != NOT_GIVEN else NOT_GIVEN
        folder = EVENT_PATHS.get(self.file, UPSTREAM_PATH)
        return f"| `{self.file}` | `{folder}{self.file}` | {commit} | {self.date} | `{self.sha256}` |"


def vendored_names() -> list[str]:
    """Every upstream file spec/upstream/ holds: the Redemptions specs and the event specs."""
    return sorted({*sync_spec.OPERATIONS.values(), *sync_spec.EVENT_FILES})


def snapshot_files(upstream: Path, orders: Path | None) -> dict[str, Path]:
    """The files a snapshot replaces: both from a folder (and the event specs, OpenAPIWebhooks.json and
    events-redemption.json, when it holds them), or `--upstream redemptions.json [--orders orders.json]`."""
    if upstream.is_dir():
        if orders is not None:
            raise sync_spec.SpecError("--orders goes with --upstream FILE, not with a folder")
        files = {name: upstream / name for name in sorted(set(sync_spec.OPERATIONS.values()))}
        events = {name: upstream / name for name in sync_spec.EVENT_FILES}
        if any(path.is_file() for path in events.values()):
            files.update(events)  # both or none: a half pair is reported missing below
    else:
        files = {"redemptions.json": upstream}
        if orders is not None:
            files["orders.json"] = orders
    missing = [str(path) for path in files.values() if not path.is_file()]
    if missing:
        raise sync_spec.SpecError(f"no such file: {', '.join(missing)}")
    return files


def take(files: dict[str, Path], *, commit: str | None, date: str | None, generate: bool) -> None:
    """Report, vendor, record and regenerate; raises SpecError before replacing anything when the overlay does not
    fit the new snapshot."""
    vendored = sync_spec.UPSTREAM
    new_sources = sync_spec.load_upstream(vendored)
    new_sources.update({name: json.loads(path.read_text(encoding="utf-8")) for name, path in files.items()})
    old_doc = sync_spec.normalize(sync_spec.load_upstream(vendored))
    new_doc = sync_spec.normalize(new_sources)
    print(report(old_doc, new_doc))
    new_events = sync_spec.load_events(vendored)
    new_events.update({name: new_sources[name] for name in sync_spec.EVENT_FILES if name in new_sources})
    old_events = sync_spec.normalize_events(sync_spec.load_events(vendored))
    new_events_doc = sync_spec.normalize_events(new_events)
    print(event_report(old_events, new_events_doc))
    # Both fail here, with nothing replaced, when an overlay action no longer fits.
    sync_spec.build_from(new_doc)
    sync_spec.build_from(new_events_doc, sync_spec.EVENTS_OVERLAY, sync_spec.EVENTS_HEADER)
    changed = set()
    for name, path in files.items():
        if path.read_bytes() != (vendored / name).read_bytes():
            changed.add(name)
            shutil.copyfile(path, vendored / name)
    record_provenance(vendored / "README.md", changed if commit is None else set(files), commit=commit, date=date)
    print(f"spec/upstream/: {', '.join(sorted(changed)) or 'nothing'} replaced; provenance written to its README.md")
    text = sync_spec.build()
    sync_spec.OUTPUT.write_text(text, encoding="utf-8")
    print(f"openapi.yaml written from spec/upstream/ + spec/overlay.yaml ({len(text.splitlines())} lines)")
    events_text = sync_spec.build_events()
    sync_spec.EVENTS_OUTPUT.write_text(events_text, encoding="utf-8")
    print(
        "openapi-events.yaml written from spec/upstream/ + spec/overlay-events.yaml "
        f"({len(events_text.splitlines())} lines)"
    )
    if generate:
        subprocess.run([str(sync_spec.ROOT / "scripts" / "generate")], check=True)
    print(
        "Review: the report above (BREAKING lines may need a wrapper change or an overlay action; new failure codes "
        "a line in wrapper/voucherify_rollbacks/errors/failure_codes.py), `git diff --stat`, the diff of "
        "generated/ (renamed or removed classes go in CHANGELOG.md), then scripts/test and commit."
    )


def record_provenance(readme: Path, names: set[str], *, commit: str | None, date: str | None) -> None:
    """Rewrite the provenance table: the rows of `names` get the commit (or "not given"), the date (default: today,
    UTC) and their sha256; every row's sha256 is that of the file vendored now."""
    text = readme.read_text(encoding="utf-8")
    if BEGIN not in text or END not in text:
        raise sync_spec.SpecError(f"{readme} has no provenance markers ({BEGIN} ... {END})")
    head, rest = text.split(BEGIN, 1)
    table, tail = rest.split(END, 1)
    rows = {row.file: row for row in parse_rows(table)}
    today = date or datetime.datetime.now(datetime.UTC).date().isoformat()
    for name in vendored_names():
        digest = hashlib.sha256((readme.parent / name).read_bytes()).hexdigest()
        known = rows.get(name)
        if name in names or known is None:
            rows[name] = Row(name, commit or NOT_GIVEN, today, digest)
        else:
            rows[name] = Row(name, known.commit, known.date, digest)
    lines = [*HEADER, *(rows[name].line() for name in sorted(rows))]
    readme.write_text(head + BEGIN + "\n" + "\n".join(lines) + "\n" + END + tail, encoding="utf-8")


def event_report(old: dict[str, object], new: dict[str, object]) -> str:
    """What a snapshot changes in the event schemas we type: the components added, removed and changed."""
    was, now = old["components"], new["components"]
    assert isinstance(was, dict) and isinstance(now, dict)
    before, after = was["schemas"], now["schemas"]
    lines = [f"  added    {name}" for name in sorted(set(after) - set(before))]
    lines += [f"  removed  {name}" for name in sorted(set(before) - set(after))]
    lines += [f"  changed  {name}" for name in sorted(set(before) & set(after)) if before[name] != after[name]]
    head = "Event schemas (openapi-events.yaml): "
    return head + ("no change" if not lines else f"{len(lines)} change(s)\n" + "\n".join(lines))


def parse_rows(table: str) -> list[Row]:
    """The rows of a provenance table (what record_provenance writes)."""
    rows = []
    for line in table.splitlines():
        match = re.fullmatch(r"\| `([^`]+)` \| `[^`]*` \| `?([^|`]+?)`? \| ([^|]+?) \| `([0-9a-f]{64})` \|", line)
        if match:
            rows.append(Row(match[1], match[2], match[3], match[4]))
    return rows


def provenance(readme: Path) -> dict[str, Row]:
    """The provenance rows of spec/upstream/README.md, by file name."""
    text = readme.read_text(encoding="utf-8")
    return {row.file: row for row in parse_rows(text.split(BEGIN, 1)[-1].split(END, 1)[0])}
