"""What calls return: `RollbackResult` (rollback_stacked, rollback, find_rollback) and `RedeemResult` (redeem)."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import Any

from voucherify_client.models import (
    RedemptionRollback,
    RedemptionsRedeemResponseBody,
    RedemptionsRollbacksCreateResponseBody,
    ValidationsRedeemableInapplicable,
    ValidationsRedeemableSkipped,
)
from voucherify_client.types import document_bytes

from ..errors import RollbackFailedError
from ..errors.redaction import redact_headers
from .records import Order, Redemption, succeeded


class RollbackResult:
    """What `rollback_stacked` and `rollback` return.

    `rollbacks` are the per-incentive rollbacks, `parent_rollback` the stack's own (None for a single redemption),
    `order` the order after the rollback: the generated models, decoded from the answer's bytes in one pass, every
    field typed (`RedemptionRollback`, `OrdersGetResponseBody`). `model` is the whole answer as its generated model
    (None for a result rebuilt by recovery). `recovered` is True when an answer of this call was lost (a timeout, a
    reset, a 5xx, an unreadable success) and the SDK's look-up found the rollback one of its own attempts made (it
    carries this call's marker). `marker_refused` is True when the project's metadata schema refused the marker
    (`metadata_validation_failed`) and the rollback was sent again without it.
    """

    def __init__(
        self,
        *,
        model: RedemptionsRollbacksCreateResponseBody | RedemptionRollback | None = None,
        parent_rollback: RedemptionRollback | None = None,
        rollbacks: list[RedemptionRollback] | None = None,
        order: Order | None = None,
        recovered: bool = False,
        request_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        status_code: int | None = None,
        attempts: int | None = None,
        elapsed: float | None = None,
    ) -> None:
        self.model = model
        self.parent_rollback = parent_rollback
        self.rollbacks: list[RedemptionRollback] = rollbacks or []
        self.order = order
        self.attempts, self.elapsed = attempts, elapsed  # the call's attempts, and its seconds until this answer
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
        """From one rollback: no parent."""
        return cls(model=rollback, rollbacks=[rollback], order=rollback.order, **meta)

    @classmethod
    def from_stacked(cls, body: RedemptionsRollbacksCreateResponseBody, **meta: Any) -> RollbackResult:
        """From a stacked rollback's answer."""
        return cls(model=body, parent_rollback=body.parent_rollback, rollbacks=body.rollbacks, order=body.order, **meta)

    @property
    def failures(self) -> list[RedemptionRollback]:
        """The items Voucherify did not roll back, each with its `failure_code` and `failure_message`."""
        items = ([self.parent_rollback] if self.parent_rollback else []) + self.rollbacks
        return [item for item in items if not succeeded(item)]

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
        parent, rollbacks, order = self._json_parts()
        return {
            "ok": self.ok,
            "recovered": self.recovered,
            "request_id": self.request_id,
            "status_code": self.status_code,
            "parent_rollback": parent,
            "rollbacks": rollbacks,
            "failures": [item.id for item in self.failures],
            "order": order,
        }

    def _json_parts(self) -> tuple[Any, list[Any], Any]:
        """The parent rollback, the rollbacks and the order as the answer's JSON: read from the whole answer at once
        when the result is that answer's (what `rollback_many` journals for every item), else item by item."""
        model = self.model
        if isinstance(model, RedemptionsRollbacksCreateResponseBody) and _same(model, self):
            whole = model.to_dict()
            listed = whole.get("rollbacks") or []
            if isinstance(listed, list) and len(listed) == len(self.rollbacks):  # no item was set aside
                parent = whole.get("parent_rollback") if self.parent_rollback is not None else None
                return parent, listed, whole.get("order") if self.order is not None else None
        if isinstance(model, RedemptionRollback) and len(self.rollbacks) == 1 and self.rollbacks[0] is model:
            whole = model.to_dict()
            return None, [whole], whole.get("order") if model.order is not None else None
        return (
            self.parent_rollback.to_dict() if self.parent_rollback else None,
            [item.to_dict() for item in self.rollbacks],
            self.order.to_dict() if self.order else None,
        )

    def __repr__(self) -> str:
        ids = [r.id for r in self.rollbacks]
        parent = self.parent_rollback.id if self.parent_rollback else None
        return (
            f"RollbackResult(parent_rollback={parent!r}, rollbacks={ids!r}, ok={self.ok}, recovered={self.recovered})"
        )


def _same(body: RedemptionsRollbacksCreateResponseBody, result: RollbackResult) -> bool:
    """Whether the result holds exactly the answer's own objects."""
    listed = body.rollbacks or []
    return (
        body.parent_rollback is result.parent_rollback
        and body.order is result.order
        and len(listed) == len(result.rollbacks)
        and all(a is b for a, b in zip(listed, result.rollbacks, strict=True))
    )


# How a result read from one answer is kept (`answer_of`): the kind of answer and its bytes.
STACKED, SINGLE = "stacked", "single"


def answer_of(result: RollbackResult) -> tuple[str, bytes] | None:
    """(STACKED or SINGLE, the answer's JSON bytes) when `result` holds exactly the objects one answer was read into
    (`read_rollback_stacked`, `read_rollback`), so that `result_of_answer` rebuilds an equal result from them; None
    for any other (one a look-up put together, say)."""
    model = result.model
    if isinstance(model, RedemptionsRollbacksCreateResponseBody) and _same(model, result):
        kind = STACKED
    elif (
        isinstance(model, RedemptionRollback)
        and result.parent_rollback is None
        and len(result.rollbacks) == 1
        and result.rollbacks[0] is model
        and result.order is model.order
    ):
        kind = SINGLE
    else:
        return None
    body = document_bytes(model)
    return None if body is None else (kind, body)


def result_of_answer(
    kind: str, body: bytes, *, recovered: bool = False, request_id: str | None = None, status_code: int | None = None
) -> RollbackResult:
    """The result `answer_of` kept: read again from the answer's bytes, with the call's own fields."""
    meta: dict[str, Any] = {"request_id": request_id, "status_code": status_code}
    if kind == STACKED:
        result = RollbackResult.from_stacked(RedemptionsRollbacksCreateResponseBody.from_json(body), **meta)
    else:
        result = RollbackResult.from_single(RedemptionRollback.from_json(body), **meta)
    result.recovered = recovered
    return result


class RedeemResult:
    """What `redeem` returns: the child redemptions, their parent (None for a single redeemable) and the order, as
    the generated models (`model` is the whole answer)."""

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
        self.parent_redemption: Redemption | None = body.parent_redemption
        self.redemptions: list[Redemption] = body.redemptions or []
        self.order: Order | None = body.order
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

    @property
    def redemption_id(self) -> str | None:
        """The id to roll back: the parent's for a stack, the only redemption's otherwise."""
        if self.parent_redemption is not None:
            return self.parent_redemption.id
        return self.redemptions[0].id if len(self.redemptions) == 1 else None

    @property
    def inapplicable(self) -> list[ValidationsRedeemableInapplicable]:
        """Redeemables that could not be applied (PARTIAL validation policy)."""
        return self.model.inapplicable_redeemables or []

    @property
    def skipped(self) -> list[ValidationsRedeemableSkipped]:
        """Redeemables skipped by the stacking rules (PARTIAL validation policy)."""
        return self.model.skipped_redeemables or []

    def __repr__(self) -> str:
        return f"RedeemResult(redemption_id={self.redemption_id!r}, redemptions={[r.id for r in self.redemptions]!r})"
