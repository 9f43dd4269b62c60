"""The WeChat official-account and WeCom webhooks end to end, against the running app
(uvicorn on loopback) with the real assistant."""

from __future__ import annotations

import hashlib
import re
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest
import xmltodict
from conftest import serve_in_thread
from wechatpy.crypto import WeChatCrypto
from wechatpy.enterprise.crypto import WeChatCrypto as WeComCrypto

from bot.assistant import Assistant
from policybot.settings import Settings
from server.app import create_app
from server.storage import Store

TOKEN = "policybot-test-token"
AES_KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG"
APPID = "wx2c2769f8efd9abc2"
# WeCom: the official sample credentials, so the sample URL-verification vector works end to end
WECOM_TOKEN, WECOM_KEY, WECOM_CORP = "QDG6eK", "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C", "wx5823bf96d3bd56c7"
QUESTION = "2023年3月出生的孩子能领多少育儿补贴？"


def sign(*parts: str) -> str:
    return hashlib.sha1("".join(sorted(parts)).encode()).hexdigest()


def text_xml(content: str, user: str = "oUser0001", msg_id: str = "1000000001", created: int | None = None) -> str:
    created = created or int(time.time())
    return (f"<xml><ToUserName><![CDATA[gh_policybot]]></ToUserName><FromUserName><![CDATA[{user}]]></FromUserName>"
            f"<CreateTime>{created}</CreateTime><MsgType><![CDATA[text]]></MsgType>"
            f"<Content><![CDATA[{content}]]></Content><MsgId>{msg_id}</MsgId></xml>")


def query(ts: str | None = None, nonce: str | None = None) -> dict[str, str]:
    """A signed query string as WeChat sends it: a fresh nonce every time."""
    ts = ts or str(int(time.time()))
    nonce = nonce or uuid.uuid4().hex[:10]
    return {"signature": sign(TOKEN, ts, nonce), "timestamp": ts, "nonce": nonce}


def reply_content(xml: str) -> str:
    return xmltodict.parse(xml)["xml"]["Content"]


@pytest.fixture(scope="module")
def app_and_base(retriever, tmp_path_factory):
    db = tmp_path_factory.mktemp("wechat-db") / "w.sqlite3"
    settings = Settings(db_path=db, wechat_token=TOKEN, wechat_aes_key=AES_KEY, wechat_appid=APPID,
                        wecom_token=WECOM_TOKEN, wecom_aes_key=WECOM_KEY, wecom_corp_id=WECOM_CORP)
    app = create_app(settings=settings, assistant=Assistant(retriever, settings))
    with serve_in_thread(app) as base:
        yield app, base, settings


@pytest.fixture(scope="module")
def base(app_and_base):
    return app_and_base[1]


@pytest.fixture(scope="module")
def mp(app_and_base):
    return app_and_base[0].state.channels["mp"]


def post(base: str, path: str, params: dict, body: str | bytes) -> httpx.Response:
    data = body.encode("utf-8") if isinstance(body, str) else body
    return httpx.post(base + path, params=params, content=data, headers={"Content-Type": "text/xml"}, timeout=30)


def test_url_verification(base):
    ts, nonce = "1409735669", "1320562132"
    ok = httpx.get(base + "/wechat", params={"signature": sign(TOKEN, ts, nonce), "timestamp": ts, "nonce": nonce,
                                             "echostr": "shr5ch"})
    assert ok.status_code == 200 and ok.text == "shr5ch"
    bad = httpx.get(base + "/wechat", params={"signature": "0" * 40, "timestamp": ts, "nonce": nonce, "echostr": "x"})
    assert bad.status_code == 403


def test_wecom_url_verification_with_the_official_vector(base):
    r = httpx.get(base + "/wecom", params={
        "msg_signature": "5c45ff5e21c57e6ad56bac8758b79b1d9ac89fd3", "timestamp": "1409659589", "nonce": "263014780",
        "echostr": "P9nAzCzyDtyTWESHep1vC5X9xho/qYX3Zpb4yKa9SKld1DsH3Iyt3tP3zNdtp+4RPcs8TgAE7OaBO+FZXvnaqQ=="})
    assert r.status_code == 200 and r.text == "1616140317555161061"


def test_plaintext_question_gets_a_cited_answer_within_the_byte_limit(base):
    r = post(base, "/wechat", query(), text_xml(QUESTION, user="oPlain01", msg_id="2000000001"))
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/xml")
    reply = xmltodict.parse(r.text)["xml"]
    content = reply["Content"]
    assert reply["ToUserName"] == "oPlain01" and reply["FromUserName"] == "gh_policybot"
    assert "4500元" in content and "依据" in content and "甘卫人口发〔2025〕65号" in content and "计算过程" in content
    assert len(content.encode("utf-8")) <= 2048


def test_safe_mode_message_is_decrypted_and_the_reply_encrypted(base):
    crypto = WeChatCrypto(TOKEN, AES_KEY, APPID)
    ts, nonce = str(int(time.time())), "556677"
    envelope = xmltodict.parse(crypto.encrypt_message(text_xml(QUESTION, user="oSafe001", msg_id="2000000002"), nonce, ts))["xml"]
    params = {**query(ts, nonce), "encrypt_type": "aes", "msg_signature": envelope["MsgSignature"]}
    body = f"<xml><ToUserName><![CDATA[gh_policybot]]></ToUserName><Encrypt><![CDATA[{envelope['Encrypt']}]]></Encrypt></xml>"
    r = post(base, "/wechat", params, body)
    assert r.status_code == 200
    out = xmltodict.parse(r.text)["xml"]
    plain = crypto.decrypt_message({"Encrypt": out["Encrypt"]}, out["MsgSignature"], out["TimeStamp"], out["Nonce"])
    assert "4500元" in reply_content(plain)


def test_a_retried_message_is_answered_once_with_the_identical_reply(base, mp):
    body = text_xml("河北断保3年补缴2年，待遇等待期多长？", user="oRetry01", msg_id="2000000003")
    calls = mp.bot_calls
    first = post(base, "/wechat", query(), body)
    time.sleep(1.1)  # a retry comes seconds later; its reply must still be byte for byte the same
    second = post(base, "/wechat", query(), body)
    assert first.status_code == second.status_code == 200
    assert first.text == second.text and "4个月" in reply_content(first.text)
    assert mp.bot_calls == calls + 1
    with ThreadPoolExecutor(8) as pool:  # simultaneous deliveries of one new message
        body = text_xml("河南试管婴儿费用1万元，职工医保能报多少？", user="oRetry01", msg_id="2000000004")
        replies = list(pool.map(lambda _: reply_content(post(base, "/wechat", query(), body).text), range(8)))
    assert len(set(replies)) == 1 and "6300元" in replies[0]
    assert mp.bot_calls == calls + 2


def test_forged_or_missing_signatures_get_403_and_touch_nothing(base, mp):
    calls = mp.bot_calls
    body = text_xml(QUESTION, user="oForge01", msg_id="2000000005")
    ts = str(int(time.time()))
    assert post(base, "/wechat", {"signature": "f" * 40, "timestamp": ts, "nonce": "1"}, body).status_code == 403
    assert post(base, "/wechat", {}, body).status_code == 403
    crypto = WeChatCrypto(TOKEN, AES_KEY, APPID)
    env = xmltodict.parse(crypto.encrypt_message(body, "9", ts))["xml"]
    forged = {**query(ts, "9"), "encrypt_type": "aes", "msg_signature": "0" * 40}
    enc_body = f"<xml><Encrypt><![CDATA[{env['Encrypt']}]]></Encrypt></xml>"
    assert post(base, "/wechat", forged, enc_body).status_code == 403
    other_app = WeChatCrypto(TOKEN, AES_KEY, "wx0000000000000000")
    env2 = xmltodict.parse(other_app.encrypt_message(body, "9", ts))["xml"]
    wrong_appid = {**query(ts, "9"), "encrypt_type": "aes", "msg_signature": env2["MsgSignature"]}
    assert post(base, "/wechat", wrong_appid, f"<xml><Encrypt><![CDATA[{env2['Encrypt']}]]></Encrypt></xml>").status_code == 403
    assert mp.bot_calls == calls


BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<xml><ToUserName>gh</ToUserName><FromUserName>oX</FromUserName><CreateTime>1</CreateTime>
<MsgType>text</MsgType><Content>&lol3;</Content><MsgId>3</MsgId></xml>"""
XXE = """<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<xml><ToUserName>gh</ToUserName><FromUserName>oX</FromUserName><CreateTime>1</CreateTime>
<MsgType>text</MsgType><Content>&xxe;</Content><MsgId>4</MsgId></xml>"""


@pytest.mark.parametrize("body,status", [
    (BILLION_LAUGHS, 400), (XXE, 400), ("<xml><MsgType>text</MsgType>", 400), ("not xml at all", 400),
    ("<xml><Foo>bar</Foo></xml>", 400), ("<xml>" + "a" * 70000 + "</xml>", 413),
])
def test_hostile_or_malformed_bodies_are_refused_cleanly(base, mp, body, status):
    calls = mp.bot_calls
    assert post(base, "/wechat", query(), body).status_code == status
    assert mp.bot_calls == calls


def test_a_replayed_old_timestamp_is_refused(base):
    old = str(int(time.time()) - 3600)
    assert post(base, "/wechat", query(old), text_xml(QUESTION, msg_id="2000000006")).status_code == 403


def test_follow_ups_from_the_same_openid_keep_the_context(base):
    user = "oFollow01"
    first = reply_content(post(base, "/wechat", query(), text_xml(QUESTION, user=user, msg_id="2000000007")).text)
    assert "4500元" in first
    second = reply_content(post(base, "/wechat", query(), text_xml("那要是24年5月生的呢？", user=user, msg_id="2000000008")).text)
    assert "8700元" in second and "1500元" in second
    other = reply_content(post(base, "/wechat", query(), text_xml("那要是24年5月生的呢？", user="oStranger", msg_id="2000000009")).text)
    assert "8700元" not in other  # another user has no such context


def test_subscribe_other_types_and_events(base):
    now = int(time.time())
    sub = ("<xml><ToUserName><![CDATA[gh_policybot]]></ToUserName><FromUserName><![CDATA[oNew0001]]></FromUserName>"
           f"<CreateTime>{now}</CreateTime><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[subscribe]]></Event></xml>")
    assert "育儿补贴" in reply_content(post(base, "/wechat", query(), sub).text)
    image = ("<xml><ToUserName><![CDATA[gh_policybot]]></ToUserName><FromUserName><![CDATA[oNew0001]]></FromUserName>"
             f"<CreateTime>{now}</CreateTime><MsgType><![CDATA[image]]></MsgType><PicUrl><![CDATA[http://x/y.jpg]]></PicUrl>"
             "<MediaId><![CDATA[m1]]></MediaId><MsgId>2000000010</MsgId></xml>")
    assert "文字问题" in reply_content(post(base, "/wechat", query(), image).text)
    unsub = sub.replace("subscribe", "unsubscribe")
    r = post(base, "/wechat", query(), unsub.replace(str(now), str(now + 1)))
    assert r.status_code == 200 and r.text == "success"


def test_long_answers_are_cut_at_a_sentence_and_continue_on_request(mp):
    from server.wechat import REPLY_LIMIT_BYTES

    long_text = "这是一句很长的政策说明。" * 300
    first = mp._render("u-long", long_text)
    assert len(first.encode("utf-8")) <= REPLY_LIMIT_BYTES and first.rstrip().endswith("查看其余部分）")
    assert first.split("\n")[0].endswith("。")
    kept = mp._more.pop("u-long")
    assert first.split("\n")[0] + kept == long_text.rstrip()  # nothing lost between the parts


def test_more_returns_the_rest_of_a_long_answer(base, mp):
    user = "oLong0001"
    mp._more[mp.user_key(user)] = "续上文：第二部分内容。"
    r = post(base, "/wechat", query(), text_xml("更多", user=user, msg_id="2000000011"))
    assert reply_content(r.text) == "续上文：第二部分内容。"


def test_openids_are_stored_hashed_never_raw(app_and_base, base):
    settings = app_and_base[2]
    post(base, "/wechat", query(), text_xml(QUESTION, user="oSecretOpenId", msg_id="2000000012"))
    rows = Store(settings.db_path).answers(limit=500)
    wechat_rows = [r for r in rows if r["channel"] == "mp"]
    assert wechat_rows and all("oSecretOpenId" not in str(r) for r in rows)
    assert all(r["session_id"].startswith("u-") for r in wechat_rows)


def test_wecom_encrypted_message_round_trip(base):
    crypto = WeComCrypto(WECOM_TOKEN, WECOM_KEY, WECOM_CORP)
    ts, nonce = str(int(time.time())), "4242"
    inner = text_xml(QUESTION, user="zhangsan", msg_id="3000000001").replace("</xml>", "<AgentID>1000002</AgentID></xml>")
    env = xmltodict.parse(crypto.encrypt_message(inner, nonce, ts))["xml"]
    body = f"<xml><ToUserName><![CDATA[{WECOM_CORP}]]></ToUserName><Encrypt><![CDATA[{env['Encrypt']}]]></Encrypt><AgentID>1000002</AgentID></xml>"
    r = post(base, "/wecom", {"msg_signature": env["MsgSignature"], "timestamp": ts, "nonce": nonce}, body)
    assert r.status_code == 200
    out = xmltodict.parse(r.text)["xml"]
    plain = crypto.decrypt_message({"Encrypt": out["Encrypt"]}, out["MsgSignature"], out["TimeStamp"], out["Nonce"])
    assert "4500元" in reply_content(plain)
    forged = post(base, "/wecom", {"msg_signature": "0" * 40, "timestamp": ts, "nonce": nonce}, body)
    assert forged.status_code == 403


def test_a_slow_answer_gets_a_holding_reply_in_time_and_arrives_next_message(retriever, tmp_path):
    settings = Settings(db_path=tmp_path / "slow.sqlite3", wechat_token=TOKEN, wechat_reply_budget_seconds=0.3)
    real = Assistant(retriever, settings)
    release = threading.Event()

    class Slow:
        """The real assistant behind a gate, to exceed the reply budget on purpose."""

        def ask(self, session_id, message):
            release.wait(5)
            return real.ask(session_id, message)

    app = create_app(settings=settings, assistant=Slow())
    with serve_in_thread(app) as slow_base:
        t = time.monotonic()
        first = post(slow_base, "/wechat", query(), text_xml(QUESTION, user="oSlow0001", msg_id="4000000001"))
        assert time.monotonic() - t < 2 and "正在查询" in reply_content(first.text)
        release.set()
        time.sleep(0.5)
        second = post(slow_base, "/wechat", query(), text_xml("查看", user="oSlow0001", msg_id="4000000002"))
        assert "4500元" in reply_content(second.text) and "上一个问题" in reply_content(second.text)


def test_unconfigured_channels_are_not_exposed(retriever, tmp_path):
    from fastapi.testclient import TestClient

    s = Settings(db_path=tmp_path / "n.sqlite3")
    c = TestClient(create_app(settings=s, assistant=Assistant(retriever, s)))
    assert c.post("/wechat", content=b"<xml/>").status_code == 404
    assert c.get("/wecom").status_code == 404


# -- hardening: every failure is a clean 4xx or `success`, through the route -------------------
# These use the FastAPI TestClient (server errors become a 500 response, not an exception) and a
# stand-in assistant, so each delivery is cheap; encryption is done here independently of the
# server, with our own AES-256-CBC (WeChat's WXBizMsgCrypt layout).

import base64  # noqa: E402
import os  # noqa: E402
import struct  # noqa: E402

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes  # noqa: E402

from policybot.types import Answer  # noqa: E402


def aes_envelope(token: str, aes_key: str, app_id: str, xml: str, ts: str, nonce: str) -> tuple[str, str]:
    """(Encrypt, MsgSignature) as WeChat's servers make them: random(16) + len(4, big endian) +
    xml + AppID, PKCS#7 padded to 32 bytes, AES-256-CBC with IV = key[:16], base64."""
    key = base64.b64decode(aes_key + "=")
    raw = xml.encode("utf-8")
    plain = os.urandom(16) + struct.pack(">I", len(raw)) + raw + app_id.encode()
    pad = 32 - len(plain) % 32
    plain += bytes([pad]) * pad
    enc = Cipher(algorithms.AES(key), modes.CBC(key[:16])).encryptor()
    encrypt = base64.b64encode(enc.update(plain) + enc.finalize()).decode()
    return encrypt, sign(token, ts, nonce, encrypt)


def aes_open(aes_key: str, encrypt: str) -> str:
    key = base64.b64decode(aes_key + "=")
    dec = Cipher(algorithms.AES(key), modes.CBC(key[:16])).decryptor()
    plain = dec.update(base64.b64decode(encrypt)) + dec.finalize()
    plain = plain[:-plain[-1]]
    n = struct.unpack(">I", plain[16:20])[0]
    return plain[20:20 + n].decode("utf-8")


class Echo:
    """A stand-in assistant: answers 「答：<question>」, records every (session, question); a
    question listed in ``gates`` waits for its event first (a slow answer on purpose)."""

    def __init__(self):
        self.calls: list[tuple[str, str]] = []
        self.gates: dict[str, threading.Event] = {}

    def ask(self, session_id, message):
        self.calls.append((session_id, message))
        gate = self.gates.get(message)
        if gate is not None:
            gate.wait(10)
        return Answer(status="answered", answer=f"答：{message}", session_id=session_id, answer_id=uuid.uuid4().hex)


@pytest.fixture
def fast(tmp_path):
    from fastapi.testclient import TestClient

    settings = Settings(db_path=tmp_path / "fast.sqlite3", secret_key="hardening-test-secret", wechat_token=TOKEN,
                        wechat_aes_key=AES_KEY, wechat_appid=APPID, wecom_token=WECOM_TOKEN, wecom_aes_key=WECOM_KEY,
                        wecom_corp_id=WECOM_CORP, wechat_reply_budget_seconds=0.3)
    bot = Echo()
    app = create_app(settings=settings, assistant=bot)
    client = TestClient(app, raise_server_exceptions=False)
    client.bot, client.app, client.settings = bot, app, settings
    return client


def mp_post(client, body: str, params: dict | None = None, nonce: str | None = None):
    return client.post("/wechat", params=params or query(nonce=nonce or uuid.uuid4().hex[:10]),
                       content=body.encode("utf-8"), headers={"Content-Type": "text/xml"})


def safe_post(client, inner: str):
    ts, nonce = str(int(time.time())), uuid.uuid4().hex[:10]
    encrypt, msg_sig = aes_envelope(TOKEN, AES_KEY, APPID, inner, ts, nonce)
    params = {**query(ts, nonce), "encrypt_type": "aes", "msg_signature": msg_sig}
    return client.post("/wechat", params=params, content=f"<xml><Encrypt><![CDATA[{encrypt}]]></Encrypt></xml>".encode())


def wecom_post(client, inner: str):
    ts, nonce = str(int(time.time())), uuid.uuid4().hex[:10]
    encrypt, msg_sig = aes_envelope(WECOM_TOKEN, WECOM_KEY, WECOM_CORP, inner, ts, nonce)
    body = f"<xml><ToUserName><![CDATA[{WECOM_CORP}]]></ToUserName><Encrypt><![CDATA[{encrypt}]]></Encrypt></xml>"
    return client.post("/wecom", params={"msg_signature": msg_sig, "timestamp": ts, "nonce": nonce}, content=body.encode())


def mp_text(client, content: str, user: str, msg_id: int) -> str:
    r = mp_post(client, text_xml(content, user=user, msg_id=str(msg_id)))
    assert r.status_code == 200, r.text
    return reply_content(r.text)


def event_xml(event: str, user: str = "oEvent001", extra: str = "", created: int | None = None) -> str:
    return (f"<xml><ToUserName><![CDATA[gh_policybot]]></ToUserName><FromUserName><![CDATA[{user}]]></FromUserName>"
            f"<CreateTime>{created or int(time.time())}</CreateTime><MsgType><![CDATA[event]]></MsgType>"
            f"<Event><![CDATA[{event}]]></Event>{extra}</xml>")


NESTED = "<a>" * 2500 + "deep" + "</a>" * 2500


def raw_content(xml: str, content: str) -> str:
    """The message with Content as XML (elements), not CDATA text."""
    return re.sub(r"<Content><!\[CDATA\[.*?\]\]></Content>", lambda _: f"<Content>{content}</Content>", xml)


MALFORMED = {
    "non-numeric MsgId": text_xml("你好", msg_id="12ab"),
    "non-numeric CreateTime": text_xml("你好", msg_id="5000000002").replace(
        f"<CreateTime>{int(time.time())}</CreateTime>", "<CreateTime>yesterday</CreateTime>"),
    "huge CreateTime": text_xml("你好", msg_id="5000000003", created=99999999999999999999),
    "negative CreateTime": text_xml("你好", msg_id="5000000004", created=-5),
    "nested Content": raw_content(text_xml("", msg_id="5000000005"), NESTED),
    "element in Content": raw_content(text_xml("", msg_id="5000000006"), "你<b>好</b>"),
    "huge MsgId": text_xml("你好", msg_id="9" * 40),
    "no MsgType": "<xml><FromUserName>oX</FromUserName><CreateTime>1</CreateTime></xml>",
    "no sender": "<xml><MsgType>text</MsgType><CreateTime>1</CreateTime><Content>x</Content></xml>",
    "other root": "<foo><MsgType>text</MsgType><FromUserName>oX</FromUserName><CreateTime>1</CreateTime></foo>",
}


@pytest.mark.parametrize("mode", ["plaintext", "safe"])
@pytest.mark.parametrize("name", list(MALFORMED))
def test_signed_but_malformed_messages_get_400_never_500(fast, mode, name):
    body = MALFORMED[name]
    r = mp_post(fast, body) if mode == "plaintext" else safe_post(fast, body)
    assert r.status_code == 400, (r.status_code, r.text[:200])
    assert fast.bot.calls == []


def test_markup_as_text_is_a_question_like_any_other(fast):
    """Inside CDATA, 「<b>你好</b>」 or 2,500 「<a>」 are characters a user typed, not elements."""
    assert mp_text(fast, "<b>你好</b>", "oMarkup01", 5100000001) == "答：<b>你好</b>"
    assert mp_text(fast, NESTED, "oMarkup01", 5100000002).startswith("答：<a><a>")


def test_signed_but_malformed_wecom_message_gets_400(fast):
    r = wecom_post(fast, text_xml("你好", user="zhangsan", msg_id="x1"))
    assert r.status_code == 400 and fast.bot.calls == []


@pytest.mark.parametrize("echostr", [
    base64.b64encode(os.urandom(16)).decode(),  # one block: nothing after the random prefix
    base64.b64encode(os.urandom(48)).decode(),  # garbage length and padding
    base64.b64encode(os.urandom(15)).decode(),  # not a whole block
    "AAAA", "!!!not-base64!!!", "%E4%BD%A0",
])
def test_wecom_verification_with_a_signed_but_undecryptable_echostr_is_400(fast, echostr):
    ts, nonce = str(int(time.time())), "778899"
    r = fast.get("/wecom", params={"msg_signature": sign(WECOM_TOKEN, ts, nonce, echostr), "timestamp": ts,
                                   "nonce": nonce, "echostr": echostr})
    assert r.status_code == 400, (r.status_code, r.text)


def test_wecom_verification_still_works_with_an_independently_encrypted_echostr(fast):
    ts, nonce = str(int(time.time())), "778899"
    key = base64.b64decode(WECOM_KEY + "=")
    raw = b"8964202611230001"
    plain = os.urandom(16) + struct.pack(">I", len(raw)) + raw + WECOM_CORP.encode()
    plain += bytes([32 - len(plain) % 32]) * (32 - len(plain) % 32)
    enc = Cipher(algorithms.AES(key), modes.CBC(key[:16])).encryptor()
    echostr = base64.b64encode(enc.update(plain) + enc.finalize()).decode()
    r = fast.get("/wecom", params={"msg_signature": sign(WECOM_TOKEN, ts, nonce, echostr), "timestamp": ts,
                                   "nonce": nonce, "echostr": echostr})
    assert r.status_code == 200 and r.text == raw.decode()
    forged = fast.get("/wecom", params={"msg_signature": "0" * 40, "timestamp": ts, "nonce": nonce, "echostr": echostr})
    assert forged.status_code == 403


# -- late answers: a bounded queue per user, delivered on the next message ---------------------

def test_a_late_answer_survives_an_unrelated_next_message(fast):
    user, q1 = "oLate0001", "第一个问题"
    fast.bot.gates[q1] = threading.Event()
    assert "正在查询" in mp_text(fast, q1, user, 6000000001)
    fast.bot.gates[q1].set()
    time.sleep(0.2)
    reply = mp_text(fast, "第二个问题", user, 6000000002)  # not 「查看」: anything else
    assert "第一个问题" in reply and "答：第一个问题" in reply and "答：第二个问题" in reply
    assert reply.index("答：第一个问题") < reply.index("答：第二个问题")
    assert "答：第一个问题" not in mp_text(fast, "第三个问题", user, 6000000003)  # delivered once


def test_a_ready_answer_is_not_lost_when_the_next_question_is_slow_too(fast):
    user, q1, q2 = "oLate0002", "慢问题一", "慢问题二"
    fast.bot.gates[q1], fast.bot.gates[q2] = threading.Event(), threading.Event()
    assert "正在查询" in mp_text(fast, q1, user, 6100000001)
    fast.bot.gates[q1].set()
    time.sleep(0.2)
    second = mp_text(fast, q2, user, 6100000002)  # q2 is slow as well: q1's answer comes with the holding reply
    assert "答：慢问题一" in second and "正在查询" in second
    fast.bot.gates[q2].set()
    time.sleep(0.2)
    third = mp_text(fast, "查看", user, 6100000003)
    assert "答：慢问题二" in third and "慢问题一" not in third


def test_finished_answers_are_delivered_oldest_first_and_unfinished_ones_stay_pending(fast):
    user = "oLate0003"
    qs = ["排队问题一", "排队问题二", "排队问题三"]
    for q in qs:
        fast.bot.gates[q] = threading.Event()
    for n, q in enumerate(qs):
        assert "正在查询" in mp_text(fast, q, user, 6200000001 + n)
    fast.bot.gates[qs[2]].set()
    fast.bot.gates[qs[1]].set()
    time.sleep(0.2)
    reply = mp_text(fast, "查看", user, 6200000010)
    assert "答：排队问题二" in reply and "答：排队问题三" in reply and "答：排队问题一" not in reply
    assert reply.index("排队问题二") < reply.index("排队问题三")
    fast.bot.gates[qs[0]].set()
    time.sleep(0.2)
    last = mp_text(fast, "查看", user, 6200000011)
    assert "答：排队问题一" in last and "排队问题二" not in last


def test_view_with_only_unfinished_answers_says_still_working_and_asks_nothing(fast):
    user, q = "oLate0004", "很慢的问题"
    fast.bot.gates[q] = threading.Event()
    mp_text(fast, q, user, 6300000001)
    calls = len(fast.bot.calls)
    assert "正在查询" in mp_text(fast, "查看", user, 6300000002)
    assert len(fast.bot.calls) == calls  # 「查看」 is not sent to the assistant as a question
    fast.bot.gates[q].set()


def test_the_pending_queue_per_user_is_bounded(fast):
    from server.wechat import PENDING_PER_USER

    user = "oLate0005"
    qs = [f"问题{n}号" for n in range(PENDING_PER_USER + 2)]
    for n, q in enumerate(qs):
        fast.bot.gates[q] = threading.Event()
        mp_text(fast, q, user, 6400000001 + n)
    for q in qs:
        fast.bot.gates[q].set()
    time.sleep(0.3)
    reply = mp_text(fast, "查看", user, 6400000100)
    held = [q for q in qs if f"答：{q}" in reply]
    assert held == qs[-PENDING_PER_USER:]  # the oldest are the ones forgotten


# -- events wechatpy does not know get `success` ------------------------------------------------

@pytest.mark.parametrize("event", ["PUBLISHJOBFINISH", "subscribe_msg_popup_event", "user_authorization_revoke",
                                   "MASSSENDJOBFINISH", "TEMPLATESENDJOBFINISH", "unsubscribe", "CLICK", "VIEW",
                                   "LOCATION", "some_future_event"])
def test_official_account_events_other_than_subscribe_get_success(fast, event):
    extra = ("<SubscribeMsgPopupEvent><List><TemplateId><![CDATA[t1]]></TemplateId>"
             "<SubscribeStatusString><![CDATA[accept]]></SubscribeStatusString><PopupScene>2</PopupScene></List>"
             "</SubscribeMsgPopupEvent>") if event == "subscribe_msg_popup_event" else ""
    r = mp_post(fast, event_xml(event, extra=extra))
    assert r.status_code == 200 and r.text == "success"
    assert fast.bot.calls == []


def test_an_event_without_an_event_name_gets_success(fast):
    body = ("<xml><ToUserName>gh</ToUserName><FromUserName>oEv</FromUserName>"
            f"<CreateTime>{int(time.time())}</CreateTime><MsgType>event</MsgType></xml>")
    r = mp_post(fast, body)
    assert r.status_code == 200 and r.text == "success"


def test_subscribe_with_a_scene_still_gets_the_welcome(fast):
    r = mp_post(fast, event_xml("subscribe", user="oScene01", extra="<EventKey><![CDATA[qrscene_123]]></EventKey>"
                                                                  "<Ticket><![CDATA[tk]]></Ticket>"))
    assert "育儿补贴" in reply_content(r.text)


@pytest.mark.parametrize("event", ["change_contact", "template_card_event", "enter_agent", "some_future_event"])
def test_wecom_events_other_than_subscribe_get_success(fast, event):
    extra = "<AgentID>1000002</AgentID><ChangeType><![CDATA[update_user]]></ChangeType><UserID>zhangsan</UserID>"
    r = wecom_post(fast, event_xml(event, user="zhangsan", extra=extra))
    assert r.status_code == 200 and r.text == "success"


# -- a captured query string cannot carry a forged body ------------------------------------------

def test_a_captured_plaintext_query_cannot_carry_a_forged_body(fast):
    params = query(nonce="captured1")
    genuine = text_xml("真问题", user="oNonce001", msg_id="7000000001")
    first = mp_post(fast, genuine, params=params)
    assert first.status_code == 200 and "答：真问题" in reply_content(first.text)
    forged = text_xml("伪造的问题", user="oNonce001", msg_id="7000000002")
    assert mp_post(fast, forged, params=params).status_code == 403
    assert mp_post(fast, forged.replace("oNonce001", "oVictim01"), params=params).status_code == 403
    retry = mp_post(fast, genuine, params=params)  # WeChat's own retry: same query, same body
    assert retry.status_code == 200 and retry.text == first.text
    assert [q for _, q in fast.bot.calls] == ["真问题"]


def test_the_nonce_cache_is_bounded_and_forgets_after_the_window():
    from server.wechat import NonceCache

    now = [1000.0]
    cache = NonceCache(window=300, max_entries=3, clock=lambda: now[0])
    assert cache.admit(("1000", "a", "s"), b"x", 1000) and cache.admit(("1000", "a", "s"), b"x", 1000)
    assert not cache.admit(("1000", "a", "s"), b"y", 1000)
    for n in range(5):
        cache.admit(("1000", f"n{n}", "s"), b"z", 1000)
    assert len(cache) <= 3
    now[0] = 1000.0 + 301
    cache.admit(("1301", "b", "s"), b"z", 1301)
    assert len(cache) == 1  # entries whose timestamp left the window are gone


# -- openids hashed with the instance secret; channel session spaces apart ----------------------

def test_openids_are_hashed_with_the_instance_secret_not_a_public_salt(fast):
    from policybot.secret import instance_secret, keyed_hash

    openid = "oPrivate0001"
    mp_text(fast, "我的问题", openid, 8000000001)
    session, _ = fast.bot.calls[-1]
    public_salt = "u-" + hashlib.sha256(f"mp:{openid}".encode()).hexdigest()[:20]  # the old, computable pseudonym
    secret = instance_secret(fast.settings)
    assert session == "mp:u-" + keyed_hash(secret, "mp", openid)
    assert public_salt not in session
    stored = [r["session_id"] for r in fast.app.state.store.answers() if r["channel"] == "mp"]
    assert stored and public_salt not in stored and all(openid not in s for s in stored)
    other = Settings(db_path=fast.settings.db_path, secret_key="another-instance", wechat_token=TOKEN)
    assert keyed_hash(instance_secret(other), "mp", openid) not in session  # not computable without the secret
    r = wecom_post(fast, text_xml("企业微信问题", user=openid, msg_id="8000000002"))
    assert r.status_code == 200
    wecom_session, _ = fast.bot.calls[-1]
    assert wecom_session.startswith("wecom:u-") and wecom_session[len("wecom:"):] != session[len("mp:"):]


# -- voice messages with WeChat's speech recognition --------------------------------------------

def voice_xml(user: str, msg_id: str, recognition: str | None) -> str:
    rec = "" if recognition is None else f"<Recognition><![CDATA[{recognition}]]></Recognition>"
    return (f"<xml><ToUserName><![CDATA[gh_policybot]]></ToUserName><FromUserName><![CDATA[{user}]]></FromUserName>"
            f"<CreateTime>{int(time.time())}</CreateTime><MsgType><![CDATA[voice]]></MsgType>"
            f"<MediaId><![CDATA[media1]]></MediaId><Format><![CDATA[amr]]></Format>{rec}<MsgId>{msg_id}</MsgId></xml>")


def test_a_voice_message_is_answered_from_its_recognised_text(fast):
    r = mp_post(fast, voice_xml("oVoice001", "9000000001", "二零二三年三月出生的孩子能领多少育儿补贴？"))
    assert reply_content(r.text).startswith("答：二零二三年三月出生的孩子能领多少育儿补贴")
    assert fast.bot.calls[-1][1] == "二零二三年三月出生的孩子能领多少育儿补贴？"


@pytest.mark.parametrize("recognition", [None, "", "   "])
def test_a_voice_message_without_recognition_keeps_the_unsupported_reply(fast, recognition):
    r = mp_post(fast, voice_xml("oVoice002", "9000000002", recognition))
    assert "文字问题" in reply_content(r.text) and fast.bot.calls == []


# -- the body limit for chunked uploads (the middleware is the other half of this work) ----------

def test_a_chunked_body_over_64k_on_wechat_is_refused_before_it_ends(tmp_path):
    """A chunked upload has no Content-Length: the limit must hold while the body streams in,
    not after reading it whole. The sender here never finishes; the 413 must come anyway."""
    import socket
    from urllib.parse import urlencode, urlsplit

    settings = Settings(db_path=tmp_path / "chunk.sqlite3", wechat_token=TOKEN, secret_key="chunk")
    with serve_in_thread(create_app(settings=settings, assistant=Echo())) as live:
        host, port = urlsplit(live).hostname, urlsplit(live).port
        with socket.create_connection((host, port), timeout=5) as s:
            s.sendall((f"POST /wechat?{urlencode(query())} HTTP/1.1\r\nHost: {host}\r\nContent-Type: text/xml\r\n"
                       "Transfer-Encoding: chunked\r\n\r\n").encode())
            chunk = b"x" * 8192
            try:
                for _ in range(16):  # 128 KB, and no terminating chunk
                    s.sendall(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n")
            except OSError:
                pass  # the server may close early: fine, the status line is what counts
            try:
                head = s.recv(64)
            except socket.timeout:
                head = b""
    assert head.startswith(b"HTTP/1.1 413"), head


def test_an_unfinished_answer_survives_a_quick_question_in_between(fast):
    user, slow = "oLate0006", "一个慢问题"
    fast.bot.gates[slow] = threading.Event()
    mp_text(fast, slow, user, 6500000001)
    between = mp_text(fast, "一个快问题", user, 6500000002)  # asked while the slow one is still running
    assert "答：一个快问题" in between and "一个慢问题" not in between
    fast.bot.gates[slow].set()
    time.sleep(0.2)
    assert "答：一个慢问题" in mp_text(fast, "再问一个", user, 6500000003)


def test_more_does_not_drop_a_finished_held_answer(fast):
    user, slow = "oLate0007", "又一个慢问题"
    ch = fast.app.state.channels["mp"]
    fast.bot.gates[slow] = threading.Event()
    mp_text(fast, slow, user, 6600000001)
    fast.bot.gates[slow].set()
    time.sleep(0.2)
    ch._more[ch.user_key(user)] = "续上文：剩下的部分。"
    more = mp_text(fast, "更多", user, 6600000002)
    assert "续上文：剩下的部分。" in more
    assert "答：又一个慢问题" in more or "答：又一个慢问题" in mp_text(fast, "查看", user, 6600000003)
