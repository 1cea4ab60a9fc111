"""Contains some shared types for properties"""

import datetime
import json
import re
import types
import typing
from collections.abc import Mapping, MutableMapping
from contextvars import ContextVar
from http import HTTPStatus
from typing import IO, Any, BinaryIO, ClassVar, Generic, Literal, TypeVar

import attrs
import msgspec
from attrs import define


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()

# Bound once: models call these for every date they read.
parse_datetime = datetime.datetime.fromisoformat
parse_date = datetime.date.fromisoformat
_UTC_OFFSET = datetime.timedelta(0)


def format_datetime(value: datetime.datetime) -> str:
    """ISO 8601 as Voucherify writes it (milliseconds, `Z` for UTC), so a parsed payload writes back unchanged."""
    if value.microsecond % 1000 == 0 and value.utcoffset() == _UTC_OFFSET:
        return value.isoformat(timespec="milliseconds").replace("+00:00", "Z")
    return value.isoformat()


# What reading a value of an unexpected shape can raise; models keep such a value as it came.
PARSE_ERRORS = (TypeError, ValueError, AttributeError, KeyError, IndexError, OverflowError)


def http_status(code: int) -> HTTPStatus | int:
    """The status as an HTTPStatus, or the plain int for codes outside the IANA registry (499, 520, 529)."""
    try:
        return HTTPStatus(code)
    except ValueError:
        return code


def deep_object(name: str, value: object) -> dict[str, Any]:
    """Flatten a query parameter of style deepObject: {"a": {"b": ["x"]}} -> {"name[a][b][0]": "x"}."""
    flat: dict[str, Any] = {}
    _flatten(name, value, flat)
    return flat


def _flatten(prefix: str, value: object, flat: dict[str, Any]) -> None:
    if isinstance(value, Mapping):
        for key, item in value.items():
            _flatten(f"{prefix}[{key}]", item, flat)
    elif isinstance(value, (list, tuple)):
        for index, item in enumerate(value):
            _flatten(f"{prefix}[{index}]", item, flat)
    elif isinstance(value, bool):
        flat[prefix] = "true" if value else "false"
    elif value is not None and not isinstance(value, Unset):
        flat[prefix] = value


# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")
M = TypeVar("M", bound="Model")

# The source a model being decoded belongs to: a default factory in C (ContextVar.get), so marking every object
# costs no Python call on the decode path.
_BOM = b"\xef\xbb\xbf"
_SOURCE: ContextVar["_Source | None"] = ContextVar("voucherify_client_source", default=None)


class _Source:
    """The JSON document a tree of models was read from: its bytes or its decoded value, and the root model once
    built. A model's `to_dict()` finds its own part of the document here, so unknown fields, unknown values and the
    values a field's type could not hold all come back exactly as Voucherify sent them."""

    __slots__ = ("_body", "_data", "_index", "root")

    def __init__(self, body: bytes | None, data: Any = None) -> None:
        self._body = body
        self._data = data
        self._index: dict[int, tuple[Any, Any]] | None = None
        self.root: Any = None

    def data(self) -> Any:
        if self._data is None and self._body is not None:
            try:
                self._data = json.loads(self._body)
            except (ValueError, RecursionError):  # msgspec read it; a document too deep for json stays unpaired
                self._body = None
        return self._data

    def part_of(self, model: "Model") -> Any:
        """The JSON object `model` was read from, or None when it is not part of this document (an object set on
        the tree afterwards included: each entry keeps its object, so a reused id never matches)."""
        if self._index is None:
            index: dict[int, tuple[Any, Any]] = {}
            _pair(self.root, self.data(), index)
            self._index = index
        found = self._index.get(id(model))
        return found[1] if found is not None and found[0] is model else None

    def __getstate__(self) -> tuple[bytes | None, Any, Any]:
        # The index is by object id: a copy (pickle, deepcopy) pairs its own objects again when first asked.
        return self._body, self._data, self.root

    def __setstate__(self, state: tuple[bytes | None, Any, Any]) -> None:
        self._body, self._data, self.root = state
        self._index = None


def _pair(value: Any, raw: Any, index: dict[int, tuple[Any, Any]]) -> None:
    """Walk a decoded tree and its JSON side by side, mapping each model's id to its JSON object."""
    if isinstance(value, Model):
        if type(raw) is not dict:
            return
        index[id(value)] = (value, raw)
        for key, name in _names_of(type(value)):
            child = getattr(value, name)
            if child is not None and not isinstance(child, (str, int, float, bool)):
                _pair(child, raw.get(key), index)
    elif type(value) is dict and type(raw) is dict:
        for key, item in value.items():
            if isinstance(item, (Model, list, dict)):
                _pair(item, raw.get(key), index)
    elif type(value) is list and type(raw) is list:
        # A list item set aside on the repair path (not an object where the list holds objects) is missing from
        # the typed list: skip such raw items so the rest still pair with their own JSON.
        raw_items = iter(raw)
        for item in value:
            for raw_item in raw_items:
                if type(raw_item) is dict or not isinstance(item, Model):
                    _pair(item, raw_item, index)
                    break


@define(kw_only=True, slots=False)
class Model:
    """What every generated model shares: decoding from JSON bytes or a dict (lenient: a value that does not fit its
    field's type reads as None and is kept for `to_dict()`), and `to_dict()` giving back what was read, exactly."""

    # The document this object was read from (None for an object built in code); not a field of the API.
    _vf_source: Any = attrs.field(factory=_SOURCE.get, repr=False, eq=False, alias="_vf_source")

    __vf_fields__: ClassVar[tuple[str, ...]] = ()
    __vf_consts__: ClassVar[dict[str, Any]] = {}

    @classmethod
    def from_json(cls, body: bytes | bytearray | memoryview | str) -> typing.Self:
        """The model of a JSON document, read in one pass; ValueError when `body` is not JSON at all."""
        data = bytes(body) if not isinstance(body, (bytes, str)) else body
        if isinstance(data, bytes) and data.startswith(_BOM):  # as json.loads reads it
            data = data[len(_BOM) :]
        source = _Source(data if isinstance(data, bytes) else data.encode())
        token = _SOURCE.set(source)
        try:
            try:
                model = _decoder(cls).decode(data)
            except msgspec.ValidationError as error:
                if not _error_path(error):
                    raise ValueError(f"not a JSON object: {error}") from None
                model = _repair(cls, source.data(), error)
            except msgspec.DecodeError as error:
                raise ValueError(f"not a JSON document: {error}") from None
            except RecursionError:
                raise ValueError("a JSON document nested too deeply to read") from None
        finally:
            _SOURCE.reset(token)
        source.root = model
        return model

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> typing.Self:
        """The model of decoded JSON (a dict), lenient as `from_json`; `to_dict()` gives `src_dict` back."""
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__}.from_dict takes a mapping, not {type(src_dict).__name__}")
        data = src_dict if type(src_dict) is dict else dict(src_dict)
        source = _Source(None, data)
        token = _SOURCE.set(source)
        try:
            try:
                model = msgspec.convert(data, cls, dec_hook=_dec_hook)
            except msgspec.ValidationError as error:
                model = _repair(cls, data, error)
            except RecursionError:
                raise ValueError("a JSON document nested too deeply to read") from None
        finally:
            _SOURCE.reset(token)
        source.root = model
        return model

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: what Voucherify sent, unknown fields and values included, for an object
        read from an answer; its fields that are not None for an object built in code."""
        source = self._vf_source
        if source is not None:
            if self is source.root:  # the whole document: decoded afresh, a copy nobody else holds
                whole = source.data()
                if whole is not None:
                    return msgspec.json.decode(msgspec.json.encode(whole))  # type: ignore[no-any-return]
            found = source.part_of(self)
            if found is not None:
                return msgspec.json.decode(msgspec.json.encode(found))  # type: ignore[no-any-return]
        return {key: _plain(value) for key, name in _names_of(type(self)) if (value := getattr(self, name)) is not None}

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The fields Voucherify sent that this version of the spec does not name."""
        known = self.__vf_fields__
        return {key: value for key, value in self.to_dict().items() if key not in known}


def document_bytes(model: Model) -> bytes | None:
    """The JSON bytes `model` was read from by `from_json`, when it is that document's root (less a leading byte
    order mark); None for any other object. Reading them with the same class gives an equal model back."""
    source = model._vf_source
    if source is None or source.root is not model:
        return None
    body: bytes | None = source._body
    return body


_names: dict[type, list[tuple[str, str]]] = {}


def _names_of(cls: type) -> list[tuple[str, str]]:
    """(JSON key, attribute) of each field of a model: the same but where a key is no Python name."""
    found = _names.get(cls)
    if found is None:
        attributes = [field.name for field in attrs.fields(cls) if field.name != "_vf_source"]
        found = _names[cls] = list(zip(cls.__vf_fields__, attributes))
    return found


def absent_reads_none(cls: type[M]) -> type[M]:
    """Give every field of a model a class-level None. An object then holds only the fields its JSON had (an absent
    field reads None from the class), and the decoder, which sets a field only when the object lacks it, never
    fills the absent ones: most of a model's fields are absent from most answers."""
    for field in attrs.fields(cls):
        if field.name != "_vf_source":
            setattr(cls, field.name, None)
    return cls


def _plain(value: Any) -> Any:
    if isinstance(value, Model):
        return value.to_dict()
    if isinstance(value, list):
        return [_plain(item) for item in value]
    if isinstance(value, datetime.datetime):
        return format_datetime(value)
    if isinstance(value, datetime.date):
        return value.isoformat()
    return value


class _OneOfType(type):
    """Instances of any variant count as instances of the stand-in, so the decoder accepts what the hook returns."""

    def __instancecheck__(cls, instance: Any) -> bool:
        return isinstance(instance, cls.variants())  # type: ignore[attr-defined]


class OneOf(metaclass=_OneOfType):
    """Stands, at run time, for a field that holds one of several models (`oneOf` / `anyOf` in the spec); type
    checkers see the union itself. The variant is chosen by the values each variant fixes (`const`), else by the
    first that reads without setting anything aside."""

    __vf_variants__: ClassVar[tuple[str, ...]] = ()
    __vf_namespace__: ClassVar[dict[str, Any]] = {}

    __vf_resolved__: ClassVar[tuple[type["Model"], ...] | None] = None

    @classmethod
    def variants(cls) -> tuple[type["Model"], ...]:
        found = cls.__vf_resolved__
        if found is None:
            found = cls.__vf_resolved__ = tuple(cls.__vf_namespace__[name] for name in cls.__vf_variants__)
        return found


def one_of(namespace: dict[str, Any], *variants: str) -> type[OneOf]:
    """The run-time stand-in for a union of the models named `variants`, looked up in `namespace` when first used."""
    return _OneOfType("OneOf", (OneOf,), {"__vf_variants__": variants, "__vf_namespace__": namespace})


def _dec_hook(kind: type, value: Any) -> Any:
    if isinstance(kind, _OneOfType):
        if type(value) is not dict:
            raise TypeError(f"Expected `object`, got `{type(value).__name__}`")
        variants = kind.variants()  # type: ignore[attr-defined]
        for variant in variants:
            consts = variant.__vf_consts__
            if consts and all(value.get(key) == const for key, const in consts.items()):
                try:
                    return msgspec.convert(value, variant, dec_hook=_dec_hook)
                except msgspec.ValidationError:
                    return _lenient_model(variant, value)
        # A value naming a variant no model describes (a discount `type` added after this spec) is none of them.
        tags = {key for variant in variants for key in variant.__vf_consts__}
        if any(value.get(key) is not None for key in tags):
            raise TypeError("Expected one of the variants the spec describes")
        for variant in variants:
            try:
                return msgspec.convert(value, variant, dec_hook=_dec_hook)
            except msgspec.ValidationError:
                continue
        return _lenient_model(variants[0], value)
    raise NotImplementedError(f"no decoder for {kind!r}")


_decoders: dict[type, Any] = {}


def _decoder(cls: type) -> Any:
    decoder = _decoders.get(cls)
    if decoder is None:
        decoder = _decoders[cls] = msgspec.json.Decoder(cls, dec_hook=_dec_hook)
    return decoder


def _repair(cls: type[M], data: Any, error: msgspec.ValidationError) -> M:
    """The slow path, for a document holding a value its field's type cannot hold: convert again part by part,
    going straight down the path each error names, so each value that does not fit reads as None (the document keeps
    it) and each part that fits is converted once, at once."""
    return _lenient_model(cls, data, _error_path(error))


# A ValidationError ends with "- at `$.rollbacks[0].voucher`" (`[...]` for a map's value).
_AT = " - at `$"
_STEP = re.compile(r"\.([^.\[]+)|\[(\d+)\]|(\[\.\.\.\])")
_ANY_KEY = object()


def _error_path(error: msgspec.ValidationError) -> list[Any] | None:
    text = str(error)
    at = text.rfind(_AT)
    if at < 0 or not text.endswith("`"):
        return None
    path: list[Any] = []
    for name, index, any_key in _STEP.findall(text[at + len(_AT) : -1]):
        path.append(_ANY_KEY if any_key else int(index) if index else name)
    return path


_hints: dict[type, list[tuple[str, str, Any]]] = {}


def _fields_of(cls: type) -> list[tuple[str, str, Any]]:
    """(JSON key, attribute, type) of each field of a model, its types resolved once."""
    found = _hints.get(cls)
    if found is None:
        resolved = typing.get_type_hints(cls)
        names = [field.name for field in attrs.fields(cls) if field.name != "_vf_source"]
        found = _hints[cls] = [(key, name, resolved[name]) for key, name in zip(cls.__vf_fields__, names)]
    return found


def _below(path: list[Any] | None, step: Any) -> list[Any] | None:
    """The rest of a failing path under `step`, or None when the failure is not under it."""
    if path and (path[0] == step or path[0] is _ANY_KEY):
        return path[1:]
    return None


def _lenient_model(cls: type[M], data: Any, path: list[Any] | None = None) -> M:
    """`data` read as `cls`, a failing field at a time: each value `path` (then each next error) names is set aside
    and read on its own, and the rest converts in one call."""
    if type(data) is not dict:
        return cls()
    fields = {key: (name, kind) for key, name, kind in _fields_of(cls)}
    work = dict(data)
    repaired: dict[str, Any] = {}
    for _ in range(len(data) + 1):
        step = path[0] if path else None
        if step not in fields or step not in work or fields[step][0] in repaired:
            # Not a path into one of this model's fields: read every field on its own.
            values = {name: _lenient(kind, data[key]) for key, (name, kind) in fields.items() if key in data}
            return cls(**values)
        name, kind = fields[step]
        repaired[name] = _lenient(kind, data[step], path[1:])  # type: ignore[index]
        work[step] = None
        try:
            model = msgspec.convert(work, cls, dec_hook=_dec_hook)
        except msgspec.ValidationError as error:
            path = _error_path(error)
            continue
        for name, value in repaired.items():
            setattr(model, name, value)
        return model
    return cls()


def _lenient_list(kind: Any, value: list[Any], path: list[Any]) -> list[Any]:
    """A list read item by item only where an item fails: the others convert in one call. An item that cannot be
    read at all is left out."""
    repaired: dict[int, Any] = {}
    for _ in range(len(value) + 1):
        index = path[0] if path else None
        rest = [i for i in range(len(value)) if i not in repaired]
        if not isinstance(index, int) or not 0 <= index < len(rest):
            return [item for item in (_lenient(kind, item) for item in value) if item is not None]
        original = rest[index]
        repaired[original] = _lenient(kind, value[original], path[1:])
        rest.remove(original)
        try:
            converted = msgspec.convert([value[i] for i in rest], list[kind], dec_hook=_dec_hook)  # type: ignore[valid-type]
        except msgspec.ValidationError as error:
            # Its index is a position in the shorter list, as `index` above is.
            path = _error_path(error)
            continue
        items = dict(zip(rest, converted))
        items.update(repaired)
        return [items[i] for i in range(len(value)) if items[i] is not None]
    return []


def _lenient(kind: Any, value: Any, path: list[Any] | None = None) -> Any:
    """`value` read as `kind`, or None when it cannot be (a list or a map keeps the items it can read). `path`, when
    given, is where converting `value` is known to fail."""
    if value is None:
        return None
    if path is None:
        try:
            return msgspec.convert(value, kind, dec_hook=_dec_hook)
        except msgspec.ValidationError as error:
            path = _error_path(error)
            if path is None:
                return None
    origin = typing.get_origin(kind)
    args = [arg for arg in typing.get_args(kind) if arg is not type(None)]
    if origin in (typing.Union, types.UnionType):
        return _lenient(args[0], value, path) if len(args) == 1 else None
    if not path:
        return None  # the value itself is not what its field holds
    if isinstance(kind, _OneOfType):
        return _dec_hook(kind, value) if type(value) is dict else None
    if isinstance(kind, type) and issubclass(kind, Model):
        return _lenient_model(kind, value, path)
    if origin is list and type(value) is list:
        return _lenient_list(args[0], value, path)
    if origin is dict and type(value) is dict and len(args) == 2:
        pairs = ((key, _lenient(args[1], item, _below(path, key))) for key, item in value.items())
        return {key: item for key, item in pairs if item is not None}
    return None


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus | int
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


__all__ = [
    "PARSE_ERRORS",
    "UNSET",
    "File",
    "FileTypes",
    "Model",
    "OneOf",
    "RequestFiles",
    "Response",
    "Unset",
    "absent_reads_none",
    "deep_object",
    "format_datetime",
    "http_status",
    "one_of",
    "parse_date",
    "parse_datetime",
]
