from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Required, TypeAlias, TypedDict

from attrs import define as _attrs_define

from ..types import Model, absent_reads_none, one_of


@absent_reads_none
@_attrs_define(kw_only=True, slots=False)
class CodeConfig(Model):
    """Schema containing information about config used for voucher. Defines the code pattern (prefix, suffix, length,
    charset, etc).

    """

    length: float | None = None
    """ Number of characters in a generated code (excluding prefix and postfix). """
    charset: str | None = None
    """ Characters that can appear in the code. """
    prefix: str | None = None
    """ A text appended before the code. """
    postfix: str | None = None
    """ A text appended after the code. """
    pattern: str | None = None
    """ A pattern for codes where hashes (#) will be replaced with random characters. Overrides `length`. """
    initial_count: int | None = None
    """ The initial count. """

    __vf_fields__: ClassVar[tuple[str, ...]] = (
        "length",
        "charset",
        "prefix",
        "postfix",
        "pattern",
        "initial_count",
    )
    __vf_consts__: ClassVar[dict[str, Any]] = {}


CodeConfigDict = TypedDict(
    "CodeConfigDict",
    {
        "length": "float | None",
        "charset": "str | None",
        "prefix": "str | None",
        "postfix": "str | None",
        "pattern": "str | None",
        "initial_count": "int | None",
    },
    total=False,
)
"""CodeConfig as a request takes it: a plain dict, checked by type checkers."""


# At the end, so that models referring to each other in cycles import in any order; type checkers and the decoder
# both resolve the names above through these.
