"""Route a question to a calculator, or to the documents.

Every calculator describes itself (``calculators/registry.py``); the router scores each one on
the same features and knows none by name:

* ``similar`` — the question's embedding against the calculator's example questions (the best
  cosine), the same model and query vector retrieval uses;
* ``trigger`` — a term that names the calculator's subject stands in the question (or in its
  everyday-words expansion);
* ``coverage`` — the share of required inputs the message (or the conversation) gives;
* ``answer`` — the question asks for what the calculator yields (an amount, a duration, a date…)
  and not for something it cannot give (a procedure, a place, a list);
* ``topic`` — the conversation is about this calculator and the message continues it.

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

CALIBRATION_DIR = Path(__file__).with_name("data") / "calibration"
FEATURES = ("similar", "trigger", "coverage", "answer", "topic")
# Used until a calibration for the configured model exists (``python -m eval calibrate`` writes one).
DEFAULT_MODEL = {"weights": {"similar": 12.0, "trigger": 3.0, "coverage": 1.5, "answer": 2.5, "topic": 3.0},
                 "bias": -14.0, "threshold": 0.5, "similar_floor": 0.0}
NON_FIGURE = frozenset({"how", "where", "who", "list", "document", "summary"})


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
    calculator cannot give (how to apply, where, which documents)."""
    if asked & set(spec.answers):
        return 1.0
    if asked & NON_FIGURE:
        return 0.0
    return 0.5 if gives_inputs or not asked else 0.0


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
                 topic: str, followup: bool, exclude: str | None = None) -> tuple[dict[str, float], dict]:
        spec = self.specs[spec_index]
        ex = self._examples[spec_index]
        if exclude is not None:  # leave-one-out when calibrating on the examples themselves
            keep = [j for j, e in enumerate(spec.examples) if e != exclude]
            ex = ex[keep]
        similar = float((ex @ qvec).max()) if len(ex) else 0.0
        continuing = followup and topic == spec.id
        filled = slot_extractors.fill(spec.slots, text, reading, today, continuing, spec.rules)
        req = spec.required
        coverage = (sum(1 for s in req if s.name in filled) / len(req)) if req else 1.0
        trigger = 1.0 if any(t in expanded for t in spec.triggers) else 0.0
        asked = lexicon.asks(text)
        answer = answer_fit(asked, spec, bool(filled))
        f = {"similar": similar, "trigger": trigger, "coverage": coverage, "answer": answer,
             "topic": 1.0 if continuing else 0.0}
        return f, filled

    def probability(self, f: dict[str, float]) -> float:
        w = self.model["weights"]
        z = self.model["bias"] + sum(w.get(k, 0.0) * f[k] for k in FEATURES)
        return 1.0 / (1.0 + math.exp(-z))

    def candidates(self, text: str, expanded: str, qvec: np.ndarray, reading, today, region: str | None,
                   topic: str = "", followup: bool = False) -> list[Candidate]:
        """Every calculator that applies to the region, best first."""
        out = []
        for i, spec in enumerate(self.specs):
            if not spec.applies_to(region):
                continue
            f, filled = self.features(i, text, expanded, qvec, reading, today, topic, followup)
            out.append(Candidate(spec, f, self.probability(f), filled))
        out.sort(key=lambda c: -c.probability)
        return out

    def route(self, text: str, expanded: str, qvec: np.ndarray, reading, today, region: str | None,
              topic: str = "", followup: bool = False) -> list[Candidate]:
        """The calculators worth trying, best first (those above the calibrated threshold)."""
        t = self.model["threshold"]
        return [c for c in self.candidates(text, expanded, qvec, reading, today, region, topic, followup)
                if c.probability >= t and c.features["answer"] > 0]
