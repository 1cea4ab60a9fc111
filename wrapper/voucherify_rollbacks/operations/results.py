"""What calls return: `RollbackResult` (rollback_stacked, rollback, find_rollback) and `RedeemResult` (redeem)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from functools import cached_property
from typing import Any

from voucherify_client.models import (
    RedemptionRollback,
    RedemptionsRedeemResponseBody,
    RedemptionsRollbacksCreateResponseBody,
)

from ..errors import RollbackFailedError
from ..errors.redaction import redact_headers
from .reading import plain
from .views import Order, Redemption, Rollback


class RollbackResult:
    """What `rollback_stacked` and `rollback` return.

    `rollbacks` are the per-incentive rollbacks, `parent_rollback` the stack's own (None for a single redemption),
    `order` the order after the rollback. `recovered` is True when an answer of this call was lost (a timeout, a
    reset, a 5xx, an unreadable success) and the SDK's look-up found the rollback one of its own attempts made
    (it carries this call's marker). `marker_refused` is True when the project's metadata schema refused the marker
    (`metadata_validation_failed`) and the rollback was sent again without it. The views are read from the decoded
    answer when it arrives; the generated model (`.model`, `to_dict()`) is built from the kept body when first asked.
    """

    def __init__(
        self,
        *,
        data: Mapping[str, Any] | None = None,
        single: bool = False,
        parent_rollback: Any = None,
        rollbacks: list[Any] | None = None,
        order: Any = None,
        recovered: bool = False,
        request_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        status_code: int | None = None,
        attempts: int | None = None,
        elapsed: float | None = None,
    ) -> None:
        self.attempts, self.elapsed = attempts, elapsed  # the call's attempts, and its seconds until this answer
        self._data = data
        self._body: bytes | None = None
        self._single = single
        self._given = (parent_rollback, rollbacks or [], order)
        self.recovered = recovered
        # True when the project's metadata schema refused this call's marker and the call went again without it.
        self.marker_refused = False
        self.request_id = request_id
        self._headers = headers or {}
        self.status_code = status_code

    @cached_property
    def headers(self) -> dict[str, str]:
        """The response headers, credential-like ones redacted."""
        return redact_headers(self._headers)

    @classmethod
    def from_single(cls, rollback: RedemptionRollback, **meta: Any) -> RollbackResult:
        """From one rollback model: no parent."""
        return cls(rollbacks=[rollback], order=plain(rollback.order), single=True, **meta)

    @classmethod
    def _read(cls, data: dict[str, Any], body: bytes, *, single: bool = False, **meta: Any) -> RollbackResult:
        """The result of an answer: `data` is its decoded `body`. The views are read from `data` now and `body` is
        kept for `.model`, so the result holds neither the decoded dict nor a model nobody asked for."""
        result = cls(single=single, **meta)
        result._body = body
        if single:
            parent, rollbacks = None, [Rollback._read(data, (result, ()))]
        else:
            found, items = data.get("parent_rollback"), data.get("rollbacks")
            parent = None if found is None else Rollback._read(found, (result, ("parent_rollback",)))
            listed = items if type(items) is list else []
            rollbacks = [Rollback._read(item, (result, ("rollbacks", i))) for i, item in enumerate(listed)]
        order = data.get("order")
        result.__dict__.update(
            parent_rollback=parent,
            rollbacks=rollbacks,
            order=Order._from_json(order, (result, ("order",))) if type(order) is dict else None,
        )
        return result

    @cached_property
    def model(self) -> RedemptionsRollbacksCreateResponseBody | RedemptionRollback | None:
        """The answer as the generated model (None for a result rebuilt by recovery)."""
        data = self._data if self._body is None else json.loads(self._body)
        if data is None:
            return None
        if self._single:
            return RedemptionRollback.from_dict(data)
        return RedemptionsRollbacksCreateResponseBody.from_dict(data)

    @cached_property
    def _parts(self) -> tuple[Any, list[Any], Any]:
        model = self.model
        if isinstance(model, RedemptionRollback):
            return None, [model], plain(model.order)
        if isinstance(model, RedemptionsRollbacksCreateResponseBody):
            items = plain(model.rollbacks)
            return plain(model.parent_rollback), items if isinstance(items, list) else [], plain(model.order)
        return self._given

    @cached_property
    def parent_rollback(self) -> Rollback | None:
        """The stack's own rollback, linked to the parent redemption; None for a single redemption."""
        parent = self._parts[0]
        return None if parent is None else Rollback.from_model(parent)

    @cached_property
    def rollbacks(self) -> list[Rollback]:
        """One rollback per redeemed incentive, each with the child redemption it undid in `redemption`."""
        return [Rollback.from_model(item) for item in self._parts[1]]

    @cached_property
    def order(self) -> Order | None:
        """The order after the rollback (status CANCELED under the default rollback policy)."""
        return Order.from_model(self._parts[2])

    @property
    def failures(self) -> list[Rollback]:
        """The items Voucherify did not roll back, each with its `failure_code` and `failure_message`."""
        items = ([self.parent_rollback] if self.parent_rollback else []) + self.rollbacks
        return [item for item in items if not item.succeeded]

    @property
    def ok(self) -> bool:
        """True when the result holds rollbacks and every item (and the parent) was rolled back; never True for a
        result without any rollback."""
        return bool(self.rollbacks or self.parent_rollback) and not self.failures

    def raise_for_failures(self) -> RollbackResult:
        """Raise RollbackFailedError listing the failed items (or saying that there is no rollback at all), unless
        every item was rolled back; return self otherwise."""
        if not self.ok:
            raise RollbackFailedError(self.failures)
        return self

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data: `ok`, `recovered`, the request id and status, and the parent rollback, the
        rollbacks, the failed items' ids and the order as Voucherify's own JSON (every field, unknown ones too)."""
        return {
            "ok": self.ok,
            "recovered": self.recovered,
            "request_id": self.request_id,
            "status_code": self.status_code,
            "parent_rollback": _model_dict(self.parent_rollback),
            "rollbacks": [_model_dict(item) for item in self.rollbacks],
            "failures": [item.id for item in self.failures],
            "order": _model_dict(self.order),
        }

    def __repr__(self) -> str:
        ids = [r.id for r in self.rollbacks]
        parent = self.parent_rollback.id if self.parent_rollback else None
        return (
            f"RollbackResult(parent_rollback={parent!r}, rollbacks={ids!r}, ok={self.ok}, recovered={self.recovered})"
        )


class RedeemResult:
    """What `redeem` returns: the child redemptions, their parent (None for a single redeemable) and the order."""

    def __init__(
        self,
        body: RedemptionsRedeemResponseBody,
        *,
        request_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        status_code: int | None = None,
        attempts: int | None = None,
        elapsed: float | None = None,
    ) -> None:
        self.attempts, self.elapsed = attempts, elapsed  # the call's attempts, and its seconds until this answer
        self.model = body
        self.request_id = request_id
        self._headers = headers or {}
        self.status_code = status_code

    @cached_property
    def headers(self) -> dict[str, str]:
        """The response headers, credential-like ones redacted."""
        return redact_headers(self._headers)

    def to_dict(self) -> dict[str, Any]:
        """The result as plain JSON-ready data, exactly what the API sent (unknown fields included)."""
        return self.model.to_dict()

    @cached_property
    def parent_redemption(self) -> Redemption | None:
        """The redemption of the whole stack; None when a single redeemable was redeemed."""
        parent = plain(self.model.parent_redemption)
        return None if parent is None else Redemption.from_model(parent)

    @cached_property
    def redemptions(self) -> list[Redemption]:
        """One redemption per redeemable."""
        items = plain(self.model.redemptions)
        return [Redemption.from_model(item) for item in (items if isinstance(items, list) else [])]

    @cached_property
    def order(self) -> Order | None:
        """The order with the discounts applied."""
        return Order.from_model(plain(self.model.order))

    @property
    def redemption_id(self) -> str | None:
        """The id to roll back: the parent's for a stack, the only redemption's otherwise."""
        if self.parent_redemption is not None:
            return self.parent_redemption.id
        return self.redemptions[0].id if len(self.redemptions) == 1 else None

    @property
    def inapplicable(self) -> list[Any]:
        """Redeemables that could not be applied (PARTIAL validation policy), as generated models."""
        items = plain(self.model.inapplicable_redeemables)
        return list(items) if isinstance(items, list) else []

    @property
    def skipped(self) -> list[Any]:
        """Redeemables skipped by the stacking rules (PARTIAL validation policy), as generated models."""
        items = plain(self.model.skipped_redeemables)
        return list(items) if isinstance(items, list) else []

    def __repr__(self) -> str:
        return f"RedeemResult(redemption_id={self.redemption_id!r}, redemptions={[r.id for r in self.redemptions]!r})"


def _model_dict(view: Any) -> dict[str, Any] | None:
    """A view's generated model as JSON-ready data (`to_dict()` of the model keeps unknown fields), or None."""
    model = getattr(view, "model", None)
    data = model.to_dict() if model is not None else None
    return data if isinstance(data, dict) else None
