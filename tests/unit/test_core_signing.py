"""Ed25519 keys, key ids, base64 and canonical JSON bytes (coopclient.protocol: signing, canonical)."""

from __future__ import annotations

import hashlib
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coopclient.protocol.canonical import canonical, parse_canonical
from coopclient.protocol.signing import SigningKey, b64, key_id, unb64, unb64_sized, verify

SEED = bytes(range(32))

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**70), 2**70) | st.text(),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=20,
)


def test_seed_round_trips_and_public_key_is_deterministic() -> None:
    key = SigningKey.from_seed(SEED)
    assert key.seed == SEED
    assert len(key.public) == 32
    assert SigningKey.from_seed(key.seed).public == key.public


def test_rfc8032_test_vector_1() -> None:
    # RFC 8032 §7.1, TEST 1: empty message.
    seed = bytes.fromhex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60")
    key = SigningKey.from_seed(seed)
    assert key.public.hex() == "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"
    assert key.sign(b"").hex() == (
        "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e06522490155"
        "5fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b"
    )


def test_generated_keys_differ_and_sign() -> None:
    a, b = SigningKey.generate(), SigningKey.generate()
    assert a.public != b.public
    sig = a.sign(b"hello")
    assert len(sig) == 64
    assert verify(a.public, b"hello", sig)
    assert not verify(b.public, b"hello", sig)
    assert not verify(a.public, b"hellO", sig)


@pytest.mark.parametrize(
    ("public", "message", "signature"),
    [
        (b"short", b"m", b"\x00" * 64),
        (b"\x00" * 32, b"m", b"\x00" * 63),
        (b"\x00" * 32, b"m", b"\x00" * 64),
        (b"\xff" * 32, b"m", b"\xff" * 64),
        ("not bytes", b"m", b"\x00" * 64),
        (b"\x00" * 32, "not bytes", b"\x00" * 64),
    ],
)
def test_verify_never_raises_on_bad_input(public: object, message: object, signature: object) -> None:
    assert verify(public, message, signature) is False  # type: ignore[arg-type]


def test_verify_rejects_flipped_signature_bit() -> None:
    key = SigningKey.from_seed(SEED)
    sig = bytearray(key.sign(b"msg"))
    sig[10] ^= 1
    assert not verify(key.public, b"msg", bytes(sig))


def test_from_seed_refuses_wrong_length_without_echoing_it() -> None:
    with pytest.raises(ValueError, match="32 bytes, not 5") as info:
        SigningKey.from_seed(b"abcde")
    assert "abcde" not in str(info.value)


def test_repr_does_not_show_the_seed() -> None:
    key = SigningKey.from_seed(SEED)
    text = repr(key)
    assert SEED.hex() not in text and b64(SEED) not in text
    assert key_id(key.public) in text


def test_key_id_is_sha256_prefix() -> None:
    pub = SigningKey.from_seed(SEED).public
    assert key_id(pub) == hashlib.sha256(pub).hexdigest()[:16]
    assert len(key_id(pub)) == 16


@given(st.binary(max_size=80))
def test_b64_round_trip(data: bytes) -> None:
    assert unb64(b64(data)) == data


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("abc", "not valid"),  # missing padding
        ("ab$=", "not valid"),
        ("YQ", "not valid"),
        ("YR==", "canonical"),  # stray low bits
        ("ÿÿÿÿ", "non-ASCII"),
        ("-_8=", "not valid"),  # urlsafe alphabet
    ],
)
def test_unb64_refuses_bad_text(text: str, why: str) -> None:
    with pytest.raises(ValueError, match=why):
        unb64(text)


@given(st.binary(max_size=80), st.integers(0, 80))
def test_unb64_sized_round_trips_exactly_its_size(data: bytes, size: int) -> None:
    if len(data) == size:
        assert unb64_sized(b64(data), size, "blob") == data
    else:
        with pytest.raises(ValueError, match=f"must be a {size}-byte blob, not {len(data)} bytes"):
            unb64_sized(b64(data), size, "blob")


def test_unb64_sized_refuses_bad_base64_as_unb64_does() -> None:
    with pytest.raises(ValueError, match="canonical"):
        unb64_sized("YR==", 1, "blob")


def test_unb64_refuses_non_string() -> None:
    with pytest.raises(ValueError, match="expected a string"):
        unb64(b"AAAA")  # type: ignore[arg-type]


# --- canonical bytes ---------------------------------------------------------------------------------------


def test_canonical_is_sorted_compact_utf8() -> None:
    assert canonical({"b": 1, "a": [True, None, "é"]}) == '{"a":[true,null,"é"],"b":1}'.encode()


@pytest.mark.parametrize("bad", [1.5, {"x": 0.1}, [float("nan")], {1: "a"}, (1, 2), b"x", {"d": {1, 2}}])
def test_canonical_refuses_other_types(bad: object) -> None:
    with pytest.raises(TypeError):
        canonical(bad)


def test_canonical_type_error_names_the_field() -> None:
    with pytest.raises(TypeError, match=r"data\.earnings\.EUR: float"):
        canonical({"data": {"earnings": {"EUR": 12.34}}})


@given(st.dictionaries(st.text(max_size=8), json_values, max_size=5))
def test_parse_canonical_round_trips(obj: dict[str, object]) -> None:
    data = canonical(obj)
    assert parse_canonical(data) == obj
    assert canonical(parse_canonical(data)) == data


@given(st.dictionaries(st.text(min_size=1, max_size=8), json_values, min_size=2, max_size=5))
def test_any_other_byte_form_is_refused(obj: dict[str, object]) -> None:
    spaced = json.dumps(obj, sort_keys=True).encode()
    if spaced != canonical(obj):
        with pytest.raises(ValueError, match="canonical"):
            parse_canonical(spaced)


@pytest.mark.parametrize(
    "data",
    [
        b'{"b":1,"a":2}',  # key order
        b'{"a": 1}',  # spacing
        b'{"a":"\\u00e9"}',  # escaped instead of UTF-8
        b'{"a":1.0}',  # float
        b'{"a":1e3}',
        b'{"a":NaN}',
        b'{"a":1,"a":1}',  # duplicate key
        b"[1,2]",  # not an object
        b'"x"',
        b"\xff",
        b'{"a":1}\n',
        b"",
    ],
)
def test_parse_canonical_refuses_non_canonical(data: bytes) -> None:
    with pytest.raises(ValueError, match="canonical JSON"):
        parse_canonical(data)
