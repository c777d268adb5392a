"""Where a key sits in a rule file: maps key paths to line numbers for `rules check` messages.

tomllib gives values but no positions, so this scans the (already valid) TOML text once.
"""

from __future__ import annotations

import contextlib

KeyPath = tuple[str | int, ...]

_BARE_KEY = set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")


def format_path(path: KeyPath) -> str:
    """`("roles", "isu", 0, "from")` -> `roles.isu[0].from`, quoting odd keys as TOML does."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
            continue
        key = part if part and set(part) <= _BARE_KEY else '"' + part.replace('"', '\\"') + '"'
        out += f".{key}" if out else key
    return out


class KeyLines:
    """The line on which each key path of one TOML document starts."""

    def __init__(self, text: str) -> None:
        scanner = _Scanner(text)
        # only valid TOML reaches us; should the scan still trip, the lines found so far stand
        with contextlib.suppress(IndexError):
            scanner.scan()
        self._found = scanner.found

    def line_of(self, path: KeyPath) -> int | None:
        """The line of `path`, or of its nearest ancestor that is written in the file."""
        for end in range(len(path), 0, -1):
            line = self._found.get(path[:end])
            if line is not None:
                return line
        return None


class _Scanner:
    """A small recursive reader of TOML structure that records where each value starts."""

    def __init__(self, text: str) -> None:
        self.text = text + "\n"
        self.pos = 0
        self.line = 1
        self.found: dict[KeyPath, int] = {}
        self.table: KeyPath = ()
        self.arrays: dict[KeyPath, int] = {}  # array-of-tables path -> index of its last table

    def scan(self) -> None:
        while True:
            self.skip(newlines=True)
            if self.pos >= len(self.text):
                return
            start = self.pos
            if self.text.startswith("[[", self.pos):
                self.pos += 2
                self.array_header()
            elif self.text[self.pos] == "[":
                self.pos += 1
                self.table = self.resolve(self.keys())
                self.found.setdefault(self.table, self.line)
            else:
                path = self.table + self.keys()
                self.pos += 1  # the "="
                self.skip(newlines=False)
                self.value(path)
            self.skip_to_line_end()
            if self.pos == start:
                self.pos += 1

    def array_header(self) -> None:
        keys = self.keys()
        base = self.resolve(keys[:-1]) + keys[-1:]
        index = self.arrays.get(base, -1) + 1
        self.arrays[base] = index
        self.table = (*base, index)
        self.found.setdefault(base, self.line)
        self.found.setdefault(self.table, self.line)

    def resolve(self, keys: KeyPath) -> KeyPath:
        """Insert the current index after each key that names an array of tables."""
        out: KeyPath = ()
        for key in keys:
            out = (*out, key)
            if out in self.arrays:
                out = (*out, self.arrays[out])
        return out

    def keys(self) -> KeyPath:
        parts: list[str | int] = []
        while True:
            self.skip(newlines=False)
            char = self.text[self.pos]
            if char in "\"'":
                parts.append(self.string())
            else:
                start = self.pos
                while self.text[self.pos] in _BARE_KEY:
                    self.pos += 1
                parts.append(self.text[start : self.pos])
            self.skip(newlines=False)
            if self.text[self.pos] != ".":
                return tuple(parts)
            self.pos += 1

    def value(self, path: KeyPath) -> None:
        self.found.setdefault(path, self.line)
        char = self.text[self.pos]
        if char == "[":
            self.pos += 1
            self.array(path)
        elif char == "{":
            self.pos += 1
            self.inline_table(path)
        elif char in "\"'":
            self.string()
        else:
            while self.text[self.pos] not in ",]}\r\n#":
                self.pos += 1

    def array(self, path: KeyPath) -> None:
        index = 0
        while True:
            self.skip(newlines=True)
            if self.text[self.pos] == "]":
                self.pos += 1
                return
            self.value((*path, index))
            index += 1
            self.skip(newlines=True)
            if self.text[self.pos] == ",":
                self.pos += 1

    def inline_table(self, path: KeyPath) -> None:
        while True:
            self.skip(newlines=True)
            if self.text[self.pos] == "}":
                self.pos += 1
                return
            keys = self.keys()
            self.pos += 1  # the "="
            self.skip(newlines=False)
            self.value(path + keys)
            self.skip(newlines=True)
            if self.text[self.pos] == ",":
                self.pos += 1

    def string(self) -> str:
        quote = self.text[self.pos]
        if self.text.startswith(quote * 3, self.pos):
            end = self.text.index(quote * 3, self.pos + 3)
            while self.text.startswith(quote, end + 3):  # up to two quotes may close the body
                end += 1
            body = self.text[self.pos + 3 : end]
            self.pos = end + 3
        else:
            end = self.pos + 1
            while self.text[end] != quote:
                end += 2 if quote == '"' and self.text[end] == "\\" else 1
            body = self.text[self.pos + 1 : end]
            self.pos = end + 1
        self.line += body.count("\n")
        return body

    def skip(self, *, newlines: bool) -> None:
        while self.pos < len(self.text):
            char = self.text[self.pos]
            if char == "#":
                while self.text[self.pos] != "\n":
                    self.pos += 1
            elif char in " \t\r":
                self.pos += 1
            elif char == "\n" and newlines:
                self.pos += 1
                self.line += 1
            else:
                return

    def skip_to_line_end(self) -> None:
        while self.pos < len(self.text) and self.text[self.pos] in " \t\r]":
            self.pos += 1
        self.skip(newlines=False)
