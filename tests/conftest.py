"""Shared fixtures. The expensive one, ``default_index``, builds the real index of the default
corpus with m3e-small once per test session (about a minute on two cores)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "data" / "corpus"
DEV = ROOT / "eval" / "datasets" / "dev.jsonl"

os.environ.setdefault("HF_HUB_OFFLINE", "1")
# Session ids and user pseudonyms are keyed with the instance secret; tests must not create
# data/secret.key in the checkout (a test that wants the generated file passes secret_key="").
os.environ.setdefault("POLICYBOT_SECRET_KEY", "policybot-test-secret")


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    return CORPUS


@pytest.fixture(scope="session")
def default_docs():
    from ingest.pipeline import ingest_corpus

    docs, reports, errors = ingest_corpus(CORPUS)
    assert not errors
    return docs


@pytest.fixture(scope="session")
def default_chunks(default_docs):
    from ingest.pipeline import chunk_documents

    return chunk_documents(default_docs)


@pytest.fixture(scope="session")
def encoder():
    from embeddings.encoder import Encoder

    return Encoder()


@pytest.fixture(scope="session")
def default_index_dir(tmp_path_factory, encoder):
    from embeddings.build import build_corpus_index

    d = tmp_path_factory.mktemp("index")
    build_corpus_index(CORPUS, d, encoder)
    return d


@pytest.fixture(scope="session")
def retriever(default_index_dir, encoder):
    from bot.retrieve import Retriever
    from embeddings.store import load_index

    return Retriever(load_index(default_index_dir), encoder)


from server.loopback import serve_in_thread  # noqa: E402,F401  (used by the live-server tests)


def raw_lines(text: str):
    """Numbered lines from a test snippet."""
    from ingest.lines import number_lines

    return number_lines(text)
