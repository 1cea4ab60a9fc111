"""`RollbackOutcome`: what happened to one redemption in a rollback by order (`rollback_order`) or in bulk
(`rollback_many`). Plain data, no I/O: the same class reads well in a repr, in a table and as JSON (`to_dict`).
"""

from __future__ import annotations

from typing import Any, Literal

from ..errors import (
    AlreadyRolledBackError,
    InvalidArgumentError,
    RollbackAuthorshipUnknownError,
    RollbackOutcomeUnknownError,
    VoucherifyError,
)

Status = Literal["rolled_back", "already_rolled_back", "authorship_unknown", "failed", "outcome_unknown"]

ROLLED_BACK: Status = "rolled_back"
ALREADY_ROLLED_BACK: Status = "already_rolled_back"
FAILED: Status = "failed"
AUTHORSHIP_UNKNOWN: Status = "authorship_unknown"
OUTCOME_UNKNOWN: Status = "outcome_unknown"
STATUSES: tuple[Status, ...] = (ROLLED_BACK, ALREADY_ROLLED_BACK, AUTHORSHIP_UNKNOWN, FAILED, OUTCOME_UNKNOWN)
"""Every `RollbackOutcome.status`, in the order reports list them (exported as `OUTCOME_STATUSES`)."""


class RollbackOutcome:
    """One redemption's outcome.

    `status` is one of:
    - "rolled_back": rolled back now, by this call (or by an earlier run of the same journal whose answer was lost:
      `recovered` is then True); `result` holds the rollback;
    - "already_rolled_back": it was rolled back, proved not by this call; `rollback_id` names that rollback when
      known, `error` is the AlreadyRolledBackError when Voucherify refused the rollback;
    - "authorship_unknown": it is rolled back (`rollback_id`, `result`), maybe by this call, maybe by another: an
      attempt of this call may have made it and nothing proves whose it is (send a marker: `markers=True`);
      `error` is the RollbackAuthorshipUnknownError;
    - "failed": it was not rolled back; `error` says why (nothing was applied);
    - "outcome_unknown": it MAY have been rolled back; `error` is the RollbackOutcomeUnknownError. Check with
      `find_rollback(redemption_id)` (a resumed `rollback_many` does that by itself).

    `item` is what was asked for (the order id for a redemption found on an order), `order_id` the redemption's
    order when known, `resumed` True when the outcome was read from a journal instead of being sent again.
    `confirmed_by_event` is the id (`evred_...`) of the Voucherify webhook event that settled it (`webhooks.settle`,
    `settle_journal`), None when an answer or a look-up did; `to_dict()` has the key only when it is set.
    """

    __slots__ = (
        "confirmed_by_event",
        "error",
        "item",
        "order_id",
        "recorded",
        "recovered",
        "redemption_id",
        "result",
        "resumed",
        "rollback_id",
        "status",
    )

    def __init__(
        self,
        redemption_id: str,
        status: Status,
        *,
        item: str | None = None,
        order_id: str | None = None,
        result: Any = None,
        rollback_id: str | None = None,
        error: VoucherifyError | None = None,
        recovered: bool = False,
        resumed: bool = False,
        confirmed_by_event: str | None = None,
    ) -> None:
        if status not in STATUSES:
            raise InvalidArgumentError(
                f"status must be one of {', '.join(STATUSES)}, got {status!r}", argument="status"
            )
        self.redemption_id = redemption_id
        self.status: Status = status
        self.item = item or redemption_id
        self.order_id = order_id
        self.result = result
        self.rollback_id = rollback_id or _rollback_id_of(result)
        self.error = error
        self.recovered = recovered or bool(getattr(result, "recovered", False))
        self.resumed = resumed
        self.confirmed_by_event = confirmed_by_event
        self.recorded: dict[str, Any] | None = None

    @property
    def ok(self) -> bool:
        """True when the redemption is rolled back now (by this call, before it, or by someone unproven) with no
        failed item."""
        if self.recorded is not None:
            return bool(self.recorded.get("ok"))
        if self.status == ROLLED_BACK:
            return self.result is None or bool(self.result.ok)
        return self.status in (ALREADY_ROLLED_BACK, AUTHORSHIP_UNKNOWN)

    @classmethod
    def from_error(
        cls, redemption_id: str, error: VoucherifyError, *, item: str | None = None, order_id: str | None = None
    ) -> RollbackOutcome:
        """The outcome a rollback's error stands for: rolled back by someone else or by someone unproven, unknown,
        or failed."""
        if isinstance(error, AlreadyRolledBackError):
            rollback = getattr(error, "rollback", None)
            unproven = isinstance(error, RollbackAuthorshipUnknownError)
            return cls(
                redemption_id,
                AUTHORSHIP_UNKNOWN if unproven else ALREADY_ROLLED_BACK,
                item=item,
                order_id=order_id,
                result=getattr(error, "result", None),
                rollback_id=getattr(rollback, "id", None),
                error=error,
            )
        status = OUTCOME_UNKNOWN if isinstance(error, RollbackOutcomeUnknownError) else FAILED
        return cls(redemption_id, status, item=item, order_id=order_id, error=error)

    @classmethod
    def from_dict(cls, data: dict[str, Any], *, resumed: bool = False) -> RollbackOutcome:
        """An outcome recorded with `to_dict()` (a journal's): the same fields; `result` and `error` stay None,
        their data is kept for `to_dict()` and `ok`."""
        outcome = cls(
            str(data["redemption_id"]),
            data["status"],
            item=data.get("item"),
            order_id=data.get("order_id"),
            rollback_id=data.get("rollback_id"),
            recovered=bool(data.get("recovered")),
            resumed=resumed,
            confirmed_by_event=data.get("confirmed_by_event"),
        )
        outcome.recorded = dict(data)
        return outcome

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data: the outcome's fields, the rollback result's and the error's `to_dict()`."""
        recorded = self.recorded or {}
        result = self.result.to_dict() if self.result is not None else recorded.get("result")
        return fields_of(self, result)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, RollbackOutcome):
            return NotImplemented
        return self.to_dict() == other.to_dict()

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        parts = [f"{self.redemption_id!r}", f"status={self.status!r}"]
        if self.item != self.redemption_id:
            parts.append(f"item={self.item!r}")
        if self.rollback_id:
            parts.append(f"rollback_id={self.rollback_id!r}")
        if self.recovered:
            parts.append("recovered=True")
        if self.resumed:
            parts.append("resumed=True")
        if self.confirmed_by_event:
            parts.append(f"confirmed_by_event={self.confirmed_by_event!r}")
        if self.error is not None:
            parts.append(f"error={type(self.error).__name__}({str(self.error)[:120]!r})")
        return f"RollbackOutcome({', '.join(parts)})"


def _rollback_id_of(result: Any) -> str | None:
    if result is None:
        return None
    parent = getattr(result, "parent_rollback", None)
    if parent is not None and parent.id:
        return str(parent.id)
    rollbacks = getattr(result, "rollbacks", None) or []
    return str(rollbacks[0].id) if rollbacks and rollbacks[0].id else None


def fields_of(outcome: RollbackOutcome, result: Any) -> dict[str, Any]:
    """`outcome.to_dict()` with `result` standing for the result's data (a journal keeps the result apart)."""
    recorded = outcome.recorded or {}
    error = outcome.error.to_dict() if outcome.error is not None else recorded.get("error")
    data: dict[str, Any] = {
        "item": outcome.item,
        "redemption_id": outcome.redemption_id,
        "order_id": outcome.order_id,
        "status": outcome.status,
        "ok": outcome.ok,
        "rollback_id": outcome.rollback_id,
        "recovered": outcome.recovered,
        "resumed": outcome.resumed,
        "result": result,
        "error": error,
    }
    if outcome.confirmed_by_event is not None:
        data["confirmed_by_event"] = outcome.confirmed_by_event
    return data
