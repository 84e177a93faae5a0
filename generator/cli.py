"""The ``carekb`` command: a thin layer over the library; exit codes are documented in README.

Exit codes: 0 success; 1 a run failed (MkDocs, file system); 2 the input is invalid (every
problem is listed as ``path:line: problem. hint``; nothing was changed); 3 an import was
written but some items were held for an editor to look at (see the report).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import click

from generator import __version__
from generator.anonymize import KEY_ENV, load_key
from generator.build import build as build_site
from generator.build import quiet_mkdocs
from generator.errors import CarekbError
from generator.importer import ImportOptions, default_source, import_export
from generator.read import FORMATS
from generator.write import atomic_writer

ROOT_OPTION = click.option(
    "--root", type=click.Path(file_okay=False, path_type=Path), default=Path("."),
    show_default=True, help="Project folder holding content/, carekb.yml and mkdocs.yml.")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="carekb")
def main() -> None:
    """Turn a patient community's discussions and reviewed answers into a static site."""


def _progress() -> Callable[[str, int], None] | None:
    """A one-line counter on a terminal; nothing when output goes to a file or CI log."""
    if not sys.stderr.isatty():
        return None

    def show(stage: str, count: int) -> None:
        click.echo(f"\r  {stage} {count:,} items", err=True, nl=False)

    return show


def _fail(err: CarekbError) -> None:
    click.echo(str(err), err=True)
    if err.exit_code == 2:
        count = len(getattr(err, "problems", [])) or 1
        click.echo(f"carekb: {count} problem(s); nothing was changed.", err=True)
    sys.exit(err.exit_code)


@main.command()
@ROOT_OPTION
@click.option("--site-dir", type=click.Path(file_okay=False, path_type=Path),
              help="Where to put the site (default: site_dir in mkdocs.yml).")
@click.option("-v", "--verbose", is_flag=True, help="Show MkDocs' progress messages too.")
def build(root: Path, site_dir: Path | None, verbose: bool) -> None:
    """Validate content/, render it and build the site with MkDocs.

    A failed build leaves the previous site as it was.
    """
    quiet_mkdocs(verbose)
    try:
        result = build_site(root, site_dir=site_dir)
    except CarekbError as err:
        _fail(err)
        return
    click.echo(
        f"carekb: built {result.pages} pages into {result.site_dir}: {result.conditions} conditions, "
        f"{result.answers} reviewed answers ({result.drafts} drafts not published), "
        f"{result.threads} discussions."
    )


@main.command(name="import")
@click.argument("format_name", metavar="FORMAT", type=click.Choice(FORMATS))
@click.argument("export", metavar="PATH", type=click.Path(exists=True, path_type=Path))
@click.option("--source", help="Name for this community; threads go to content/discussions/NAME/ "
              "(default: from PATH).")
@click.option("--condition", metavar="SLUG", help="File every thread under this condition.")
@click.option("--report", "report_file", type=click.Path(dir_okay=False, path_type=Path),
              help="Also write the full report as JSON to this file (keep it out of content/).")
@click.option("--key-file", type=click.Path(dir_okay=False, path_type=Path),
              help=f"File holding the pseudonym key (default: ${KEY_ENV}).")
@ROOT_OPTION
def import_command(format_name: str, export: Path, source: str | None, condition: str | None,
                   report_file: Path | None, key_file: Path | None, root: Path) -> None:
    """Import a community export (FORMAT: discourse, stackexchange, slack, jsonl, csv).

    Writes one anonymized thread file per conversation into content/discussions/SOURCE/,
    replacing that folder's previous import atomically, and reports every item read as
    published, held or dropped, with the reason.
    """
    try:
        key = load_key(key_file)
        options = ImportOptions(format_name, export, source or default_source(export), condition)
        report = import_export(root, options, key, progress=_progress())
    except CarekbError as err:
        _fail(err)
        return
    if sys.stderr.isatty():
        click.echo("\r" + " " * 40 + "\r", err=True, nl=False)  # clear the progress line
    for line in report.summary():
        click.echo(line)
    if report_file is not None:
        with atomic_writer(report_file) as handle:
            report.write_json(handle)
        click.echo(f"report written to {report_file}")
    if report.held:
        click.echo(f"carekb: {report.held} item(s) held for review; see the report.", err=True)
        sys.exit(3)


@main.command()
@click.argument("input_file", metavar="IN.jsonl", type=click.Path(dir_okay=False, path_type=Path))
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the results here (default: standard output).")
@ROOT_OPTION
def redact(input_file: Path, output: Path | None, root: Path) -> None:
    """Run the privacy gate over IN.jsonl ({"id", "text"} per line).

    Writes {"id", "text", "held", "findings": [{"start", "end", "type"}]} per line, with offsets
    into the input text. Use "-" to read standard input. The site's condition names (from
    content/, when run in a project) are protected as medical words.
    """
    import json as json_lib

    from generator.load import load_for_import
    from generator.privacy import PrivacyGate, condition_vocabulary
    from generator.redact import redact_lines

    try:
        conditions = load_for_import(root)[0] if (root / "content").is_dir() else {}
        gate = PrivacyGate(medical_terms=condition_vocabulary(conditions.values()))
        source = click.open_file(str(input_file), encoding="utf-8")
        where = "<stdin>" if str(input_file) == "-" else str(input_file)
        if output is None:
            with source:
                for result in redact_lines(source, where, gate):
                    click.echo(json_lib.dumps(result, ensure_ascii=False))
            return
        with source, atomic_writer(output) as handle:
            for result in redact_lines(source, where, gate):
                handle.write(json_lib.dumps(result, ensure_ascii=False) + "\n")
    except OSError as err:
        _fail(CarekbError(f"cannot read {input_file} ({err.strerror})"))
    except CarekbError as err:
        _fail(err)


@main.command()
@ROOT_OPTION
def check(root: Path) -> None:
    """Validate content/ and rescan it with the import's privacy gate.

    Screens condition guides, answers and threads (hand-edited ones too) and lists every word the
    gate would redact or hold as path:line; exits 2 if there is any. Changes nothing.
    """
    from generator.check import check_content

    try:
        result = check_content(root)
    except CarekbError as err:
        _fail(err)
        return
    click.echo(f"carekb: checked {result.texts} texts in {result.files} files; "
               "the privacy gate found nothing to redact or hold.")


@main.command()
@ROOT_OPTION
@click.option("-a", "--dev-addr", default="127.0.0.1:8000", show_default=True,
              help="Address to serve on (IP:PORT).")
def serve(root: Path, dev_addr: str) -> None:
    """Preview the site with live reload; saving a file in content/ updates the page."""
    from generator.serve import serve as serve_site

    quiet_mkdocs(verbose=True)
    try:
        serve_site(root, dev_addr, report=lambda line: click.echo(line, err=True))
    except CarekbError as err:
        _fail(err)
