"""When a request arrived: the kernel's receive time of its first bytes, not the moment the
emulator's event loop got round to it.

WB's gateway counts a request against its bucket as it arrives. The emulator is a Python
process: on a loaded machine its loop may run milliseconds after the bytes came (the process
not scheduled, another request's work in the way), and two requests that arrived a full
interval apart would be counted closer, drawing a 429 WB would not give. So each connection
asks the kernel to stamp what it receives (SO_TIMESTAMPNS) and reads with recvmsg; the stamp
of the read that begins a request goes into the ASGI scope (`ARRIVED`, time.monotonic seconds).
Where the kernel cannot stamp (not Linux), the stamp is the read's own time.
"""

from __future__ import annotations

import asyncio
import socket
import struct
import sys
import time
from typing import Any

from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

ARRIVED = "wbseller_emulator.arrived"  # scope["extensions"] key: time.monotonic() of arrival
SO_TIMESTAMPNS = getattr(socket, "SO_TIMESTAMPNS", 35 if sys.platform.startswith("linux") else None)
_ANCILLARY = socket.CMSG_SPACE(16) if hasattr(socket, "CMSG_SPACE") else 0


class _StampingSocket:
    """The connection's socket for asyncio's transport: `recv` through recvmsg, keeping the
    kernel's stamp of what it read. Everything else goes to the socket itself."""

    def __init__(self, sock: socket.socket) -> None:
        self._sock = sock
        self.stamp = 0.0

    def recv(self, size: int, flags: int = 0) -> bytes:
        data, ancillary, _, _ = self._sock.recvmsg(size, _ANCILLARY, flags)
        wall = 0.0
        for level, kind, value in ancillary:
            if level == socket.SOL_SOCKET and kind == SO_TIMESTAMPNS and len(value) >= 16:
                sec, nsec = struct.unpack("qq", value[:16])
                wall = sec + nsec / 1e9
        now = time.monotonic()
        # the wall clock's stamp on the monotonic clock (never later than now: a step of the
        # wall clock meanwhile must not date a request into the future)
        self.stamp = min(now, wall - time.time() + now) if wall else now
        return data

    def __getattr__(self, name: str) -> Any:
        return getattr(self._sock, name)


class ArrivalProtocol(HttpToolsProtocol):
    """uvicorn's httptools protocol, each request's scope carrying its arrival (`ARRIVED`)."""

    _stamping: _StampingSocket | None = None
    _received = 0.0  # when the bytes being parsed arrived

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        sock = getattr(transport, "_sock", None)  # asyncio's selector transport reads from it
        if isinstance(sock, socket.socket) and SO_TIMESTAMPNS is not None and _ANCILLARY:
            try:
                sock.setsockopt(socket.SOL_SOCKET, SO_TIMESTAMPNS, 1)
            except OSError:
                return
            self._stamping = _StampingSocket(sock)
            transport._sock = self._stamping  # type: ignore[attr-defined]

    def data_received(self, data: bytes) -> None:
        stamp = 0.0
        if self._stamping is not None:  # each stamp used once: a read it did not see is "now"
            stamp, self._stamping.stamp = self._stamping.stamp, 0.0
        self._received = stamp or time.monotonic()
        super().data_received(data)

    def on_message_begin(self) -> None:
        super().on_message_begin()
        extensions: dict[str, Any] = {ARRIVED: self._received}
        self.scope["extensions"] = extensions
