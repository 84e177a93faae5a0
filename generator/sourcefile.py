"""Parse YAML and JSON while remembering the line each value came from.

Front matter, ``reviewers.yml``, ``carekb.yml`` and thread JSON are all validated against a
schema; to say *which line* a bad value sits on, parsing keeps a map from each value's path
(``("posts", 2, "date")``) to its 1-based line.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

import yaml

Path_ = tuple[str | int, ...]


class _Loader(yaml.SafeLoader):
    """SafeLoader that leaves dates as strings.

    PyYAML turns ``2026-13-01`` into a ValueError deep inside the parser; keeping dates as text
    lets the schema say "is not a date (use YYYY-MM-DD)" with the right line.
    """


_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


class SourceSyntaxError(Exception):
    """The text is not valid YAML/JSON; ``line`` is 1-based within the parsed text."""

    def __init__(self, message: str, line: int | None):
        super().__init__(message)
        self.message = message
        self.line = line


@dataclass
class LineMap:
    """Lines of values by their path; ``offset`` shifts lines (front matter starts on line 2)."""

    lines: dict[Path_, int] = field(default_factory=dict)
    offset: int = 0

    def line_of(self, path: Path_) -> int | None:
        """The line of the value at ``path``, or of its nearest parent that has one."""
        probe = tuple(path)
        while probe:
            if probe in self.lines:
                return self.lines[probe] + self.offset
            probe = probe[:-1]
        return self.lines.get((), 0) + self.offset if () in self.lines else None


def _walk(node: yaml.Node, path: Path_, out: dict[Path_, int]) -> None:
    out.setdefault(path, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else str(key_node.value)
            out[path + (key,)] = key_node.start_mark.line + 1
            _walk(value_node, path + (key,), out)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _walk(item, path + (index,), out)


def parse_yaml(text: str, *, line_offset: int = 0) -> tuple[Any, LineMap]:
    """Parse YAML text (dates stay strings); raise SourceSyntaxError with the line on failure."""
    try:
        node = yaml.compose(text, Loader=_Loader)
        data = yaml.load(text, Loader=_Loader)
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        line = mark.line + 1 + line_offset if mark is not None else None
        raise SourceSyntaxError(f"invalid YAML: {err.problem or err.context}", line) from err
    except yaml.YAMLError as err:
        raise SourceSyntaxError(f"invalid YAML: {err}", None) from err
    lines: dict[Path_, int] = {}
    if node is not None:
        _walk(node, (), lines)
    return data, LineMap(lines, line_offset)


def parse_json(text: str) -> tuple[Any, LineMap]:
    """Parse JSON strictly; map lines through the YAML composer (JSON is YAML) where it can."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        raise SourceSyntaxError(f"invalid JSON: {err.msg}", err.lineno) from err
    lines: dict[Path_, int] = {}
    try:
        node = yaml.compose(text, Loader=_Loader)
        if node is not None:
            _walk(node, (), lines)
    except yaml.YAMLError:
        lines = {}  # line numbers are a courtesy; the data itself came from the JSON parser
    return data, LineMap(lines)
