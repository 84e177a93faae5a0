"""Read Discourse API responses: topics (``/t/{id}.json``), their post pages
(``/t/{id}/posts.json``), single posts (``/posts/{id}.json``) and ``/posts.json`` pages.

Give one file or a folder of them; each file is recognised by its shape. A topic response holds
only the first 20 posts inline while ``post_stream.stream`` lists every id: the ids that no
file supplied are reported (the thread is held) instead of publishing a partial conversation.
Where a post has ``raw`` (Markdown) it is used; otherwise the ``cooked`` HTML, sanitized later.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from generator.errors import SourceLocation, display_path
from generator.read import (
    ExportError,
    RawPost,
    RawThread,
    RawUser,
    Record,
    day_of,
    instant_of,
    load_json,
)

_KINDS = {1: "post", 2: "moderator_action", 3: "small_action", 4: "whisper"}


def _files(path: Path, root: Path) -> list[Path]:
    if path.is_file():
        return [path]
    files = sorted(p for p in path.rglob("*.json") if p.is_file())
    if not files:
        raise ExportError(f"{display_path(path, root)} holds no .json files",
                          hint="pass a Discourse API response (.json) or a folder of them")
    return files


def _load(path: Path, root: Path) -> Any:
    return load_json(path, root, "the file may be truncated; fetch it again")


def read(path: Path, root: Path) -> Iterator[Record]:
    posts: dict[str, tuple[SourceLocation, dict[str, Any]]] = {}
    topics: dict[str, dict[str, Any]] = {}
    for file in _files(path, root):
        where = display_path(file, root)
        data = _load(file, root)
        for post in _posts_in(data, where):
            key = str(post["id"])
            # The same post can come from a topic page and from /posts.json: keep the richer copy.
            if key not in posts or ("raw" in post and "raw" not in posts[key][1]):
                posts[key] = (SourceLocation(where, None, f"post {key}"), post)
        if isinstance(data, dict) and "post_stream" in data and "title" in data:
            topics[str(data.get("id"))] = data

    by_topic: dict[str, list[tuple[SourceLocation, dict[str, Any]]]] = {}
    for location, post in posts.values():
        by_topic.setdefault(str(post.get("topic_id", "")), []).append((location, post))

    for topic_id in sorted(set(by_topic) | set(topics), key=_numeric):
        topic = topics.get(topic_id, {})
        members = by_topic.get(topic_id, [])
        title = topic.get("title") or next((p.get("topic_title") for _, p in members if p.get("topic_title")), None)
        stream = topic.get("post_stream", {}).get("stream")
        yield RawThread(
            thread_key=topic_id,
            title=title,
            tags=tuple(_tag_name(t) for t in topic.get("tags") or []),
            expected_post_ids=tuple(str(i) for i in stream) if isinstance(stream, list) else None,
        )
        numbers = {p.get("post_number"): str(p["id"]) for _, p in members}
        for location, post in sorted(members, key=lambda m: (m[1].get("post_number") or 0, _numeric(str(m[1]["id"])))):
            yield from _user(post)
            yield _post(location, post, topic_id, numbers)


def _numeric(text: str) -> tuple[int, str]:
    return (int(text), "") if text.isdigit() else (1 << 62, text)


def _tag_name(tag: Any) -> str:
    return str(tag.get("name", "")) if isinstance(tag, dict) else str(tag)


def _posts_in(data: Any, where: str) -> list[dict[str, Any]]:
    if not isinstance(data, dict):
        raise ExportError("not a Discourse API response (expected a JSON object)",
                          location=SourceLocation(where, 1))
    if isinstance(data.get("post_stream"), dict):
        posts = data["post_stream"].get("posts", [])
        topic_id = data.get("id")
        return [{"topic_id": topic_id, **p} if "topic_id" not in p else p for p in posts if isinstance(p, dict)]
    if isinstance(data.get("latest_posts"), list):
        return [p for p in data["latest_posts"] if isinstance(p, dict)]
    if "post_number" in data and "topic_id" in data:
        return [data]
    raise ExportError("not a Discourse topic, post or posts page",
                      location=SourceLocation(where, 1),
                      hint="use /t/{id}.json, /t/{id}/posts.json, /posts/{id}.json or /posts.json")


def _author_key(post: dict[str, Any]) -> str | None:
    if post.get("user_id") is not None:
        return str(post["user_id"])
    if post.get("username"):
        return f"u:{post['username']}"
    return None


def _user(post: dict[str, Any]) -> Iterator[RawUser]:
    key = _author_key(post)
    names = tuple(str(post[f]) for f in ("username", "name", "display_username") if post.get(f))
    if key is not None and names:
        yield RawUser(author_key=key, names=names)


def _post(location: SourceLocation, post: dict[str, Any], topic_id: str, numbers: dict[Any, str]) -> RawPost:
    post_id = str(post["id"])
    created_text = str(post.get("created_at") or "")
    try:
        created = day_of(created_text)
    except ValueError:
        return RawPost(post_id=post_id, thread_key=topic_id, location=location,
                       problem=f'created_at "{created_text}" is not a date')
    kind = _KINDS.get(post.get("post_type", 1), "not_a_discussion")
    if post.get("username") == "system" or post.get("user_id") == -1:
        kind = "system_message" if kind == "post" else kind
    if "raw" in post and post["raw"] is not None:
        body, body_format = str(post["raw"]), "markdown"
    else:
        body, body_format = str(post.get("cooked") or ""), "html"
    reply_number = post.get("reply_to_post_number")
    return RawPost(
        post_id=post_id,
        thread_key=topic_id,
        location=location,
        author_key=_author_key(post),
        created=created,
        body=body,
        format=body_format,
        reply_to=numbers.get(reply_number) if reply_number is not None else None,
        accepted=bool(post.get("accepted_answer")),
        kind=kind,
        deleted=bool(post.get("deleted_at")) or bool(post.get("user_deleted")),
        hidden=bool(post.get("hidden")),
        position=f"{post.get('post_number') or 0:09d}|{instant_of(created_text)}",
    )
