"""A mkdocs hook: the API reference documents every public name, or the build fails.

After the site is built, every name in the `__all__` of a public module must have an entry (an anchor that resolves
to that very object at run time), each public method and property of a public class an entry of its own, and each
of them a docstring (read as the site reads it: griffe's view of the source, the client methods included). What is
missing is logged as a warning, which `mkdocs build --strict` turns into a failed build.
"""

from __future__ import annotations

import functools
import importlib
import inspect
import logging
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import griffe

# The modules users import names from: their `__all__` is the public surface (as in scripts/api-snapshot).
PUBLIC_MODULES = (
    "voucherify_rollbacks",
    "voucherify_rollbacks.errors",
    "voucherify_rollbacks.webhooks",
    "voucherify_sandbox",
)
_ANCHOR = re.compile(r'id="((?:voucherify_rollbacks|voucherify_sandbox)(?:\.\w+)+)"')
_MISSING = object()
_METHOD_KINDS = (property, functools.cached_property, staticmethod, classmethod)
log = logging.getLogger("mkdocs.hooks.reference_check")  # under "mkdocs": strict mode counts its warnings


def on_post_build(config: Any, **kwargs: Any) -> None:
    anchors = _anchors(Path(config["site_dir"]))
    documented = {id(obj): anchor for anchor in sorted(anchors) if (obj := _resolve(anchor)) is not _MISSING}
    source = _griffe_packages(Path(config["config_file_path"]).parent)
    for module_name in PUBLIC_MODULES:
        module = importlib.import_module(module_name)
        for name in module.__all__:
            obj = getattr(module, name)
            where = f"{module_name}.{name}"
            anchor = documented.get(id(obj))
            if anchor is None:
                log.warning("API reference: %s has no entry (add it to a page under docs/reference/)", where)
                continue
            if not _has_docstring(source, anchor):
                log.warning("API reference: %s has no docstring", where)
            if inspect.isclass(obj):
                for member, owner in _public_members(obj):
                    # An inherited member is documented once, on the public class that defines it; one from a
                    # private base only on this class's own entry (`inherited_members: true`).
                    entry = f"{documented.get(id(owner), anchor)}.{member}"
                    if entry not in anchors:
                        log.warning("API reference: %s.%s has no entry (%s)", where, member, entry)
                    elif not _has_docstring(source, entry):
                        log.warning("API reference: %s.%s has no docstring", where, member)


def _anchors(site: Path) -> set[str]:
    return {anchor for page in site.rglob("*.html") for anchor in _ANCHOR.findall(page.read_text(encoding="utf-8"))}


def _resolve(path: str) -> Any:
    """The object a dotted path names at run time (a module, then attributes), or _MISSING."""
    parts = path.split(".")
    for cut in range(len(parts), 0, -1):
        try:
            obj: Any = importlib.import_module(".".join(parts[:cut]))
        except ImportError:
            continue
        for attribute in parts[cut:]:
            obj = getattr(obj, attribute, _MISSING)
            if obj is _MISSING:
                return _MISSING
        return obj
    return _MISSING


def _public_members(cls: type) -> Iterator[tuple[str, type]]:
    """The methods and properties a user calls on `cls` defined by this project (not by dict, Exception, ...), each
    with the class that defines it."""
    for name in sorted(dir(cls)):
        if name.startswith("_"):
            continue
        owner = next((klass for klass in cls.__mro__ if name in vars(klass)), None)
        if owner is None or not owner.__module__.startswith(("voucherify_rollbacks", "voucherify_sandbox")):
            continue
        raw = inspect.getattr_static(cls, name)
        if inspect.isfunction(raw) or isinstance(raw, _METHOD_KINDS):
            yield name, owner


def _griffe_packages(root: Path) -> griffe.ModulesCollection:
    """Both packages as the site reads them: griffe's view of the source, with the client methods extension."""
    loader = griffe.GriffeLoader(
        search_paths=[str(root / "wrapper"), str(root / "generated")],
        extensions=griffe.load_extensions(f"{Path(__file__).with_name('client_methods.py')}:ClientMethods"),
    )
    # The generated packages too: the wrapper names their classes (results, events) by alias.
    for package in ("voucherify_rollbacks", "voucherify_sandbox", "voucherify_client", "voucherify_events"):
        loader.load(package)
    loader.resolve_aliases(implicit=False, external=False)
    return loader.modules_collection


def _has_docstring(source: griffe.ModulesCollection, path: str) -> bool:
    package, _, rest = path.partition(".")
    try:
        docstring = source[package][rest].docstring
    except (KeyError, griffe.AliasResolutionError, griffe.CyclicAliasError):
        return False
    return docstring is not None and bool(docstring.value.strip())
