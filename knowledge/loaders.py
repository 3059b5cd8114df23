"""Turn a file's bytes into a document: a title and sections of blocks, one loader per format.

The readers live in `knowledge.formats`; the shapes they make in `knowledge.document`.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from pathlib import PurePath

from knowledge.document import (
    PARAGRAPH,
    Block,
    CorruptFile,
    LoadedDocument,
    LoaderError,
    Section,
    UnsupportedFormat,
    clean_file_title,
)
from knowledge.export_noise import without_noise, without_noise_lines
from knowledge.text import normalize

__all__ = [
    "Block",
    "CorruptFile",
    "LoadedDocument",
    "LoaderError",
    "Section",
    "UnsupportedFormat",
    "clean_file_title",
    "decode_text",
    "load",
]

HEAD_LINES = 20  # lines kept in `LoadedDocument.head`


def _head(text: str) -> list[str]:
    lines = [line for line in without_noise_lines(text.splitlines()) if line.strip()]
    return lines[:HEAD_LINES]


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


def _quoted_sections(message: str) -> list[Section]:
    """The sections of a reply quoted in a mail: read as a text of its own, its headings
    are not the quoting message's (a first line read as a title stays a line of it)."""
    from knowledge.formats.plaintext import read_plain_text

    title, sections = read_plain_text(without_noise(message))
    if title:
        sections = [Section(text=title, blocks=(Block(PARAGRAPH, text=title),)), *sections]
    return sections


def load_txt(data: bytes) -> LoadedDocument:
    from knowledge.formats.plain_mail import mail_thread
    from knowledge.formats.plaintext import read_plain_text

    text = decode_text(data)
    if "\x00" in text:
        raise CorruptFile("binary content in a text file")
    mail = mail_thread(text)
    title, sections = read_plain_text(without_noise(mail[1][0] if mail else text))
    if mail:
        title = title or mail[0]
        sections += [part for quoted in mail[1][1:] for part in _quoted_sections(quoted)]
    return LoadedDocument(title=title, sections=sections, head=_head(text[:20_000]))


def load_markdown(data: bytes) -> LoadedDocument:
    from knowledge.formats.markdown import read_markdown, without_front_matter

    raw = decode_text(data)
    head = _head(raw[:20_000])  # front matter included: `classification: interne` counts
    title, sections = read_markdown(without_noise(without_front_matter(raw)))
    return LoadedDocument(title=title, sections=sections, head=head)


_BLOCK_TAGS = ("p", "li", "td", "th", "dt", "dd", "pre", "blockquote", "caption", "figcaption")
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
# A box holding only text and inline tags is a line too: `<div class="bandeau">Réservé…</div>`.
_BOXES = ("div", "header", "section")
_BOX_INNER = (*_HEADINGS, *_BLOCK_TAGS, *_BOXES, "ul", "ol", "table", "dl", "address")


def load_html(data: bytes) -> LoadedDocument:
    from bs4 import BeautifulSoup

    from knowledge.formats.html import block_text, read_html_structure

    soup = BeautifulSoup(data, "lxml")
    for tag in soup(["script", "style", "noscript", "template"]):
        tag.decompose()
    page_title = soup.title.get_text(" ", strip=True) if soup.title else ""
    properties = {
        str(meta.get("name") or meta.get("property") or ""): str(meta.get("content") or "")
        for meta in soup.find_all("meta")
        if (meta.get("name") or meta.get("property")) and meta.get("content")
    }
    if page_title:
        properties["title"] = page_title
    body = soup.body or soup
    head: list[str] = []  # where a marking may stand: the page as written, menus aside
    for element in body.find_all([*_HEADINGS, *_BLOCK_TAGS, *_BOXES, "address"]):
        if len(head) >= HEAD_LINES:
            break
        inner = _BOX_INNER if element.name in _BOXES else _BLOCK_TAGS
        if element.find_parent(["nav", "footer"]) or (
            element.name not in _HEADINGS and element.find(inner)
        ):
            continue
        text = block_text(element)
        if text:
            depth = int(element.name[1]) if element.name in _HEADINGS else 0
            head.append(f"{'#' * depth} {text}" if depth else text)
    heading_title, sections = read_html_structure(soup)
    if not sections:
        text = normalize(body.get_text(" ", strip=True))
        if text:
            sections = [Section(text=text)]
            head = head or _head(text[:20_000])
    title = heading_title or page_title
    return LoadedDocument(title=title, sections=sections, head=head, properties=properties)


_PLACEHOLDER_TITLE = re.compile(
    r"^(?:\(?(?:untitled|anonymous)\)?|sans titre|document\s*\d*|microsoft word\b.*"
    r"|.*\.(?:docx?|pdf|odt))$",
    re.IGNORECASE,
)


def meaningful_title(title: str) -> str:
    """A title from metadata, unless it is a tool's placeholder ("Document1", "x.docx")."""
    title = normalize(title)
    return "" if not title or _PLACEHOLDER_TITLE.match(title) else title


def load_docx(data: bytes) -> LoadedDocument:
    import docx

    from knowledge.formats.docx import docx_properties, read_docx_structure

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises zipfile/KeyError/lxml errors alike
        raise CorruptFile(f"unreadable DOCX ({type(exc).__name__})") from exc
    heading_title, sections, head = read_docx_structure(document)
    properties = docx_properties(document, data)
    title = heading_title or meaningful_title(properties.get("title", ""))
    return LoadedDocument(title=title, sections=sections, head=head, properties=properties)


def load_pdf(data: bytes) -> LoadedDocument:
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    from knowledge.formats.pdf import read_pdf_structure

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        count = len(reader.pages)
        first_text = (reader.pages[0].extract_text() or "") if count else ""
        metadata = dict(reader.metadata or {})
        meta_title = (reader.metadata.title if reader.metadata else None) or ""
        heading_title, sections = read_pdf_structure(reader)
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, OSError) as exc:
        raise CorruptFile(f"unreadable PDF ({type(exc).__name__}: {exc})") from exc
    if count and not sections:
        raise CorruptFile("PDF without extractable text (scanned images?)")
    properties = {
        str(key).lstrip("/"): str(value)
        for key, value in metadata.items()
        if isinstance(value, str) and value.strip()
    }
    first_page = [line for line in first_text.splitlines() if line.strip()]
    for i, line in enumerate(first_page[-3:], start=1):  # the footer, where marks often are
        properties[f"page 1 footer {i}"] = line
    return LoadedDocument(
        title=meaningful_title(str(meta_title)) or heading_title,
        sections=sections,
        pages=count,
        head=without_noise_lines(first_page)[:HEAD_LINES],
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
