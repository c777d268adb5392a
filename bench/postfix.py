"""Postfix as a peer: a private instance that relays through its queue to the counting sink.

Its configuration, queue and log live in the work directory (the disk being measured), beside
the other systems' stores; nothing of the machine's own Postfix (`/etc/postfix`) is used or
changed. Postfix's defaults are kept except what a relay on loopback needs: no local
delivery, loopback may relay, the counting sink as `relayhost`, the intake's size limit, and no
chroot (the queue is not under `/var/spool`). `in_flow_delay` stays at its default (1 s): that
flow control is part of how Postfix holds a queue under a flood.

Postfix's master must start as root, so this peer runs only when the benchmark does.
`make bench-postfix` installs Debian's package.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

# Services of Debian's master.cf that a relay uses, without chroot; the listener is added.
MASTER_CF = """\
pickup    unix  n  -  n  60    1  pickup
cleanup   unix  n  -  n  -     0  cleanup
qmgr      unix  n  -  n  300   1  qmgr
rewrite   unix  -  -  n  -     -  trivial-rewrite
bounce    unix  -  -  n  -     0  bounce
defer     unix  -  -  n  -     0  bounce
trace     unix  -  -  n  -     0  bounce
verify    unix  -  -  n  -     1  verify
flush     unix  n  -  n  1000? 0  flush
proxymap  unix  -  -  n  -     -  proxymap
proxywrite unix -  -  n  -     1  proxymap
smtp      unix  -  -  n  -     -  smtp
relay     unix  -  -  n  -     -  smtp
showq     unix  n  -  n  -     -  showq
error     unix  -  -  n  -     -  error
retry     unix  -  -  n  -     -  error
discard   unix  -  -  n  -     -  discard
anvil     unix  -  -  n  -     1  anvil
scache    unix  -  -  n  -     1  scache
postlog   unix-dgram n - n -   1  postlogd
"""
# Queue folders holding mail not yet handed to the relay (`deferred` is retried in minutes,
# so it is reported, not waited for).
PENDING = ("maildrop", "incoming", "active")
START_TIMEOUT = 30.0


def unavailable() -> str | None:
    """Why the Postfix peer cannot run here, or None."""
    if shutil.which("postfix") is None:
        return "not installed (make bench-postfix installs it)"
    if os.geteuid() != 0:
        return "installed, not driven: its master must start as root"
    return None


@dataclass(frozen=True)
class Instance:
    config: Path
    queue: Path
    port: int
    started_s: float

    @property
    def pid(self) -> int:
        """The master's: every Postfix process of the instance is its child."""
        return int((self.queue / "pid" / "master.pid").read_text().split()[0])

    def pending(self) -> int:
        """Messages accepted and not yet handed to the relay (nor deferred)."""
        return sum(len(files) for name in PENDING for _, _, files in os.walk(self.queue / name))

    def deferred(self) -> int:
        return sum(len(files) for _, _, files in os.walk(self.queue / "deferred"))


def main_cf(root: Path, relay_port: int, size_limit: int) -> str:
    return f"""\
compatibility_level = 3.6
queue_directory = {root / "queue"}
data_directory = {root / "data"}
maillog_file_prefixes = {root}
maillog_file = {root / "postfix.log"}
myhostname = postfix.bench.example
mydestination =
local_recipient_maps =
alias_maps =
alias_database =
relayhost = [127.0.0.1]:{relay_port}
mynetworks = 127.0.0.0/8
inet_interfaces = loopback-only
inet_protocols = ipv4
message_size_limit = {size_limit}
"""


async def start(root: Path, relay_port: int, size_limit: int) -> Instance:
    """Configure and start an instance under `root`; returns once it answers on its port."""
    began = time.monotonic()
    config, queue, data = root / "etc", root / "queue", root / "data"
    for folder in (config, queue, data):
        folder.mkdir(parents=True, exist_ok=True)
    shutil.chown(data, "postfix")
    # Postfix's daemons run as the `postfix` user and chdir into the queue: the work directory
    # (mkdtemp makes it private to us) must let them through, without listing it.
    root.parent.chmod(root.parent.stat().st_mode | 0o011)
    port = _free_port()
    (config / "main.cf").write_text(main_cf(root, relay_port, size_limit))
    listener = f"127.0.0.1:{port} inet n - n - - smtpd\n"
    (config / "master.cf").write_text(listener + MASTER_CF)
    await _postfix(config, "start")  # creates the queue's folders as `postfix check` would
    await _wait_listening(port, began + START_TIMEOUT)
    return Instance(config, queue, port, time.monotonic() - began)


async def stop(instance: Instance) -> None:
    await _postfix(instance.config, "stop")


async def _postfix(config: Path, command: str) -> None:
    process = await asyncio.create_subprocess_exec(
        "postfix", "-c", str(config), command,
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
    )  # fmt: skip
    output, _ = await process.communicate()
    if process.returncode != 0:  # Postfix says why in its log (maillog_file), not on stderr
        log = config.parent / "postfix.log"
        tail = log.read_text(errors="replace")[-400:] if log.exists() else output.decode()
        raise RuntimeError(f"postfix {command} failed: {tail.strip()}")


def _free_port() -> int:
    """A port the kernel just gave out: Postfix cannot be asked to bind port 0 and tell."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def _wait_listening(port: int, deadline: float) -> None:
    while True:
        try:
            _, writer = await asyncio.open_connection("127.0.0.1", port)
        except OSError:
            if time.monotonic() > deadline:
                raise RuntimeError(f"postfix did not listen on port {port}") from None
            await asyncio.sleep(0.05)
            continue
        writer.close()
        await writer.wait_closed()
        return
