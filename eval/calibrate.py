"""``python -m eval calibrate``: fit the router's weights and threshold on labelled questions,
by k-fold cross-validation, and keep them per embedding model (``bot/data/calibration/<model>.json``),
the answerability thresholds (``bot.answerability.weak_evidence``) the same way, and the weights
of the sentence scorer (``bot.compose.SENTENCE_FEATURES``): which sentence of the top passages
holds an item's gold evidence, fitted by listwise softmax regression (one softmax over the
sentences of each question), shrunk towards the hand-set weights, and reported as the
cross-validated share of questions whose best-scored sentence holds the evidence.

Labelled pairs (question, calculator):
* every example question of every calculator is a positive for it and a negative for the others;
  its similarity is measured with the example itself left out (leave-one-out), so an example
  does not vouch for itself;
* questions of labelled sets (``--dataset``, dev format; a run of them with ``--labels RUN_DIR``
  says which calculator answered each, ``calculation.calculator``) are positives for that
  calculator and negatives for the rest; items of types other than ``calculator`` that no
  calculator answered are negatives for all.

Pairs the router's hard conditions exclude (``bot.router.eligible``) are left out. The model is
logistic regression on the router's features (``bot.router.FEATURES``), fitted with plain
gradient descent; the threshold maximises F1 over the held-out folds. The report prints
the cross-validated precision, recall and F1.
"""

from __future__ import annotations

import argparse
import json
import uuid
from pathlib import Path

import numpy as np

from bot.router import FEATURES, calibration_path, eligible, margin

OUTCOME_TO_SPEC = {"price_cap": "price_caps", "plan_target": "plan_targets"}


def _fit(X: np.ndarray, y: np.ndarray, l2: float = 0.01, steps: int = 3000, lr: float = 0.5) -> tuple[np.ndarray, float]:
    mu, sd = X.mean(0), X.std(0) + 1e-9
    Z = (X - mu) / sd
    w = np.zeros(X.shape[1])
    b = 0.0
    cw = np.ones_like(y)
    for _ in range(steps):
        p = 1 / (1 + np.exp(-(Z @ w + b)))
        g = (p - y) * cw
        w -= lr * (Z.T @ g / len(y) + l2 * w)
        b -= lr * g.mean()
    # back to raw feature scale
    return w / sd, b - float((w / sd) @ mu)


def _prob(X, w, b):
    return 1 / (1 + np.exp(-(X @ w + b)))


def _f1(p, y, t):
    pred = p >= t
    tp = float((pred & (y == 1)).sum())
    prec = tp / max(pred.sum(), 1)
    rec = tp / max((y == 1).sum(), 1)
    return (2 * prec * rec / (prec + rec) if prec + rec else 0.0), prec, rec


def collect(assistant, datasets: list[str], label_runs: list[str]) -> tuple[np.ndarray, np.ndarray, list]:
    from .run import load_dataset

    router = assistant.router
    rows, labels, groups = [], [], []
    # 1. the calculators' own examples, leave-one-out
    for si, spec in enumerate(router.specs):
        for ex in spec.examples:
            reading = __import__("bot.understand", fromlist=["read"]).read(ex, assistant.today())
            from bot.compose import matchable

            qvec = assistant.retriever.query_vector(ex)
            sims = router.similarities(qvec, exclude=ex)
            for sj, other in enumerate(router.specs):
                f, _ = router.features(sj, ex, matchable(ex), qvec, reading, assistant.today(), "", False,
                                       exclude=ex if sj == si else None)
                f["local"] = 1.0 if reading.regions and reading.regions[0] in other.regions else 0.0
                f["margin"] = margin(sims, sj)
                if not eligible(f):
                    continue  # the hard conditions decide these; the model learns the rest
                rows.append([f[k] for k in FEATURES])
                labels.append(1 if sj == si else 0)
                groups.append(f"ex:{ex}")
    # 2. labelled questions
    answered_by: dict[str, str] = {}
    for run in label_runs:
        for line in open(Path(run) / "items.jsonl", encoding="utf-8"):
            it = json.loads(line)
            calc = (it.get("calculation") or {}).get("calculator")
            answered_by[it["id"]] = OUTCOME_TO_SPEC.get(calc, calc) if calc else ""
    ids = {s.id for s in router.specs}
    for path in datasets:
        for item in load_dataset(path):
            label = answered_by.get(item["id"])
            if label is None or (not label and item.get("type") == "calculator"):
                continue  # unknown, or a calculator question the labelling run did not compute
            if label and label not in ids:
                continue
            session = f"cal-{uuid.uuid4().hex[:8]}"
            for prior in item.get("history") or []:
                assistant.ask(session, prior)
            for cand in assistant.routing(session, item["question"]):
                if not eligible(cand.features):
                    continue
                rows.append([cand.features[k] for k in FEATURES])
                labels.append(1 if cand.spec.id == label else 0)
                groups.append(f"q:{item['id']}")
    return np.array(rows, dtype=float), np.array(labels, dtype=float), groups


def calibrate(assistant, datasets, label_runs, folds: int = 5, seed: int = 0) -> dict:
    X, y, groups = collect(assistant, datasets, label_runs)
    uniq = sorted(set(groups))
    rng = np.random.default_rng(seed)
    fold_of = {g: int(rng.integers(folds)) for g in uniq}
    fold = np.array([fold_of[g] for g in groups])
    oof = np.zeros(len(y))
    for k in range(folds):
        w, b = _fit(X[fold != k], y[fold != k])
        oof[fold == k] = _prob(X[fold == k], w, b)
    grid = np.linspace(0.05, 0.95, 91)
    best_t = max(grid, key=lambda t: _f1(oof, y, t)[0])
    f1, prec, rec = _f1(oof, y, best_t)
    w, b = _fit(X, y)
    return {"weights": {k: round(float(v), 4) for k, v in zip(FEATURES, w)}, "bias": round(float(b), 4),
            "threshold": round(float(best_t), 3),
            "cv": {"folds": folds, "pairs": int(len(y)), "positives": int(y.sum()), "f1": round(f1, 4),
                   "precision": round(prec, 4), "recall": round(rec, 4)}}


GRID = {"dense_unknown": np.round(np.arange(0.70, 0.901, 0.01), 3), "known_floor": np.array([0.3, 0.4, 0.5, 0.6, 0.7]),
        "dense_floor": np.round(np.arange(0.60, 0.801, 0.01), 3), "coverage_floor": np.round(np.arange(0.1, 0.51, 0.05), 3)}


def collect_evidence(assistant, datasets: list[str]) -> list[tuple[dict, int]]:
    """(features, should_refuse) for every labelled question the passages would answer:
    refusal items should be refused, items with evidence answered."""
    from .run import load_dataset

    out = []
    for path in datasets:
        for item in load_dataset(path):
            refuse = 1 if item.get("type") == "refusal" else 0 if item.get("evidence") else None
            if refuse is None:
                continue
            session = f"ans-{uuid.uuid4().hex[:8]}"
            for prior in item.get("history") or []:
                assistant.ask(session, prior)
            f = assistant.evidence_features(session, item["question"])
            if f is not None:
                out.append((f, refuse))
    return out


def _decisions(rows, t: dict) -> np.ndarray:
    from bot.answerability import weak_evidence

    return np.array([1 if f.get("other") or ("dense" in f and weak_evidence(f, t)) else 0 for f, _ in rows])


def _balanced(pred: np.ndarray, y: np.ndarray) -> float:
    refused = pred[y == 1].mean() if (y == 1).any() else 1.0
    answered = 1 - pred[y == 0].mean() if (y == 0).any() else 1.0
    return 0.5 * refused + 0.5 * answered


def _search(rows, y) -> dict:
    """The thresholds with the best balanced accuracy: one coordinate at a time, twice over."""
    from bot.answerability import DEFAULTS

    t = dict(DEFAULTS)
    for _ in range(2):
        for key, values in GRID.items():
            scores = [(_balanced(_decisions(rows, {**t, key: float(v)}), y), -abs(float(v) - DEFAULTS[key]), float(v))
                      for v in values]
            t[key] = max(scores)[2]
    return t


def calibrate_answerability(assistant, datasets, folds: int = 5, seed: int = 0) -> dict:
    rows = collect_evidence(assistant, datasets)
    y = np.array([r for _, r in rows])
    rng = np.random.default_rng(seed)
    fold = rng.integers(folds, size=len(rows))
    held = np.zeros(len(rows), dtype=int)
    for k in range(folds):
        train = [rows[i] for i in range(len(rows)) if fold[i] != k]
        t = _search(train, y[fold != k])
        test_idx = [i for i in range(len(rows)) if fold[i] == k]
        held[test_idx] = _decisions([rows[i] for i in test_idx], t)
    t = _search(rows, y)
    return {**{k: round(v, 3) for k, v in t.items()},
            "cv": {"folds": folds, "items": len(rows), "refusals": int(y.sum()),
                   "refused": round(float(held[y == 1].mean()), 4) if (y == 1).any() else None,
                   "answered": round(float(1 - held[y == 0].mean()), 4) if (y == 0).any() else None}}


def collect_sentences(assistant, datasets: list[str]) -> list[tuple[np.ndarray, np.ndarray]]:
    """(features of every scored sentence, whether it holds the gold evidence) per question:
    single-turn items with evidence whose evidence some scored sentence holds."""
    from bot.compose import SENTENCE_FEATURES

    from .metrics import norm
    from .run import load_dataset

    def holds(sentence: str, evidence: list[str]) -> bool:
        s = norm(sentence)
        return any(e in s or (len(s) >= 12 and s in e) or e[:14] in s for e in evidence)

    groups = []
    for path in datasets:
        for item in load_dataset(path):
            if not item.get("evidence") or item.get("history") or item.get("type") == "refusal":
                continue
            hits = assistant.retriever.search(item["question"], k=10)
            scored = assistant.composer.score_sentences(item["question"], hits)
            evidence = [norm(e) for e in item["evidence"]]
            y = np.array([holds(x.sentence, evidence) for x in scored], dtype=float)
            if y.any():
                X = np.array([[x.features.get(k, 0.0) for k in SENTENCE_FEATURES] for x in scored])
                groups.append((X, y))
    return groups


def _fit_listwise(groups, prior: np.ndarray, l2: float = 0.01, steps: int = 400, lr: float = 0.3) -> np.ndarray:
    sd = np.vstack([X for X, _ in groups]).std(0) + 1e-6
    v = prior * sd
    scaled = [(X / sd, y / y.sum()) for X, y in groups]
    for _ in range(steps):
        g = np.zeros_like(v)
        for Z, target in scaled:
            s = Z @ v
            p = np.exp(s - s.max())
            g += Z.T @ (p / p.sum() - target)
        v -= lr * (g / len(scaled) + l2 * (v - prior * sd))
    return v / sd


def _top1(groups, w: np.ndarray) -> float:
    return float(np.mean([y[int(np.argmax(X @ w))] for X, y in groups])) if groups else 0.0


def calibrate_sentences(assistant, datasets, folds: int = 5, seed: int = 0) -> dict:
    from bot.compose import SENTENCE_FEATURES, SENTENCE_WEIGHTS

    groups = collect_sentences(assistant, datasets)
    prior = np.array([SENTENCE_WEIGHTS[k] for k in SENTENCE_FEATURES])
    fold = np.random.default_rng(seed).integers(folds, size=len(groups))
    held, hand = [], []
    for k in range(folds):
        test = [g for g, f in zip(groups, fold) if f == k]
        w = _fit_listwise([g for g, f in zip(groups, fold) if f != k], prior)
        held.append(_top1(test, w) * len(test))
        hand.append(_top1(test, prior) * len(test))
    w = _fit_listwise(groups, prior)
    w = w / w[SENTENCE_FEATURES.index("coverage")]  # scores stay on the scale of word coverage
    return {"weights": {k: round(float(v), 4) for k, v in zip(SENTENCE_FEATURES, w)},
            "cv": {"folds": folds, "questions": len(groups),
                   "top1": round(sum(held) / max(len(groups), 1), 4),
                   "top1_hand_set": round(sum(hand) / max(len(groups), 1), 4)}}


PARTS = ("router", "sentences", "answerability")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m eval calibrate")
    p.add_argument("--dataset", action="append", default=[], help="labelled questions (dev format); repeatable")
    p.add_argument("--labels", action="append", default=[], help="a run directory of those questions; repeatable")
    p.add_argument("--folds", type=int, default=5)
    p.add_argument("--part", action="append", choices=PARTS, default=[],
                   help="fit only this part (repeatable; default: all); the others keep their fitted values")
    args = p.parse_args(argv)
    parts = args.part or list(PARTS)
    from bot.assistant import Assistant
    from policybot.settings import get_settings

    s = get_settings()
    assistant = Assistant.from_settings(s)
    fitted: dict = {}
    if "router" in parts:
        fitted["router"] = calibrate(assistant, args.dataset, args.labels, args.folds)
    if "sentences" in parts:
        fitted["sentences"] = calibrate_sentences(assistant, args.dataset, args.folds)
        assistant.composer.set_weights(fitted["sentences"]["weights"])  # the answerability features use the choices
    if "answerability" in parts:
        fitted["answerability"] = calibrate_answerability(assistant, args.dataset, args.folds)
    path = calibration_path(s.model)
    data = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    data.update({"model": s.model, **fitted})
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(fitted, ensure_ascii=False, indent=2))
    print(f"→ {path}")
    return 0
