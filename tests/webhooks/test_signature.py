"""The webhook signature: the docs' test vectors (facts §10), raw and pretty-printed bodies, and every way a check
must fail loudly instead of passing."""

from __future__ import annotations

import json

import pytest
from voucherify_rollbacks import WebhookSignatureError
from voucherify_rollbacks.webhooks import sign_payload, signed_text, verify_signature

# Voucherify's documented vectors, key "secretKey".
VECTORS = [
    (b'{"a":1}', "a17d2ac229d1ebbb5f10e839c7985c4818e5986eab297f7e5979196d4d7d3ed2"),
    (b'{\n  "a": 1\n}', "a17d2ac229d1ebbb5f10e839c7985c4818e5986eab297f7e5979196d4d7d3ed2"),
    (b'{\n  "a\\"b": 1\n}', "f7cf97814a03146abedb9793f56e1dec34f618f82d10395310d053f749483ffb"),
    (b"  message  ", "53ff92957e1427ce23ad5bda9d0c5f2f4ff384d0806b83eeacb510c842d3a358"),
]
EVENT = {
    "id": "whs_1",
    "type": "redemption.rollback.succeeded",
    "data": {"redemption_rollback": {"id": "rr_1", "reason": 'a  b\t"c"\n', "redemption": "r_1"}},
}


@pytest.mark.parametrize(("body", "expected"), VECTORS)
def test_the_documented_vectors_sign_and_verify(body: bytes, expected: str) -> None:
    assert sign_payload(body, "secretKey") == expected
    verify_signature(body, expected, "secretKey")
    verify_signature(body, expected.upper(), ["old-secret", "secretKey"])  # rotation, any case


def test_whitespace_inside_strings_and_escapes_is_kept() -> None:
    pretty = json.dumps(EVENT, indent=4).encode()
    assert signed_text(pretty) == json.dumps(EVENT, separators=(",", ":")).encode()
    assert b'"a  b\\t\\"c\\"\\n"' in signed_text(pretty)


def test_a_pretty_printed_body_verifies_against_the_compact_signature_and_the_raw_one() -> None:
    compact = json.dumps(EVENT, separators=(",", ":")).encode()
    pretty = json.dumps(EVENT, indent=2).encode()
    verify_signature(pretty, sign_payload(compact, "s3cret"), "s3cret")
    # A sender that signed the raw bytes (whitespace and all) is accepted too.
    import hashlib
    import hmac

    raw_signature = hmac.new(b"s3cret", pretty, hashlib.sha256).hexdigest()
    verify_signature(pretty, raw_signature, "s3cret")


def test_key_order_matters_because_nothing_is_re_encoded() -> None:
    body = b'{"b":1,"a":2}'
    with pytest.raises(WebhookSignatureError, match="does not match"):
        verify_signature(body, sign_payload(b'{"a":2,"b":1}', "k"), "k")


def _flip(body: bytes, index: int) -> bytes:
    return body[:index] + bytes([body[index] ^ 0x01]) + body[index + 1 :]


@pytest.mark.parametrize(
    ("mutate", "why"),
    [
        (lambda body, sig: (_flip(body, 10), sig, "k"), "does not match"),
        (lambda body, sig: (body, sig, "wrong"), "does not match"),
        (lambda body, sig: (body, sig, ""), "secret is empty"),
        (lambda body, sig: (body, sig, "   "), "secret is empty"),
        (lambda body, sig: (body, sig, []), "no webhook secret"),
        (lambda body, sig: (body, None, "k"), "has no x-voucherify-signature"),
        (lambda body, sig: (body, "", "k"), "is empty"),
        (lambda body, sig: (body, sig[:-1], "k"), "not a hex SHA-256"),
        (lambda body, sig: (body, "g" * 64, "k"), "not a hex SHA-256"),
        (lambda body, sig: (body, sig[:-1] + ("0" if sig[-1] != "0" else "1"), "k"), "does not match"),
    ],
)
def test_every_bad_signature_or_secret_is_a_typed_error_never_a_pass(mutate: object, why: str) -> None:
    body = json.dumps(EVENT).encode()
    body_, signature, secrets = mutate(body, sign_payload(body, "k"))  # type: ignore[operator]
    with pytest.raises(WebhookSignatureError, match=why) as caught:
        verify_signature(body_, signature, secrets)
    assert "k" not in caught.value.reason.split() and sign_payload(body, "k") not in str(caught.value)


def test_the_error_is_a_voucherify_error_and_names_no_secret() -> None:
    from voucherify_rollbacks import VoucherifyError

    with pytest.raises(VoucherifyError) as caught:
        verify_signature(b"{}", "0" * 64, "super-secret-value")
    assert "super-secret-value" not in str(caught.value) and "super-secret-value" not in repr(caught.value.to_dict())
