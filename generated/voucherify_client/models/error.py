from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Required, TypeAlias, TypedDict

from attrs import define as _attrs_define

from ..types import Model, absent_reads_none, one_of


@absent_reads_none
@_attrs_define(kw_only=True, slots=False)
class Error(Model):
    """Error details"""

    code: int | None = None
    """ Error's HTTP status code. """
    key: str | None = None
    """ Short string describing the kind of error which occurred. """
    message: str | None = None
    """ A human-readable message providing a short description of the error. """
    details: str | None = None
    """ A human-readable message providing more details about the error. """
    request_id: str | None = None
    """ This ID is useful when troubleshooting and/or finding the root cause of an error response by our support
    team. """
    resource_id: str | None = None
    """ Unique resource ID that can be used in another endpoint to get more details. """
    resource_type: str | None = None
    """ The resource type. """
    error: ErrorError | None = None
    """ Includes additional information about the error. """

    __vf_fields__: ClassVar[tuple[str, ...]] = (
        "code",
        "key",
        "message",
        "details",
        "request_id",
        "resource_id",
        "resource_type",
        "error",
    )
    __vf_consts__: ClassVar[dict[str, Any]] = {}


ErrorDict = TypedDict(
    "ErrorDict",
    {
        "code": "int | None",
        "key": "str | None",
        "message": "str | None",
        "details": "str | None",
        "request_id": "str | None",
        "resource_id": "str | None",
        "resource_type": "str | None",
        "error": "ErrorErrorDict | None",
    },
    total=False,
)
"""Error as a request takes it: a plain dict, checked by type checkers."""


# At the end, so that models referring to each other in cycles import in any order; type checkers and the decoder
# both resolve the names above through these.
from ..models.error_error import ErrorError, ErrorErrorDict
