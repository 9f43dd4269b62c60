"""Deterministic calculators. Each reads its rules from ``rules/<id>.toml`` (figures beside the
exact clause they come from) and returns an ``Outcome``: the answer text with clause markers,
the working step by step, the result and unit."""
