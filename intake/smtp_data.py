"""The DATA phase read in chunks into one buffer, with aiosmtpd's semantics and replies.

aiosmtpd keeps one bytearray per line and joins them at the end: about 2.7 times the message
at its peak. Here each chunk is appended, un-dot-stuffed, to a single bytearray. Everything
else is aiosmtpd's, to the octet: a line ends only at CRLF (a bare CR or LF is data, which
the listener normalises later), a line of "." ends the data (RFC 5321 section 4.1.1.4), a
leading dot is removed (section 4.5.2), and an over-long line (`500`) or too much data
(`552`) is answered only after the end of data, whichever came first in the stream, with
what was read dropped at once so that memory stays bounded by the size limit.
"""

from __future__ import annotations

import asyncio
import enum

from aiosmtpd.smtp import MISSING, SMTP

from intake.logs import get_logger

log = get_logger("intake.smtp_data")

END = b"\r\n.\r\n"
CHUNK = 256 * 1024  # what asyncio reads from a socket at a time
LINE_TOO_LONG = "500 Line too long (see RFC5321 4.5.3.1.6)"  # aiosmtpd's texts (replies.py)
TOO_MUCH_DATA = "552 Error: Too much mail data"


class Outcome(enum.Enum):
    OK = "ok"
    LINE_TOO_LONG = "line too long"
    TOO_MUCH_DATA = "too much data"


class DataReader:
    """Parses DATA octets fed in chunks of any size; `message` holds the un-stuffed octets.

    Sizes count octets as sent (CRLF and stuffing dots included, the final "." line not),
    as aiosmtpd counts them against SIZE.
    """

    def __init__(self, line_limit: int, size_limit: int | None) -> None:
        self.line_limit = line_limit
        self.size_limit = size_limit or 0  # 0 or None: no limit, as in aiosmtpd
        self.message = bytearray()
        self.outcome = Outcome.OK
        self.received = 0  # octets fed so far
        self._carry = b""  # at most ".\r": octets whose meaning the next chunk decides
        self._line_start = True
        self._line = 0  # octets of the current, unfinished line
        self._counted = 0  # octets of the finished lines

    def feed(self, chunk: bytes) -> bytes | None:
        """Take the next octets; None until the end of data, then the octets that followed it
        (a pipelining client's next commands)."""
        self.received += len(chunk)
        data = self._carry + chunk if self._carry else chunk
        end = self._end(data)
        if end >= 0:
            self._take(data[:end])
            return data[end + 3 :]
        cut = self._cut(data)
        self._carry = data[cut:]
        self._take(data if cut == len(data) else data[:cut])
        return None

    def _end(self, data: bytes) -> int:
        """Where the end-of-data line (a "." line) starts in `data`, or -1."""
        if self._line_start and data.startswith(b".\r\n"):
            return 0
        found = data.find(END)
        return found + 2 if found >= 0 else -1

    def _cut(self, data: bytes) -> int:
        """How much of `data` can be parsed now: a line that is so far "." or ".\\r" may yet be
        the end of data, and a last CR may start a CRLF, so they wait for the next chunk."""
        last = data.rfind(b"\r\n")
        start = last + 2 if last >= 0 else (0 if self._line_start else len(data))
        if len(data) - start <= 2 and data[start:] in (b".", b".\r"):
            return start
        return len(data) - 1 if data.endswith(b"\r") else len(data)

    def _take(self, data: bytes) -> None:
        if not data:
            return
        if self.outcome is Outcome.OK:
            self._check_and_keep(data)
        self._line_start = data.endswith(b"\r\n")

    def _check_and_keep(self, data: bytes) -> None:
        last = data.rfind(b"\r\n")
        if last < 0:
            fit, finished, line = True, 0, self._line + len(data)
        else:
            fit = self._lines_fit(data, last)
            finished, line = self._line + last + 2, len(data) - last - 2
        over_size = self.size_limit and self._counted + finished > self.size_limit
        if not fit or line > self.line_limit or over_size:
            self.outcome = self._first_error(data)
            self.message = bytearray()  # dropped at once: memory stays bounded
            return
        self._counted += finished
        self._line = line
        self._keep(data)

    def _lines_fit(self, data: bytes, last: int) -> bool:
        """Whether every line finished in `data` (its last CRLF at `last`) is within the line
        limit. Each step looks for the last CRLF in a window of that many octets and starts
        the next window after it: a few hundred steps for a chunk, not one per line."""
        limit = self.line_limit
        first = data.find(b"\r\n")
        if self._line + first + 2 > limit:
            return False
        start = first + 2
        while start <= last:
            found = data.rfind(b"\r\n", start, start + limit)
            if found < 0:
                return False
            start = found + 2
        return True

    def _first_error(self, data: bytes) -> Outcome:
        """Which error comes first in `data`, line by line as aiosmtpd meets them (called only
        when one does). A line over the stream limit (line limit + CRLF) trips before its
        octets are counted; a line just over the line limit only after the size check."""
        pos, line, counted = 0, self._line, self._counted
        while (end := data.find(b"\r\n", pos)) >= 0:
            length = line + end + 2 - pos
            if length > self.line_limit + 2:
                return Outcome.LINE_TOO_LONG
            counted += length
            if self.size_limit and counted > self.size_limit:
                return Outcome.TOO_MUCH_DATA
            if length > self.line_limit:
                return Outcome.LINE_TOO_LONG
            line, pos = 0, end + 2
        return Outcome.LINE_TOO_LONG  # the unfinished line is already past the stream limit

    def _keep(self, data: bytes) -> None:
        """Append `data` without the dot that starts a line: one replace (CRLF "." CRLF is
        never in `data`: it ends the data), or from a view, with no copy, when no line does."""
        start = 1 if self._line_start and data.startswith(b".") else 0
        if data.find(b"\r\n.", start) < 0:
            self.message += memoryview(data)[start:]
        else:
            self.message += data[start:].replace(b"\r\n.", b"\r\n")


class ChunkedDataSMTP(SMTP):
    """aiosmtpd's SMTP with its DATA command (`receive_data`) reading through DataReader."""

    data_reader: DataReader | None = None  # the DATA phase under way, if any

    async def receive_data(self, arg: str | None) -> None:
        """aiosmtpd's smtp_DATA: the same checks, replies, envelope fields and DATA hook."""
        if await self.check_helo_needed():
            return
        if await self.check_auth_needed("DATA"):
            return
        assert self.envelope is not None
        if not self.envelope.rcpt_tos:
            await self.push("503 Error: need RCPT command")
            return
        if arg:
            await self.push("501 Syntax: DATA")
            return
        await self.push("354 End data with <CR><LF>.<CR><LF>")
        reader = await self._read_data()
        if reader.outcome is not Outcome.OK:
            too_long = reader.outcome is Outcome.LINE_TOO_LONG
            await self.push(LINE_TOO_LONG if too_long else TOO_MUCH_DATA)
            self._set_post_data_state()  # type: ignore[no-untyped-call]
            return
        await self._deliver(reader.message)

    async def _read_data(self) -> DataReader:
        reader = self.data_reader = DataReader(self.line_length_limit, self.data_size_limit)
        try:
            while self.transport is not None:
                try:
                    chunk = await self._reader.read(CHUNK)
                except asyncio.CancelledError:
                    self._lost(reader)
                    raise
                if not chunk:  # end of stream: eof_received has cancelled this task already
                    self._lost(reader)
                    raise asyncio.CancelledError
                rest = reader.feed(chunk)
                if rest is not None:
                    self._unread(rest)
                    return reader
            raise asyncio.CancelledError  # the connection is gone: nothing reaches the handler
        finally:
            self.data_reader = None

    def _lost(self, reader: DataReader) -> None:
        log.info("session.lost_during_data", received=reader.received)
        self._writer.close()

    def _unread(self, data: bytes) -> None:
        """Give the command loop what a pipelining client sent after the end of data (it was
        read with the last chunk). StreamReader has no unread: its buffer is a bytearray, and
        aiosmtpd itself clears it on STARTTLS."""
        if data:
            buffer: bytearray = self._reader._buffer  # type: ignore[attr-defined]
            buffer[:0] = data

    async def _deliver(self, message: bytearray) -> None:
        """The rest of aiosmtpd's smtp_DATA (without the deprecated process_message API)."""
        assert self.envelope is not None
        content: str | bytearray = message
        if self._decode_data:
            utf8 = self.enable_SMTPUTF8
            try:
                content = message.decode(
                    "utf-8" if utf8 else "ascii", "surrogateescape" if utf8 else "strict"
                )
            except UnicodeDecodeError:
                await self.push("500 Error: strict ASCII mode")
                return
        # The buffer itself, not a bytes copy of up to the size limit: the handler reads it.
        self.envelope.content = content  # type: ignore[assignment]
        self.envelope.original_content = message  # type: ignore[assignment]
        status = await self._call_handler_hook("DATA") if "DATA" in self._handle_hooks else MISSING
        self._set_post_data_state()  # type: ignore[no-untyped-call]
        await self.push("250 OK" if status is MISSING else status)
