"""Writing trees of files so that a failure never leaves half of one behind.

A new tree is written next to the old one and swapped in with renames; the old one is removed
only after the new one is in place. ``sync_tree`` is the gentle variant for ``carekb serve``:
it rewrites only files that changed, so MkDocs' file watcher sees real edits.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import IO


@contextmanager
def atomic_writer(path: Path) -> Iterator[IO[str]]:
    """A text handle whose content replaces ``path`` only if the block finishes."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            yield handle
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_text_atomic(path: Path, text: str) -> None:
    """Write one file via a temporary sibling and a rename."""
    with atomic_writer(path) as handle:
        handle.write(text)


def staging_dir(final: Path) -> Path:
    """A fresh empty folder beside ``final``, to fill and then ``swap_in``."""
    final.parent.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix=f"{final.name}.tmp-", dir=final.parent))


def swap_in(staged: Path, final: Path) -> None:
    """Replace ``final`` with ``staged``; ``final`` is never missing for longer than two renames."""
    old = None
    if final.exists():
        old = Path(tempfile.mkdtemp(prefix=f"{final.name}.old-", dir=final.parent))
        os.rmdir(old)
        os.replace(final, old)
    try:
        os.replace(staged, final)
    except BaseException:
        if old is not None:
            os.replace(old, final)
        raise
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def write_tree(files: Mapping[str, str], final: Path) -> None:
    """Write ``{relative path: text}`` as the whole content of folder ``final``, atomically."""
    staged = staging_dir(final)
    try:
        for relative, text in files.items():
            target = staged / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8", newline="\n")
        swap_in(staged, final)
    except BaseException:
        shutil.rmtree(staged, ignore_errors=True)
        raise


def sync_tree(files: Mapping[str, str], folder: Path) -> list[str]:
    """Make ``folder`` hold exactly ``files``, touching only what differs; return changed paths."""
    changed = []
    folder.mkdir(parents=True, exist_ok=True)
    for relative, text in files.items():
        target = folder / relative
        if not target.is_file() or target.read_text(encoding="utf-8") != text:
            write_text_atomic(target, text)
            changed.append(relative)
    for existing in sorted(folder.rglob("*"), reverse=True):
        relative = existing.relative_to(folder).as_posix()
        if existing.is_file() and relative not in files:
            existing.unlink()
            changed.append(relative)
        elif existing.is_dir() and not any(existing.iterdir()):
            existing.rmdir()
    return changed
