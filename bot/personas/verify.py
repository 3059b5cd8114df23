"""The verbatim check applied to personas: traceable or absent.

The rule of `bot.synthesis.verify`: a verbatim is kept only when it is a normalised
substring of the answer it cites, an answer of the persona's own participants; unknown
answer ids are removed; a trait left without answers goes; a persona left without any
verifiable verbatim goes. Each removal is counted in `dropped_unverifiable`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from bot.personas.model import Persona, PersonaSet
from bot.synthesis.model import Answer, Verbatim
from bot.synthesis.verify import is_verbatim


def verify_set(personas: PersonaSet, answers: Iterable[Answer]) -> PersonaSet:
    by_id = {a.id: a for a in answers}
    dropped = 0
    kept: list[Persona] = []
    for persona in personas.personas:
        ids = tuple(dict.fromkeys(a for a in persona.answer_ids if a in by_id))
        allowed = set(ids)
        verbatims: list[Verbatim] = []
        for verbatim in persona.verbatims:
            answer = by_id.get(verbatim.answer_id)
            if (
                answer is not None
                and verbatim.answer_id in allowed
                and is_verbatim(verbatim.text, answer.text)
            ):
                verbatims.append(verbatim)
                continue
            dropped += 1
        if not verbatims:
            dropped += 1
            continue
        traits = tuple(
            replace(t, answer_ids=tids)
            for t in persona.traits
            if (tids := tuple(a for a in t.answer_ids if a in allowed))
        )
        participants = tuple(dict.fromkeys(p for p in persona.participants))
        kept.append(
            replace(
                persona,
                answer_ids=ids,
                verbatims=tuple(verbatims),
                authors=tuple(by_id[v.answer_id].participant for v in verbatims),
                traits=traits,
                participants=participants,
            )
        )
    return replace(
        personas,
        personas=tuple(kept),
        dropped_unverifiable=personas.dropped_unverifiable + dropped,
    )
