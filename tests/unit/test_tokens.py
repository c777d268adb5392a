"""Tokens come from the kernel's CSPRNG a block at a time: never the same bytes twice, across
blocks, threads and a fork."""

from __future__ import annotations

import os
import threading

from intake import tokens


def test_tokens_have_the_asked_length_and_never_repeat_across_blocks() -> None:
    sizes = [8, 12, 16, 4096, 5000, 1] * 400  # several blocks, and tokens larger than one
    made = [tokens.token_hex(n) for n in sizes]
    assert [len(token) for token in made] == [2 * n for n in sizes]
    assert all(int(token, 16) >= 0 for token in made)
    long_ones = [token for token in made if len(token) >= 16]
    assert len(set(long_ones)) == len(long_ones)


def test_threads_never_share_bytes() -> None:
    made: list[str] = []

    def take() -> None:
        made.extend(tokens.token_hex(16) for _ in range(2000))

    workers = [threading.Thread(target=take) for _ in range(4)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    assert len(set(made)) == len(made) == 8000


def test_a_forked_child_does_not_hand_out_what_its_parent_will() -> None:
    tokens.token_hex(8)  # a block is loaded
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: its next token, to the parent
        os.write(write, tokens.token_hex(16).encode())
        os._exit(0)
    os.close(write)
    os.waitpid(pid, 0)
    child = os.read(read, 64).decode()
    os.close(read)
    assert len(child) == 32 and child != tokens.token_hex(16)
