"""Make untrusted community text safe to put in a page.

Community posts are written by anyone; an export may carry scripts, event handlers, styles,
frames or ``javascript:`` links. Everything a member wrote passes through here: Markdown is
rendered by our own Markdown instance (no raw-HTML tricks survive, because the result is
cleaned), HTML goes through nh3 (the Ammonia sanitizer) with a short allow-list, and plain
text placed into generated Markdown is escaped so that it cannot turn into markup.
"""

from __future__ import annotations

import html
import re

import markdown
import nh3

#: Tags a post may keep. No images or media: they would load from third parties (tracking) and
#: could show faces; no tables-with-styles, forms, frames or scripts.
ALLOWED_TAGS = frozenset({
    "a", "abbr", "b", "blockquote", "br", "code", "del", "em", "h3", "h4", "h5", "h6", "hr",
    "i", "li", "ol", "p", "pre", "s", "strong", "sub", "sup", "table", "tbody", "td", "th",
    "thead", "tr", "ul",
})
ALLOWED_ATTRIBUTES = {"a": {"href"}, "th": {"scope"}}
ALLOWED_URL_SCHEMES = frozenset({"http", "https"})
#: Removed together with everything inside them, not just unwrapped.
CLEAN_CONTENT_TAGS = frozenset({"script", "style", "iframe", "object", "embed", "noscript",
                                "template", "svg", "math", "textarea", "select", "title"})

_markdown = markdown.Markdown(extensions=["sane_lists", "fenced_code"], output_format="html")

# Characters that make markup anywhere in a line (links, emphasis, code, tables, attr_list's
# {: ...}); < > & become entities first. Python-Markdown honours a backslash before each.
_MD_INLINE = re.compile(r"([\\`*_{}\[\]|])")
# Control characters mean nothing in a page, and Python-Markdown uses \x02/\x03 internally.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Characters that make markup only at the start of a line (headings, lists).
_MD_LINE_START = re.compile(r"^([#+-]|\d+(?=\.))")


def clean_html(fragment: str) -> str:
    """Sanitize an HTML fragment to the allow-list; links get rel=nofollow ugc noopener."""
    return nh3.clean(
        fragment,
        tags=set(ALLOWED_TAGS),
        clean_content_tags=set(CLEAN_CONTENT_TAGS),
        attributes={tag: set(attrs) for tag, attrs in ALLOWED_ATTRIBUTES.items()},
        url_schemes=set(ALLOWED_URL_SCHEMES),
        link_rel="nofollow ugc noopener noreferrer",
        strip_comments=True,
        attribute_filter=_absolute_links_only,
    )


def _absolute_links_only(tag: str, attribute: str, value: str) -> str | None:
    # Relative links in an export point into the forum it came from (profiles, other topics):
    # they would break here and can name members, so only absolute web links are kept.
    if attribute == "href" and not re.match(r"^https?://[^\s/]", value.strip(), re.IGNORECASE):
        return None
    return value


_PLAIN = re.compile(r"[^\n*_`\[\]<>#&!|\\~=+-]*")


def markdown_to_html(text: str) -> str:
    """Render a member's Markdown to sanitized HTML."""
    if _PLAIN.fullmatch(text.strip()):
        # One line, nothing Markdown would act on: the common chat message, 50x faster.
        return f"<p>{html.escape(text.strip(), quote=False)}</p>" if text.strip() else ""
    _markdown.reset()
    return clean_html(_markdown.convert(text))


def post_html(body: str, body_format: str) -> str:
    """Sanitized HTML for a post body in either stored format."""
    if body_format == "html":
        return clean_html(body)
    return markdown_to_html(body)


def escape_markdown(text: str) -> str:
    """Plain text made safe to place inline in a Markdown page: no markup, no HTML, no links."""
    one_line = " ".join(_CONTROL.sub("", text).split())
    escaped = _MD_INLINE.sub(r"\\\1", html.escape(one_line, quote=True))
    match = _MD_LINE_START.match(escaped)
    if match is None:
        return escaped
    if match.group(1)[0].isdigit():  # "1. text" would start an ordered list
        return escaped[: match.end()] + "\\" + escaped[match.end():]
    return "\\" + escaped


def escape_html(text: str) -> str:
    return html.escape(" ".join(text.split()), quote=True)
