"""Synthesis sets in one line each, and a total.

PYTHONPATH=<repo> python tools/synsum.py SET...
"""

from __future__ import annotations

import sys
from pathlib import Path

from bot.bench.synthesis import run_quality
from bot.bench.synthesis_eval import Score


def line(s: Score) -> str:
    return (
        f"rec {s.theme_recall:.3f} prec {s.attribution_precision:.3f} "
        f"themes {s.themes_found}/{s.themes} min {s.minorities_found}/{s.minorities} "
        f"opp {s.oppositions_found}/{s.oppositions} "
        f"uns {s.unsupported_found}/{s.unsupported}(+{s.wrongly_unsupported}) "
        f"unserved {s.unserved_found}/{s.unserved} unv {s.unverifiable_shown} "
        f"spur {s.spurious_points}/{s.found_points}"
    )


def main() -> None:
    total = Score()
    for arg in sys.argv[1:]:
        score = run_quality(Path(arg))["ambassade"]["all"]
        total.add(score)
        print(f"{Path(arg).name:24} {line(score)}", flush=True)
    print(f"{'TOTAL':24} {line(total)}")


if __name__ == "__main__":
    main()
