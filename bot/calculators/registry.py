"""Self-describing calculators: every ``rules/*.toml`` with a ``[calculator]`` table is one.

The table says everything the engine needs to know to choose and feed the calculator, so that
no calculator, province or 发文字号 is named in engine code:

    [calculator]
    solver = "insurance:solve_reproduction"   # bot.calculators.<module>:<function>
    regions = ["…省"]              # where the rule applies; "全国" applies everywhere
    triggers = ["辅助生殖", "试管"]  # terms that name the subject
    answers = ["amount"]            # what it yields: amount | duration | date | count | share | list
    examples = ["…", …]            # ≥ 10 varied questions it answers (the router embeds them)

    [calculator.slots.amount]       # the inputs, each read by a named extractor (bot/calculators/slots.py)
    extract = "money"
    required = true

A solver receives a ``Request`` (the message, its reading, the filled slots, the region that
applies, today) and returns an ``Outcome``, or ``None`` when on a closer look the rule does not
answer this question (the documents will).
"""

from __future__ import annotations

import importlib
import re
import warnings
import tomllib
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property, lru_cache
from typing import Any, Callable

from policybot.types import NATIONAL

from .base import RULES_DIR, Outcome, RuleFile, load_rules


@dataclass(frozen=True)
class Slot:
    name: str
    extract: str
    required: bool = False
    options: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)


@dataclass
class Request:
    spec: "CalculatorSpec"
    text: str  # the message (an injected block's topic words included)
    reading: Any  # understand.Reading
    slots: dict[str, Any]
    region: str | None  # the region that applies: the message's, else the conversation's
    today: date
    followup: bool = False  # continues a conversation about this calculator
    fabricate: bool = False  # the user asked for an invented figure
    previous: dict[str, Any] = field(default_factory=dict)  # what this calculator remembered last turn
    given: dict[str, Any] = field(default_factory=dict)  # the slots this message itself gives

    @property
    def rules(self) -> RuleFile:
        return self.spec.rules

    def has(self, name: str) -> bool:
        return self.slots.get(name) not in (None, [], "", False)


@dataclass
class CalculatorSpec:
    id: str
    name: str
    rules: RuleFile
    regions: tuple[str, ...]
    triggers: tuple[str, ...]
    answers: tuple[str, ...]
    slots: tuple[Slot, ...]
    examples: tuple[str, ...]
    solver: Callable[[Request], Outcome | None]
    # only when the message or the conversation names one of ``regions`` (a rule that would
    # mislead anyone else: a province's premium assistance)
    region_required: bool = False
    subjects: tuple[str, ...] = ()  # the benefit the rule is about (「育儿补贴」), for other provinces' questions

    @property
    def required(self) -> tuple[Slot, ...]:
        return tuple(s for s in self.slots if s.required)

    @cached_property
    def trigger_pattern(self) -> re.Pattern:
        """The trigger terms as one pattern (a term may be a regular expression: 「多久.{0,8}才能」)."""
        return re.compile("|".join(f"(?:{t})" for t in self.triggers) or "(?!)")

    @property
    def identifying_slots(self) -> frozenset[str]:
        """Inputs that only this kind of rule takes (a birth month, years of broken coverage, a
        原封顶线): given, they say the question is this calculator's."""
        return frozenset(s.name for s in self.slots if s.options.get("identifies"))

    @property
    def carry_slots(self) -> frozenset[str]:
        """Inputs a follow-up inherits (flags such as 「不补缴」 belong to one message)."""
        return frozenset(s.name for s in self.slots if s.extract != "flag" and s.options.get("carry", True))

    def applies_to(self, region: str | None, known_region: str | None = None) -> bool:
        """A national rule applies to every province; a province's rule to that province only.
        A ``region_required`` rule needs the region said (here or earlier in the conversation)."""
        if self.region_required:
            return known_region in self.regions
        if region is None or region == NATIONAL:
            return True
        return NATIONAL in self.regions or region in self.regions

    @property
    def home_region(self) -> str:
        return self.regions[0] if self.regions else NATIONAL


def _solver(ref: str) -> Callable[[Request], Outcome | None]:
    module, _, func = ref.partition(":")
    return getattr(importlib.import_module(f"{__package__}.{module}"), func)


def spec_from_rules(rules: RuleFile) -> CalculatorSpec | None:
    c = rules.data.get("calculator")
    if not c:
        return None
    slots = tuple(Slot(name, s["extract"], bool(s.get("required", False)),
                       {k: v for k, v in s.items() if k not in ("extract", "required")})
                  for name, s in c.get("slots", {}).items())
    return CalculatorSpec(
        id=rules.id, name=rules.data.get("name", rules.id), rules=rules,
        regions=tuple(c.get("regions", [NATIONAL])), triggers=tuple(c.get("triggers", [])),
        answers=tuple(c.get("answers", ["amount"])), slots=slots, examples=tuple(c.get("examples", [])),
        solver=_solver(c["solver"]), region_required=bool(c.get("region_required", False)),
        subjects=tuple(c.get("subjects", [])),
    )


@lru_cache(maxsize=1)
def all_specs() -> tuple[CalculatorSpec, ...]:
    specs = []
    for path in sorted(RULES_DIR.glob("*.toml")):
        if "calculator" not in tomllib.loads(path.read_text(encoding="utf-8")):
            continue
        try:
            spec = spec_from_rules(load_rules(path.stem))
        except (ImportError, AttributeError, KeyError) as exc:  # a half-written rules file: say so, serve the rest
            warnings.warn(f"calculator {path.name} not loaded: {exc!r}", stacklevel=2)
            continue
        if spec is not None:
            specs.append(spec)
    return tuple(specs)


def spec(calculator_id: str) -> CalculatorSpec | None:
    return next((s for s in all_specs() if s.id == calculator_id), None)
