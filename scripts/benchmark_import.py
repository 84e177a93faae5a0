"""Benchmark `carekb import` on generated Stack Exchange dumps: posts/s and peak memory.

Usage: .venv/bin/python scripts/benchmark_import.py [--sizes 100000 1000000] [--gate none|full]

Each size runs in a fresh process (so peak memory is that run's own) against a throwaway copy of
the sample project. ``--gate none`` measures the pipeline before the privacy gate (the issue's
target: at least 2,000 posts/s per core, peak memory flat as the dump grows); ``--gate full``
includes the gate. Prints one line per size.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from xml.sax.saxutils import quoteattr

REPO = Path(__file__).resolve().parent.parent
WORDS = ["inhaler", "doctor", "night", "sleep", "tired", "pain", "dose", "tablet", "morning", "walk", "diet", "sugar", "pressure", "headache", "breath", "cough", "appointment", "nurse", "pharmacy", "side", "effect", "week", "month", "better", "worse", "help", "question", "thanks", "tried", "works", "stopped", "started", "daily", "reading", "test", "result", "blood", "level"]


def generate_dump(folder: Path, posts: int, seed: int = 7) -> None:
    """A Stack Exchange-shaped dump: questions with interleaved answers, users, comments."""
    rng = random.Random(seed)
    folder.mkdir(parents=True)
    users = max(posts // 20, 10)
    with (folder / "Users.xml").open("w", encoding="utf-8") as out:
        out.write('\ufeff<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE users SYSTEM \'users.dtd\'>\n<users>\n')
        for uid in range(1, users + 1):
            out.write(f'  <row Id="{uid}" DisplayName="user{uid}" CreationDate="2020-01-01T00:00:00.000" />\n')
        out.write("</users>\n")
    comments = posts // 10
    with (folder / "Posts.xml").open("w", encoding="utf-8") as out:
        out.write('\ufeff<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE posts SYSTEM \'posts.dtd\'>\n<posts>\n')
        open_questions: list[int] = []
        for pid in range(1, posts - comments + 1):
            body = quoteattr("<p>" + " ".join(rng.choice(WORDS) for _ in range(rng.randint(20, 80))) + "</p>")
            day = f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:00:00.000"
            owner = rng.randint(1, users)
            if not open_questions or rng.random() < 0.12:
                title = quoteattr(" ".join(rng.choice(WORDS) for _ in range(6)).capitalize() + "?")
                out.write(f'  <row Id="{pid}" PostTypeId="1" CreationDate="{day}" Body={body} Title={title} '
                          f'Tags="&lt;{rng.choice(WORDS)}&gt;" OwnerUserId="{owner}" />\n')
                open_questions.append(pid)
                open_questions = open_questions[-50:]
            else:
                parent = rng.choice(open_questions)
                out.write(f'  <row Id="{pid}" PostTypeId="2" ParentId="{parent}" CreationDate="{day}" '
                          f'Body={body} OwnerUserId="{owner}" />\n')
        out.write("</posts>\n")
    with (folder / "Comments.xml").open("w", encoding="utf-8") as out:
        out.write('\ufeff<?xml version="1.0" encoding="utf-8"?>\n<comments>\n')
        for cid in range(1, comments + 1):
            text = quoteattr(" ".join(rng.choice(WORDS) for _ in range(12)))
            out.write(f'  <row Id="{cid}" PostId="{rng.randint(1, posts - comments)}" Text={text} '
                      f'CreationDate="2024-06-01T00:00:00.000" UserId="{rng.randint(1, users)}" />\n')
        out.write("</comments>\n")


def run_one(dump: Path, project: Path, gate: str) -> dict[str, float]:
    """Runs in the child process: one import, timed, with this process's peak memory."""
    sys.path.insert(0, str(REPO))
    from generator.importer import ImportOptions, import_export
    from generator.privacy import PrivacyGate, Screened

    class PassThrough(PrivacyGate):
        def __init__(self) -> None:
            pass

        def screen(self, text: str) -> Screened:
            return Screened(text, (), False)

    chosen = PassThrough() if gate == "none" else PrivacyGate()
    cpu0, wall0 = time.process_time(), time.perf_counter()
    report = import_export(project, ImportOptions("stackexchange", dump, "bench"), b"benchmark-key-0123456789", chosen)
    cpu, wall = time.process_time() - cpu0, time.perf_counter() - wall0
    peak_kb = next(int(line.split()[1]) for line in Path("/proc/self/status").read_text().splitlines()
                   if line.startswith("VmHWM:"))
    return {"read": report.read, "published": report.published, "wall": wall, "cpu": cpu, "peak_mb": peak_kb / 1024}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--gate", choices=("none", "full"), default="none")
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(run_one(Path(args.child[0]), Path(args.child[1]), args.child[2])))
        return
    print(f"carekb import benchmark: Stack Exchange dump, gate={args.gate}, {os.cpu_count()} cores")
    for size in args.sizes:
        with tempfile.TemporaryDirectory(prefix="carekb-bench-") as tmp:
            dump, project = Path(tmp) / "dump", Path(tmp) / "project"
            started = time.perf_counter()
            generate_dump(dump, size)
            generated = time.perf_counter() - started
            project.mkdir()
            for name in ("content", "carekb.yml", "mkdocs.yml"):
                source = REPO / name
                (shutil.copytree if source.is_dir() else shutil.copy2)(source, project / name)
            child = subprocess.run([sys.executable, __file__, "--child", str(dump), str(project), args.gate],
                                   check=True, capture_output=True, text=True)
            result = json.loads(child.stdout.strip().splitlines()[-1])
            dump_mb = sum(p.stat().st_size for p in dump.iterdir()) / 2**20
            print(f"{int(result['read']):>9} posts ({dump_mb:6.0f} MB dump, generated in {generated:5.1f}s): "
                  f"{result['read'] / result['wall']:8.0f} posts/s wall, {result['read'] / result['cpu']:8.0f} "
                  f"posts/s per CPU-second, peak memory {result['peak_mb']:6.1f} MB, "
                  f"{int(result['published'])} published")


if __name__ == "__main__":
    main()
