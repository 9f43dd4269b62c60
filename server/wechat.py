"""WeChat official account (公众号) and WeCom (企业微信) message webhooks.

Each delivery goes: verify → decrypt → read → dispatch → render → encrypt.

* **verify**: the URL signature (sha1 of the sorted token, timestamp, nonce) on every request,
  the message signature in safe mode and on WeCom; a timestamp too far from now is a replay.
  A signed query string is good for one body only (``NonceCache``): in plaintext mode the body is
  not signed, so a captured query cannot carry a forged message. Anything that fails gets 403
  and touches nothing.
* **decrypt / read**: wechatpy does the AES-256-CBC crypto (and checks the AppID / CorpID);
  ``defusedxml`` parses the XML, refusing DTDs and entities, and ``read_message`` checks the
  fields the bot uses (a leaf text each, numeric MsgId and CreateTime). A signed message that
  is malformed gets 400, never a 500 (WeChat shows 「该公众号暂时无法提供服务」 on a 500).
* **dispatch**: text (or a voice message's ``Recognition``) → ``Assistant.ask`` keyed by the
  sender (``user_key``: an HMAC of the openid with the instance secret, per channel); subscribe →
  welcome; other message types → what the bot can do; every other event, known or not, →
  ``success``. WeChat re-sends a message whose reply is late: deliveries are deduplicated by MsgId
  (or FromUserName + CreateTime + Event), the question is answered once, and every retry gets
  the same reply. An answer not ready within the reply budget gets a holding reply and waits in
  the user's queue (``PENDING_PER_USER``, oldest dropped first); finished ones are delivered,
  oldest first, with the user's next message, whatever it is.
* **render**: a passive text reply under WeChat's 2048-byte limit — the answer, citations as
  short lines (title, 发文字号), the calculation as a few lines of working — cut at a sentence,
  with 「更多」 to read on.
"""

from __future__ import annotations

import hashlib
import logging
import re
import threading
import time
from collections import OrderedDict, deque
from concurrent.futures import Future, ThreadPoolExecutor, TimeoutError as FutureTimeout
from dataclasses import dataclass, field

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring as safe_fromstring
from wechatpy.crypto import WeChatCrypto
from wechatpy.enterprise.crypto import WeChatCrypto as WeComCrypto
from wechatpy.enterprise.exceptions import InvalidCorpIdException
from wechatpy.exceptions import InvalidAppIdException, InvalidSignatureException
from wechatpy.replies import TextReply
from wechatpy.utils import check_signature

from policybot.secret import keyed_hash
from policybot.types import Answer
from prompts import phrase

from .storage import Store

log = logging.getLogger("policybot.wechat")

REPLY_LIMIT_BYTES = 2048
MORE_WORDS = ("更多", "详细", "继续", "查看更多")
VIEW_WORDS = ("查看", "查看回答", "查看答案")
DEDUPE_TTL_SECONDS = 600
DEDUPE_MAX = 20000
PER_USER_MAX = 10000  # users with leftovers kept at once
PENDING_PER_USER = 3  # unanswered questions kept per user
NONCE_MAX = 50000
MAX_MSG_ID_DIGITS = 20  # a 64-bit integer
MAX_CREATE_TIME_DIGITS = 10  # seconds since 1970, until the year 2286
# the fields the bot reads: each must be plain text (a leaf) when present
TEXT_FIELDS = ("ToUserName", "FromUserName", "CreateTime", "MsgType", "Content", "MsgId", "Event", "EventKey",
               "Recognition", "AgentID")


class Rejected(Exception):
    """A delivery refused before anything is touched; ``status`` is the HTTP status to send."""

    def __init__(self, status: int, reason: str):
        super().__init__(reason)
        self.status = status
        self.reason = reason


@dataclass
class Delivery:
    """One message, after verification, decryption and reading."""

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


class NonceCache:
    """Signed query strings seen within the timestamp window, each with the body it came with.

    A signature covers the timestamp and nonce but, in plaintext mode, not the body: without
    this, one captured query string would carry any forged message for the whole window. A
    query seen again is admitted only with the very same body (WeChat's own retries); entries
    leave when their timestamp leaves the window, and the oldest go first past ``max_entries``."""

    def __init__(self, window: float = 300, max_entries: int = NONCE_MAX, clock=time.time):
        self.window, self.max_entries, self.clock = window, max_entries, clock
        self._seen: OrderedDict[tuple, tuple[bytes, int]] = OrderedDict()
        self._lock = threading.Lock()

    def admit(self, key: tuple, body: bytes, timestamp: int) -> bool:
        digest = hashlib.sha256(body).digest()
        horizon = self.clock() - self.window
        with self._lock:
            while self._seen:
                oldest = next(iter(self._seen.values()))
                if oldest[1] >= horizon and len(self._seen) < self.max_entries:
                    break
                self._seen.popitem(last=False)
            seen = self._seen.get(key)
            if seen is not None:
                return seen[0] == digest
            self._seen[key] = (digest, timestamp)
            return True

    def __len__(self) -> int:
        return len(self._seen)


def _parse_xml(body: bytes):
    """The XML tree, with DTDs, entities and malformed XML refused before anything reads it."""
    try:
        return safe_fromstring(body, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        raise Rejected(400, f"XML with DTD or entities refused: {type(exc).__name__}") from exc
    except Exception as exc:  # ParseError, recursion in a pathological tree, …
        raise Rejected(400, "malformed XML") from exc


def read_message(body: bytes) -> dict[str, str]:
    """A message's fields as text. The fields the bot reads must be leaves: an element inside
    Content (or 2,000 of them nested) is a malformed message, not a question. Fields the bot
    does not read (an event's nested details) are skipped unread."""
    root = _parse_xml(body)
    if root.tag != "xml":
        raise Rejected(400, f"root element <{root.tag[:20]}> is not <xml>")
    fields: dict[str, str] = {}
    for child in root:
        if child.tag not in TEXT_FIELDS:
            continue
        if len(child):
            raise Rejected(400, f"element inside <{child.tag}>")
        fields[child.tag] = (child.text or "").strip()
    return fields


def _number(fields: dict[str, str], name: str, digits: int, required: bool) -> str:
    value = fields.get(name, "")
    if not value and not required:
        return ""
    if not (value.isascii() and value.isdigit()) or len(value) > digits:
        raise Rejected(400, f"{name} is not a number of at most {digits} digits")
    return value


class Channel:
    """One webhook: the official account (``kind="mp"``) or WeCom (``kind="wecom"``)."""

    def __init__(self, kind: str, assistant_getter, store: Store, *, token: str, secret: bytes, aes_key: str = "",
                 app_id: str = "", budget_seconds: float = 4.0, max_skew_seconds: int = 300, clock=time.time):
        self.kind = kind
        self.assistant_getter = assistant_getter
        self.store = store
        self.token = token
        self.secret = secret
        self.app_id = app_id
        self.budget = budget_seconds
        self.max_skew = max_skew_seconds
        self.clock = clock
        self.crypto = None
        if aes_key:
            self.crypto = (WeComCrypto if kind == "wecom" else WeChatCrypto)(token, aes_key, app_id)
        self.dedupe = Deduper()
        self.nonces = NonceCache(window=max_skew_seconds, clock=clock)
        self.pool = ThreadPoolExecutor(max_workers=4, thread_name_prefix=f"{kind}-answer")
        # user → questions whose answers missed their delivery, oldest first: (question, future)
        self._pending: OrderedDict[str, deque[tuple[str, Future]]] = OrderedDict()
        self._more: OrderedDict[str, str] = OrderedDict()  # user → the rest of a long answer
        self._lock = threading.Lock()
        self.bot_calls = 0  # how many questions reached the assistant (for tests and the benchmark)

    def user_key(self, user: str) -> str:
        """The pseudonym a channel user is known by: in memory, in the log, to the assistant.
        Keyed with the instance secret, so an openid alone does not give it, and per channel."""
        return "u-" + keyed_hash(self.secret, self.kind, user)

    # -- verify ------------------------------------------------------------------------------

    def _fresh(self, timestamp: str) -> int:
        if not (timestamp.isascii() and timestamp.isdigit()) or len(timestamp) > MAX_CREATE_TIME_DIGITS:
            raise Rejected(403, "bad timestamp")
        ts = int(timestamp)
        if abs(self.clock() - ts) > self.max_skew:
            raise Rejected(403, "timestamp outside the accepted window (replay?)")
        return ts

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
                echo = self.crypto.check_signature(params.get("msg_signature", ""), ts, nonce, echostr)
            except InvalidSignatureException as exc:
                raise Rejected(403, "bad signature") from exc
            except Exception as exc:  # signed, but not something we encrypted: bad base64, padding, CorpID
                raise Rejected(400, "cannot decrypt echostr") from exc
            echo = echo.decode("utf-8", "strict") if isinstance(echo, bytes) else str(echo or "")
            if not echo:
                raise Rejected(400, "empty echostr after decryption")
            return echo
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
        stamp = self._fresh(ts)
        if encrypted:
            plain_bytes = self._decrypt(params, body)
        else:
            plain_bytes = body
        query = (ts, nonce, params.get("signature", ""), params.get("msg_signature", ""))
        if not self.nonces.admit(query, body, stamp):
            raise Rejected(403, "a signed query string seen before with another body (replay?)")
        delivery = self._read(plain_bytes)
        reply_text, created = self._reply_for(delivery)
        if not reply_text:
            return "success", "text/plain; charset=utf-8"
        reply = TextReply(source=delivery.to, target=delivery.user, content=reply_text, time=created)
        xml = reply.render()
        if self.kind == "wecom" and delivery.agent_id:
            xml = xml.replace("</xml>", f"<AgentID>{delivery.agent_id}</AgentID>\n</xml>")
        if encrypted:
            xml = self.crypto.encrypt_message(xml, nonce or "0", ts or None)
        return xml, "application/xml; charset=utf-8"

    def _decrypt(self, params: dict[str, str], body: bytes) -> bytes:
        if self.crypto is None:
            raise Rejected(403, "encrypted message but no EncodingAESKey configured")
        root = _parse_xml(body)
        node = root.find("Encrypt")
        encrypt = (node.text or "").strip() if node is not None and not len(node) else ""
        if not encrypt:
            raise Rejected(400, "no Encrypt element")
        try:
            plain = self.crypto.decrypt_message({"Encrypt": encrypt}, params.get("msg_signature", ""),
                                                params.get("timestamp", ""), params.get("nonce", ""))
        except InvalidSignatureException as exc:
            raise Rejected(403, "bad msg_signature") from exc
        except (InvalidAppIdException, InvalidCorpIdException) as exc:
            raise Rejected(403, "AppID / CorpID mismatch") from exc
        except Exception as exc:  # bad base64, bad padding, not UTF-8
            raise Rejected(400, "cannot decrypt") from exc
        return plain.encode("utf-8") if isinstance(plain, str) else plain

    def _read(self, xml: bytes) -> Delivery:
        fields = read_message(xml)
        kind = fields.get("MsgType", "").lower()
        if not kind:
            raise Rejected(400, "no MsgType")
        user = fields.get("FromUserName", "")
        if not user:
            raise Rejected(400, "no sender")
        created = _number(fields, "CreateTime", MAX_CREATE_TIME_DIGITS, required=True)
        msg_id = _number(fields, "MsgId", MAX_MSG_ID_DIGITS, required=False)
        event = fields.get("Event", "")
        content = fields.get("Content", "")
        if kind == "voice" and fields.get("Recognition", ""):  # WeChat's speech recognition, when it is on
            kind, content = "text", fields["Recognition"]
        key = f"id:{msg_id}" if msg_id else f"ev:{user}:{created}:{event}"
        return Delivery(key=key, user=user, to=fields.get("ToUserName", ""), kind=kind, event=event,
                        content=content, agent_id=fields.get("AgentID", ""))

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
            return phrase("wechat.welcome") if d.event.lower() in ("subscribe", "subscribe_scan") else ""
        if d.kind != "text":
            return phrase("wechat.unsupported")
        text = d.content.strip()
        user = self.user_key(d.user)
        if not text:
            return phrase("wechat.empty")
        if text in MORE_WORDS:
            with self._lock:
                rest = self._more.pop(user, None)
            if rest:
                return self._render(user, rest)
        held, waiting = self._take_finished(user)
        if text in VIEW_WORDS and (held or waiting):  # 「查看」 asks for held answers, it is not a question
            return self._render(user, "\n\n".join(held) if held else phrase("wechat.still_working"))
        future = self.pool.submit(self._ask, user, text)
        try:
            now = _plain(future.result(timeout=self.budget))
        except FutureTimeout:
            self._hold(user, text, future)
            now = phrase("wechat.holding")
        return self._render(user, "\n\n".join([*held, now]))

    def _take_finished(self, user: str) -> tuple[list[str], int]:
        """The finished held answers, oldest first, as reply text (they leave the queue), and
        how many are still being worked on (they stay)."""
        with self._lock:
            queue = self._pending.get(user)
            if not queue:
                return [], 0
            done = [(q, f) for q, f in queue if f.done()]
            for item in done:
                queue.remove(item)
            if not queue:
                del self._pending[user]
            waiting = len(queue)
        held = []
        for question, future in done:
            if future.exception() is None:
                held.append(phrase("wechat.previous", question=_short(question)) + _plain(future.result()))
            else:
                held.append(phrase("wechat.previous", question=_short(question)) + phrase("wechat.error"))
        return held, waiting

    def _hold(self, user: str, question: str, future: Future) -> None:
        """Keep an unfinished answer for the user's next message; per user the newest
        ``PENDING_PER_USER``, and leftovers of at most ``PER_USER_MAX`` users."""
        with self._lock:
            queue = self._pending.setdefault(user, deque(maxlen=PENDING_PER_USER))
            queue.append((question, future))
            self._pending.move_to_end(user)
            while len(self._pending) > PER_USER_MAX:
                self._pending.popitem(last=False)

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

    def _render(self, user: str, text: str) -> str:
        """Cut at a sentence so the reply stays within WeChat's byte limit; keep the rest for 「更多」."""
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


def _short(question: str, limit: int = 30) -> str:
    question = " ".join(question.split())
    return question if len(question) <= limit else question[:limit] + "…"


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
