"""Where ours spends its CPU: a summary of py-spy's collapsed stacks (`--py-spy FILE`).

Prints, per thread, its share of all samples, then the functions with the most samples on
their own (self) and anywhere on the stack (inclusive). Run as `python -m bench.hotspots FILE`.
"""

from __future__ import annotations

import argparse
import collections
from pathlib import Path


def read(path: Path) -> list[tuple[list[str], int]]:
    """(frames root first, samples) per collapsed line `frame;frame;… count`."""
    stacks = []
    for line in path.read_text().splitlines():
        stack, _, count = line.rpartition(" ")
        if stack and count.isdigit():
            stacks.append((stack.split(";"), int(count)))
    return stacks


def _thread(stack: list[str]) -> tuple[str, list[str]]:
    """The thread's name (prefixed `child` in an analyser child) and its frames from there.

    `--subprocesses` puts `process PID:"cmd"` frames first: one for ours, one more in a child.
    """
    processes = 0
    while stack and not stack[0].startswith("thread ("):
        # A child's command line (`-c "…; spawn_main(…)"`) holds a `;`: skip its pieces too.
        processes += stack[0].startswith("process ")
        stack = stack[1:]
    if not stack:
        return "?", ["?"]
    name = stack[0].rpartition("): ")[2] or "main"  # "thread (tid): name" → name
    return ("child " if processes > 1 else "") + name, stack


def _function(frame: str) -> str:
    """`name (path/to/module.py:123)` → `name (module.py)`; line numbers would split counts."""
    name, _, where = frame.partition(" (")
    module = where.rsplit("/", 1)[-1].split(":")[0]
    return f"{name} ({module})" if module else name


def summarise(stacks: list[tuple[list[str], int]], top: int) -> str:
    total = sum(count for _, count in stacks) or 1
    threads: collections.Counter[str] = collections.Counter()
    own: collections.Counter[str] = collections.Counter()
    anywhere: collections.Counter[str] = collections.Counter()
    for stack, count in stacks:
        where, frames = _thread(stack)
        threads[where] += count
        functions = [_function(f) for f in frames[1:]] or [frames[0]]
        own[functions[-1]] += count
        for name in set(functions):
            anywhere[name] += count
    lines = [f"{total} samples"]
    lines += ["", "threads:", *_rows(threads, total, top)]
    lines += ["", "self:", *_rows(own, total, top)]
    lines += ["", "inclusive:", *_rows(anywhere, total, top)]
    return "\n".join(lines)


def _rows(counter: collections.Counter[str], total: int, top: int) -> list[str]:
    return [f"  {100 * n / total:5.1f}%  {name}" for name, n in counter.most_common(top)]


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.hotspots", description=__doc__)
    parser.add_argument("file", type=Path)
    parser.add_argument("--top", type=int, default=30)
    args = parser.parse_args()
    print(summarise(read(args.file), args.top))


if __name__ == "__main__":
    main()
