"""The program's health in figures and charts (issue 17, items 5 and 6).

- `settings.py`: the client's `kpi:` section (minimum n, inactive cohort, NPS survey);
- `period.py`: a period (since/until) and a group, read from the CLI or from chat;
- `scope.py`: who counts (staff excluded, the group) as SQL shared by every query;
- `queries.py`, `series.py`: the aggregates, computed in the database; `cover.py` and
  `sources.py`: which roll-up rows (and log days) hold a range of days;
- `rollup.py`, `tables.py`: the roll-ups kept by triggers, rebuilt and checked;
- `card.py`: the figures with their period and n, refused below the minimum n;
- `charts.py`: the PNGs (matplotlib, Agg backend);
- `naive.py`: the same card computed in Python from loaded rows (the bench's baseline,
  and the tests' second opinion);
- `survey.py`: the NPS survey waves (sent by the scheduler, answers into `nps_answer`).

This package's `__init__` imports nothing, so `bot.tenants` can load the settings alone.
"""
