"""Settling a rollback from Voucherify's own record of it: a `redemption.rollback.succeeded` event.

A rollback call that ended "outcome unknown" (`RollbackOutcomeUnknownError`), or a bulk run's journal entry left
`sent` or `unknown`, asks one question: is the redemption rolled back, and by whom? A verified rollback event for
that redemption answers the first without any look-up. The second is answered as a look-up would, never more
boldly:

- this call's (or run's) own, `rolled_back` with `recovered=True`, when the event's rollback carries its marker
  (`markers=True`, `new_marker()`, every bulk run), or the event's `group_id` is the request id of an answer the call
  saw (Voucherify sets it to the id of the request that caused the event);
- someone else's, `already_rolled_back`, when the event's rollback carries another marker;
- otherwise `authorship_unknown`: rolled back, maybe by this call, maybe by another caller.

A `redemption.rollback.failed` event settles nothing: it tells that one attempt was refused, not whether another
applied. An event matches a redemption when its rollback names it (the rollback's `redemption`): a single
redemption's rollback, or a stack's parent rollback. Voucherify does not document whether a stacked rollback sends
an event for the parent or one per child; per-child events name the children, so they settle a stack only when the
children are given (`children=`).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass

from ..core.markers import marker_of
from ..errors import InvalidArgumentError, RollbackOutcomeUnknownError
from ..operations.outcomes import ALREADY_ROLLED_BACK, AUTHORSHIP_UNKNOWN, ROLLED_BACK, RollbackOutcome, Status
from .events import Event, RollbackFacts, rollback_facts


@dataclass(frozen=True)
class Settlement:
    """What a rollback event settled for `redemption_id`: `status` (`rolled_back`, `already_rolled_back` or
    `authorship_unknown`), `made_by_this_call` (True, False, None: unproven), the rollback's id, the event's id and
    `group_id`, and `why`, the evidence in words. `confirmed_by` is always "voucherify_event"."""

    redemption_id: str
    status: Status
    made_by_this_call: bool | None
    rollback_id: str | None
    event_id: str | None
    group_id: str | None
    why: str
    confirmed_by: str = "voucherify_event"

    def outcome(self, *, item: str | None = None, order_id: str | None = None) -> RollbackOutcome:
        """The settlement as a `RollbackOutcome` (`confirmed_by_event` set), as `rollback_many` reports one."""
        return RollbackOutcome(
            self.redemption_id,
            self.status,
            item=item,
            order_id=order_id,
            rollback_id=self.rollback_id,
            recovered=self.made_by_this_call is True,
            confirmed_by_event=self.event_id or "(an event without an id)",
        )


def settle(
    redemption: str | RollbackOutcomeUnknownError,
    events: Iterable[Event],
    *,
    markers: Collection[str] = (),
    request_ids: Collection[str] = (),
    children: Collection[str] = (),
) -> Settlement | None:
    """Settle the rollback of a redemption from received, verified events (`unwrap`); None when none of them settles
    it (then `find_rollback` still can).

    `redemption` is the redemption id, or the `RollbackOutcomeUnknownError` a call raised (its `redemption_id`, the
    marker it sent and the request id of its last answer are used). `markers` are the markers the call or run sent,
    `request_ids` the request ids of answers it saw; `children` the ids of a stack's children, when known, so that
    per-child events settle their parent. The first rollback event that matches decides; duplicates and order do
    not matter (a redemption is rolled back once)."""
    if isinstance(redemption, RollbackOutcomeUnknownError):
        redemption_id = redemption.redemption_id
        markers = {*markers, *([redemption.marker] if redemption.marker else [])}
        seen = getattr(redemption.last_error, "request_id", None)
        request_ids = {*request_ids, *([seen] if isinstance(seen, str) and seen else [])}
    elif isinstance(redemption, str) and redemption:
        redemption_id = redemption
    else:
        raise InvalidArgumentError(
            "redemption must be a redemption id or a RollbackOutcomeUnknownError", argument="redemption"
        )
    ours, answered, stack = set(markers), set(request_ids), {redemption_id, *children}
    for event in events:
        facts = rollback_facts(event)
        if facts is None or not facts.succeeded or facts.redemption_id not in stack:
            continue
        return _judge(redemption_id, facts, ours, answered)
    return None


def _judge(redemption_id: str, facts: RollbackFacts, ours: set[str], answered: set[str]) -> Settlement:
    stored = marker_of(facts.metadata)
    verdict: bool | None
    if stored is not None and stored in ours:
        verdict, why = True, "the event's rollback carries this call's marker"
    elif facts.group_id is not None and facts.group_id in answered:
        verdict, why = True, f"the event's group_id {facts.group_id} is the request id of an answer this call saw"
    elif stored is not None:
        verdict, why = False, f"the event's rollback carries another call's marker ({stored})"
    else:
        verdict = None
        why = "the event's rollback carries no marker of this call and its group_id is no request this call saw"
    status = ROLLED_BACK if verdict else ALREADY_ROLLED_BACK if verdict is False else AUTHORSHIP_UNKNOWN
    return Settlement(redemption_id, status, verdict, facts.rollback_id, facts.event_id, facts.group_id, why)
