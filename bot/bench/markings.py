"""`ambassade bench markings`: how documents' confidentiality markings are read.

A set is a `cases.jsonl` of document heads (`{"id", "head", "level", "lang"}`, `level`:
public, internal, confidential or none for a document whose author set no marking), read as
ingestion reads a Markdown file: loaded, then its first lines, title and properties searched
(`knowledge.ingest.document_marking`). The figure that matters is fail-open: a document its
author restricted that is read as public or as unmarked (an unmarked document takes its
folder's default, which may be public); "read public" counts those read as public, which
ambassadors would see whatever the default. A baseline reads labelled lines only
("Classification : …"), in the same process.

For a client whose default is public, an unmarked head with a word of restriction in it
stays internal on a doubt (`knowledge.marking_doubt`): "fail open, public default" counts
the restricted heads such a client would still publish, "withheld on a doubt" the public
or unmarked heads it would keep internal until a person decides.

A set is read as of the day it was written (README line 1: "Written blind on YYYY-MM-DD"):
its writer labelled embargoes and review days for that day, and a set must read the same
the next day.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from knowledge.ingest import document_marking
from knowledge.loaders import CorruptFile, load
from knowledge.markers import HEAD_LINES, LABELS, LEVELS, PUBLIC, line_level, strictest
from knowledge.marking_doubt import restriction_sign
from knowledge.text import fold

NONE = "none"
RESTRICTED = frozenset(LEVELS) - {PUBLIC}
BASELINE = "baseline: labelled lines only"
AMBASSADE = "ambassade"


@dataclass
class MarkingScore:
    method: str
    cases: int = 0
    right: int = 0
    restricted: int = 0
    fail_open: int = 0  # restricted, read as public or unmarked
    read_public: int = 0  # restricted, read as public: ambassadors see it whatever the default
    confidential: int = 0
    confidential_lowered: int = 0  # confidential read as internal
    unmarked: int = 0
    unmarked_restricted: int = 0  # no marking, read as restricted (fails closed)
    public: int = 0
    public_found: int = 0
    open_public_default: int = 0  # restricted, published by a public default
    withheld_on_doubt: int = 0  # public or unmarked, kept internal by a public default
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)
    wrong: list[tuple[str, str, str]] = field(default_factory=list)  # id, truth, found

    def add(self, case_id: str, truth: str, found: str, doubt: bool = False) -> None:
        self.cases += 1
        self.right += truth == found
        self.confusion[(truth, found)] += 1
        if truth != found:
            self.wrong.append((case_id, truth, found))
        if truth in RESTRICTED:
            self.restricted += 1
            self.fail_open += found not in RESTRICTED
            self.read_public += found == PUBLIC
            self.open_public_default += found == PUBLIC or (found == NONE and not doubt)
        else:
            self.withheld_on_doubt += found == NONE and doubt
        if truth == "confidential":
            self.confidential += 1
            self.confidential_lowered += found == "internal"
        if truth == NONE:
            self.unmarked += 1
            self.unmarked_restricted += found in RESTRICTED
        if truth == PUBLIC:
            self.public += 1
            self.public_found += found == PUBLIC

    def as_json(self) -> dict[str, object]:
        return {
            "method": self.method,
            "cases": self.cases,
            "accuracy": round(self.right / (self.cases or 1), 3),
            "fail_open": f"{self.fail_open}/{self.restricted}",
            "read_public": f"{self.read_public}/{self.restricted}",
            "confidential_read_internal": f"{self.confidential_lowered}/{self.confidential}",
            "unmarked_read_restricted": f"{self.unmarked_restricted}/{self.unmarked}",
            "public_found": f"{self.public_found}/{self.public}",
            "fail_open_public_default": f"{self.open_public_default}/{self.restricted}",
            "withheld_on_doubt": f"{self.withheld_on_doubt}/{self.cases - self.restricted}",
        }


class MarkingSetError(ValueError):
    """The file is not a markings set (what is wrong, and where)."""


def load_cases(path: Path) -> list[dict[str, str]]:
    if not path.is_file():
        raise MarkingSetError(f"{path}: no such file")
    cases = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            case = json.loads(line)
        except json.JSONDecodeError as exc:
            raise MarkingSetError(f"{path}, line {number}: not JSON ({exc.msg})") from exc
        if not isinstance(case, dict) or any(k not in case for k in ("id", "head", "level")):
            raise MarkingSetError(f"{path}, line {number}: needs id, head and level")
        if case["level"] not in (*LEVELS, NONE):
            raise MarkingSetError(f"{path}, line {number}: unknown level {case['level']!r}")
        cases.append(case)
    if not cases:
        raise MarkingSetError(f"{path}: no case")
    return cases


NAMES_FILE = "names.json"


def set_names(folder: Path) -> tuple[list[str], list[str]]:
    """The names a set's writer kept beside it (`names.json`: `ambassadors`, every name of all
    of a program's ambassadors, and `clients`, the companies' names), as clients declare them."""
    path = folder / NAMES_FILE
    if not path.is_file():
        raise MarkingSetError(f"{path}: no such file (the set keeps no names)")
    try:
        names = json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise MarkingSetError(f"{path}: not JSON ({exc})") from exc
    lists = [
        names.get(key) if isinstance(names, dict) else None for key in ("ambassadors", "clients")
    ]
    if not all(isinstance(v, list) and all(isinstance(n, str) for n in v) for v in lists):
        raise MarkingSetError(f"{path}: needs two lists of names, ambassadors and clients")
    return lists[0], lists[1]


# A head can be metadata alone (front matter, a comment): the document it opens has a body.
BODY = "\n\n1\n"


def read_head(
    head: str,
    ambassador_names: Sequence[str] = (),
    client_names: Sequence[str] = (),
    today: date | None = None,
) -> tuple[str, bool]:
    """The level ingestion gives a Markdown document that opens with `head` (none: unmarked),
    and whether an unmarked one shows a sign of restriction (`ambassador_names`: a client's),
    read as of `today` (default: the system's day)."""
    try:
        document = load("document.md", head.encode("utf-8"))
    except CorruptFile:
        document = load("document.md", (head + BODY).encode("utf-8"))
    marking = document_marking(document, ambassador_names, client_names, today)
    if marking is not None:
        return marking.level, False
    return NONE, restriction_sign(document.head, document.properties) is not None


def labelled_level(head: str) -> str:
    """The baseline: only a labelled line ("Classification : Interne") counts."""
    levels = []
    for line in head.splitlines()[:HEAD_LINES]:
        label, sep, _ = line.partition(":")
        if sep and " ".join(re.sub(r"[^\w]+", " ", fold(label)).split()) in LABELS:
            level = line_level(line)
            if level is not None:
                levels.append(level)
    return strictest(levels) if levels else NONE


_WRITTEN_ON = re.compile(r"[Ww]ritten blind on (\d{4})-(\d{2})-(\d{2})")


def written_on(folder: Path) -> date | None:
    """The day a set was written, from its README's first line (None: not said)."""
    readme = folder / "README.md"
    if not readme.is_file():
        return None
    first = readme.read_text(encoding="utf-8").split("\n", 1)[0]
    found = _WRITTEN_ON.search(first)
    return date(*map(int, found.groups())) if found else None


def run_markings(
    path: Path,
    ambassador_names: Sequence[str] = (),
    client_names: Sequence[str] = (),
    today: date | None = None,
) -> list[MarkingScore]:
    """Both readings of a `cases.jsonl`, as of `today` (default: the day its set was written,
    else the system's)."""
    cases = load_cases(path)
    as_of = today or written_on(path.parent)
    scores = [MarkingScore(BASELINE), MarkingScore(AMBASSADE)]
    for case in cases:
        scores[0].add(case["id"], case["level"], labelled_level(case["head"]))
        read = read_head(case["head"], ambassador_names, client_names, as_of)
        scores[1].add(case["id"], case["level"], *read)
    return scores
