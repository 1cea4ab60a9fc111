from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.validity_day_of_week_item import ValidityDayOfWeekItem
from ..types import PARSE_ERRORS, UNSET, Unset, format_datetime, parse_datetime

_ValidityDayOfWeekItem_values = ValidityDayOfWeekItem._value2member_map_

if TYPE_CHECKING:
    from ..models.validity_hours import ValidityHours
    from ..models.validity_timeframe import ValidityTimeframe


T = TypeVar("T", bound="PromotionTierCampaign")

_KNOWN_KEYS = frozenset(
    {
        "id",
        "start_date",
        "expiration_date",
        "validity_timeframe",
        "validity_day_of_week",
        "validity_hours",
        "active",
        "category_id",
        "object",
    }
)


@_attrs_define
class PromotionTierCampaign:
    id: None | str | Unset = UNSET
    """ Unique campaign ID. """
    start_date: datetime.datetime | None | Unset = UNSET
    """ Activation timestamp defines when the campaign starts to be active in ISO 8601 format. Campaign is *inactive
    before* this date.  """
    expiration_date: datetime.datetime | None | Unset = UNSET
    """ Expiration timestamp defines when the campaign expires in ISO 8601 format.  Campaign is *inactive after*
    this date. """
    validity_timeframe: None | Unset | ValidityTimeframe = UNSET
    validity_day_of_week: list[ValidityDayOfWeekItem] | None | Unset = UNSET
    validity_hours: None | Unset | ValidityHours = UNSET
    active: bool | None | Unset = UNSET
    """ A flag indicating whether the campaign is active or not active. A campaign can be disabled even though it's
    within the active period defined by the `start_date` and `expiration_date` using the [Disable Campaign](/api-
    reference/disable-campaign) endpoint.

    - `true` indicates an *active* campaign
    - `false` indicates an *inactive* campaign """
    category_id: None | str | Unset = UNSET
    """ Unique category ID that this campaign belongs to. """
    object_: None | str | Unset = "campaign"
    """ The type of the object represented by the campaign object. This object stores information about the
    campaign. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _unbound:
            _bind_models()
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        start_date: None | str | Unset
        if isinstance(self.start_date, Unset):
            start_date = UNSET
        elif isinstance(self.start_date, datetime.datetime):
            start_date = (
                format_datetime(self.start_date) if isinstance(self.start_date, datetime.datetime) else self.start_date
            )

        else:
            start_date = self.start_date

        expiration_date: None | str | Unset
        if isinstance(self.expiration_date, Unset):
            expiration_date = UNSET
        elif isinstance(self.expiration_date, datetime.datetime):
            expiration_date = (
                format_datetime(self.expiration_date)
                if isinstance(self.expiration_date, datetime.datetime)
                else self.expiration_date
            )

        else:
            expiration_date = self.expiration_date

        validity_timeframe: dict[str, Any] | None | Unset
        if isinstance(self.validity_timeframe, Unset):
            validity_timeframe = UNSET
        elif isinstance(self.validity_timeframe, ValidityTimeframe):
            validity_timeframe = (
                self.validity_timeframe.to_dict()
                if isinstance(self.validity_timeframe, ValidityTimeframe)
                else self.validity_timeframe
            )

        else:
            validity_timeframe = self.validity_timeframe

        validity_day_of_week: list[int] | None | Unset
        if isinstance(self.validity_day_of_week, Unset):
            validity_day_of_week = UNSET
        elif isinstance(self.validity_day_of_week, list):
            validity_day_of_week = UNSET
            if isinstance(self.validity_day_of_week, list):
                validity_day_of_week = []
                for componentsschemas_validity_day_of_week_item_data in self.validity_day_of_week:
                    componentsschemas_validity_day_of_week_item: int = (
                        componentsschemas_validity_day_of_week_item_data.value
                        if isinstance(componentsschemas_validity_day_of_week_item_data, ValidityDayOfWeekItem)
                        else componentsschemas_validity_day_of_week_item_data
                    )

                    validity_day_of_week.append(componentsschemas_validity_day_of_week_item)

            elif not isinstance(self.validity_day_of_week, Unset):
                validity_day_of_week = self.validity_day_of_week

        else:
            validity_day_of_week = self.validity_day_of_week

        validity_hours: dict[str, Any] | None | Unset
        if isinstance(self.validity_hours, Unset):
            validity_hours = UNSET
        elif isinstance(self.validity_hours, ValidityHours):
            validity_hours = (
                self.validity_hours.to_dict() if isinstance(self.validity_hours, ValidityHours) else self.validity_hours
            )

        else:
            validity_hours = self.validity_hours

        active: bool | None | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        else:
            active = self.active

        category_id: None | str | Unset
        if isinstance(self.category_id, Unset):
            category_id = UNSET
        else:
            category_id = self.category_id

        object_: None | str | Unset
        if isinstance(self.object_, Unset):
            object_ = UNSET
        else:
            object_ = self.object_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if expiration_date is not UNSET:
            field_dict["expiration_date"] = expiration_date
        if validity_timeframe is not UNSET:
            field_dict["validity_timeframe"] = validity_timeframe
        if validity_day_of_week is not UNSET:
            field_dict["validity_day_of_week"] = validity_day_of_week
        if validity_hours is not UNSET:
            field_dict["validity_hours"] = validity_hours
        if active is not UNSET:
            field_dict["active"] = active
        if category_id is not UNSET:
            field_dict["category_id"] = category_id
        if object_ is not UNSET:
            field_dict["object"] = object_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _unbound:
            _bind_models()
        d = src_dict
        id = d.get("id", UNSET)

        try:
            _start_date = d.get("start_date", UNSET)
            start_date: datetime.datetime | None | Unset
            if _start_date is UNSET:
                start_date = UNSET
            elif _start_date is None:
                start_date = None
            else:
                start_date_type_0 = parse_datetime(_start_date)

                start_date = start_date_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            start_date = d.get("start_date", UNSET)

        try:
            _expiration_date = d.get("expiration_date", UNSET)
            expiration_date: datetime.datetime | None | Unset
            if _expiration_date is UNSET:
                expiration_date = UNSET
            elif _expiration_date is None:
                expiration_date = None
            else:
                expiration_date_type_0 = parse_datetime(_expiration_date)

                expiration_date = expiration_date_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            expiration_date = d.get("expiration_date", UNSET)

        try:
            _validity_timeframe = d.get("validity_timeframe", UNSET)
            validity_timeframe: None | Unset | ValidityTimeframe
            if _validity_timeframe is UNSET:
                validity_timeframe = UNSET
            elif _validity_timeframe is None:
                validity_timeframe = None
            else:
                validity_timeframe_type_0 = ValidityTimeframe.from_dict(_validity_timeframe)

                validity_timeframe = validity_timeframe_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            validity_timeframe = d.get("validity_timeframe", UNSET)

        try:
            _validity_day_of_week = d.get("validity_day_of_week", UNSET)
            validity_day_of_week: list[ValidityDayOfWeekItem] | None | Unset
            if _validity_day_of_week is UNSET:
                validity_day_of_week = UNSET
            elif _validity_day_of_week is None:
                validity_day_of_week = None
            else:
                _validity_day_of_week_type_0 = _validity_day_of_week
                validity_day_of_week_type_0: list[ValidityDayOfWeekItem]
                if not isinstance(_validity_day_of_week_type_0, list):
                    raise TypeError("expected a list")
                else:
                    validity_day_of_week_type_0 = []
                    for componentsschemas_validity_day_of_week_item_data in _validity_day_of_week_type_0:
                        # One item the SDK cannot read is kept as it came; its neighbours are still parsed.
                        try:
                            componentsschemas_validity_day_of_week_item = _ValidityDayOfWeekItem_values.get(
                                componentsschemas_validity_day_of_week_item_data
                            ) or ValidityDayOfWeekItem(componentsschemas_validity_day_of_week_item_data)

                        except PARSE_ERRORS:
                            componentsschemas_validity_day_of_week_item = (
                                componentsschemas_validity_day_of_week_item_data
                            )
                        validity_day_of_week_type_0.append(componentsschemas_validity_day_of_week_item)

                validity_day_of_week = validity_day_of_week_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            validity_day_of_week = d.get("validity_day_of_week", UNSET)

        try:
            _validity_hours = d.get("validity_hours", UNSET)
            validity_hours: None | Unset | ValidityHours
            if _validity_hours is UNSET:
                validity_hours = UNSET
            elif _validity_hours is None:
                validity_hours = None
            else:
                validity_hours_type_0 = ValidityHours.from_dict(_validity_hours)

                validity_hours = validity_hours_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            validity_hours = d.get("validity_hours", UNSET)

        active = d.get("active", UNSET)

        category_id = d.get("category_id", UNSET)

        object_ = d.get("object", UNSET)

        # Positional, in the order the class declares its fields: matching keywords costs wide models (Voucher has 29
        # fields) more than reading their values.
        promotion_tier_campaign = cls(
            id,
            start_date,
            expiration_date,
            validity_timeframe,
            validity_day_of_week,
            validity_hours,
            active,
            category_id,
            object_,
        )

        if not _KNOWN_KEYS.issuperset(d):
            promotion_tier_campaign.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return promotion_tier_campaign

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# The models this one refers to are imported on its first use, not at import time: models refer to each other in
# cycles, and importing the package should cost only the classes a program actually touches.
_unbound = True


def _bind_models() -> None:
    global _unbound
    global ValidityHours
    global ValidityTimeframe
    from ..models.validity_hours import ValidityHours
    from ..models.validity_timeframe import ValidityTimeframe

    _unbound = False
