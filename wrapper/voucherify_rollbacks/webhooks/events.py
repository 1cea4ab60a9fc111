"""The typed webhook events, and the one place the SDK reads their fields.

The classes are generated (package `voucherify_events`) from Voucherify's published event specs (spec/upstream/,
corrected by spec/overlay-events.yaml), the envelope and `data` together: a `redemption.rollback.succeeded` event is
a `RollbackSucceededEvent` whose `data.redemption_rollback` is the rollback. Every other type arrives as an
`UnknownEvent`, which keeps the body as received and gives the envelope typed (`WebhookEnvelope`).

Everything below reads a generated field through `_field`, which takes a missing, unset or absent value as None and
the generator's spelling of a keyword-like name (`type_`) as the JSON key (`type`): the templates that generate these
classes are free to change how they spell either.
"""

from __future__ import annotations

import copy
import datetime
from collections.abc import Mapping
from typing import Any, TypeAlias, final

from voucherify_events.models import (
    EventRedemptionFailedWebhook as RedemptionFailedEvent,
)
from voucherify_events.models import (
    EventRedemptionRollbackFailedWebhook as RollbackFailedEvent,
)
from voucherify_events.models import (
    EventRedemptionRollbackSucceededWebhook as RollbackSucceededEvent,
)
from voucherify_events.models import (
    EventRedemptionSucceededWebhook as RedemptionSucceededEvent,
)
from voucherify_events.models import (
    WebhookProjectSettingPayload as WebhookEnvelope,
)

__all__ = [
    "EVENT_TYPES",
    "ROLLBACK_EVENT_TYPES",
    "Event",
    "RedemptionFailedEvent",
    "RedemptionSucceededEvent",
    "RollbackEvent",
    "RollbackFailedEvent",
    "RollbackSucceededEvent",
    "UnknownEvent",
    "WebhookEnvelope",
]

# The event types that come typed, each with its generated class (envelope and `data`).
EVENT_TYPES: Mapping[str, type[Any]] = {
    "redemption.succeeded": RedemptionSucceededEvent,
    "redemption.failed": RedemptionFailedEvent,
    "redemption.rollback.succeeded": RollbackSucceededEvent,
    "redemption.rollback.failed": RollbackFailedEvent,
}
ROLLBACK_EVENT_TYPES = frozenset({"redemption.rollback.succeeded", "redemption.rollback.failed"})


@final
class UnknownEvent:
    """An event of a type the SDK does not type (Voucherify sends about 70): `envelope` is its typed envelope (id,
    project_id, created_at, type, source, event; `data` as a plain dict), `to_dict()` the body exactly as received."""

    __slots__ = ("_payload", "envelope")

    def __init__(self, payload: Mapping[str, Any]) -> None:
        self._payload = copy.deepcopy(dict(payload))
        self.envelope = WebhookEnvelope.from_dict(copy.deepcopy(self._payload))

    @property
    def type(self) -> str | None:
        """The event's type as sent (`voucher.created`, ...)."""
        return event_type(self)

    def to_dict(self) -> dict[str, Any]:
        """The body as received, parsed (a copy: changing it changes nothing here)."""
        return copy.deepcopy(self._payload)

    def __repr__(self) -> str:
        return f"UnknownEvent(type={self.type!r}, id={_text(_field(self.envelope, 'id'))!r})"


RollbackEvent: TypeAlias = RollbackSucceededEvent | RollbackFailedEvent
"""`redemption.rollback.succeeded` or `redemption.rollback.failed`: what can settle a rollback."""
Event: TypeAlias = (
    RedemptionSucceededEvent | RedemptionFailedEvent | RollbackSucceededEvent | RollbackFailedEvent | (UnknownEvent)
)
"""What `unwrap` returns: one of the four typed redemption events, or an `UnknownEvent`."""


def parse_event(payload: Mapping[str, Any]) -> Event:
    """The typed event for a parsed webhook body (already verified)."""
    kind = _text(_field(WebhookEnvelope.from_dict(payload), "type"))
    cls = EVENT_TYPES.get(kind or "")
    if cls is None:
        return UnknownEvent(payload)
    event: Event = cls.from_dict(copy.deepcopy(dict(payload)))
    return event


# --- reads: every field of a generated event the SDK looks at ------------------------------------------------------


def _field(model: object, name: str) -> Any:
    """`model.name` (or the generator's `name_`), None when the model lacks it or it is unset."""
    for attribute in (name, name + "_"):
        value = getattr(model, attribute, _ABSENT)
        if value is not _ABSENT:
            return None if value is None or type(value).__name__ == "Unset" else value
    return None


_ABSENT = object()


def _text(value: object) -> str | None:
    """A string field as text (an enum member as its value), None when absent or not text."""
    if isinstance(value, str):
        return value if type(value) is str else str.__str__(value)
    return None


def _envelope(event: Event) -> object:
    return event.envelope if isinstance(event, UnknownEvent) else event


def event_type(event: Event) -> str | None:
    """The envelope's `type` (`redemption.rollback.succeeded`, ...)."""
    return _text(_field(_envelope(event), "type"))


def event_id(event: Event) -> str | None:
    """`event.id` (`evred_...`): the event itself, the same in every send-out and retry of it (the key to de-duplicate
    on); None when the body has none."""
    return _text(_field(_field(_envelope(event), "event"), "id"))


def sendout_id(event: Event) -> str | None:
    """The envelope's `id` (`whs_...`): this send-out to this endpoint."""
    return _text(_field(_envelope(event), "id"))


def group_id(event: Event) -> str | None:
    """`event.group_id`: the request id of the API call that caused the event."""
    return _text(_field(_field(_envelope(event), "event"), "group_id"))


def entity_id(event: Event) -> str | None:
    """`event.entity_id`: the `r_...`/`rr_...` the event is about."""
    return _text(_field(_field(_envelope(event), "event"), "entity_id"))


def created_at(event: Event) -> tuple[object, datetime.datetime | None]:
    """The envelope's `created_at` as sent, and as an aware datetime (None when absent or unreadable)."""
    value = _field(_envelope(event), "created_at")
    if isinstance(value, datetime.datetime):
        moment: datetime.datetime | None = value
    elif isinstance(value, str):
        try:
            moment = datetime.datetime.fromisoformat(value)
        except ValueError:
            moment = None
    else:
        moment = None
    if moment is not None and moment.tzinfo is None:
        moment = moment.replace(tzinfo=datetime.UTC)  # Voucherify writes UTC; a naive stamp is read as such
    shown = value.isoformat() if isinstance(value, datetime.datetime) else value
    return shown, moment


def to_dict(event: Event) -> dict[str, Any]:
    """The event as JSON-ready data."""
    data: dict[str, Any] = event.to_dict()
    return data


class RollbackFacts:
    """What a `redemption.rollback.*` event says about one rollback, read once (see `rollback_facts`)."""

    __slots__ = (
        "event_id",
        "failure_code",
        "group_id",
        "metadata",
        "redemption_id",
        "result",
        "rollback_id",
        "status",
        "succeeded",
    )

    def __init__(self, event: RollbackEvent) -> None:
        data = _field(event, "data")
        rollback = _field(data, "redemption_rollback")
        redemption = _field(data, "redemption")
        self.succeeded = event_type(event) == "redemption.rollback.succeeded"
        self.event_id, self.group_id = event_id(event), group_id(event)
        self.rollback_id = _text(_field(rollback, "id")) or entity_id(event)
        # The redemption rolled back: the rollback's `redemption`, else the event's `redemption` object.
        self.redemption_id = _text(_field(rollback, "redemption")) or _text(_field(redemption, "id"))
        self.result = _text(_field(rollback, "result"))
        self.status = _text(_field(rollback, "status"))
        self.failure_code = _text(_field(rollback, "failure_code"))
        metadata = _field(rollback, "metadata")
        self.metadata: Mapping[str, Any] = metadata if isinstance(metadata, Mapping) else {}


def rollback_facts(event: Event) -> RollbackFacts | None:
    """The facts of a rollback event; None for any other event."""
    if isinstance(event, RollbackSucceededEvent | RollbackFailedEvent):
        return RollbackFacts(event)
    return None
