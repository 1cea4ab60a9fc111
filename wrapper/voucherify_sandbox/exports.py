"""Exports of redemptions over the store (`exports.json`, upstream 65c33a7a): `POST /v1/exports` schedules one,
`GET /v1/exports/{id}` shows it SCHEDULED, then IN_PROGRESS, then DONE with `result.url` (after `polls` reads), and
`GET /v1/exports/{id}?token=…` (no app keys: the token authorises it, as on Voucherify's download host) streams the
CSV, read from the store a batch at a time in insertion order.

The CSV's header carries each field's label (`Voucher Code`, `Customer ID`) and `metadata` is one column holding
the record's metadata as JSON. Filters are those of list-redemptions (listing.py) plus `created_at` `$after` /
`$before`, `campaign` / `customer` `$is`, and `metadata.KEY` conditions (`$is`, `$in`), which always join with `and`.
"""

from __future__ import annotations

import csv
import hmac
import io
import json
import secrets
import threading
from collections.abc import Iterator
from typing import Any

from voucherify_rollbacks import REDEMPTION_EXPORT_FIELDS

from .clock import Clock, iso, parse_iso
from .errors import ApiError, invalid_payload, not_found
from .listing import ARRAY_OPERATORS, FIELDS, SCALAR_OPERATORS, Condition, ListQuery, _where
from .store import Store

Doc = dict[str, Any]
FIELDS_ALLOWED = REDEMPTION_EXPORT_FIELDS  # exports.json's ExportRedemptionFields, as the SDK lists them
DEFAULT_FIELDS = ("id", "object", "voucher_code", "customer_id", "date", "result")
ROWS_PER_BATCH = 500
DEFAULT_POLLS = 2  # reads of a new export before it is DONE: SCHEDULED, IN_PROGRESS, then DONE


class Exports:
    """The exports made since the sandbox started (kept in memory). `polls`: status reads before DONE; `fail_next`:
    the next export created ends in ERROR; `expire_tokens()`: every download token issued so far stops working."""

    def __init__(self, store: Store, clock: Clock) -> None:
        self.store, self.clock = store, clock
        self.polls = DEFAULT_POLLS
        self.fail_next = False
        self._made: dict[str, Doc] = {}
        self._lock = threading.Lock()

    def expire_tokens(self) -> None:
        with self._lock:
            for export in self._made.values():
                export["token"] = secrets.token_urlsafe(24)

    def create(self, body: Any) -> Doc:
        if not isinstance(body, dict) or body.get("exported_object") != "redemption":
            raise invalid_payload(
                "Property .exported_object should be equal to one of the allowed values [ redemption ] (this sandbox "
                "exports redemptions only)"
            )
        parameters = body.get("parameters") or {}
        if not isinstance(parameters, dict):
            raise invalid_payload("Property .parameters should be an object")
        fields = parameters.get("fields") or list(DEFAULT_FIELDS)
        if not isinstance(fields, list) or not all(isinstance(f, str) and f in FIELDS_ALLOWED for f in fields):
            raise ApiError(
                400,
                "invalid_export_fields",
                "Invalid Export",
                f"Unsupported field used. Allowed fields: {', '.join(FIELDS_ALLOWED)}",
            )
        filters = parameters.get("filters") or {"junction": "and"}
        query, metadata = read_filters(filters)  # refused now, not at download
        with self._lock:
            export_id = "exp_" + secrets.token_hex(12)
            failing, self.fail_next = self.fail_next, False
            export = {
                "id": export_id,
                "object": "export",
                "created_at": iso(self.clock.now()),
                "status": "SCHEDULED",
                "channel": "API",
                "exported_object": "redemption",
                "parameters": {"fields": fields, "filters": filters},
                "result": None,
                "user_id": None,
                # the sandbox's own bookkeeping, never sent
                "polls_left": self.polls,
                "failing": failing,
                "token": secrets.token_urlsafe(24),
                "query": (query, metadata),
            }
            self._made[export_id] = export
            return _shown(export, "")

    def status(self, export_id: str, origin: str) -> Doc:
        with self._lock:
            export = self._found(export_id)
            if export["status"] in ("SCHEDULED", "IN_PROGRESS"):
                export["polls_left"] -= 1
                if export["polls_left"] <= 0:
                    export["status"] = "ERROR" if export["failing"] else "DONE"
                else:
                    export["status"] = "IN_PROGRESS"
            return _shown(export, origin)

    def download(self, export_id: str, token: str) -> Iterator[bytes]:
        """The CSV's bytes, a batch of rows at a time; ApiError 401 for a wrong token, 404 for an unknown export."""
        with self._lock:
            export = self._made.get(export_id)
            valid = export is not None and hmac.compare_digest(export["token"].encode(), token.encode())
            if not valid or export is None or export["status"] != "DONE":
                raise ApiError(401, "unauthorized", "Unauthorized")
            fields = list(export["parameters"]["fields"])
            query, metadata = export["query"]
        return self._csv(fields, query, metadata)

    def _found(self, export_id: str) -> Doc:
        export = self._made.get(export_id)
        if export is None:
            raise not_found("export", export_id)
        return export

    def _csv(self, fields: list[str], query: ListQuery, metadata: list[Condition]) -> Iterator[bytes]:
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerow([_label(field) for field in fields])
        where, params = _where(query, [None] * len(query.conditions))
        after = 0
        while True:
            rows = self.store.redemptions_after(where, params, after, ROWS_PER_BATCH)
            for seq, doc in rows:
                after = seq
                if all(_metadata_matches(doc, condition) for condition in metadata):
                    writer.writerow([_cell(doc, field) for field in fields])
            yield buffer.getvalue().encode()
            buffer.seek(0)
            buffer.truncate()
            if len(rows) < ROWS_PER_BATCH:
                return


def read_filters(filters: Any) -> tuple[ListQuery, list[Condition]]:
    """An export's filters as a list query (the SQL part) and its metadata conditions (checked per record)."""
    if not isinstance(filters, dict):
        raise invalid_payload("Property .parameters.filters should be an object")
    query = ListQuery()
    metadata: list[Condition] = []
    for name, spec in filters.items():
        if name == "junction":
            if not isinstance(spec, str) or spec.lower() not in ("and", "or"):
                raise invalid_payload("filters.junction must be and or or")
            query.junction = spec.lower()
            continue
        conditions = spec.get("conditions") if isinstance(spec, dict) else None
        if not isinstance(conditions, dict) or not conditions:
            raise invalid_payload(f"filters.{name} takes {{conditions: {{operator: value}}}}")
        for operator, value in conditions.items():
            values = [str(v) for v in value] if isinstance(value, list) else [str(value)]
            if name == "created_at" and operator in ("$after", "$before"):
                setattr(query, operator.lstrip("$"), parse_iso(values[0]))
            elif name in ("campaign", "customer") and operator == "$is":
                setattr(query, name, values[0])
            elif operator not in ARRAY_OPERATORS | SCALAR_OPERATORS:
                raise invalid_payload(f"filters.{name}: unknown operator {operator!r}")
            elif name.startswith("metadata.") and operator in ("$is", "$in"):
                metadata.append(Condition(name.removeprefix("metadata."), operator, values))
            elif name in FIELDS:
                query.conditions.append(Condition(name, operator, values))
            else:
                raise invalid_payload(f"filters: unknown field {name!r}")
    return query, metadata


def _metadata_matches(doc: Doc, condition: Condition) -> bool:
    value = (doc.get("metadata") or {}).get(condition.field)
    return isinstance(value, str) and value in condition.values


def _shown(export: Doc, origin: str) -> Doc:
    shown = {key: value for key, value in export.items() if key not in ("polls_left", "failing", "token", "query")}
    if export["status"] == "DONE":
        shown["result"] = {"url": f"{origin}/v1/exports/{export['id']}?token={export['token']}"}
    return shown


def _label(field: str) -> str:
    # Voucherify's CSV headers are labels ("ID", "Voucher Code"), not the field names (exports.json's example).
    return " ".join(word.upper() if word == "id" else word.capitalize() for word in field.split("_"))


def _cell(doc: Doc, field: str) -> Any:
    voucher = doc.get("voucher") or {}
    tier = doc.get("promotion_tier") or {}
    customer = doc.get("customer") or {}
    cells: dict[str, Any] = {
        "voucher_code": voucher.get("code"),
        "campaign": voucher.get("campaign") or (tier.get("campaign") or {}).get("name"),
        "promotion_tier_id": tier.get("id"),
        "customer_source_id": customer.get("source_id"),
        "customer_name": customer.get("name"),
        "order_id": (doc.get("order") or {}).get("id"),
        "order_amount": (doc.get("order") or {}).get("amount"),
        "gift_amount": (doc.get("gift") or {}).get("amount"),
        "loyalty_points": (doc.get("loyalty_card") or {}).get("points"),
        "metadata": json.dumps(doc["metadata"], separators=(",", ":")) if doc.get("metadata") else None,
    }
    value = cells[field] if field in cells else doc.get(field)
    return "" if value is None else value
