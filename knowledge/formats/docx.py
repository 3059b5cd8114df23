"""DOCX: paragraphs and tables in body order, headings from styles (or outline levels, or
from how they look when no style marks any: `docx_look`), list paragraphs gathered into lists
(lists typed with "- " or "1." are read later, as in every format: `knowledge.document`)."""

from __future__ import annotations

import io
import re
from typing import Any

from knowledge.document import (
    LIST,
    PARAGRAPH,
    TABLE,
    Block,
    Section,
    SectionBuilder,
    asked_in_section,
    broken_lines,
)
from knowledge.formats.docx_look import bold_heading, visual_levels
from knowledge.text import normalize

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_HEADING_STYLE = re.compile(r"(?:Heading|Titre|Überschrift|Titolo|Encabezado)\s*(\d)", re.I)


def heading_level(paragraph: Any) -> int | None:
    """0 for the Title style, 1-9 for headings, None for body text."""
    style = (paragraph.style.name if paragraph.style is not None else "") or ""
    if style in ("Title", "Titre"):
        return 0
    match = _HEADING_STYLE.match(style)
    if match:
        return int(match.group(1))
    outline = paragraph._p.find(f"{W}pPr/{W}outlineLvl")
    if outline is not None:
        try:
            level = int(outline.get(f"{W}val")) + 1
        except (TypeError, ValueError):
            return None
        return level if level <= 9 else None
    return None


def list_kind(paragraph: Any) -> str | None:
    """'bullet' or 'number' for a list paragraph (by style or numbering), else None."""
    style = (paragraph.style.name if paragraph.style is not None else "") or ""
    if "List Number" in style or "Liste à numéros" in style:
        return "number"
    if "List" in style or "Liste" in style:
        return "bullet"
    if paragraph._p.find(f"{W}pPr/{W}numPr") is not None:
        return "bullet"
    return None


def sub_item(paragraph: Any) -> bool:
    """A list paragraph one level down ("List Number 2", or a numbering level above 0): a
    sub-item of the item above it, not one of the list's own steps."""
    style = (paragraph.style.name if paragraph.style is not None else "") or ""
    if re.search(r"\b[2-9]$", style):
        return True
    level = paragraph._p.find(f"{W}pPr/{W}numPr/{W}ilvl")
    value = level.get(f"{W}val") if level is not None else None
    return value is not None and value.isdigit() and int(value) > 0


def table_rows(table: Any) -> list[tuple[str, ...]]:
    """The rows' cells on the table's grid; a cell merged over several rows is empty in the
    rows below it when it is their key too (read then as rows carrying on its row:
    `knowledge.table_spans`), and repeated in a row below that names its own key; one merged
    over several columns leaves the columns after it empty."""
    rows = []
    above: dict[int, Any] = {}  # the cells of earlier rows (kept alive: ids stay theirs)
    for row in table.rows:
        cells: list[str] = []
        covered: dict[int, str] = {}
        seen: dict[int, Any] = {}
        for cell in row.cells:
            tc = cell._tc
            if seen.get(id(tc)) is tc:  # a merged cell is listed once per grid column
                cells.append("")
                continue
            seen[id(tc)] = tc
            if above.get(id(tc)) is tc:
                covered[len(cells)] = normalize(cell.text)
                cells.append("")
            else:
                cells.append(normalize(cell.text))
        above.update(seen)
        if cells and 0 not in covered and cells[0]:
            for c, text in covered.items():
                cells[c] = text
        if any(cells):
            rows.append(tuple(cells))
    return rows


def read_docx_structure(document: Any) -> tuple[str, list[Section], list[str]]:
    """(title heading, sections, first lines as written) of an open python-docx document."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    builder = SectionBuilder()
    head: list[str] = []
    items: list[str] = []
    markers: list[str] = []
    ordered = False
    title = ""

    def flush_list() -> None:
        nonlocal ordered
        if items:
            numbered = ordered and any(m != "-" for m in markers)
            builder.block(
                Block(
                    LIST,
                    items=tuple(items),
                    ordered=ordered,
                    markers=tuple(markers) if numbered else (),
                )
            )
            items.clear()
            markers.clear()
            ordered = False

    body = list(document.element.body.iterchildren())
    paragraphs = {i: Paragraph(e, document) for i, e in enumerate(body) if e.tag == f"{W}p"}
    texts = {i: normalize(p.text) for i, p in paragraphs.items()}
    levels = {i: heading_level(p) for i, p in paragraphs.items()}
    styled = any((level or 0) >= 1 for level in levels.values())
    if not styled:
        order = list(paragraphs)
        looks = visual_levels([paragraphs[i] for i in order], [texts[i] for i in order])
        levels.update({order[j]: level for j, level in looks.items()})
    current = 0  # the level of the last styled heading
    top = min((level for level in levels.values() if level is not None), default=1)
    for index, element in enumerate(body):
        if element.tag == f"{W}tbl":
            flush_list()
            builder.block(Block(TABLE, rows=tuple(table_rows(Table(element, document)))))
            continue
        if index not in paragraphs:
            continue
        paragraph, text, level = paragraphs[index], texts[index], levels[index]
        if not text:
            continue
        if len(head) < 20:
            head.append(f"{'#' * max(level, 1)} {text}" if level is not None else text)
        if level is not None:
            flush_list()
            title = title or (text if level <= 1 else "")
            builder.heading(level, text)
            current = level
            continue
        kind = list_kind(paragraph)
        asked = styled and not kind and asked_in_section(text, current - top + 1)
        if asked and builder.asks() and bold_heading(paragraph, text):
            builder.asked(text)
            continue
        if styled and current >= 1 and not kind and bold_heading(paragraph, text):
            flush_list()
            builder.heading(min(current + 1, 9), text)
            continue
        if kind:
            ordered = ordered or (not items and kind == "number")
            numbers = sum(1 for m in markers if m != "-")
            step = ordered and not sub_item(paragraph)
            markers.append(f"{numbers + 1}." if step else "-")
            items.append(text)
            continue
        flush_list()
        for line in broken_lines(paragraph.text):
            builder.block(Block(PARAGRAPH, text=line))
    flush_list()
    return title, builder.finish(), head


DOCX_CORE = ("title", "subject", "keywords", "category", "comments", "content_status")


def docx_properties(document: object, data: bytes) -> dict[str, str]:
    """Core properties, custom ones (sensitivity labels live there), headers and footers."""
    properties: dict[str, str] = {}
    core = document.core_properties  # type: ignore[attr-defined]
    for name in DOCX_CORE:
        value = getattr(core, name, None)
        if value:
            properties[name] = str(value)
    properties.update(docx_custom_properties(data))
    for n, section in enumerate(document.sections, start=1):  # type: ignore[attr-defined]
        for part in ("header", "footer", "first_page_header", "first_page_footer"):
            try:
                lines = [p.text.strip() for p in getattr(section, part).paragraphs]
            except Exception:  # a damaged header must not lose the document
                continue
            for i, line in enumerate(line for line in lines if line):
                properties[f"{part} {n}.{i + 1}"] = line
    return properties


def docx_custom_properties(data: bytes) -> dict[str, str]:
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
