from enum import IntEnum
from typing import Self, TypeAlias


class ValidityDayOfWeekItem(IntEnum):
    VALUE_0 = 0
    VALUE_1 = 1
    VALUE_2 = 2
    VALUE_3 = 3
    VALUE_4 = 4
    VALUE_5 = 5
    VALUE_6 = 6

    @classmethod
    def _missing_(cls, value: object) -> Self | None:
        # An unknown integer is kept as a pseudo-member (name UNKNOWN), as for string enums.
        if not isinstance(value, int) or isinstance(value, bool):
            return None
        member = int.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member

    def __str__(self) -> str:
        return str(self.value)


ValidityDayOfWeekItemDict: TypeAlias = int
"""ValidityDayOfWeekItem as a request takes it: one of the values above, or one Voucherify added since."""
