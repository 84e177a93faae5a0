"""Stage "build": the whole pipeline from ``content/`` to ``site/``, as a list of steps.

load (validate everything) → render (docs tree) → write the docs tree → MkDocs builds into a
staging folder → swap it in as ``site/``. A failure at any step leaves the previous ``site/``.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from mkdocs.commands.build import build as mkdocs_build
from mkdocs.config import load_config
from mkdocs.exceptions import MkDocsException
from mkdocs.utils.yaml import yaml_load

from generator.errors import BuildFailed, CarekbError, SourceLocation
from generator.load import load_content
from generator.model import Content
from generator.render import render_site
from generator.write import staging_dir, swap_in, write_tree

MKDOCS_FILE = "mkdocs.yml"


@dataclass(frozen=True, slots=True)
class BuildResult:
    site_dir: Path
    docs_dir: Path
    pages: int
    conditions: int
    answers: int
    drafts: int
    threads: int


def build(root: Path, *, site_dir: Path | None = None) -> BuildResult:
    """Build the site for the project at ``root``; raise CarekbError on any failure."""
    config_file = root / MKDOCS_FILE
    docs_dir, configured_site_dir = mkdocs_dirs(config_file, root)
    site_dir = site_dir or configured_site_dir

    content = load_content(root)
    pages = render_site(content)
    write_tree(pages, docs_dir)
    run_mkdocs(config_file, docs_dir, site_dir, content)

    return BuildResult(
        site_dir=site_dir,
        docs_dir=docs_dir,
        pages=len(pages),
        conditions=len(content.conditions),
        answers=len(content.published_answers),
        drafts=len(content.answers) - len(content.published_answers),
        threads=len(content.threads),
    )


def mkdocs_dirs(config_file: Path, root: Path) -> tuple[Path, Path]:
    """Where ``mkdocs.yml`` wants the docs tree and the site (both relative to it)."""
    if not config_file.is_file():
        raise CarekbError("mkdocs.yml not found", location=SourceLocation(str(config_file)),
                          hint="run carekb from the project root, or pass --root")
    with config_file.open("rb") as handle:
        raw = yaml_load(handle) or {}
    base = config_file.parent
    return base / raw.get("docs_dir", "docs"), base / raw.get("site_dir", "site")


def run_mkdocs(config_file: Path, docs_dir: Path, site_dir: Path, content: Content) -> None:
    """Build with MkDocs into a staging folder, then swap it in as ``site_dir``."""
    staged = staging_dir(site_dir)
    try:
        with _build_date(content):
            config = load_config(str(config_file), docs_dir=str(docs_dir), site_dir=str(staged))
            mkdocs_build(config)
        swap_in(staged, site_dir)
    except MkDocsException as err:
        shutil.rmtree(staged, ignore_errors=True)
        raise BuildFailed(f"MkDocs could not build the site: {err}",
                          hint="the previous site was left as it was") from err
    except BaseException:
        shutil.rmtree(staged, ignore_errors=True)
        raise


def content_date(content: Content) -> dt.date:
    """The newest date in the content: what the site is "as of", without reading the clock."""
    dates = [c.reviewed_on for c in content.conditions.values()]
    dates += [a.reviewed_on for a in content.published_answers if a.reviewed_on]
    dates += [t.posts[-1].date for t in content.threads.values()]
    return max(dates, default=dt.date(2000, 1, 1))


@contextmanager
def _build_date(content: Content) -> Iterator[None]:
    # MkDocs stamps sitemap.xml(.gz) with the build time unless SOURCE_DATE_EPOCH is set; pinning
    # it to the content's own date keeps a rebuild of the same content byte-identical.
    day = content_date(content)
    epoch = int(dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC).timestamp())
    previous = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = str(epoch)
    try:
        yield
    finally:
        if previous is None:
            del os.environ["SOURCE_DATE_EPOCH"]
        else:
            os.environ["SOURCE_DATE_EPOCH"] = previous


def quiet_mkdocs(verbose: bool = False) -> None:
    """Show MkDocs' warnings and errors (its INFO chatter only with ``verbose``)."""
    logger = logging.getLogger("mkdocs")
    logger.setLevel(logging.DEBUG if verbose else logging.WARNING)
    if not logger.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("mkdocs: %(levelname)s: %(message)s"))
        logger.addHandler(handler)
    logger.propagate = False
