"""What a message tries to do besides asking: instructions aimed at the bot (「忽略之前的指令」),
a fake «最新文件» quoting other figures, a request to make numbers up, or a request for medical
advice. None of these can change the rules, the sources or the numbers: the guard only lets the
assistant say so, and strips the injected text before the question is read for inputs."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

_INSTRUCTION = re.compile(
    r"(忽略|无视|忘记|忘掉|不要管|跳过)[^。，,！!？?]{0,6}?(指令|指示|规则|设定|提示词?|要求|限制|文件)"
    r"|(直接|只|只要|只需)(回答|回复|说)([“\"「『](是|对|好的|可以)[”\"」』]|(是|对|好的|可以)[:：，,。])"
    r"|你现在是|从现在起你|扮演|假装你|system\s*prompt|系统提示|developer\s*mode|越狱|jailbreak"
    r"|ignore (all |the )?(previous|above|prior) (instructions|rules)",
    re.I,
)
_FAKE_DOC = re.compile(r"(以下|下面|这)是?(最新|新的|最近的)?(文件|通知|规定|政策)[^。\n]{0,12}?(以它为准|为准|请按|按这个)|请以(它|此|这个|下面)为准|最新文件")
_BRACKETED = re.compile(r"[【\[「『](?P<body>[^】\]」』]{4,200})[】\]」』]")
_FABRICATE = re.compile(r"(帮我|给我|替我)?(编|捏造|虚构|杜撰|瞎编|造)(一个|个|一份|些)|随便(给|说|写|编)个?(具体)?(数字|数|标准)|假设一个(标准|数字)")
_MEDICAL = re.compile(r"(吃|用|服用|打)(什么|哪种|多少)(药|剂量)|剂量是多少|一次吃几|(帮我|给我)(诊断|看看是什么病)|是什么病|得了什么病|怎么治疗|开什么药")
_TAG = re.compile(r"<[^>]{1,200}>")


@dataclass
class Inspection:
    injection: bool = False
    injected_text: str = ""  # the quoted fake content, shown back only as a label
    fabricate: bool = False
    medical: bool = False
    question: str = ""  # the message with injected material removed, for reading inputs


def inspect(message: str) -> Inspection:
    ins = Inspection(question=message)
    fake = _FAKE_DOC.search(message)
    if _INSTRUCTION.search(message) or fake:
        ins.injection = True
        quoted = _BRACKETED.search(message)
        if quoted:
            ins.injected_text = quoted.group("body")
            ins.question = (message[: quoted.start()] + message[quoted.end():])
        if fake:
            # what follows the injected block is the actual question
            tail = re.split(r"[】\]」』]", ins.question)[-1]
            ins.question = re.sub(_FAKE_DOC, "", tail) if tail.strip() else ins.question
    ins.fabricate = bool(_FABRICATE.search(message))
    ins.medical = bool(_MEDICAL.search(message))
    return ins


def plain_text(message: str) -> str:
    """Markup is text: unescape entities and drop tags for *reading* the question only.
    The answer never echoes the message, and channels insert everything as text."""
    return _TAG.sub(" ", html.unescape(message))


def screen(turn) -> None:
    """Stage 2 — guard: note injected instructions (they change nothing), keep the question
    without the injected block for reading inputs. Medical advice is declined later, once it is
    known whether the question names a policy subject."""
    from prompts import phrase

    ins = inspect(turn.question)
    turn.inspection = ins
    if ins.injection:
        turn.notes.append(phrase("guard.injection") if ins.injected_text else phrase("guard.injection_generic"))
    if ins.fabricate:
        turn.notes.append(phrase("guard.fabricate"))
    return None
