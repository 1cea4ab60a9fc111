"""Build hooks for the sandbox distribution, whose package lives outside this folder (wrapper/voucherify_sandbox).

From a clone the package and the LICENSE are taken from the repository root two levels up; the sdist carries them at
its own root, so a wheel built from the sdist finds them there.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface
from hatchling.metadata.plugin.interface import MetadataHookInterface

PACKAGE = "voucherify_sandbox"


class PinnedSDK(MetadataHookInterface):
    """The sandbox speaks to the SDK's public names of exactly its own release: require that very version."""

    def update(self, metadata: dict[str, Any]) -> None:
        metadata["dependencies"] = [f"voucherify-rollbacks=={metadata['version']}", "waitress>=3.0.2,<4"]


def _first_existing(root: Path, name: str) -> Path:
    for candidate in (root / name, root.parents[1] / "wrapper" / name, root.parents[1] / name):
        if candidate.exists():
            return candidate
    raise FileNotFoundError(f"{name}: neither in {root} (an sdist) nor in the repository two levels up")


class SandboxFiles(BuildHookInterface):
    """Ships wrapper/voucherify_sandbox (and the LICENSE) from wherever this build finds them."""

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name == "wheel" and version == "editable":
            return  # dev-mode-dirs puts wrapper/ itself on sys.path
        root = Path(self.root)
        build_data["force_include"][str(_first_existing(root, PACKAGE))] = PACKAGE
        if self.target_name == "sdist":
            build_data["force_include"][str(_first_existing(root, "LICENSE"))] = "LICENSE"
