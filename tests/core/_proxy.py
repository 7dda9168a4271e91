"""A real HTTP proxy and a local TLS server for the proxy tests (and the CLI's --proxy test).

`Proxy`: plain HTTP forwarding (an absolute-form request, one per connection) and CONNECT
tunnels (https), on 127.0.0.1; `seen` lists what it was asked ("GET http://…", "CONNECT host:port").
`TLSServer`: HTTPS on 127.0.0.1 with a certificate for "localhost" from a trustme CA; answers
every GET 200 with `[]` and keeps the headers it got."""

from __future__ import annotations

import contextlib
import socket
import ssl
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit


def _pipe(a: socket.socket, b: socket.socket) -> None:
    """Copy a -> b until a closes, then close b's sending side."""
    try:
        while data := a.recv(65536):
            b.sendall(data)
    except OSError:
        pass
    finally:
        with contextlib.suppress(OSError):
            b.shutdown(socket.SHUT_WR)


class Proxy:
    def __init__(self) -> None:
        self.seen: list[str] = []
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        self._threads: list[threading.Thread] = []
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.sock.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(client,), daemon=True).start()

    def _serve(self, client: socket.socket) -> None:
        with client:
            f = client.makefile("rb")
            line = f.readline().decode("latin-1").strip()
            if not line:
                return
            headers = []
            while (h := f.readline()) not in (b"\r\n", b"\n", b""):
                headers.append(h.decode("latin-1").strip())
            method, target, _ = line.split(" ", 2)
            self.seen.append(f"{method} {target}")
            if method == "CONNECT":
                host, port = target.rsplit(":", 1)
                with socket.create_connection((host, int(port))) as up:
                    client.sendall(b"HTTP/1.1 200 Connection established\r\n\r\n")
                    t = threading.Thread(target=_pipe, args=(up, client), daemon=True)
                    t.start()
                    _pipe(client, up)
                    t.join(10)
                return
            url = urlsplit(target)
            length = next(
                (int(h.split(":", 1)[1]) for h in headers if h.lower().startswith("content-length:")), 0
            )
            body = f.read(length) if length else b""
            kept = [h for h in headers if not h.lower().startswith(("connection:", "proxy-", "keep-alive:"))]
            path = url.path + ("?" + url.query if url.query else "")
            head = "\r\n".join([f"{method} {path} HTTP/1.1", *kept, "Connection: close", "", ""])
            with socket.create_connection((url.hostname or "", url.port or 80)) as up:
                up.sendall(head.encode("latin-1") + body)
                _pipe(up, client)

    def close(self) -> None:
        self.sock.close()


class TLSServer:
    def __init__(self, tmp: Path) -> None:
        import trustme

        ca = trustme.CA()
        cert = ca.issue_cert("localhost")
        self.ca_file = tmp / "ca.pem"
        ca.cert_pem.write_to_path(str(self.ca_file))
        self.seen: list[dict[str, str]] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                outer.seen.append(dict(self.headers))
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", "2")
                self.end_headers()
                self.wfile.write(b"[]")

            def log_message(self, *a: Any) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        cert.configure_cert(context)
        self.httpd.socket = context.wrap_socket(self.httpd.socket, server_side=True)
        self.url = f"https://localhost:{self.httpd.server_address[1]}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
