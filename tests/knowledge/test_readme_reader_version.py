"""The README names the document reader's current version, which `documents list` reports."""

import re
from pathlib import Path

from knowledge.catalog import CLASSIFIER_VERSION

README = Path(__file__).resolve().parents[2] / "README.md"


def test_readme_gives_the_reader_version_in_use() -> None:
    text = " ".join(README.read_text(encoding="utf-8").split())
    found = re.search(r"The reader has a version \(now (\d+)\)", text)
    assert found, "the README no longer says which version the reader is"
    assert int(found.group(1)) == CLASSIFIER_VERSION
