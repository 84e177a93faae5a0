"""Rewrite tests/golden/docs/ from the sample content: the expected output of the render stage.

Run it after an intended change to templates or rendering, and review the diff it leaves in
git: that diff is exactly what changed in the generated pages.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from generator.load import load_content
from generator.render import render_site

GOLDEN = REPO / "tests" / "golden" / "docs"


def main() -> None:
    pages = render_site(load_content(REPO))
    shutil.rmtree(GOLDEN, ignore_errors=True)
    for relative, text in pages.items():
        target = GOLDEN / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8", newline="\n")
    print(f"wrote {len(pages)} pages to {GOLDEN.relative_to(REPO)}")


if __name__ == "__main__":
    main()
