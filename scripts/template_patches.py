"""Our template overrides as vendored patches against the pinned generator's own templates.

Each override `scripts/templates/<name>` has `scripts/template-patches/<name>.patch`: a unified diff from the
generator's template to ours, headed by the template it derives from, the generator version and that template's
sha256. The patch shows exactly our edits (what a reviewer reads); the check below keeps it true.

  scripts/check-templates           fail when a patch is missing or stale, or when the installed generator's template
                                    is not the one a patch was made against: then print the three-way merge of ours,
                                    the old upstream (ours minus our patch) and the new upstream, conflicts marked
  scripts/check-templates --record  rewrite every patch against the installed generator (after resolving a merge)

Run through scripts/check-templates, which picks the project's venv.
"""

from __future__ import annotations

import argparse
import difflib
import hashlib
import os
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OVERRIDES = ROOT / "scripts" / "templates"
PATCHES = ROOT / "scripts" / "template-patches"
HUNK = re.compile(r"^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@")


def generator_templates() -> tuple[str, Path]:
    """The installed generator's version and template folder ($GENERATOR_TEMPLATES overrides the folder, for tests)."""
    import openapi_python_client

    version = getattr(openapi_python_client, "__version__", None)
    if version is None:
        from importlib.metadata import version as dist_version

        version = dist_version("openapi-python-client")
    folder = Path(os.environ.get("GENERATOR_TEMPLATES") or Path(openapi_python_client.__file__).parent / "templates")
    return version, folder


@dataclass
class Patch:
    upstream: str  # path of the template inside the generator's templates folder
    generator: str
    upstream_sha256: str
    diff: list[str]  # unified diff lines, without line ends

    @classmethod
    def read(cls, path: Path) -> Patch:
        lines = path.read_text(encoding="utf-8").splitlines()
        header = dict(line[2:].split(": ", 1) for line in lines if line.startswith("# ") and ": " in line)
        body = [line for line in lines if not line.startswith("# ")]
        return cls(header["upstream"], header["generator"], header["upstream-sha256"], body)

    def text(self) -> str:
        header = [
            "# Our edits to an openapi-python-client template (scripts/check-templates keeps this file true).",
            f"# upstream: {self.upstream}",
            f"# generator: {self.generator}",
            f"# upstream-sha256: {self.upstream_sha256}",
        ]
        return "\n".join([*header, *self.diff]) + "\n"


def make_diff(base: str, ours: str, name: str) -> list[str]:
    return list(
        difflib.unified_diff(base.splitlines(), ours.splitlines(), f"upstream/{name}", f"ours/{name}", n=2, lineterm="")
    )


def reverse_apply(diff: list[str], ours: str) -> str:
    """The upstream text a diff was made from, rebuilt from its result (ours)."""
    source = ours.splitlines()
    result: list[str] = []
    position = 0  # index into source
    index = 0
    while index < len(diff):
        match = HUNK.match(diff[index])
        index += 1
        if not match:
            continue
        start = int(match.group(3)) - (0 if match.group(4) == "0" else 1)
        result += source[position:start]
        position = start
        while index < len(diff) and not HUNK.match(diff[index]):
            line = diff[index]
            index += 1
            tag, text = line[:1], line[1:]
            if tag in (" ", "+"):
                if position >= len(source) or source[position] != text:
                    raise ValueError(f"the patch does not fit the override at line {position + 1}")
                position += 1
            if tag in (" ", "-"):
                result.append(text)
    result += source[position:]
    return "\n".join(result) + "\n"


def overrides() -> list[str]:
    return sorted(str(path.relative_to(OVERRIDES)) for path in OVERRIDES.rglob("*.jinja"))


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def three_way(ours: str, base: str, theirs: str, name: str, version: str, new_version: str) -> str:
    with tempfile.TemporaryDirectory(prefix="template-merge-") as folder:
        paths = []
        for label, text in (("ours", ours), ("base", base), ("theirs", theirs)):
            path = Path(folder) / label
            path.write_text(text, encoding="utf-8")
            paths.append(str(path))
        labels = ["-L", f"ours {name}", "-L", f"upstream {version}", "-L", f"upstream {new_version}"]
        merged = subprocess.run(
            ["git", "merge-file", "-p", "--diff3", *labels, *paths], capture_output=True, text=True, check=False
        )
        return merged.stdout


def check() -> int:
    version, folder = generator_templates()
    problems: list[str] = []
    for name in overrides():
        ours = (OVERRIDES / name).read_text(encoding="utf-8")
        patch_path = PATCHES / f"{name}.patch"
        upstream_path = folder / name
        if not upstream_path.exists():
            problems.append(f"{name}: the generator {version} has no such template any more")
            continue
        theirs = upstream_path.read_text(encoding="utf-8")
        if not patch_path.exists():
            problems.append(f"{name}: no patch recorded; run scripts/check-templates --record")
            continue
        patch = Patch.read(patch_path)
        if patch.upstream_sha256 != sha256(theirs):
            base = reverse_apply(patch.diff, ours)
            merged = three_way(ours, base, theirs, name, patch.generator, version)
            conflicts = merged.count("<<<<<<< ")
            print(f"== {name}: upstream template changed ({patch.generator} -> {version}), {conflicts} conflict(s)")
            print(merged, end="")
            problems.append(
                f"{name}: made against openapi-python-client {patch.generator}, the installed {version} changed the "
                "template; resolve the merge above into the override, then scripts/check-templates --record"
            )
            continue
        if patch.diff != make_diff(theirs, ours, name):
            problems.append(f"{name}: the override was edited since its patch was recorded; run --record")
    for path in sorted(PATCHES.rglob("*.patch")):
        if str(path.relative_to(PATCHES))[: -len(".patch")] not in overrides():
            problems.append(f"{path.relative_to(ROOT)}: a patch without its override")
    for problem in problems:
        print(f"check-templates: {problem}", file=sys.stderr)
    if not problems:
        lines = sum(len(Patch.read(PATCHES / f"{n}.patch").diff) for n in overrides())
        print(
            f"{len(overrides())} template overrides match their patches against openapi-python-client {version} "
            f"({lines} patch lines)"
        )
    return 1 if problems else 0


def record() -> int:
    version, folder = generator_templates()
    for name in overrides():
        theirs = (folder / name).read_text(encoding="utf-8")
        ours = (OVERRIDES / name).read_text(encoding="utf-8")
        patch = Patch(f"openapi_python_client/templates/{name}", version, sha256(theirs), make_diff(theirs, ours, name))
        target = PATCHES / f"{name}.patch"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(patch.text(), encoding="utf-8")
    print(f"recorded {len(overrides())} patches against openapi-python-client {version}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="scripts/check-templates", description=__doc__.split("\n\n")[0])
    parser.add_argument("--record", action="store_true", help="rewrite the patches against the installed generator")
    args = parser.parse_args(argv)
    return record() if args.record else check()


if __name__ == "__main__":
    sys.exit(main())
