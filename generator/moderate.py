"""Stage "moderate": decide which posts may not be published, and say why.

Each rule has a reason code that appears in the import report. ``DROPPED`` reasons are final
(the post is not part of the public conversation); ``HELD`` reasons mean the post might be
publishable but carekb could not vouch for it, so an editor must look.
"""

from __future__ import annotations

import re

from generator.read import RawPost

DROPPED = {
    "deleted": "deleted on the platform (deleted_at, user_deleted or a deleted message)",
    "hidden": "hidden or flagged on the platform",
    "whisper": "a Discourse whisper (staff-only, post_type 4)",
    "moderator_action": "a moderator action (Discourse post_type 2)",
    "small_action": "a small action such as closing or pinning (Discourse post_type 3)",
    "system_message": "a system message: joins, topic changes, pins, platform notices",
    "bot_message": "written by a bot or integration",
    "attachment_only": "a file upload with no text; files are never imported",
    "not_a_discussion": "not part of a conversation (e.g. a Stack Exchange tag wiki)",
    "empty": "no text left to publish",
    "orphan": "a reply whose conversation is not in the export",
    "no_consent": "the member is not in the consent ledger (content/consent.yml)",
}
HELD = {
    "malformed": "the record could not be read (see its location)",
    "missing_posts": "the export lacks some of the thread's posts; the thread is held whole",
    "privacy": "the privacy gate found something it could not safely redact",
    "privacy_title": "the thread title has something the privacy gate could not safely redact",
}
REASONS = {**DROPPED, **HELD}

_TAGS = re.compile(r"<[^>]*>")


def is_empty(body: str) -> bool:
    """True when a body has no visible text (HTML tags and whitespace only)."""
    return not _TAGS.sub("", body).replace("&nbsp;", " ").strip()


def moderate(post: RawPost) -> str | None:
    """The reason this post must not be published, or None if moderation lets it through."""
    if post.problem is not None:
        return "malformed"
    if post.deleted:
        return "deleted"
    if post.hidden:
        return "hidden"
    if post.kind != "post":
        return post.kind if post.kind in DROPPED else "system_message"
    if not post.thread_key:
        return "orphan"
    if is_empty(post.body):
        return "empty"
    return None
