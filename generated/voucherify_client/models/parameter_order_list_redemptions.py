from enum import StrEnum
from typing import Self, TypeAlias


class ParameterOrderListRedemptions(StrEnum):
    CREATED_AT = "created_at"
    CUSTOMER_ID = "customer_id"
    ID = "id"
    TRACKING_ID = "tracking_id"
    VALUE_1 = "-created_at"
    VALUE_3 = "-id"
    VALUE_5 = "-voucher_code"
    VALUE_7 = "-tracking_id"
    VALUE_9 = "-customer_id"
    VOUCHER_CODE = "voucher_code"

    @classmethod
    def _missing_(cls, value: object) -> Self | None:
        # Voucherify adds enum values without a new API version: keep an unknown string as a
        # pseudo-member (name UNKNOWN) that compares equal to it and serializes back unchanged.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member

    def __str__(self) -> str:
        return str(self.value)


ParameterOrderListRedemptionsDict: TypeAlias = str
"""ParameterOrderListRedemptions as a request takes it: one of the values above, or one Voucherify added since."""
