"""Identifiers in Voucherify's formats: a type prefix plus random hex (`r_…`, `rr_…`, `ord_…`, request ids `v-…`)."""

from __future__ import annotations

import hashlib
import secrets


def new_id(prefix: str) -> str:
    """A fresh id such as `r_3f9c…` (24 hex chars; Voucherify says id lengths may change, so clients must not care)."""
    return f"{prefix}_{secrets.token_hex(12)}"


def request_id() -> str:
    return "v-" + secrets.token_hex(9)


def stable_id(prefix: str, key: str) -> str:
    """The same id for the same key, e.g. one `cust_…` per customer source_id without a customer table."""
    return f"{prefix}_{hashlib.sha256(key.encode()).hexdigest()[:24]}"
