"""Turn a file's bytes into text sections (heading, page, text), one loader per format."""

from __future__ import annotations

import html
import io
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import PurePath

from knowledge.text import normalize


@dataclass(frozen=True, slots=True)
class Section:
    """A run of text under one heading (and on one page, for paginated formats)."""

    text: str
    heading: str = ""
    page: int | None = None


@dataclass(frozen=True, slots=True)
class LoadedDocument:
    title: str
    sections: list[Section]
    pages: int = 0
    # Where a confidentiality marking may stand (`knowledge.markers`): the first lines as
    # written (Markdown headings keep their `#`), and the file's properties (DOCX core and
    # custom properties, headers and footers; PDF metadata and page-1 footer; HTML <meta>).
    head: list[str] = field(default_factory=list)
    properties: dict[str, str] = field(default_factory=dict)


class LoaderError(Exception):
    """A file that cannot be read: unsupported format, corrupt or empty."""


class UnsupportedFormat(LoaderError):
    pass


class CorruptFile(LoaderError):
    pass


HEAD_LINES = 20  # lines kept in `LoadedDocument.head`


def _head(text: str) -> list[str]:
    lines = [line for line in text.splitlines() if line.strip()]
    return lines[:HEAD_LINES]


def _set_heading(trail: list[tuple[int, str]], level: int, heading: str) -> None:
    """Keep `trail` as the path of (level, heading) above the current line."""
    while trail and trail[-1][0] >= level:
        trail.pop()
    trail.append((level, heading))


def _heading_path(trail: list[tuple[int, str]]) -> str:
    return " › ".join(heading for _, heading in trail)


def decode_text(data: bytes) -> str:
    """UTF-8 (with or without BOM), UTF-16 with its BOM, else Latin-1 (cp1252 first: it is a
    superset in practice)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass
    for encoding in ("utf-8-sig", "cp1252", "latin-1"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise CorruptFile("text in an unknown encoding")  # unreachable: latin-1 decodes any byte


def load_txt(data: bytes) -> LoadedDocument:
    text = decode_text(data)
    if "\x00" in text:
        raise CorruptFile("binary content in a text file")
    return LoadedDocument(title="", sections=[Section(text=text)], head=_head(text[:20_000]))


_MD_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")
_FRONT_MATTER = re.compile(r"\A---\s*\n.*?\n---\s*\n", re.DOTALL)


def load_markdown(data: bytes) -> LoadedDocument:
    raw = decode_text(data)
    head = _head(raw[:20_000])  # front matter included: `classification: interne` counts
    text = _FRONT_MATTER.sub("", raw, count=1)
    sections: list[Section] = []
    trail: list[tuple[int, str]] = []
    buffer: list[str] = []
    title = ""
    in_code = False

    def flush() -> None:
        body = "\n".join(buffer).strip()
        if body:
            sections.append(Section(text=body, heading=_heading_path(trail)))
        buffer.clear()

    for line in text.splitlines():
        if line.lstrip().startswith(("```", "~~~")):
            in_code = not in_code
        match = None if in_code else _MD_HEADING.match(line)
        if match:
            flush()
            level, heading = len(match.group(1)), _strip_md(match.group(2))
            _set_heading(trail, level, heading)
            title = title or (heading if level == 1 else "")
        else:
            buffer.append(_strip_md(line))
    flush()
    return LoadedDocument(title=title, sections=sections, head=head)


_MD_INLINE = re.compile(r"(\*\*|__|\*|`|~~)")
_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
# Inline HTML is allowed in Markdown (<i>Titre</i>, <span lang="la">…</span>): keep the text.
_MD_HTML_TAG = re.compile(r"<!--.*?-->|</?[A-Za-z][\w:-]*(?:\s[^<>]*)?/?>")


def _strip_md(line: str) -> str:
    if "<" in line or "&" in line:
        line = html.unescape(_MD_HTML_TAG.sub("", line))
    line = _MD_LINK.sub(r"\1", line)
    line = re.sub(r"^\s{0,3}>\s?", "", line)
    line = re.sub(r"^\s*(?:[-*+]|\d+[.)])\s+", "", line)  # list markers
    return _MD_INLINE.sub("", line)


_BLOCK_TAGS = (
    "p",
    "li",
    "td",
    "th",
    "dt",
    "dd",
    "pre",
    "blockquote",
    "caption",
    "figcaption",
    "address",
)
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


def load_html(data: bytes) -> LoadedDocument:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(data, "lxml")
    for tag in soup(["script", "style", "noscript", "template", "nav", "footer"]):
        tag.decompose()
    title = soup.title.get_text(" ", strip=True) if soup.title else ""
    properties = {
        str(meta.get("name") or meta.get("property") or ""): str(meta.get("content") or "")
        for meta in soup.find_all("meta")
        if (meta.get("name") or meta.get("property")) and meta.get("content")
    }
    if title:
        properties["title"] = title
    sections: list[Section] = []
    trail: list[tuple[int, str]] = []
    buffer: list[str] = []
    head: list[str] = []

    def flush() -> None:
        body = "\n".join(buffer).strip()
        if body:
            sections.append(Section(text=body, heading=_heading_path(trail)))
        buffer.clear()

    body = soup.body or soup
    for element in body.find_all([*_HEADINGS, *_BLOCK_TAGS]):
        # Only the innermost block: a <li> holding a <p> is read through the <p>.
        if element.name in _BLOCK_TAGS and element.find(_BLOCK_TAGS):
            continue
        # A space between text nodes so that <b>a</b><i>b</i> never glues into "ab".
        text = _block_text(element)
        if not text:
            continue
        if len(head) < HEAD_LINES:
            depth = int(element.name[1]) if element.name in _HEADINGS else 0
            head.append(f"{'#' * depth} {text}" if depth else text)
        if element.name in _HEADINGS:
            flush()
            level = int(element.name[1])
            _set_heading(trail, level, text)
            title = title or (text if level == 1 else "")
        else:
            buffer.append(text)
    flush()
    if not sections:
        text = normalize(body.get_text(" ", strip=True))
        if text:
            sections.append(Section(text=text))
            head = head or _head(text[:20_000])
    return LoadedDocument(title=title, sections=sections, head=head, properties=properties)


def _block_text(element: object) -> str:
    """Text of one HTML block; a space is added only where two tags would glue two words."""
    from bs4 import NavigableString, Tag

    pieces: list[str] = []
    for node in element.descendants:  # type: ignore[attr-defined]
        if isinstance(node, Tag) and node.name == "br":
            pieces.append(" ")
        elif isinstance(node, NavigableString) and not isinstance(node, _bs4_comment()):
            piece = str(node)
            if pieces and pieces[-1][-1:].isalnum() and piece[:1].isalnum():
                pieces.append(" ")
            pieces.append(piece)
    return normalize("".join(pieces))


def _bs4_comment() -> type:
    from bs4 import Comment

    return Comment


def load_docx(data: bytes) -> LoadedDocument:
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises zipfile/KeyError/lxml errors alike
        raise CorruptFile(f"unreadable DOCX ({type(exc).__name__})") from exc
    sections: list[Section] = []
    trail: list[tuple[int, str]] = []
    buffer: list[str] = []
    head: list[str] = []
    title = ""

    def flush() -> None:
        body = "\n".join(buffer).strip()
        if body:
            sections.append(Section(text=body, heading=_heading_path(trail)))
        buffer.clear()

    for paragraph in document.paragraphs:
        text = paragraph.text.strip()
        if not text:
            continue
        style = (paragraph.style.name if paragraph.style is not None else "") or ""
        level = _docx_heading_level(style)
        if len(head) < HEAD_LINES:
            head.append(f"{'#' * level} {text}" if level else text)
        if level:
            flush()
            _set_heading(trail, level, text)
            title = title or (text if level == 1 else "")
        else:
            buffer.append(text)
    flush()
    for table in document.tables:
        rows = [" | ".join(c.text.strip() for c in row.cells) for row in table.rows]
        text = "\n".join(r for r in rows if r.strip(" |"))
        if text:
            sections.append(Section(text=text, heading=_heading_path(trail)))
    return LoadedDocument(
        title=title, sections=sections, head=head, properties=_docx_properties(document, data)
    )


_DOCX_CORE = ("title", "subject", "keywords", "category", "comments", "content_status")


def _docx_properties(document: object, data: bytes) -> dict[str, str]:
    """Core properties, custom ones (sensitivity labels live there), headers and footers."""
    properties: dict[str, str] = {}
    core = document.core_properties  # type: ignore[attr-defined]
    for name in _DOCX_CORE:
        value = getattr(core, name, None)
        if value:
            properties[name] = str(value)
    properties.update(_docx_custom_properties(data))
    for n, section in enumerate(document.sections, start=1):  # type: ignore[attr-defined]
        for part in ("header", "footer", "first_page_header", "first_page_footer"):
            try:
                lines = [p.text.strip() for p in getattr(section, part).paragraphs]
            except Exception:  # a damaged header must not lose the document
                continue
            for i, line in enumerate(line for line in lines if line):
                properties[f"{part} {n}.{i + 1}"] = line
    return properties


def _docx_custom_properties(data: bytes) -> dict[str, str]:
    """docProps/custom.xml as name -> text (e.g. `MSIP_Label_<id>_Name: Confidentiel`)."""
    import zipfile

    from lxml import etree

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            if "docProps/custom.xml" not in archive.namelist():
                return {}
            info = archive.getinfo("docProps/custom.xml")
            if info.file_size > 1_000_000:
                return {}
            root = etree.fromstring(archive.read(info))
    except (zipfile.BadZipFile, etree.XMLSyntaxError, KeyError, OSError):
        return {}
    found: dict[str, str] = {}
    for prop in root:
        name = prop.get("name")
        text = " ".join(t.strip() for t in prop.itertext() if t.strip())
        if name and text:
            found[str(name)] = text
    return found


def _docx_heading_level(style: str) -> int:
    if style == "Title":
        return 1
    match = re.match(r"(?:Heading|Titre)\s*(\d)", style)
    return int(match.group(1)) if match else 0


def load_pdf(data: bytes) -> LoadedDocument:
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        pages = reader.pages
        count = len(pages)
        texts = [page.extract_text() or "" for page in pages]
        metadata = dict(reader.metadata or {})
        meta_title = (reader.metadata.title if reader.metadata else None) or ""
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, OSError) as exc:
        raise CorruptFile(f"unreadable PDF ({type(exc).__name__}: {exc})") from exc
    sections = [Section(text=t, page=n) for n, t in enumerate(texts, start=1) if t.strip()]
    if count and not sections:
        raise CorruptFile("PDF without extractable text (scanned images?)")
    properties = {
        str(key).lstrip("/"): str(value)
        for key, value in metadata.items()
        if isinstance(value, str) and value.strip()
    }
    first_page = [line for line in (texts[0] if texts else "").splitlines() if line.strip()]
    for i, line in enumerate(first_page[-3:], start=1):  # the footer, where marks often are
        properties[f"page 1 footer {i}"] = line
    return LoadedDocument(
        title=str(meta_title),
        sections=sections,
        pages=count,
        head=first_page[:HEAD_LINES],
        properties=properties,
    )


LOADERS: dict[str, Callable[[bytes], LoadedDocument]] = {
    ".pdf": load_pdf,
    ".docx": load_docx,
    ".md": load_markdown,
    ".markdown": load_markdown,
    ".html": load_html,
    ".htm": load_html,
    ".txt": load_txt,
    ".text": load_txt,
}

SUPPORTED_SUFFIXES = frozenset(LOADERS)


def load(filename: str, data: bytes) -> LoadedDocument:
    """Parse `data` according to the suffix of `filename`.

    Raises UnsupportedFormat or CorruptFile (both LoaderError) with a readable message.
    """
    suffix = PurePath(filename).suffix.lower()
    loader = LOADERS.get(suffix)
    if loader is None:
        supported = ", ".join(sorted(SUPPORTED_SUFFIXES))
        raise UnsupportedFormat(
            f"unsupported format '{suffix or '(none)'}' (supported: {supported})"
        )
    if not data.strip():
        raise CorruptFile("empty file")
    try:
        document = loader(data)
    except LoaderError:
        raise
    except Exception as exc:  # a parser bug on hostile input must not stop a batch
        raise CorruptFile(f"unreadable {suffix[1:].upper()} ({type(exc).__name__}: {exc})") from exc
    if not any(s.text.strip() for s in document.sections):
        raise CorruptFile("no text found")
    return document
