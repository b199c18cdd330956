"""The evidence pack's manifest (core/evidence.py): any single-byte change, a missing or an added file is
named by verify, and the manifest's own bytes are covered by its detached digest."""

from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from coopclient.core.evidence import MANIFEST, MANIFEST_DIGEST, PackError, seal, verify

names = st.text(alphabet="abcdefghij-_./0123456789", min_size=1, max_size=12).filter(
    lambda n: n not in (MANIFEST, MANIFEST_DIGEST)
)
packs = st.dictionaries(names, st.binary(max_size=64), min_size=1, max_size=6)


def sealed(files: dict[str, bytes]) -> dict[str, bytes]:
    s = seal(files)
    return {**files, MANIFEST: s.manifest, MANIFEST_DIGEST: s.digest}


@given(packs)
def test_an_intact_pack_verifies(files: dict[str, bytes]) -> None:
    assert verify(sealed(files)) == [MANIFEST, *sorted(files)]


@given(packs, st.data())
def test_any_single_byte_change_is_named(files: dict[str, bytes], data: st.DataObject) -> None:
    pack = sealed(files)
    name = data.draw(st.sampled_from(sorted(name for name, body in pack.items() if body)))
    body = bytearray(pack[name])
    at = data.draw(st.integers(0, len(body) - 1))
    body[at] = data.draw(st.integers(0, 255).filter(lambda b: b != body[at]))
    with pytest.raises(PackError) as caught:
        verify({**pack, name: bytes(body)})
    assert caught.value.name == (MANIFEST if name in (MANIFEST, MANIFEST_DIGEST) else name)


@given(packs, st.data())
def test_a_missing_file_is_named(files: dict[str, bytes], data: st.DataObject) -> None:
    pack = sealed(files)
    name = data.draw(st.sampled_from(sorted(pack)))
    with pytest.raises(PackError) as caught:
        verify({n: b for n, b in pack.items() if n != name})
    assert caught.value.name == name


@given(packs, names, st.binary(max_size=8))
def test_a_file_added_to_a_pack_is_named(files: dict[str, bytes], extra: str, body: bytes) -> None:
    pack = sealed(files)
    assume(extra not in pack)
    with pytest.raises(PackError, match="not in the manifest") as caught:
        verify({**pack, extra: body})
    assert caught.value.name == extra


def test_a_file_cannot_take_the_manifests_name() -> None:
    with pytest.raises(ValueError, match="manifest"):
        seal({MANIFEST: b"{}"})


def test_a_manifest_rewritten_with_its_digest_still_fails_on_the_file() -> None:
    pack = sealed({"a.txt": b"one"})
    forged = sealed({"a.txt": b"two"})
    with pytest.raises(PackError) as caught:  # the manifest and digest swapped in from another pack
        verify({**pack, MANIFEST: forged[MANIFEST], MANIFEST_DIGEST: forged[MANIFEST_DIGEST]})
    assert caught.value.name == "a.txt"
