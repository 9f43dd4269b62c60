"""Route a question to a calculator, or to the documents.

Every calculator describes itself (``calculators/registry.py``); the router scores each one on
the same features and knows none by name:

* ``similar`` — the question's embedding against the calculator's example questions (the best
  cosine), the same model and query vector retrieval uses; ``margin`` — how far it stands above
  the best of the other calculators (the question is more this one's than any other's);
* ``trigger`` — a term that names the calculator's subject stands in the question (or in its
  everyday-words expansion);
* ``coverage`` — the share of required inputs the message (or the conversation) gives;
* ``inputs`` — the message gives at least one of the calculator's inputs, flags aside;
* ``identifies`` — it gives an input only this kind of rule takes (a birth month, years of
  broken coverage, a 原封顶线: ``identifies = true`` in the rules file);
* ``answer`` — the question asks for what the calculator yields (an amount, a duration, a date…)
  and not for something it cannot give (a procedure, a place, a list);
* ``topic`` — the conversation is about this calculator and the message continues it;
* ``local`` — the region asked about is one the calculator names for itself (a province's own
  rule before the national framework).

A logistic model turns the features into a probability; its weights and threshold are fitted on
labelled questions by cross-validation (``python -m eval calibrate``) and kept per embedding model
in ``data/calibration/``. A calculator whose region does not cover the asker's is never chosen.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np

from . import lexicon
from .calculators import slots as slot_extractors
from .calculators.registry import CalculatorSpec, all_specs

BARE_SUBJECT_MAX = 12  # characters: 「我想问育儿补贴」
CALIBRATION_DIR = Path(__file__).with_name("data") / "calibration"
FEATURES = ("similar", "margin", "trigger", "coverage", "inputs", "identifies", "answer", "topic", "local")
# Used until a calibration for the configured model exists (``python -m eval calibrate`` writes one).
DEFAULT_MODEL = {"weights": {"similar": 12.0, "margin": 10.0, "trigger": 3.0, "coverage": 1.5, "inputs": 2.0, "identifies": 3.0, "answer": 2.5, "topic": 3.0, "local": 1.0},
                 "bias": -14.0, "threshold": 0.5, "similar_floor": 0.0}


def calibration_path(model_name: str) -> Path:
    safe = "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in Path(model_name).name) or "default"
    return CALIBRATION_DIR / f"{safe}.json"


@lru_cache(maxsize=8)
def load_calibration(model_name: str) -> dict:
    path = calibration_path(model_name)
    if path.exists():
        return json.loads(path.read_text(encoding="utf-8"))
    return {}


@dataclass
class Candidate:
    spec: CalculatorSpec
    features: dict[str, float]
    probability: float
    slots: dict = field(default_factory=dict)


def answer_fit(asked: frozenset[str], spec: CalculatorSpec, gives_inputs: bool) -> float:
    """1 when the question asks for what the calculator yields; 0.5 when it asks nothing
    particular but gives inputs (「2023年3月出生的孩子」); 0 when it asks only for something a
    calculator cannot give (how to apply, where, which documents), or nothing in particular
    and gives no input either (「还能补偿点啥不」: the documents say what is compensated)."""
    if asked & set(spec.answers):
        return 1.0
    if asked & lexicon.non_figure_types():
        return 0.0
    return 0.5 if gives_inputs else 0.0


def margin(sims: list[float], i: int) -> float:
    others = [s for j, s in enumerate(sims) if j != i]
    return sims[i] - max(others) if others else sims[i]


def eligible(f: dict[str, float]) -> bool:
    """The hard conditions: the question asks for something a calculator gives, and a rule
    without its inputs is the documents' to state (「按多少比例给」 quotes the clause) unless the
    conversation is already about it (a missing input is then asked for)."""
    return f["answer"] > 0 and (f["coverage"] >= 1.0 or f["topic"] > 0)


class Router:
    def __init__(self, encoder_fn, model_name: str = "", specs: tuple[CalculatorSpec, ...] | None = None):
        """``encoder_fn(texts) -> array`` embeds the example questions (normalised vectors)."""
        self.specs = specs if specs is not None else all_specs()
        self.model = {**DEFAULT_MODEL, **load_calibration(model_name).get("router", {})}
        self._examples: list[np.ndarray] = []
        texts = [e for s in self.specs for e in s.examples]
        vecs = np.asarray(encoder_fn(texts), dtype="float32") if texts else np.zeros((0, 1), "float32")
        i = 0
        for s in self.specs:
            self._examples.append(vecs[i:i + len(s.examples)])
            i += len(s.examples)

    def features(self, spec_index: int, text: str, expanded: str, qvec: np.ndarray, reading, today,
                 topic: str, followup: bool, exclude: str | None = None,
                 extra_asks: frozenset[str] = frozenset()) -> tuple[dict[str, float], dict]:
        spec = self.specs[spec_index]
        ex = self._examples[spec_index]
        if exclude is not None:  # leave-one-out when calibrating on the examples themselves
            keep = [j for j, e in enumerate(spec.examples) if e != exclude]
            ex = ex[keep]
        similar = float((ex @ qvec).max()) if len(ex) else 0.0
        trigger = 1.0 if spec.trigger_pattern.search(expanded) else 0.0
        continuing = followup and topic == spec.id
        filled = slot_extractors.fill(spec.slots, text, reading, today, continuing, spec.rules)
        req = spec.required
        coverage = (sum(1 for s in req if s.name in filled) / len(req)) if req else 1.0
        asked = lexicon.asks(text) | extra_asks
        # a bare subject (「我想问育儿补贴」) asks for the rule in general, as inputs would
        bare = not asked and trigger and len(text) <= BARE_SUBJECT_MAX
        answer = answer_fit(asked, spec, bool(filled) or bare)
        inputs = 1.0 if any(k in spec.carry_slots for k in filled) else 0.0
        identifies = 1.0 if any(k in spec.identifying_slots for k in filled) else 0.0
        f = {"similar": similar, "trigger": trigger, "coverage": coverage, "inputs": inputs, "identifies": identifies, "answer": answer,
             "topic": 1.0 if continuing else 0.0, "local": 0.0, "margin": 0.0}
        return f, filled

    def similarities(self, qvec: np.ndarray, exclude: str | None = None) -> list[float]:
        """The best cosine of the question to each calculator's examples."""
        out = []
        for spec, ex in zip(self.specs, self._examples):
            if exclude is not None:
                ex = ex[[j for j, e in enumerate(spec.examples) if e != exclude]]
            out.append(float((ex @ qvec).max()) if len(ex) else 0.0)
        return out

    def probability(self, f: dict[str, float]) -> float:
        w = self.model["weights"]
        z = self.model["bias"] + sum(w.get(k, 0.0) * f[k] for k in FEATURES)
        return 1.0 / (1.0 + math.exp(-z))

    def candidates(self, text: str, expanded: str, qvec: np.ndarray, reading, today, region: str | None,
                   topic: str = "", followup: bool = False, known_region: str | None = None,
                   extra_asks: frozenset[str] = frozenset()) -> list[Candidate]:
        """Every calculator that applies to the region, best first. ``region``: the one the
        message names (or a follow-up inherits); ``known_region``: the conversation's too, which
        a rule restricted to its own region (``region_required``) may rely on."""
        out = []
        sims = self.similarities(qvec)
        regions = region if isinstance(region, list) else [region]
        for i, spec in enumerate(self.specs):
            # 「跨省去北京做试管…河南医保」: a rule applies if any region the message names is its
            if not any(spec.applies_to(r, known_region or r) for r in regions or [None]):
                continue
            f, filled = self.features(i, text, expanded, qvec, reading, today, topic, followup,
                                      extra_asks=extra_asks)
            f["local"] = 1.0 if any(r and r in spec.regions for r in regions) else 0.0
            f["margin"] = margin(sims, i)
            out.append(Candidate(spec, f, self.probability(f), filled))
        out.sort(key=lambda c: -c.probability)
        return out

    def route(self, text: str, expanded: str, qvec: np.ndarray, reading, today, region: str | None,
              topic: str = "", followup: bool = False, known_region: str | None = None,
              extra_asks: frozenset[str] = frozenset()) -> list[Candidate]:
        """The calculators worth trying, best first (those above the calibrated threshold)."""
        t = self.model["threshold"]
        chosen = [c for c in self.candidates(text, expanded, qvec, reading, today, region, topic, followup, known_region,
                                             extra_asks)
                  if c.probability >= t and eligible(c.features)]
        # the asker's province's own rule before a national one, as with passages
        return sorted(chosen, key=lambda c: (-c.features["local"], -c.probability))
