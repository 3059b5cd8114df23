"""HTML: headings, paragraphs, lists and tables of the page's content, without its menus.

The content is the page's <main> (or its single <article>) when it has one; site menus,
headers, footers, sidebars and cookie banners are dropped (by tag, ARIA role, or a class
or id that names them). langchain's HTMLHeaderTextSplitter is not used: it flattens lists
and tables into text and keeps the menus.
"""

from __future__ import annotations

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
    typed_item,
)
from knowledge.text import normalize

HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
DROPPED = ("script", "style", "noscript", "template", "nav", "footer", "aside", "form", "button")
_BOILERPLATE = re.compile(
    r"(?:^|[\s_-])(?:nav|navbar|navigation|menu|footer|site-header|masthead|breadcrumbs?|"
    r"cookies?|sidebar|skip-link|social|share)(?:$|[\s_-])",
    re.IGNORECASE,
)
_BOILERPLATE_ROLES = {"navigation", "contentinfo", "banner", "search", "complementary"}
# A page built without <h2>/<h3> still names its headings: `<p class="title">`,
# `<div class="section-title">`, `<p class="sub">`, or role="heading" with aria-level.
_TITLE_CLASS = re.compile(
    r"(?:^|[\s_-])(?:title|titre|heading|intertitre|section-title)(?:$|[\s_-])", re.IGNORECASE
)
_SUB_CLASS = re.compile(
    r"(?:^|[\s_-])(?:sub|subtitle|subheading|sous-titre|soustitre)(?:$|[\s_-])", re.IGNORECASE
)
CLASS_HEADING_CHARS = 120
_PARAGRAPHS = ("p", "pre", "blockquote", "address", "figcaption", "caption", "dd", "dt")


BOLD_HEADING_WORDS = 14


def _bold_only(tag: Any) -> bool:
    """Whether all of a paragraph's text is in one <strong> or <b>."""
    from bs4.element import NavigableString, Tag

    parts = [c for c in tag.children if not (isinstance(c, NavigableString) and not c.strip())]
    return len(parts) == 1 and isinstance(parts[0], Tag) and parts[0].name in ("strong", "b")


def _is_boilerplate(tag: Any) -> bool:
    if tag.name in DROPPED:
        return True
    if str(tag.get("role", "")).lower() in _BOILERPLATE_ROLES:
        return True
    if tag.name == "header" and tag.find(HEADINGS) is None:
        return True  # a site header (logo, menu); an article's header holds its title
    names = " ".join([*(tag.get("class") or []), str(tag.get("id") or "")])
    return bool(names.strip()) and bool(_BOILERPLATE.search(names))


def block_text(element: Any, line_break: str = " ") -> str:
    """Text of one element; a space only where two tags would glue two words (`line_break`
    where a <br> stands)."""
    from bs4.element import Comment, NavigableString, Tag

    pieces: list[str] = []
    for node in element.descendants:
        if isinstance(node, Tag) and node.name == "br":
            pieces.append(line_break)
        elif isinstance(node, NavigableString) and not isinstance(node, Comment):
            if any(p.name in ("script", "style") for p in node.parents if isinstance(p, Tag)):
                continue
            piece = str(node)
            if pieces and pieces[-1][-1:].isalnum() and piece[:1].isalnum():
                pieces.append(" ")
            pieces.append(piece)
    text = "".join(pieces)
    if line_break == " ":
        return normalize(text)
    return line_break.join(normalize(line) for line in text.split(line_break))


def paragraph_lines(element: Any) -> list[str]:
    """A paragraph's text; its lines when <br> sets list items on lines of their own ("Les
    étapes :<br>1. …<br>2. …"): the builder then reads them as a list."""
    lines = [x for x in block_text(element, "\n").split("\n") if x]
    first_item = next((n for n, x in enumerate(lines) if n and typed_item(x)), None)
    if first_item is None:
        return [block_text(element)]
    return [normalize(" ".join(lines[:first_item])), *lines[first_item:]]


def content_root(soup: Any) -> Any:
    body = soup.body or soup
    mains = body.find_all("main")
    if len(mains) == 1:
        return mains[0]
    articles = body.find_all("article")
    if len(articles) == 1:
        return articles[0]
    return body


def _list_items(element: Any) -> list[str]:
    return [text for text, _ in _marked_items(element)]


def _start(element: Any) -> int:
    value = str(element.get("start", "1")).strip()
    return int(value) if value.isdigit() else 1


def _marked_items(element: Any) -> list[tuple[str, str]]:
    """(text, marker) of a list's items: an `<ol>` numbers its own items from its `start`
    ("3."), a nested list's items are sub-items ("– " before their text) marked "-"."""
    items: list[tuple[str, str]] = []
    number = _start(element) if element.name == "ol" else 0
    for li in element.find_all("li", recursive=False):
        nested = li.find_all(["ul", "ol"])
        for sub in nested:
            sub.extract()
        text = block_text(li)
        if text:
            items.append((text, f"{number}." if number else "-"))
        if number:
            number += 1
        for sub in nested:
            items += [(f"– {x}", "-") for x in _list_items(sub)]
    return items


def _span(cell: Any, name: str) -> int:
    value = str(cell.get(name, "1")).strip()
    return min(int(value), 100) if value.isdigit() and int(value) > 0 else 1


def _table_rows(element: Any) -> list[tuple[str, ...]]:
    """The rows of a table on its grid: a cell spanning rows (`rowspan`) leaves its column
    empty in the rows below when it is their key too (read then as the rows carrying on its
    row: `knowledge.table_spans`), and is repeated in a row below that names its own key (two
    dates sharing one event); a row header spanning rows (a `<th>` beside data cells: a
    group of rows, « Trajets » over three benefits) is repeated in each of its rows, each a
    row of its own. A header cell spanning columns leaves the columns after it empty (a
    group over sub-columns: `knowledge.table_headers`); a data cell spanning columns after
    the key holds the value of each of them (« 15 minutes offertes » for two levels)."""
    rows = []
    pending: dict[int, tuple[int, str, bool]] = {}  # column -> (rows left, text, group key)
    for tr in element.find_all("tr"):
        if tr.find_parent("table") is not element:
            continue
        cells: list[str] = []
        covered: dict[int, str] = {}
        groups: set[int] = set()  # columns under a row header spanning rows
        found = tr.find_all(["th", "td"], recursive=False)
        data_row = any(cell.name == "td" for cell in found)

        for cell in found:
            while pending.get(len(cells), (0, "", False))[0] > 0:
                _cover(pending, cells, covered, groups)
            text, rowspan = block_text(cell), _span(cell, "rowspan")
            group = cell.name == "th" and data_row
            spread = cell.name == "td" and bool(cells)  # a value over several columns
            for k in range(_span(cell, "colspan")):
                value = text if k == 0 or spread else ""
                if rowspan > 1:
                    pending[len(cells)] = (rowspan, value, group)
                cells.append(value)
        while any(n > 0 for c, (n, _, _) in pending.items() if c >= len(cells)):
            if len(cells) in pending:
                _cover(pending, cells, covered, groups)
            else:
                covered[len(cells)] = ""
                cells.append("")
        pending = {c: (n - 1, t, g) for c, (n, t, g) in pending.items() if n > 1}
        if cells and 0 not in covered and cells[0].strip():
            groups = set(covered)
        for c in groups:
            cells[c] = covered[c]
        if any(cells):
            rows.append(tuple(cells))
    return rows


def _cover(
    pending: dict[int, tuple[int, str, bool]],
    cells: list[str],
    covered: dict[int, str],
    groups: set[int],
) -> None:
    """The next column of a row, covered by a cell spanning rows from above."""
    _, text, group = pending[len(cells)]
    covered[len(cells)] = text
    if group:
        groups.add(len(cells))
    cells.append("")


def _definitions(element: Any) -> list[str]:
    """A definition list's entries as "term : definition" items ([] when it has none)."""
    entries: list[tuple[str, list[str]]] = []
    for child in element.find_all(["dt", "dd"]):
        if child.find_parent("dl") is not element:
            continue
        text = block_text(child)
        if not text:
            continue
        if child.name == "dt" or not entries:
            entries.append((text.rstrip(" :") if child.name == "dt" else "", []))
        if child.name == "dd":
            entries[-1][1].append(text)
    return [
        f"{term} : {'; '.join(said)}" if term and said else term or "; ".join(said)
        for term, said in entries
    ]


_LAYOUT_ROLES = {"presentation", "none"}
_CELL_BLOCKS = ("table", *HEADINGS, "ul", "ol", "p", "div", "blockquote")


def layout_table(table: Any) -> bool:
    """Whether a table lays out a page rather than holding data: an e-mail newsletter sets
    its header, its columns and its footer in tables (`role="presentation"`; or, with no
    header cell, cells holding headings or tables of their own, one column of paragraphs
    and lists, or one row of boxes side by side)."""
    if str(table.get("role", "")).lower() in _LAYOUT_ROLES:
        return True
    rows = [tr for tr in table.find_all("tr") if tr.find_parent("table") is table]
    cells = [cell for tr in rows for cell in tr.find_all(["td", "th"], recursive=False)]
    if not cells or any(cell.name == "th" for cell in cells):
        return False
    if any(cell.find(["table", *HEADINGS]) is not None for cell in cells):
        return True
    boxes = any(cell.find(_CELL_BLOCKS) is not None for cell in cells)
    widths = {len(tr.find_all(["td", "th"], recursive=False)) for tr in rows}
    return boxes and (widths == {1} or len(rows) == 1)


class _Walker:
    def __init__(self) -> None:
        self.builder = SectionBuilder()
        self.loose: list[str] = []  # text directly inside a container
        self.level = 1  # the level of the last heading tag
        self.title_level = 2  # the level of the last heading named by a class
        self.headed = False  # accordion questions head parts of their sections

    def class_heading(self, tag: Any) -> int | None:
        """The level of a paragraph or box that is a heading by its class or role (a
        "title" one is a sibling of the <h2> sections, a "sub" one stands under it)."""
        if tag.name not in ("p", "div", "span", "strong") or tag.find(
            ["p", "ul", "ol", "table", *HEADINGS]
        ):
            return None
        text = block_text(tag)
        if not text or len(text) > CLASS_HEADING_CHARS or text.endswith((".", ",", ";")):
            return None
        if tag.name == "p" and _bold_only(tag):
            # A paragraph set in bold throughout ("<p><strong>Résidence Les Mélèzes</strong>
            # </p>") heads what follows, one level below the last heading, as a bold line
            # does in Markdown; one introducing a list (":") stays the list's sentence.
            if len(text.split()) <= BOLD_HEADING_WORDS and not text.endswith(":"):
                return min(self.level + 1, 6)
            return None
        if str(tag.get("role", "")).lower() == "heading":
            level = str(tag.get("aria-level", ""))
            return int(level) if level.isdigit() and 1 <= int(level) <= 6 else self.level + 1
        names = " ".join(tag.get("class") or [])
        if _SUB_CLASS.search(names):
            return min(self.title_level + 1, 6)
        if _TITLE_CLASS.search(names):
            self.title_level = max(self.level, 2)
            return self.title_level
        return None

    def flush_loose(self) -> None:
        text = normalize(" ".join(self.loose))
        self.loose.clear()
        if text:
            self.builder.block(Block(PARAGRAPH, text=text))

    def walk(self, element: Any, skip: Any = None) -> None:
        from bs4.element import Comment, NavigableString, Tag

        for child in element.children:
            if child is skip:
                continue
            if isinstance(child, NavigableString):
                if not isinstance(child, Comment) and child.strip():
                    self.loose.append(str(child))
                continue
            if not isinstance(child, Tag) or _is_boilerplate(child):
                continue
            name = child.name
            if name in ("br",):
                continue
            if name in ("a", "span", "b", "strong", "i", "em", "small", "code", "abbr", "time"):
                text = block_text(child)
                if text:
                    self.loose.append(text)
                continue
            self.flush_loose()
            if name in HEADINGS:
                self.level = self.title_level = int(name[1])
                self.builder.heading(self.level, block_text(child))
            elif (
                name == "p"
                and _bold_only(child)
                and asked_in_section(block_text(child), self.level)
                and self.builder.asks()
            ):
                self.builder.asked(block_text(child))
            elif name == "details" and (asked := _accordion_question(child, self.level)):
                if self.headed:
                    self.builder.heading(min(self.level + 1, 6), block_text(asked))
                else:
                    self.builder.asked(block_text(asked))  # an entry of its section
                self.walk(child, skip=asked)
            elif (level := self.class_heading(child)) is not None:
                self.builder.heading(level, block_text(child))
            elif name in ("ul", "ol"):
                marked = _marked_items(child)
                self.builder.block(
                    Block(
                        LIST,
                        items=tuple(text for text, _ in marked),
                        ordered=name == "ol",
                        markers=tuple(marker for _, marker in marked),
                    )
                )
            elif name == "table" and layout_table(child):
                self.walk_cells(child)
            elif name == "table":
                caption = child.find("caption")  # its title, as a line of its own
                if caption is not None and caption.find_parent("table") is child:
                    self.builder.block(Block(PARAGRAPH, text=block_text(caption)))
                self.builder.block(Block(TABLE, rows=tuple(_table_rows(child))))
            elif name == "dl" and (terms := _definitions(child)):
                self.builder.block(Block(LIST, items=tuple(terms)))
            elif name in _PARAGRAPHS or not child.find(True):
                for line in paragraph_lines(child):
                    self.builder.block(Block(PARAGRAPH, text=line))
            else:
                self.walk(child)
        self.flush_loose()

    def walk_cells(self, table: Any) -> None:
        """A layout table read as the page it lays out: its cells in reading order."""
        for tr in table.find_all("tr"):
            if tr.find_parent("table") is not table:
                continue
            for cell in tr.find_all(["td", "th"], recursive=False):
                self.walk(cell)


def _accordion_question(details: Any, level: int) -> Any:
    """The <summary> of an accordion that asks a question under a section heading, else None.

    A FAQ set as accordions (« <details><summary>Question ?</summary> answer ») under a
    section heading lists that section's entries: each question is read with its answer as
    one paragraph, like a question set in bold there (`knowledge.document.asked_in_section`),
    and the section names where it is answered. Under the title alone, it heads a section."""
    summary = details.find("summary")
    if summary is None or summary.find_parent("details") is not details:
        return None
    return summary if asked_in_section(block_text(summary), level) else None


def asks_again(root: Any) -> bool:
    """Whether the page asks an accordion question under more than one section (« Quels
    avantages à ce niveau ? » under each level): its accordion questions then head parts of
    their sections, as a Markdown `###` repeated per section does; the section alone would
    not tell which of its entries answers."""
    asked = [normalize(block_text(summary)).casefold() for summary in root.find_all("summary")]
    return len(set(asked)) < len(asked)


def read_html_structure(soup: Any) -> tuple[str, list[Section]]:
    """(first h1, sections) of a parsed page."""
    walker = _Walker()
    root = content_root(soup)
    walker.headed = asks_again(root)
    walker.walk(root)
    sections = walker.builder.finish()
    return walker.builder.title, sections
