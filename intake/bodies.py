"""The octets of accepted messages and outbound mail, in tables of their own.

SQLite has no partial-row update: every UPDATE reads and rewrites the whole record, blob
included. So the rows whose state changes (`messages`, `outbound`) hold no octets: each body is
one row of `message_bodies` or `outbound_bodies`, keyed by its owner's id, written once in the
owner's transaction, read whole, and deleted when purged or erased. No body row: no octets.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Bodies:
    table: str
    key: str  # the owner's id, which is also the body row's rowid (blob handles need it)


MESSAGES = Bodies("message_bodies", "message_row")
OUTBOUND = Bodies("outbound_bodies", "outbound_id")
# Bodies up to this size come with their owner's row; a bigger one is read on its own (`read`).
SMALL_BYTES = 256 << 10
# Octets one round of the pipeline or of delivery loads at most (but always one body): a round
# holds its batch until it is done, and 50 queued 20 MB messages must not all be in memory.
ROUND_BYTES = 32 << 20


def write(conn: sqlite3.Connection, bodies: Bodies, owner: int, *parts: bytes | bytearray) -> None:
    """Store the concatenation of `parts` as the body of `owner`, without joining them.

    Bound as a parameter, a body is copied twice inside SQLite (the bound value, then the
    record); a zeroblob that ends the record is never materialised, so the octets go straight
    from our buffers to the pages. In the caller's transaction.
    """
    size = sum(len(part) for part in parts)
    conn.execute(
        f"INSERT INTO {bodies.table} ({bodies.key}, raw) VALUES (?, zeroblob(?))", (owner, size)
    )
    if size:
        with conn.blobopen(bodies.table, "raw", owner) as blob:
            for part in parts:
                blob.write(part)


def read(conn: sqlite3.Connection, bodies: Bodies, owner: int, size: int | None) -> bytes:
    """The body of `owner`, `size` bytes as selected with its row (None: it has none, b"").

    Read straight into one bytes object: selected as a column, a big blob is first copied
    whole into SQLite's own buffer, two copies at once.
    """
    if not size:
        return b""
    with conn.blobopen(bodies.table, "raw", owner, readonly=True) as blob:
        return blob.read()


def selected(conn: sqlite3.Connection, bodies: Bodies, row: sqlite3.Row) -> bytes:
    """The body of a row selected with its owner's `id`, the body's `size` and, when small
    enough to come along, its `raw`: a bigger one is read on its own (`read`)."""
    if row["raw"] is not None:
        return bytes(row["raw"])
    return read(conn, bodies, row["id"], row["size"])


def delete(conn: sqlite3.Connection, bodies: Bodies, owners: list[int]) -> None:
    """Remove the bodies of `owners` (those that have one); their rows stay."""
    conn.executemany(f"DELETE FROM {bodies.table} WHERE {bodies.key} = ?", [(o,) for o in owners])


def row_size(row: sqlite3.Row) -> int:
    """The body size a row was selected with (`size`); 0 for a row without a body."""
    return int(row["size"] or 0)


def within_budget(items: list[T], size: Callable[[T], int], budget: int | None = None) -> list[T]:
    """The first `items` whose bodies (`size` of each) add up to `budget` (`ROUND_BYTES` unless
    given) at most, and never none: the rest waits for the next round."""
    limit = ROUND_BYTES if budget is None else budget
    total = 0
    for count, item in enumerate(items):
        total += size(item)
        if count and total > limit:
            return items[:count]
    return items
