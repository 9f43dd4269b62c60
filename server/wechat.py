"""WeChat official account (公众号) and WeCom (企业微信) message webhooks.

Each delivery goes: verify → decrypt → parse → dispatch → render → encrypt.

* **verify**: the URL signature (sha1 of the sorted token, timestamp, nonce) on every request,
  the message signature in safe mode and on WeCom; a timestamp too far from now is a replay.
  Anything that fails gets 403 and touches nothing.
* **decrypt / parse**: wechatpy does the AES-256-CBC crypto (and checks the AppID / CorpID) and
  the XML parsing; before any XML reaches it, ``defusedxml`` rejects DTDs and entities.
* **dispatch**: text → ``Assistant.ask`` keyed by the sender (a hash of the openid); subscribe →
  welcome; other message types → what the bot can do; other events → ``success``.
  WeChat re-sends a message whose reply is late: deliveries are deduplicated by MsgId (or
  FromUserName + CreateTime for events), the question is answered once, and every retry gets the
  same reply. If an answer is not ready within the reply budget, the delivery gets a holding
  reply and the finished answer is given on the user's next message.
* **render**: a passive text reply under WeChat's 2048-byte limit — the answer, citations as
  short lines (title, 发文字号), the calculation as a few lines of working — cut at a sentence,
  with 「更多」 to read on.
"""

from __future__ import annotations

import logging
import re
import threading
import time
from collections import OrderedDict
from concurrent.futures import Future, ThreadPoolExecutor, TimeoutError as FutureTimeout
from dataclasses import dataclass, field

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring as safe_fromstring
from wechatpy import parse_message
from wechatpy.crypto import WeChatCrypto
from wechatpy.enterprise import parse_message as parse_wecom_message
from wechatpy.enterprise.crypto import WeChatCrypto as WeComCrypto
from wechatpy.exceptions import InvalidAppIdException, InvalidSignatureException
from wechatpy.enterprise.exceptions import InvalidCorpIdException
from wechatpy.replies import TextReply
from wechatpy.utils import check_signature

from policybot.types import Answer
from prompts import phrase

from .storage import Store, hash_user

log = logging.getLogger("policybot.wechat")

REPLY_LIMIT_BYTES = 2048
MORE_WORDS = ("更多", "详细", "继续", "查看更多")
DEDUPE_TTL_SECONDS = 600
DEDUPE_MAX = 20000
PER_USER_MAX = 10000


class Rejected(Exception):
    """A delivery refused before anything is touched; ``status`` is the HTTP status to send."""

    def __init__(self, status: int, reason: str):
        super().__init__(reason)
        self.status = status
        self.reason = reason


@dataclass
class Delivery:
    """One message, after verification and decryption."""

    key: str  # dedupe key
    user: str  # FromUserName (openid / userid)
    to: str  # ToUserName
    kind: str  # text | event | image | voice | …
    event: str = ""
    content: str = ""
    agent_id: str = ""


@dataclass
class _Entry:
    done: threading.Event = field(default_factory=threading.Event)
    reply: str = ""
    created: float = field(default_factory=time.monotonic)
    stamp: int = 0  # the reply's CreateTime: the same for every retry


class Deduper:
    """Answers each message key once; concurrent and later duplicates get the same reply."""

    def __init__(self, ttl: float = DEDUPE_TTL_SECONDS, max_entries: int = DEDUPE_MAX):
        self.ttl = ttl
        self.max_entries = max_entries
        self._entries: OrderedDict[str, _Entry] = OrderedDict()
        self._lock = threading.Lock()

    def claim(self, key: str) -> tuple[_Entry, bool]:
        """(entry, first): ``first`` is True for the delivery that must do the work."""
        now = time.monotonic()
        with self._lock:
            while self._entries:
                k, e = next(iter(self._entries.items()))
                if now - e.created <= self.ttl and len(self._entries) <= self.max_entries:
                    break
                del self._entries[k]
            entry = self._entries.get(key)
            if entry is not None:
                return entry, False
            entry = _Entry()
            self._entries[key] = entry
            return entry, True


def _check_xml(body: bytes) -> None:
    """Reject DTDs, entity declarations and malformed XML before any parser sees them."""
    try:
        safe_fromstring(body, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        raise Rejected(400, f"XML with DTD or entities refused: {type(exc).__name__}") from exc
    except Exception as exc:  # ParseError and friends
        raise Rejected(400, "malformed XML") from exc


def _text(element, name: str) -> str:
    node = element.find(name)
    return (node.text or "").strip() if node is not None and node.text else ""


class Channel:
    """One webhook: the official account (``kind="mp"``) or WeCom (``kind="wecom"``)."""

    def __init__(self, kind: str, assistant_getter, store: Store, *, token: str, aes_key: str = "", app_id: str = "",
                 budget_seconds: float = 4.0, max_skew_seconds: int = 300, clock=time.time):
        self.kind = kind
        self.assistant_getter = assistant_getter
        self.store = store
        self.token = token
        self.app_id = app_id
        self.budget = budget_seconds
        self.max_skew = max_skew_seconds
        self.clock = clock
        self.crypto = None
        if aes_key:
            self.crypto = (WeComCrypto if kind == "wecom" else WeChatCrypto)(token, aes_key, app_id)
        self.dedupe = Deduper()
        self.pool = ThreadPoolExecutor(max_workers=4, thread_name_prefix=f"{kind}-answer")
        self._pending: OrderedDict[str, Future] = OrderedDict()  # user → an answer that missed its delivery
        self._more: OrderedDict[str, str] = OrderedDict()  # user → the rest of a long answer
        self._lock = threading.Lock()
        self.bot_calls = 0  # how many questions reached the assistant (for tests and the benchmark)

    # -- verify ------------------------------------------------------------------------------

    def _fresh(self, timestamp: str) -> None:
        try:
            ts = int(timestamp)
        except (TypeError, ValueError) as exc:
            raise Rejected(403, "bad timestamp") from exc
        if abs(self.clock() - ts) > self.max_skew:
            raise Rejected(403, "timestamp outside the accepted window (replay?)")

    def verify_url(self, params: dict[str, str]) -> str:
        """GET: the URL check when an administrator saves the server address."""
        ts, nonce = params.get("timestamp", ""), params.get("nonce", "")
        echostr = params.get("echostr", "")
        if not echostr:
            raise Rejected(403, "missing echostr")
        if self.kind == "wecom":
            if self.crypto is None:
                raise Rejected(403, "WeCom needs an EncodingAESKey")
            try:
                return self.crypto.check_signature(params.get("msg_signature", ""), ts, nonce, echostr)
            except (InvalidSignatureException, InvalidCorpIdException, ValueError, KeyError) as exc:
                raise Rejected(403, "bad signature") from exc
        try:
            check_signature(self.token, params.get("signature", ""), ts, nonce)
        except InvalidSignatureException as exc:
            raise Rejected(403, "bad signature") from exc
        return echostr

    # -- the webhook -------------------------------------------------------------------------

    def handle(self, params: dict[str, str], body: bytes) -> tuple[str, str]:
        """(reply body, content type) for a POST, or raise Rejected."""
        ts, nonce = params.get("timestamp", ""), params.get("nonce", "")
        encrypted = self.kind == "wecom" or params.get("encrypt_type", "raw").lower() == "aes"
        if self.kind == "mp":
            try:
                check_signature(self.token, params.get("signature", ""), ts, nonce)
            except InvalidSignatureException as exc:
                raise Rejected(403, "bad signature") from exc
        self._fresh(ts)
        _check_xml(body)
        if encrypted:
            if self.crypto is None:
                raise Rejected(403, "encrypted message but no EncodingAESKey configured")
            envelope = safe_fromstring(body)
            encrypt = _text(envelope, "Encrypt")
            if not encrypt:
                raise Rejected(400, "no Encrypt element")
            try:
                plain = self.crypto.decrypt_message({"Encrypt": encrypt}, params.get("msg_signature", ""), ts, nonce)
            except InvalidSignatureException as exc:
                raise Rejected(403, "bad msg_signature") from exc
            except (InvalidAppIdException, InvalidCorpIdException) as exc:
                raise Rejected(403, "AppID / CorpID mismatch") from exc
            except Exception as exc:  # bad base64, bad padding
                raise Rejected(400, "cannot decrypt") from exc
            plain_bytes = plain.encode("utf-8") if isinstance(plain, str) else plain
            _check_xml(plain_bytes)
        else:
            plain_bytes = body
        delivery = self._parse(plain_bytes)
        reply_text, stamp = self._reply_for(delivery)
        if not reply_text:
            return "success", "text/plain; charset=utf-8"
        reply = TextReply(source=delivery.to, target=delivery.user, content=reply_text, time=stamp)
        xml = reply.render()
        if self.kind == "wecom" and delivery.agent_id:
            xml = xml.replace("</xml>", f"<AgentID>{delivery.agent_id}</AgentID>\n</xml>")
        if encrypted:
            xml = self.crypto.encrypt_message(xml, nonce or "0", ts or None)
        return xml, "application/xml; charset=utf-8"

    def _parse(self, xml: bytes) -> Delivery:
        try:
            msg = (parse_wecom_message if self.kind == "wecom" else parse_message)(xml)
        except Exception as exc:
            raise Rejected(400, "not a WeChat message") from exc
        if msg is None:
            raise Rejected(400, "empty message")
        user = str(getattr(msg, "source", "") or "")
        if not user:
            raise Rejected(400, "no sender")
        kind = str(getattr(msg, "type", "unknown"))
        msg_id = getattr(msg, "id", None)
        created = getattr(msg, "create_time", None)
        stamp = int(created.timestamp()) if hasattr(created, "timestamp") else str(created)
        key = f"id:{msg_id}" if msg_id else f"ev:{user}:{stamp}:{getattr(msg, 'event', '')}"
        return Delivery(key=key, user=user, to=str(getattr(msg, "target", "") or ""), kind=kind,
                        event=str(getattr(msg, "event", "") or ""), content=str(getattr(msg, "content", "") or ""),
                        agent_id=str(getattr(msg, "agent", "") or ""))

    # -- dispatch ----------------------------------------------------------------------------

    def _reply_for(self, d: Delivery) -> tuple[str, int]:
        """(reply text, CreateTime): a retry gets the very same reply, byte for byte."""
        entry, first = self.dedupe.claim(d.key)
        if not first:
            # A retry of a message already being answered: wait for that answer, never a second one.
            entry.done.wait(self.budget)
            if entry.done.is_set():
                return entry.reply, entry.stamp
            return phrase("wechat.still_working"), int(self.clock())
        try:
            entry.reply = self._dispatch(d)
        except Exception:
            log.exception("wechat dispatch failed")
            entry.reply = phrase("wechat.error")
        finally:
            entry.stamp = int(self.clock())
            entry.done.set()
        return entry.reply, entry.stamp

    def _dispatch(self, d: Delivery) -> str:
        if d.kind == "event":
            if d.event in ("subscribe", "subscribe_scan"):
                return phrase("wechat.welcome")
            return ""
        if d.kind != "text":
            return phrase("wechat.unsupported")
        text = d.content.strip()
        user = hash_user(d.user, salt=self.kind)
        if not text:
            return phrase("wechat.empty")
        with self._lock:
            pending = self._pending.pop(user, None)
            rest = self._more.pop(user, None)
        if text in MORE_WORDS and rest:
            return self._render_parts(user, [rest])
        prefix = ""
        if pending is not None and pending.done() and pending.exception() is None:
            prefix = phrase("wechat.previous") + _plain(pending.result()) + "\n\n"
            if text in MORE_WORDS or text in ("查看", "1"):
                return self._fit(user, prefix.rstrip())
        future = self.pool.submit(self._ask, user, text)
        try:
            answer = future.result(timeout=self.budget)
        except FutureTimeout:
            self._remember(self._pending, user, future)
            return phrase("wechat.holding")
        return self._fit(user, prefix + _plain(answer))

    def _remember(self, table: OrderedDict, user: str, value) -> None:
        """Per-user leftovers, bounded: the oldest are forgotten first."""
        with self._lock:
            table[user] = value
            table.move_to_end(user)
            while len(table) > PER_USER_MAX:
                table.popitem(last=False)

    def _ask(self, user: str, text: str) -> Answer:
        with self._lock:
            self.bot_calls += 1
        assistant = self.assistant_getter()
        if assistant is None:
            raise RuntimeError("assistant not ready")
        ans = assistant.ask(f"{self.kind}:{user}", text)
        try:
            self.store.log_answer(ans, text, channel=self.kind, session_id=user)
        except Exception:
            log.exception("could not store a %s turn", self.kind)
        return ans

    # -- render ------------------------------------------------------------------------------

    def _fit(self, user: str, text: str) -> str:
        """Cut at a sentence so the reply stays within WeChat's byte limit; keep the rest for 「更多」."""
        return self._render_parts(user, [text])

    def _render_parts(self, user: str, parts: list[str]) -> str:
        text = "\n".join(parts)
        tail = phrase("wechat.more")
        if len(text.encode("utf-8")) <= REPLY_LIMIT_BYTES:
            return text
        budget = REPLY_LIMIT_BYTES - len(tail.encode("utf-8")) - 8
        pieces = re.findall(r"[^。！？\n]*[。！？\n]?", text)
        out, used = [], 0
        for p in pieces:
            n = len(p.encode("utf-8"))
            if used + n > budget:
                break
            out.append(p)
            used += n
        if not out:  # a single endless sentence: cut by characters
            cut = text.encode("utf-8")[:budget].decode("utf-8", errors="ignore")
            out, used = [cut], len(cut.encode("utf-8"))
        head = "".join(out).rstrip()
        rest = text[len("".join(out)):].strip()
        if rest:
            self._remember(self._more, user, rest)
        return head + "\n" + tail


def _plain(ans: Answer) -> str:
    """An Answer as WeChat text: the answer, the working, the sources as short lines."""
    lines = [ans.answer.strip()]
    if ans.calculation and ans.calculation.steps:
        lines.append(phrase("wechat.working"))
        for s in ans.calculation.steps[:6]:
            lines.append(f"· {s.label}：{s.expression} = {s.value}" if s.expression else f"· {s.label}：{s.value}")
    if ans.citations:
        lines.append(phrase("wechat.sources"))
        by_doc: OrderedDict[tuple[str, str], list[int]] = OrderedDict()
        for c in ans.citations:
            by_doc.setdefault((c.doc_title, c.doc_number), []).append(c.n)
        for (title, number), ns in by_doc.items():
            lines.append("".join(f"[{n}]" for n in ns) + f"《{title}》{number}")
    if ans.choices:
        lines.append(phrase("wechat.choices", choices=" / ".join(ans.choices[:6])))
    return "\n".join(lines)
