"""The WeChat official-account and WeCom webhooks end to end, against the running app
(uvicorn on loopback) with the real assistant."""

from __future__ import annotations

import hashlib
import threading
import time
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


def query(ts: str | None = None, nonce: str = "12345") -> dict[str, str]:
    ts = ts or str(int(time.time()))
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
    first = mp._fit("u-long", long_text)
    assert len(first.encode("utf-8")) <= REPLY_LIMIT_BYTES and first.rstrip().endswith("查看其余部分）")
    assert first.split("\n")[0].endswith("。")
    kept = mp._more.pop("u-long")
    assert first.split("\n")[0] + kept == long_text.rstrip()  # nothing lost between the parts


def test_more_returns_the_rest_of_a_long_answer(base, mp):
    from server.storage import hash_user

    user = "oLong0001"
    mp._more[hash_user(user, salt="mp")] = "续上文：第二部分内容。"
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
