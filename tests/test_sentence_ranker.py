"""The sentence scorer: named features, weights fitted on labelled questions and kept per model."""

import numpy as np

from bot.compose import SENTENCE_FEATURES, SENTENCE_WEIGHTS, Composer, chunk_sections
from bot.retrieve import Hit
from eval.calibrate import _fit_listwise, _top1
from policybot.types import Chunk, Document

PASSAGE = ("二、人员条件\n"
           "医疗卫生机构身体状况良好的退休且具备相关执业资格的医生、护士等均可参加。\n"
           "三、工作安排\n"
           "退休人员的工作安排按季度报送。")


def _hits():
    doc = Document(doc_id="d1", source="x.txt", title="关于开展某项行动的通知")
    chunk = Chunk(chunk_id="d1-0", doc_id="d1", text=PASSAGE, heading_path=[doc.title])
    return [Hit(chunk, doc, 1.0)]


def test_each_sentence_knows_the_heading_it_stands_under():
    sections = chunk_sections(PASSAGE, "")
    assert sections["医疗卫生机构身体状况良好的退休且具备相关执业资格的医生、护士等均可参加。"] == "二、人员条件"
    assert sections["退休人员的工作安排按季度报送。"] == "三、工作安排"


def test_the_weight_of_the_section_heading_decides_between_two_sentences():
    """「要啥条件」 names the heading of the answer, not its words: with no weight on the heading
    the sentence sharing 退休 and 工作 wins; with the weight, the one under 「人员条件」."""
    question = "退休了还能去工作不 要啥条件"
    composer = Composer({"条件": 2, "工作": 5, "退休": 3}, 100, weights={"section": 0.0})
    top = composer.score_sentences(question, _hits())[0]
    assert "季度" in top.sentence
    assert top.features["section"] == 0.0
    composer.set_weights({"section": 2.0})
    top = composer.score_sentences(question, _hits())[0]
    assert "执业资格" in top.sentence
    assert top.features["section"] > 0


def test_listwise_fit_learns_the_feature_that_marks_the_evidence():
    """Groups where the evidence sentence is the one with feature ``section`` set, while the
    hand-set weights rank another first: the fit must move the weight and rank it first."""
    rng = np.random.default_rng(1)
    k = SENTENCE_FEATURES.index("section")
    prior = np.array([SENTENCE_WEIGHTS[f] for f in SENTENCE_FEATURES])
    groups = []
    for _ in range(40):
        X = rng.random((6, len(SENTENCE_FEATURES))) * 0.1
        X[0, SENTENCE_FEATURES.index("coverage")] = 1.0  # a decoy the prior prefers
        X[3, k] = 1.0
        y = np.zeros(6)
        y[3] = 1.0
        groups.append((X, y))
    assert _top1(groups, prior) == 0.0
    w = _fit_listwise(groups, prior)
    assert w[k] > prior[k]
    assert _top1(groups, w) == 1.0
