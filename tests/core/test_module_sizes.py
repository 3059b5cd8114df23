"""Issue 14: small modules with one job — none over 400 lines in the project's packages."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LIMIT = 400
# Data, not code: the planted-theme sets' generators, kept as their blind writers wrote them.
DATA_FOLDERS = ("synthesis_planted", "synthesis_heldout", "synthesis_dev")


def too_long(folder: Path, root: Path = ROOT) -> list[str]:
    """The Python modules under `folder` longer than `LIMIT` lines (as `wc -l` counts)."""
    found = []
    for path in sorted(folder.rglob("*.py")):
        if any(part.startswith(DATA_FOLDERS) for part in path.parts):
            continue
        with path.open(encoding="utf-8") as lines:
            count = sum(1 for _ in lines)
        if count > LIMIT:
            found.append(f"{path.relative_to(root)}: {count} lines")
    return found


def test_i14_5_no_module_over_400_lines() -> None:
    packages = ("bot", "skills", "knowledge", "prompts")
    assert [line for name in packages for line in too_long(ROOT / name)] == []


def test_i14_5_the_check_sees_a_long_module(tmp_path: Path) -> None:
    (tmp_path / "long.py").write_text("x = 1\n" * (LIMIT + 1), encoding="utf-8")
    (tmp_path / "short.py").write_text("x = 1\n" * LIMIT, encoding="utf-8")
    assert too_long(tmp_path, tmp_path) == ["long.py: 401 lines"]
