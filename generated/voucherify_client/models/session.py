from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Required, TypeAlias, TypedDict

from attrs import define as _attrs_define

from ..types import Model, absent_reads_none, one_of


@absent_reads_none
@_attrs_define(kw_only=True, slots=False)
class Session(Model):
    """`Session` of Voucherify's spec (it describes it no further): each field as the spec types it."""

    key: str | None = None
    """ The session unique ID assigned by Voucherify or your own unique session ID. Sending an existing ID will
    result in overwriting an existing session. If no session key is provided, then a new ID will be generated. """
    type: str | None = None
    """ This parameter is required to establish a new session. """
    ttl: float | None = None
    """ Value for the period of time that the session is active. Units for this parameter are defined by the
    session.ttl_unit parameter. """
    ttl_unit: str | None = None

    __vf_fields__: ClassVar[tuple[str, ...]] = (
        "key",
        "type",
        "ttl",
        "ttl_unit",
    )
    __vf_consts__: ClassVar[dict[str, Any]] = {
        "type": "LOCK",
    }


SessionDict = TypedDict(
    "SessionDict",
    {
        "key": "str",
        "type": "Literal['LOCK']",
        "ttl": "float",
        "ttl_unit": "str",
    },
    total=False,
)
"""Session as a request takes it: a plain dict, checked by type checkers."""


# At the end, so that models referring to each other in cycles import in any order; type checkers and the decoder
# both resolve the names above through these.
