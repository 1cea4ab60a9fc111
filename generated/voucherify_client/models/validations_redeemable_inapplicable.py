from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.validations_redeemable_skipped_object import ValidationsRedeemableSkippedObject
from ..types import PARSE_ERRORS, UNSET, Unset

_ValidationsRedeemableSkippedObject_values = ValidationsRedeemableSkippedObject._value2member_map_

if TYPE_CHECKING:
    from ..models.category_with_stacking_rules_type import CategoryWithStackingRulesType
    from ..models.validations_redeemable_inapplicable_result import ValidationsRedeemableInapplicableResult


T = TypeVar("T", bound="ValidationsRedeemableInapplicable")

_KNOWN_KEYS = frozenset(
    {
        "status",
        "id",
        "object",
        "result",
        "metadata",
        "categories",
        "campaign_name",
        "campaign_id",
        "name",
    }
)


@_attrs_define
class ValidationsRedeemableInapplicable:
    status: Literal["INAPPLICABLE"] | Unset = "INAPPLICABLE"
    """ Indicates whether the redeemable can be applied or not applied based on the validation rules. """
    id: None | str | Unset = UNSET
    """ Redeemable ID, i.e. the voucher code. """
    object_: None | Unset | ValidationsRedeemableSkippedObject = UNSET
    """ Redeemable's object type. """
    result: None | Unset | ValidationsRedeemableInapplicableResult = UNSET
    """ Includes the error object with details about the reason why the redeemable is inapplicable """
    metadata: Any | Unset = UNSET
    """ The metadata object stores all custom attributes in the form of key/value pairs assigned to the redeemable.
    """
    categories: list[CategoryWithStackingRulesType] | None | Unset = UNSET
    campaign_name: None | str | Unset = UNSET
    """ Campaign name. Displayed only if the `options.expand` is passed with a `redeemable` value in the validation
    request body. """
    campaign_id: None | str | Unset = UNSET
    """ Unique campaign ID assigned by Voucherify. Displayed only if the `options.expand` is passed with a
    `redeemable` value in the validation request body. """
    name: None | str | Unset = UNSET
    """ Name of the promotion tier. Displayed only if the `options.expand` is passed with a `redeemable` value in
    the validation request body. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _unbound:
            _bind_models()
        status = self.status

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        object_: None | str | Unset
        if isinstance(self.object_, Unset):
            object_ = UNSET
        elif isinstance(self.object_, ValidationsRedeemableSkippedObject):
            object_ = (
                self.object_.value if isinstance(self.object_, ValidationsRedeemableSkippedObject) else self.object_
            )

        else:
            object_ = self.object_

        result: dict[str, Any] | None | Unset
        if isinstance(self.result, Unset):
            result = UNSET
        elif isinstance(self.result, ValidationsRedeemableInapplicableResult):
            result = (
                self.result.to_dict()
                if isinstance(self.result, ValidationsRedeemableInapplicableResult)
                else self.result
            )

        else:
            result = self.result

        metadata = self.metadata

        categories: list[dict[str, Any]] | None | Unset
        if isinstance(self.categories, Unset):
            categories = UNSET
        elif isinstance(self.categories, list):
            categories = UNSET
            if isinstance(self.categories, list):
                categories = []
                for categories_type_0_item_data in self.categories:
                    categories_type_0_item: dict[str, Any] = (
                        categories_type_0_item_data.to_dict()
                        if isinstance(categories_type_0_item_data, CategoryWithStackingRulesType)
                        else categories_type_0_item_data
                    )

                    categories.append(categories_type_0_item)

            elif not isinstance(self.categories, Unset):
                categories = self.categories

        else:
            categories = self.categories

        campaign_name: None | str | Unset
        if isinstance(self.campaign_name, Unset):
            campaign_name = UNSET
        else:
            campaign_name = self.campaign_name

        campaign_id: None | str | Unset
        if isinstance(self.campaign_id, Unset):
            campaign_id = UNSET
        else:
            campaign_id = self.campaign_id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if id is not UNSET:
            field_dict["id"] = id
        if object_ is not UNSET:
            field_dict["object"] = object_
        if result is not UNSET:
            field_dict["result"] = result
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if categories is not UNSET:
            field_dict["categories"] = categories
        if campaign_name is not UNSET:
            field_dict["campaign_name"] = campaign_name
        if campaign_id is not UNSET:
            field_dict["campaign_id"] = campaign_id
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _unbound:
            _bind_models()
        d = src_dict
        status = d.get("status", UNSET)

        id = d.get("id", UNSET)

        try:
            _object_ = d.get("object", UNSET)
            object_: None | Unset | ValidationsRedeemableSkippedObject
            if _object_ is UNSET:
                object_ = UNSET
            elif _object_ is None:
                object_ = None
            else:
                object_type_0 = _ValidationsRedeemableSkippedObject_values.get(
                    _object_
                ) or ValidationsRedeemableSkippedObject(_object_)

                object_ = object_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            object_ = d.get("object", UNSET)

        try:
            _result = d.get("result", UNSET)
            result: None | Unset | ValidationsRedeemableInapplicableResult
            if _result is UNSET:
                result = UNSET
            elif _result is None:
                result = None
            else:
                result_type_0 = ValidationsRedeemableInapplicableResult.from_dict(_result)

                result = result_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            result = d.get("result", UNSET)

        metadata = d.get("metadata", UNSET)

        try:
            _categories = d.get("categories", UNSET)
            categories: list[CategoryWithStackingRulesType] | None | Unset
            if _categories is UNSET:
                categories = UNSET
            elif _categories is None:
                categories = None
            else:
                _categories_type_0 = _categories
                categories_type_0: list[CategoryWithStackingRulesType]
                if not isinstance(_categories_type_0, list):
                    raise TypeError("expected a list")
                else:
                    categories_type_0 = []
                    for categories_type_0_item_data in _categories_type_0:
                        # One item the SDK cannot read is kept as it came; its neighbours are still parsed.
                        try:
                            categories_type_0_item = CategoryWithStackingRulesType.from_dict(
                                categories_type_0_item_data
                            )

                        except PARSE_ERRORS:
                            categories_type_0_item = categories_type_0_item_data
                        categories_type_0.append(categories_type_0_item)

                categories = categories_type_0

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            categories = d.get("categories", UNSET)

        campaign_name = d.get("campaign_name", UNSET)

        campaign_id = d.get("campaign_id", UNSET)

        name = d.get("name", UNSET)

        # Positional, in the order the class declares its fields: matching keywords costs wide models (Voucher has 29
        # fields) more than reading their values.
        validations_redeemable_inapplicable = cls(
            status,
            id,
            object_,
            result,
            metadata,
            categories,
            campaign_name,
            campaign_id,
            name,
        )

        if not _KNOWN_KEYS.issuperset(d):
            validations_redeemable_inapplicable.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return validations_redeemable_inapplicable

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
    global CategoryWithStackingRulesType
    global ValidationsRedeemableInapplicableResult
    from ..models.category_with_stacking_rules_type import CategoryWithStackingRulesType
    from ..models.validations_redeemable_inapplicable_result import ValidationsRedeemableInapplicableResult

    _unbound = False
