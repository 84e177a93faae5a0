"""Shared fixtures: the sample project copied into a temporary folder, and its built site."""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

import pytest

from generator.build import BuildResult, build

REPO = Path(__file__).resolve().parent.parent
#: ../shared/data beside the repo root (read in place); CAREKB_SHARED points elsewhere.
SHARED_DATA = Path(os.environ.get("CAREKB_SHARED", REPO.parent / "shared")) / "data"
PROJECT_FILES = ("content", "carekb.yml", "mkdocs.yml", "theme")


def copy_project(dest: Path) -> Path:
    """A private copy of the sample project (content, settings, theme) to build or break."""
    dest.mkdir(parents=True, exist_ok=True)
    for name in PROJECT_FILES:
        source = REPO / name
        if source.is_dir():
            shutil.copytree(source, dest / name)
        else:
            shutil.copy2(source, dest / name)
    return dest


def tree_digest(folder: Path) -> str:
    """One hash over every file's path and bytes: equal digests mean byte-identical trees."""
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        digest.update(path.relative_to(folder).as_posix().encode())
        digest.update(b"\0")
        digest.update(path.read_bytes())
    return digest.hexdigest()


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return copy_project(tmp_path / "project")


@pytest.fixture(scope="session")
def sample_build(tmp_path_factory: pytest.TempPathFactory) -> BuildResult:
    root = copy_project(tmp_path_factory.mktemp("sample") / "project")
    return build(root)


@pytest.fixture(scope="session")
def site(sample_build: BuildResult) -> Path:
    return sample_build.site_dir


def read_page(site: Path, url: str) -> str:
    """The HTML served at a directory URL such as /conditions/asthma/."""
    return (site / url.strip("/") / "index.html").read_text(encoding="utf-8")
