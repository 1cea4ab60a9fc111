from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Required, TypeAlias, TypedDict

from attrs import define as _attrs_define

from ..types import Model, absent_reads_none, one_of


@absent_reads_none
@_attrs_define(kw_only=True, slots=False)
class EventSourceApiKey(Model):
    """`EventSourceApiKey` of Voucherify's spec (it describes it no further): each field as the spec types it."""

    name: str | None = None
    """ Channel name in the application keys. """
    app_id: str | None = None
    """ Contains the application ID from the Voucherify API key pair. """

    __vf_fields__: ClassVar[tuple[str, ...]] = (
        "name",
        "app_id",
    )
    __vf_consts__: ClassVar[dict[str, Any]] = {}


EventSourceApiKeyDict = TypedDict(
    "EventSourceApiKeyDict",
    {
        "name": "str | None",
        "app_id": "str | None",
    },
    total=False,
)
"""EventSourceApiKey as a request takes it: a plain dict, checked by type checkers."""


# At the end, so that models referring to each other in cycles import in any order; type checkers and the decoder
# both resolve the names above through these.
