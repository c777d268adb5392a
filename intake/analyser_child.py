"""The analyser child process: `python -m intake.analyser_child PARENT_PID`.

Reads length-prefixed pickled frames on stdin and answers each job with one frame on stdout,
in order, until stdin closes. `("rules", version, blob)` replaces the rules snapshot (a child
never reads rule files that a rejected edit left on disk). `("job", envelope, policy,
as_enquiry, size)`, followed by the message's `size` raw bytes, is answered `("ok", Analysis)`,
`("too_complex", reason)` or `("failed", type name)`. Only the parent (its own code) writes to
this pipe, so unpickling it is no more trusting than importing our modules.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import pickle
import signal
import sys
from typing import IO, Any

from intake.memory import return_big_buffers

PR_SET_PDEATHSIG = 1
HEADER_BYTES = 4  # big-endian length before each frame, both ways
# Analysis can wait, a sender waiting for its 250 cannot: when the cores are all busy (a
# burst), the kernel gives the listener the larger share. Idle cores are still ours in full.
NICENESS = 10


def read_frame(stream: IO[bytes]) -> bytes | None:
    """One frame, or None at the end of the stream."""
    head = stream.read(HEADER_BYTES)
    if len(head) < HEADER_BYTES:
        return None
    size = int.from_bytes(head, "big")
    data = stream.read(size)
    return data if len(data) == size else None


def frame(payload: Any) -> bytes:
    data = pickle.dumps(payload, protocol=pickle.HIGHEST_PROTOCOL)
    return len(data).to_bytes(HEADER_BYTES, "big") + data


def _die_with_parent(parent: int) -> None:
    """A child outliving a killed service would hold memory for nothing: on Linux, ask the
    kernel to kill it with the parent (elsewhere it exits when its stdin closes)."""
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):
        pass
    if os.getppid() != parent:  # the parent died before prctl took effect
        os._exit(1)


def serve(jobs: IO[bytes], answers: IO[bytes]) -> None:
    from intake.analyse import analyse
    from intake.parse import MessageTooComplex

    rules: Any = None
    answers.write(frame(("ready",)))
    answers.flush()
    while (data := read_frame(jobs)) is not None:
        kind, *args = pickle.loads(data)
        if kind == "rules":
            rules = pickle.loads(args[1])
            continue
        envelope, policy, as_enquiry, size = args
        raw = jobs.read(size)  # sent as it is, not pickled: no second copy of a big message
        try:
            result: tuple[Any, ...] = ("ok", analyse(raw, envelope, rules, policy,
                                                     as_enquiry=as_enquiry))  # fmt: skip
        except MessageTooComplex as error:
            result = ("too_complex", error.reason)
        except Exception as error:  # the parent quarantines the message with this name
            result = ("failed", type(error).__name__)
        del raw, data
        answers.write(frame(result))
        answers.flush()


def main() -> None:
    _die_with_parent(int(sys.argv[1]))
    return_big_buffers()  # a big message's buffers must not stay with the child after it
    os.nice(NICENESS)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the parent, which stops us
    answers = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())  # a stray print must not corrupt a frame
    serve(sys.stdin.buffer, answers)


if __name__ == "__main__":
    main()
