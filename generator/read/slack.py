"""Read a Slack workspace export folder: ``users.json``, ``channels.json`` and one folder per
channel holding a JSON file per day.

A message with thread replies becomes a thread with them; the rest of a channel's messages are
grouped by day ("#general on 5 June 2015"). Slack markup is turned into Markdown; mentions of
members become markers that anonymization replaces with the member's pseudonym. Joins, topic
changes and other system messages, and bot messages, are yielded with their kind so that
moderation drops them with a reason.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from generator.errors import SourceLocation, display_path
from generator.read import ExportError, RawPost, RawThread, RawUser, Record, load_json

MENTION = "⟦member:{}⟧"
_SYSTEM_SUBTYPES = {"channel_join", "channel_leave", "channel_topic", "channel_purpose", "channel_name",
                    "channel_archive", "channel_unarchive", "group_join", "group_leave", "group_topic",
                    "group_purpose", "group_name", "group_archive", "group_unarchive", "pinned_item",
                    "unpinned_item", "bot_add", "bot_remove", "bot_enable", "bot_disable",
                    "reminder_add", "reminder_delete", "channel_convert_to_private", "tombstone",
                    "joiner_notification", "sh_room_created", "sh_room_shared"}
_POST_SUBTYPES = {None, "thread_broadcast", "file_comment", "me_message", "file_share"}
_UPLOAD = re.compile(r"^<@[^>]+> (?:uploaded|shared) a file: <[^>]*>(?: and commented:)?")
_LINK = re.compile(r"<([^<>|]+)(?:\|([^<>]*))?>")


def _load(path: Path, root: Path) -> Any:
    return load_json(path, root, "the export may be damaged; export the workspace again")


def day_of_ts(ts: str) -> dt.date:
    return dt.datetime.fromtimestamp(float(ts), tz=dt.UTC).date()


def ts_id(ts: str) -> str:
    return ts.replace(".", "-")


def to_markdown(text: str) -> str:
    """Slack's message markup to Markdown; member mentions become anonymization markers."""

    def link(match: re.Match[str]) -> str:
        target, label = match.group(1), match.group(2)
        if target.startswith("@"):
            return MENTION.format(target[1:])
        if target.startswith("#"):
            return f"#{label or 'a channel'}"
        if target.startswith("!"):
            return "@" + (label or target[1:].split("^", 1)[0])
        if target.startswith("mailto:"):
            return label or target[len("mailto:"):]
        if re.match(r"https?://([^/]+\.)?slack\.com/", target):
            # Workspace-private addresses (files, profiles) say who uploaded what; keep the label.
            return label or "a shared file"
        return f"[{label}]({target})" if label and label != target else target

    return html.unescape(_LINK.sub(link, text))


def read(path: Path, root: Path) -> Iterator[Record]:
    where = display_path(path, root)
    if not path.is_dir() or not (path / "channels.json").is_file():
        raise ExportError(f"{where} is not a Slack export folder",
                          hint="pass the unzipped export folder that holds channels.json and users.json")
    bots: set[str] = set()
    if (path / "users.json").is_file():
        for user in _load(path / "users.json", root):
            if not isinstance(user, dict) or not user.get("id"):
                continue
            profile = user.get("profile") or {}
            names = [user.get("name"), user.get("real_name"), profile.get("real_name"),
                     profile.get("display_name"), profile.get("real_name_normalized"),
                     profile.get("display_name_normalized")]
            emails = [profile.get("email")]
            yield RawUser(author_key=str(user["id"]),
                          names=tuple(sorted({str(n) for n in names if n})),
                          emails=tuple(str(e) for e in emails if e))
            if user.get("is_bot"):
                bots.add(str(user["id"]))
    channels = _load(path / "channels.json", root)
    if not isinstance(channels, list):
        raise ExportError("channels.json must be a list of channels",
                          location=SourceLocation(display_path(path / "channels.json", root), 1))
    for channel in sorted((c for c in channels if isinstance(c, dict) and c.get("name")), key=lambda c: c["name"]):
        folder = path / channel["name"]
        if not folder.is_dir():
            continue
        yield from _channel(folder, str(channel["name"]), bots, root)


def _channel(folder: Path, channel: str, bots: set[str], root: Path) -> Iterator[Record]:
    slug = re.sub(r"[^A-Za-z0-9_-]+", "-", channel).strip("-_") or "channel"
    titled: set[str] = set()
    for day_file in sorted(folder.glob("*.json")):
        where = display_path(day_file, root)
        messages = _load(day_file, root)
        if not isinstance(messages, list):
            raise ExportError("a day file must be a list of messages", location=SourceLocation(where, 1))
        for index, message in enumerate(messages):
            location = SourceLocation(where, None, f"message {index}")
            if not isinstance(message, dict) or not message.get("ts"):
                yield RawPost(post_id=f"{slug}-{day_file.stem}-{index}", thread_key="", location=location,
                              problem="message without ts")
                continue
            ts = str(message["ts"])
            try:
                day = day_of_ts(ts)
            except (ValueError, OverflowError):
                yield RawPost(post_id=f"{slug}-{day_file.stem}-{index}", thread_key="", location=location,
                              problem=f'ts "{ts}" is not a Slack timestamp')
                continue
            thread_ts = str(message.get("thread_ts") or "")
            if thread_ts and thread_ts != ts:
                key, reply_to = f"{slug}-{ts_id(thread_ts)}", f"{slug}-{ts_id(thread_ts)}"
            elif message.get("reply_count") or message.get("replies"):
                key, reply_to = f"{slug}-{ts_id(ts)}", None
            else:
                key, reply_to = f"{slug}-{day.isoformat()}", None
                if key not in titled:
                    titled.add(key)
                    yield RawThread(thread_key=key, title=f"#{channel} on {day.day} {day:%B %Y}",
                                    tags=(channel,), generated_title=True)
            if key not in titled and not (thread_ts and thread_ts != ts):
                titled.add(key)
                yield RawThread(thread_key=key, title=None, tags=(channel,))
            yield _message(message, key, reply_to, f"{slug}-{ts_id(ts)}", day, ts,
                           SourceLocation(where, None, f"ts {ts}"), bots)


def _message(message: dict[str, Any], key: str, reply_to: str | None, post_id: str, day: dt.date,
             ts: str, location: SourceLocation, bots: set[str]) -> RawPost:
    subtype = message.get("subtype")
    user = str(message.get("user") or "") or None
    kind = "post"
    text = str(message.get("text") or "")
    if subtype in _SYSTEM_SUBTYPES or (subtype not in _POST_SUBTYPES and subtype != "bot_message"):
        kind = "system_message"
    elif subtype == "bot_message" or message.get("bot_id") or (user in bots):
        kind = "bot_message"
    elif subtype == "file_share" and (upload := _UPLOAD.match(text)):
        # Old exports: "<@U|name> uploaded a file: <url|name> and commented: text". The file
        # (a workspace-private link, often a photo) is never imported; a comment is.
        text = text[upload.end():]
        kind = "post" if text.strip() else "attachment_only"
    deleted = subtype == "message_deleted" or bool(message.get("is_deleted"))
    return RawPost(
        post_id=post_id,
        thread_key=key,
        location=location,
        author_key=user,
        created=day,
        body=to_markdown(text).strip(),
        format="markdown",
        reply_to=reply_to,
        kind=kind,
        deleted=deleted,
        position=f"{float(ts):020.6f}",
    )
