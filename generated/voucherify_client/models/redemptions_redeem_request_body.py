from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.customer import Customer
    from ..models.order import Order
    from ..models.redeem_promotion_stack import RedeemPromotionStack
    from ..models.redeem_promotion_tier import RedeemPromotionTier
    from ..models.redeem_voucher import RedeemVoucher
    from ..models.redemptions_redeem_request_body_options import RedemptionsRedeemRequestBodyOptions
    from ..models.session import Session


T = TypeVar("T", bound="RedemptionsRedeemRequestBody")

_KNOWN_KEYS = frozenset(
    {
        "redeemables",
        "options",
        "order",
        "customer",
        "session",
        "tracking_id",
        "metadata",
    }
)


@_attrs_define
class RedemptionsRedeemRequestBody:
    """Response body schema for **POST** `v1/redemptions`."""

    redeemables: list[RedeemPromotionStack | RedeemPromotionTier | RedeemVoucher]
    """ An array of redeemables. You can combine `voucher`(s) and `promotion_tier`(s). Alternatively, send one
    unique`promotion_stack` in the array. Each unique redeemable can be sent in one request only once. """
    options: RedemptionsRedeemRequestBodyOptions | Unset = UNSET
    order: Order | Unset = UNSET
    """ Order information. """
    customer: Customer | Unset = UNSET
    session: Session | Unset = UNSET
    tracking_id: str | Unset = UNSET
    """ Is correspondent to Customer's source_id """
    metadata: Any | Unset = UNSET
    """ A set of key/value pairs that you can attach to a redemption object. It can be useful for storing additional
    information about the redemption in a structured format. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _unbound:
            _bind_models()
        redeemables: list[dict[str, Any]] = UNSET
        if isinstance(self.redeemables, list):
            redeemables = []
            for redeemables_item_data in self.redeemables:
                redeemables_item: dict[str, Any]
                if isinstance(redeemables_item_data, RedeemVoucher):
                    redeemables_item = (
                        redeemables_item_data.to_dict()
                        if isinstance(redeemables_item_data, RedeemVoucher)
                        else redeemables_item_data
                    )

                elif isinstance(redeemables_item_data, RedeemPromotionTier):
                    redeemables_item = (
                        redeemables_item_data.to_dict()
                        if isinstance(redeemables_item_data, RedeemPromotionTier)
                        else redeemables_item_data
                    )

                else:
                    redeemables_item = (
                        redeemables_item_data.to_dict()
                        if isinstance(redeemables_item_data, RedeemPromotionStack)
                        else redeemables_item_data
                    )

                redeemables.append(redeemables_item)

        elif not isinstance(self.redeemables, Unset):
            redeemables = self.redeemables

        options: dict[str, Any] | Unset = UNSET
        if isinstance(self.options, RedemptionsRedeemRequestBodyOptions):
            options = self.options.to_dict()
        elif not isinstance(self.options, Unset):
            options = self.options

        order: dict[str, Any] | Unset = UNSET
        if isinstance(self.order, Order):
            order = self.order.to_dict()
        elif not isinstance(self.order, Unset):
            order = self.order

        customer: dict[str, Any] | Unset = UNSET
        if isinstance(self.customer, Customer):
            customer = self.customer.to_dict()
        elif not isinstance(self.customer, Unset):
            customer = self.customer

        session: dict[str, Any] | Unset = UNSET
        if isinstance(self.session, Session):
            session = self.session.to_dict()
        elif not isinstance(self.session, Unset):
            session = self.session

        tracking_id = self.tracking_id

        metadata = self.metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "redeemables": redeemables,
            }
        )
        if options is not UNSET:
            field_dict["options"] = options
        if order is not UNSET:
            field_dict["order"] = order
        if customer is not UNSET:
            field_dict["customer"] = customer
        if session is not UNSET:
            field_dict["session"] = session
        if tracking_id is not UNSET:
            field_dict["tracking_id"] = tracking_id
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _unbound:
            _bind_models()
        d = src_dict
        try:
            _redeemables = d.get("redeemables", UNSET)
            redeemables: list[RedeemPromotionStack | RedeemPromotionTier | RedeemVoucher]
            if not isinstance(_redeemables, list):
                raise TypeError("expected a list")
            else:
                redeemables = []
                for redeemables_item_data in _redeemables:
                    # One item the SDK cannot read is kept as it came; its neighbours are still parsed.
                    try:
                        _redeemables_item = redeemables_item_data
                        redeemables_item: RedeemPromotionStack | RedeemPromotionTier | RedeemVoucher
                        if isinstance(_redeemables_item, dict) and _redeemables_item.get("object") == "voucher":
                            componentsschemas_stackable_validate_redeem_base_redeemables_item_type_0 = (
                                RedeemVoucher.from_dict(_redeemables_item)
                            )

                            redeemables_item = componentsschemas_stackable_validate_redeem_base_redeemables_item_type_0
                        elif (
                            isinstance(_redeemables_item, dict) and _redeemables_item.get("object") == "promotion_tier"
                        ):
                            componentsschemas_stackable_validate_redeem_base_redeemables_item_type_1 = (
                                RedeemPromotionTier.from_dict(_redeemables_item)
                            )

                            redeemables_item = componentsschemas_stackable_validate_redeem_base_redeemables_item_type_1
                        elif (
                            isinstance(_redeemables_item, dict) and _redeemables_item.get("object") == "promotion_stack"
                        ):
                            componentsschemas_stackable_validate_redeem_base_redeemables_item_type_2 = (
                                RedeemPromotionStack.from_dict(_redeemables_item)
                            )

                            redeemables_item = componentsschemas_stackable_validate_redeem_base_redeemables_item_type_2
                        elif isinstance(_redeemables_item, dict) and "object" not in _redeemables_item:
                            redeemables_item = RedeemVoucher.from_dict(_redeemables_item)
                        else:
                            redeemables_item = cast(
                                RedeemPromotionStack | RedeemPromotionTier | RedeemVoucher, _redeemables_item
                            )

                    except PARSE_ERRORS:
                        redeemables_item = redeemables_item_data
                    redeemables.append(redeemables_item)

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            redeemables = d.get("redeemables", UNSET)

        try:
            _options = d.get("options", UNSET)
            options: RedemptionsRedeemRequestBodyOptions | Unset
            if _options is UNSET:
                options = UNSET
            else:
                options = RedemptionsRedeemRequestBodyOptions.from_dict(_options)

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            options = d.get("options", UNSET)

        try:
            _order = d.get("order", UNSET)
            order: Order | Unset
            if _order is UNSET:
                order = UNSET
            else:
                order = Order.from_dict(_order)

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            order = d.get("order", UNSET)

        try:
            _customer = d.get("customer", UNSET)
            customer: Customer | Unset
            if _customer is UNSET:
                customer = UNSET
            else:
                customer = Customer.from_dict(_customer)

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            customer = d.get("customer", UNSET)

        try:
            _session = d.get("session", UNSET)
            session: Session | Unset
            if _session is UNSET:
                session = UNSET
            else:
                session = Session.from_dict(_session)

        except PARSE_ERRORS:
            # A value of an unexpected shape is kept as it came rather than failing the whole payload.
            session = d.get("session", UNSET)

        tracking_id = d.get("tracking_id", UNSET)

        metadata = d.get("metadata", UNSET)

        # Positional, in the order the class declares its fields: matching keywords costs wide models (Voucher has 29
        # fields) more than reading their values.
        redemptions_redeem_request_body = cls(
            redeemables,
            options,
            order,
            customer,
            session,
            tracking_id,
            metadata,
        )

        if not _KNOWN_KEYS.issuperset(d):
            redemptions_redeem_request_body.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return redemptions_redeem_request_body

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
    global Customer
    global Order
    global RedeemPromotionStack
    global RedeemPromotionTier
    global RedeemVoucher
    global RedemptionsRedeemRequestBodyOptions
    global Session
    from ..models.customer import Customer
    from ..models.order import Order
    from ..models.redeem_promotion_stack import RedeemPromotionStack
    from ..models.redeem_promotion_tier import RedeemPromotionTier
    from ..models.redeem_voucher import RedeemVoucher
    from ..models.redemptions_redeem_request_body_options import RedemptionsRedeemRequestBodyOptions
    from ..models.session import Session

    _unbound = False
