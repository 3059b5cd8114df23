from __future__ import annotations

from pathlib import Path

from bot.bench.held_out import is_held_out

DATA = Path(__file__).parent / "data"


def _set(tmp_path: Path, name: str, readme: str | None) -> Path:
    folder = tmp_path / name
    folder.mkdir()
    if readme is not None:
        (folder / "README.md").write_text(readme, encoding="utf-8")
    return folder


def test_readme_first_line_decides(tmp_path: Path) -> None:
    held = _set(tmp_path, "anything", "> **Held-out set: measure only.** Written blind.\n")
    promoted = _set(tmp_path, "x_heldout7", "> **Development set since stop 9** (it judged…)\n")
    assert is_held_out(held)
    assert not is_held_out(promoted)


def test_without_readme_the_name_decides_failing_closed(tmp_path: Path) -> None:
    assert is_held_out(_set(tmp_path, "markings_heldout99", None))
    assert not is_held_out(_set(tmp_path, "markings_dev9", None))
    assert is_held_out(_set(tmp_path, "s_heldout3", "# a set with an unusual README\n"))


def test_the_shipped_sets_say_what_they_are() -> None:
    assert is_held_out(DATA / "markings_heldout")
    assert not is_held_out(DATA / "markings_heldout12")
