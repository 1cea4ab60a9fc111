"""Build hooks for the sandbox distribution, whose package lives outside this folder, in wrapper/ beside the SDK.

From a clone the package and the LICENSE come from the repository root two levels up; the sdist carries them at its
own root, so a wheel built from the sdist finds them there.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface
from hatchling.metadata.plugin.interface import MetadataHookInterface


class PinnedSDK(MetadataHookInterface):
    """The sandbox is tested against the SDK of its own release: require exactly that version."""

    def update(self, metadata: dict[str, Any]) -> None:
        metadata["dependencies"] = [f"voucherify-rollbacks=={metadata['version']}", "waitress>=3.0.2,<4"]


def _source(root: Path, in_sdist: str, in_clone: str) -> str:
    for candidate in (root / in_sdist, root.parents[1] / in_clone):
        if candidate.exists():
            return str(candidate)
    raise FileNotFoundError(f"{in_sdist}: neither in {root} (an sdist) nor at {in_clone} in the repository")


class SandboxFiles(BuildHookInterface):
    """Ships the voucherify_sandbox package (and, in the sdist, the LICENSE) from wherever this build finds them."""

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name == "wheel" and version == "editable":
            return  # dev-mode-dirs puts wrapper/ itself on sys.path: edits show without reinstalling
        root = Path(self.root)
        build_data["force_include"][_source(root, "voucherify_sandbox", "wrapper/voucherify_sandbox")] = (
            "voucherify_sandbox"
        )
        if self.target_name == "sdist":
            build_data["force_include"][_source(root, "LICENSE", "LICENSE")] = "LICENSE"
