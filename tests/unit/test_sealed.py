"""The sealed file format of backups: round trips at chunk boundaries; swapped, cut and foreign files refused."""

from __future__ import annotations

import io
import struct

import pytest

from coopclient.storage.sealed import CHUNK, LOWEST_LOG2_N, SealedError, SealedWriter, open_sealed

HEADER = 35
CHECK_PART = 4 + 20 + 16


def sealed(data: bytes, passphrase: str = "pass phrase") -> bytes:
    out = io.BytesIO()
    writer = SealedWriter(out, passphrase, log2_n=LOWEST_LOG2_N)
    for start in range(0, len(data), 300_000):  # written in pieces, as tarfile does
        writer.write(data[start : start + 300_000])
    writer.close()
    return out.getvalue()


def opened(blob: bytes, passphrase: str = "pass phrase") -> bytes:
    return b"".join(open_sealed(io.BytesIO(blob), passphrase, "f"))


@pytest.mark.parametrize("size", [0, 1, CHUNK, CHUNK + 1, 2 * CHUNK])
def test_round_trip_at_chunk_boundaries(size: int) -> None:
    data = bytes(range(256)) * (size // 256) + b"x" * (size % 256)
    assert opened(sealed(data)) == data


def test_two_parts_swapped_are_refused() -> None:
    blob = sealed(b"a" * CHUNK + b"b" * CHUNK + b"c")
    part = 4 + CHUNK + 16
    first, second = HEADER + CHECK_PART, HEADER + CHECK_PART + part
    swapped = blob[:first] + blob[second : second + part] + blob[first:second] + blob[second + part :]
    with pytest.raises(SealedError, match="damaged at part 1"):
        opened(swapped)


def test_an_impossible_length_is_refused_before_reading_it() -> None:
    blob = bytearray(sealed(b"hello"))
    struct.pack_into(">I", blob, HEADER + CHECK_PART, 0xFFFFFFFF)
    with pytest.raises(SealedError, match="impossible length"):
        opened(bytes(blob))


def test_bytes_after_the_last_part_are_refused() -> None:
    with pytest.raises(SealedError, match="after the end"):
        opened(sealed(b"hello") + b"!")


def test_a_file_of_another_program_or_version_is_named() -> None:
    with pytest.raises(SealedError, match="not a coopclient backup"):
        opened(b"PK\x03\x04" + bytes(100))
    blob = bytearray(sealed(b"hello"))
    blob[8] = 2
    with pytest.raises(SealedError, match="format version 2"):
        opened(bytes(blob))


def test_a_cheap_key_is_refused_when_writing_and_reading() -> None:
    with pytest.raises(ValueError, match="Scrypt cost"):
        SealedWriter(io.BytesIO(), "p", log2_n=LOWEST_LOG2_N - 1)
    blob = bytearray(sealed(b"hello"))
    blob[9] = LOWEST_LOG2_N - 1
    with pytest.raises(SealedError, match="key parameters out of range"):
        opened(bytes(blob))
