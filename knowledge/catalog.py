"""The documents of one client: source, content hash, sensitivity, chunk count (a JSON file)."""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict, dataclass, field, fields
from functools import lru_cache
from pathlib import Path

from knowledge.clients import InvalidClientName, client_slug

# Bumped when the way a document is read changes (markings, default; since 3, its structure
# and chunks): a catalog written by an older version re-reads every document once,
# unchanged or not. 4: markings opening a long line, documents kept for the team; plain
# text headings in capitals over sentence-case ones, tab-separated tables. 5: markings
# read as sentences about who may read a document (audiences, permissions, embargoes). 6:
# list items as rules, not markings; DOCX headings by their look; PDF tables' wrapped cells.
# 7: markings read sentence by sentence; headings of sloppy files. 8: hurried markings
# (values cut short or mistyped, a mail's recipients, a company's mail domain). 9: a
# word of restriction kept as a doubt, so that a public default does not publish it;
# restrictions without a level's name, sharing settings, yes/no fields answered no. 10: a
# document kept for the ambassadors is theirs ("Diffusion : réservée aux ambassadeurs").
# 11: restrictions said in passing (notes, chat, corrections, a part of the ambassadors).
# 12: later corrections replace a marking; openings to all ambassadors (their list, their
# channel, "ambassadeurs + équipe"); embargoes take their audience; a few named readers;
# PDF list items whose wrapped line sits under the text. 13: people named one by one as
# addressees, a part of a group, tools' sharing settings; all the ambassadors with a request
# to keep it inside the program; loaders: split table rows joined, implied headings.
# 14: plain text: a heading holding only headings is their parent (`formats.plain_parents`).
# 15: names bound to the ambassadors' word, the client's own names. 16: corrections that
# take readers away, readerships the reader cannot enumerate, all the ambassadors as
# readers in more words, the client's own program named beside them. 17: a learned second
# reader closes a head the rules read unmarked (`knowledge.marking_model`); a labelled
# readership opens only when it names the ambassadors as a whole (`marking_whole_group`);
# plain text: headings underlined with ~~~ and ^^^. 18: the second reader reads whole words
# at 0.65; written for all the ambassadors in more words (members of the program, a Word
# page header); "members" read like the ambassadors' word; a public claim answered "no".
# 19: readerships said in passing (`marking_in_passing`: a chat export, a guest list, an
# aside); the second reader trained on 25 sets, with a reader of where words sit; plain
# text: a numbered item wrapped onto a lower-case line is no heading. 20: a group asked or
# invited in passing (`marking_asked_of`), free distribution said in passing
# (`marking_published`), a title's noun then its level, working groups as recipients.
# 21: a work tool's fields as readers (`marking_tool_fields`), pieces made for anyone
# (`marking_artifacts`), the program's declared name and every member (`marking_program_name`).
# 22: a group kept in a sentence (`marking_kept_for`), spreading everywhere (`marking_spread`),
# a message to every ambassador; a part of the program named beside its name or narrowed
# by a place (`marking_named_part`).
# 23: marks in document machinery (property rows, footers, bracketed marks), an address to
# an undeclared group, reservations to every ambassador, negated Italian/German marks, NDA
# banners; table cells holding ': ' kept whole; a line cut after an article is wrapped prose.
# 24: relayed and office heads (a hold within a group, chat lines with a worded time, cells
# with references, "Public visé" rows, a lifted embargo), a body named after "every member
# of", a document said not to be for publishing, « à l'attention des … » no part.
# 25: readers narrowed by an act, an approval awaited, a part left out for now, a trial, a
# hush (`marking_conditions`); whom a document was made for (`marking_made_for`).
# 26: a request not to let a document out of a group, leadership and staff jargon, whom a
# short line says it was made for, the kinds of internal document; the readers of one place.
# 27: scale codes and legends, tools' readerships (sharing dialogs, page properties, private
# channels, spaces and paths), export noise (tables of contents, page numbers, pasted mails).
# 28: scanned, OCR'd and dictated heads read as the words they stand for; a line that opens a
# document to every level; PDF tables written as one run per row, slide decks' sub-headings.
# 29: mail headers (recipients' lists, named people, quoted mails), marks in European
# languages, readerships not in force today (embargoes, windows, drafts, changed marks);
# HTML layout tables, two-column PDF pages, quoted replies, questions read with answers.
# 30: who a document is for, group by group (outside groups only: internal); readerships
# that open on approval or an event, held-until banners, windows that close on a day; steps
# keep their numbers, tables their spans, two-row headers and notes (documents re-read, and
# each gets its review day).
# 31: readership options chosen in forms (boxes ticked, an option set apart or the others
# struck out, a table's ticked column; nothing chosen: unmarked), former members and
# candidates as outside groups, "outside <body>" as "within it"; FAQ pairs and accordions
# kept in their topic, table notes on every chunk of their rows, HTML column spans.
# 32: readers said by purpose or late in a head (a staff room's notice, readers before a
# colon, a later « il est confidentiel »), a document given to every ambassador; forms'
# options in more layouts, a named working group internal; plain-text step labels and
# checklists, accordions asked under several sections read as headings.
CLASSIFIER_VERSION = 32


@dataclass(slots=True)
class DocumentInfo:
    doc_id: str
    name: str
    source: str  # absolute path, or "upload:<name>" for a file sent in chat
    sha256: str
    sensitivity: str
    chunks: int
    pages: int
    ingested_at: str
    language: str = "french"
    marker: str | None = None  # level declared inside the document, kept to re-apply rules
    title: str | None = None  # the document's own title ("" if it has none; None: not read yet)
    marker_text: str | None = None  # that marking, as written
    reason: str = ""  # why `sensitivity`: marker | folder | option | default | manual
    reason_detail: str = ""  # the marking, folder glob or option value
    manual: str | None = None  # a level set by hand (`documents set-sensitivity`)...
    manual_sha256: str | None = None  # ...for this exact content
    classifier: int = 0  # CLASSIFIER_VERSION that read the marking
    doubt: str | None = None  # a first line with a word of restriction (marking_doubt)
    ambassador_names: list[str] = field(default_factory=list)  # Sources.names_read()
    # The day (ISO) its level may change, as its head dates it (`marking_review`): read again
    # then (`ingest_review`); None: no date ahead, or ingested before days were kept.
    review_on: str | None = None
    rel_path: str | None = None  # the path the folder rules were matched on (posix)
    option: str | None = None  # the --sensitivity it was ingested with


@dataclass(slots=True)
class Catalog:
    path: Path
    documents: dict[str, DocumentInfo] = field(default_factory=dict)
    generation: int = 0  # bumped on every change; the lexical index records the one it saw

    # With a Chroma server, the version of the server's catalog this file copies
    # (`knowledge.shared_catalog`); None for an embedded store.
    version: str | None = None
    # The documents as they were read (or last published): what a change has changed.
    _read: dict[str, dict[str, object]] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def load(cls, path: Path) -> Catalog:
        if not path.exists():
            return cls(path=path)
        raw = json.loads(path.read_text(encoding="utf-8"))
        docs = {d["doc_id"]: document_from_dict(d) for d in raw.get("documents", [])}
        version = raw.get("version")
        catalog = cls(
            path=path,
            documents=docs,
            generation=int(raw.get("generation", 0)),
            version=str(version) if version else None,
        )
        catalog.mark_read()
        return catalog

    def mark_read(self) -> None:
        """The documents as they are now are the ones read (or published)."""
        self._read = {doc_id: asdict(d) for doc_id, d in self.documents.items()}

    def changed_documents(self) -> list[DocumentInfo]:
        """Documents added or changed since `mark_read`."""
        return [d for i, d in self.documents.items() if self._read.get(i) != asdict(d)]

    def removed_ids(self) -> list[str]:
        """Documents read but removed since."""
        return [doc_id for doc_id in self._read if doc_id not in self.documents]

    def save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        payload: dict[str, object] = {
            "generation": self.generation,
            "documents": [asdict(d) for d in sorted(self.documents.values(), key=lambda d: d.name)],
        }
        if self.version is not None:
            payload["version"] = self.version
        # Write-then-rename: a crash never leaves a half-written catalog.
        fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".catalog-")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(payload, handle, ensure_ascii=False, indent=1)
        os.replace(tmp, self.path)

    def by_source(self, source: str) -> DocumentInfo | None:
        return next((d for d in self.documents.values() if d.source == source), None)

    def find(self, name_or_id: str) -> list[DocumentInfo]:
        """Documents whose id, name or source is `name_or_id` (a name may match several)."""
        exact = self.documents.get(name_or_id)
        if exact is not None:
            return [exact]
        return [
            d
            for d in self.documents.values()
            if name_or_id in (d.name, d.source, d.source.removeprefix("upload:"))
        ]


def document_from_dict(raw: dict[str, object]) -> DocumentInfo:
    """A document as stored (fields unknown to this version are ignored)."""
    known = {f.name for f in fields(DocumentInfo)}
    return DocumentInfo(**{k: v for k, v in raw.items() if k in known})  # type: ignore[arg-type]


def catalog_path(root: Path, client: str) -> Path:
    """Where `KnowledgeBase(root)` keeps the catalog of `client`."""
    return Path(root) / "clients" / client_slug(client) / "catalog.json"


def document_titles(root: Path, client: str) -> tuple[str, ...]:
    """The titles of a client's documents (cheap: one small JSON file, re-read on change)."""
    try:
        path = catalog_path(root, client)
        stat = path.stat()
    except (OSError, InvalidClientName):
        return ()
    return _titles(path, stat.st_mtime_ns, stat.st_size)


@lru_cache(maxsize=64)
def _titles(path: Path, mtime_ns: int, size: int) -> tuple[str, ...]:
    try:
        catalog = Catalog.load(path)
    except (OSError, ValueError, TypeError, KeyError):
        return ()
    return tuple(sorted({d.title for d in catalog.documents.values() if d.title}))
