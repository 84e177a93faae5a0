"""`carekb serve`: preview with live reload; a save in content/ reaches the served page."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return str(response.read().decode("utf-8"))
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return None


def wait_for(url: str, text: str, seconds: float = 30) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        page = fetch(url)
        if page is not None and text in page:
            return True
        time.sleep(0.3)
    return False


def test_serve_rerenders_when_content_changes(project: Path) -> None:
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "generator", "serve", "--root", str(project), "-a", f"127.0.0.1:{port}"],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
    )
    try:
        url = f"http://127.0.0.1:{port}/conditions/asthma/"
        assert wait_for(url, "Asthma is a long-term condition")
        guide = project / "content/conditions/asthma.md"
        guide.write_text(guide.read_text().replace("Asthma is a long-term condition",
                                                   "Asthma is a common long-term condition"))
        assert wait_for(url, "Asthma is a common long-term condition")
    finally:
        server.terminate()
        server.wait(timeout=10)
