"""``carekb serve``: MkDocs' live-reload server over the generated docs tree.

MkDocs watches the docs tree; a small poller watches ``content/`` and re-renders the tree when
an editor saves a file, so a save in ``content/`` shows up in the browser. Invalid content is
reported and the last good tree stays up.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from mkdocs.commands.serve import serve as mkdocs_serve

from generator.build import MKDOCS_FILE, mkdocs_dirs
from generator.errors import CarekbError
from generator.load import CONFIG_FILE, CONTENT_DIR, load_content
from generator.render import render_site
from generator.write import sync_tree


def render_docs(root: Path, docs_dir: Path) -> list[str]:
    """Validate and re-render ``content/`` into ``docs_dir``; return the changed pages."""
    return sync_tree(render_site(load_content(root)), docs_dir)


def _snapshot(root: Path) -> dict[str, float]:
    paths = [root / CONFIG_FILE, *(root / CONTENT_DIR).rglob("*")]
    return {str(p): p.stat().st_mtime for p in paths if p.is_file()}


def watch_content(root: Path, docs_dir: Path, report: Callable[[str], None],
                  stop: threading.Event, interval: float = 0.5) -> None:
    """Poll ``content/`` and re-render on change until ``stop`` is set."""
    seen = _snapshot(root)
    while not stop.wait(interval):
        now = _snapshot(root)
        if now == seen:
            continue
        seen = now
        try:
            changed = render_docs(root, docs_dir)
            report(f"carekb: re-rendered {len(changed)} page(s)")
        except CarekbError as err:
            report(f"carekb: content has problems, showing the last good version:\n{err}")


def serve(root: Path, dev_addr: str, report: Callable[[str], None]) -> None:
    config_file = root / MKDOCS_FILE
    docs_dir, _ = mkdocs_dirs(config_file, root)
    render_docs(root, docs_dir)
    stop = threading.Event()
    watcher = threading.Thread(target=watch_content, args=(root, docs_dir, report, stop), daemon=True)
    watcher.start()
    try:
        mkdocs_serve(config_file=str(config_file), dev_addr=dev_addr, livereload=True)
    finally:
        stop.set()
