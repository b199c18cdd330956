"""The witness (`POST /v1/witness`), on SQLite and PostgreSQL: it cosigns a log's checkpoints only along
one linear history, and answers a fork (or a stale or rolled-back checkpoint) with 409 and what it holds.

The witnessed log is an in-memory tree signed with its own key (`MemoryTree`), so a test can build two
histories that share a prefix; one test witnesses the server's own log through its real proofs.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from coopclient.protocol.checkpoint import Checkpoint, cosigners, open_checkpoint, sign_checkpoint
from coopclient.protocol.merkle import EMPTY_ROOT, MemoryTree, consistency_proof
from coopclient.protocol.signing import SigningKey, b64
from coopclient.server.witness import parse_witness_logs
from tests.server.api_helpers import ORIGIN, Ledger, make_ledger, new_key, stats_entry

LOG = "other-coop.example/log"


class Log:
    """A log of `size` random leaves, able to sign its checkpoints and prove consistency."""

    def __init__(self, key: SigningKey, seed: int, size: int = 0) -> None:
        self.key = key
        self.tree = MemoryTree()
        self._rng = random.Random(seed)
        self.grow(size)

    def grow(self, count: int, rng: random.Random | None = None) -> None:
        for _ in range(count):
            self.tree.append((rng or self._rng).randbytes(40))

    def note(self, size: int | None = None) -> str:
        size = self.tree.size if size is None else size
        return sign_checkpoint(Checkpoint(LOG, size, self.tree.root(size)), self.key)

    def proof(self, old: int, new: int | None = None) -> list[str]:
        new = self.tree.size if new is None else new
        return [b64(h) for h in consistency_proof(old, new, self.tree.read)] if 0 < old < new else []


@pytest.fixture
def log_key() -> SigningKey:
    return SigningKey.from_seed(bytes(range(32)))


@pytest.fixture
def witness(ledger_url: str, log_key: SigningKey) -> Iterator[Ledger]:
    made = make_ledger(ledger_url, witness_logs={LOG: log_key.public})
    yield made
    made.client.close()
    made.store.close()


def submit(witness: Ledger, old_size: int, proof: list[str], note: str) -> httpx.Response:
    return witness.client.post("/v1/witness", json={"old_size": old_size, "proof": proof, "checkpoint": note})


def cosigned_by_witness(witness: Ledger, answer: httpx.Response) -> str:
    assert answer.status_code == 200, answer.text
    note = str(answer.json()["cosigned"])
    assert cosigners(note, {ORIGIN: witness.log_key.public}) == {ORIGIN}  # the witness signs as its origin
    return note


def conflict(answer: httpx.Response) -> dict[str, Any]:
    assert answer.status_code == 409, answer.text
    return dict(answer.json())


def test_a_consistent_sequence_of_checkpoints_is_cosigned(witness: Ledger, log_key: SigningKey) -> None:
    log = Log(log_key, seed=1)
    held = 0
    for grow in (3, 0, 4, 13, 1, 64):
        log.grow(grow)
        note = cosigned_by_witness(witness, submit(witness, held, log.proof(held), log.note()))
        assert open_checkpoint(note, LOG, log_key.public).size == log.tree.size  # the log's line is kept
        held = log.tree.size


def test_a_fork_is_refused_with_409_and_what_the_witness_holds(witness: Ledger, log_key: SigningKey) -> None:
    honest, forked = Log(log_key, seed=1, size=7), Log(log_key, seed=1, size=5)
    forked.grow(4, random.Random(99))  # same first 5 leaves, then others: size 9, not an extension of honest's 7
    cosigned_by_witness(witness, submit(witness, 0, [], honest.note()))
    refused = conflict(submit(witness, 7, forked.proof(7), forked.note()))
    assert (refused["size"], refused["root"]) == (7, b64(honest.tree.root(7)))
    assert refused["detail"].startswith("proof:")
    # A fork of the same size as the one held is a fork too.
    same_size = conflict(submit(witness, 7, [], forked.note(7)))
    assert same_size["size"] == 7
    # The witness still follows the honest history.
    honest.grow(2)
    cosigned_by_witness(witness, submit(witness, 7, honest.proof(7), honest.note()))


def test_a_stale_old_size_or_an_older_checkpoint_gets_409_with_the_held_size(
    witness: Ledger, log_key: SigningKey
) -> None:
    log = Log(log_key, seed=2, size=10)
    cosigned_by_witness(witness, submit(witness, 0, [], log.note()))
    stale = conflict(submit(witness, 4, log.proof(4), log.note()))
    assert (stale["size"], stale["root"]) == (10, b64(log.tree.root(10)))
    older = conflict(submit(witness, 10, [], log.note(6)))
    assert older["size"] == 10
    # Asking again from what it holds works (what a member's app does after a 409).
    log.grow(3)
    cosigned_by_witness(witness, submit(witness, stale["size"], log.proof(stale["size"]), log.note()))


def test_the_first_checkpoint_is_checked_against_the_empty_tree(witness: Ledger, log_key: SigningKey) -> None:
    log = Log(log_key, seed=3, size=4)
    first = conflict(submit(witness, 0, [b64(EMPTY_ROOT)], log.note()))  # a proof from 0 must be empty
    assert (first["size"], first["root"]) == (0, b64(EMPTY_ROOT))
    cosigned_by_witness(witness, submit(witness, 0, [], log.note()))


def test_checkpoints_not_signed_by_a_followed_log_are_refused(witness: Ledger, log_key: SigningKey) -> None:
    impostor = Log(new_key(witness.rng), seed=4, size=3)
    assert submit(witness, 0, [], impostor.note()).status_code == 403
    stranger = sign_checkpoint(Checkpoint("elsewhere.example/log", 3, impostor.tree.root()), impostor.key)
    assert submit(witness, 0, [], stranger).status_code == 404
    assert submit(witness, 0, [], "not a note").status_code == 404
    garbled = Log(log_key, seed=4, size=3).note().replace("\n\n", "\n")
    assert submit(witness, 0, [], garbled).status_code == 403
    log = Log(log_key, seed=4, size=3)
    assert submit(witness, 0, ["%%%"], log.note()).status_code == 422
    # None of these moved the witness.
    cosigned_by_witness(witness, submit(witness, 0, [], log.note()))


def test_the_witness_follows_a_real_ledger_through_its_own_proofs(ledger_url: str) -> None:
    made = make_ledger(ledger_url, witness_own_log=True)
    try:
        member = made.enroll()
        held = 0
        for count in (2, 3, 1):
            batch = [stats_entry(member.key, made.entry_id()) for _ in range(count)]
            note = member.send_entries(batch).json()["checkpoint"]
            size = open_checkpoint(note, ORIGIN, made.log_key.public).size
            proof = member.get(f"/v1/proofs/consistency?old={held}&new={size}").json()["proof"]
            answer = made.client.post("/v1/witness", json={"old_size": held, "proof": proof, "checkpoint": note})
            assert answer.status_code == 200, answer.text
            held = size
    finally:
        made.client.close()
        made.store.close()


def test_a_server_that_is_not_a_witness_has_no_witness_route(tmp_path: Any, log_key: SigningKey) -> None:
    made = make_ledger(str(tmp_path / "ledger.sqlite3"))
    try:
        assert submit(made, 0, [], Log(log_key, seed=5, size=1).note()).status_code == 404
        assert "/v1/witness" not in made.client.get("/openapi.json").json()["paths"]
    finally:
        made.client.close()
        made.store.close()


def test_witness_log_options_name_an_origin_and_its_key(log_key: SigningKey) -> None:
    key = b64(log_key.public)  # ends in '=' padding
    assert parse_witness_logs([f"{LOG}={key}"]) == {LOG: log_key.public}
    for bad in (LOG, f"={key}", f"{LOG}=abc", f"{LOG}={b64(bytes(16))}"):
        with pytest.raises(ValueError, match="--witness-log"):
            parse_witness_logs([bad])
