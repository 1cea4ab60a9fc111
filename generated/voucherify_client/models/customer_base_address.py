from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Required, TypeAlias, TypedDict

from attrs import define as _attrs_define

from ..types import Model, absent_reads_none, one_of


@absent_reads_none
@_attrs_define(kw_only=True, slots=False)
class CustomerBaseAddress(Model):
    """`CustomerBaseAddress` of Voucherify's spec (it describes it no further): each field as the spec types it."""

    city: str | None = None
    """ City """
    state: str | None = None
    """ State """
    line_1: str | None = None
    """ First line of address. """
    line_2: str | None = None
    """ Second line of address. """
    country: str | None = None
    """ Country. """
    postal_code: str | None = None
    """ Postal code. """

    __vf_fields__: ClassVar[tuple[str, ...]] = (
        "city",
        "state",
        "line_1",
        "line_2",
        "country",
        "postal_code",
    )
    __vf_consts__: ClassVar[dict[str, Any]] = {}


CustomerBaseAddressDict = TypedDict(
    "CustomerBaseAddressDict",
    {
        "city": "str",
        "state": "str",
        "line_1": "str",
        "line_2": "str",
        "country": "str",
        "postal_code": "str",
    },
    total=False,
)
"""CustomerBaseAddress as a request takes it: a plain dict, checked by type checkers."""


# At the end, so that models referring to each other in cycles import in any order; type checkers and the decoder
# both resolve the names above through these.
