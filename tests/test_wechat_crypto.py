"""WeChat crypto on the official sample vectors (Tencent's WXBizMsgCrypt samples and
wechatpy's tests), for the official account (公众号) and WeCom (企业微信)."""

from __future__ import annotations

import pytest
import xmltodict
from wechatpy.crypto import WeChatCrypto
from wechatpy.enterprise import crypto as wecom_crypto
from wechatpy.enterprise.crypto import WeChatCrypto as WeComCrypto
from wechatpy.exceptions import InvalidAppIdException, InvalidSignatureException
from wechatpy.utils import check_signature

# 公众号 sample (WXBizMsgCrypt Sample.py)
MP_TOKEN = "spamtest"
MP_KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG"
MP_APPID = "wx2c2769f8efd9abc2"
MP_TIMESTAMP = "1409735669"
MP_NONCE = "1320562132"
MP_MSG_SIGNATURE = "5d197aaffba7e9b25a30732f161a50dee96bd5fa"
MP_ENCRYPT = ("hyzAe4OzmOMbd6TvGdIOO6uBmdJoD0Fk53REIHvxYtJlE2B655HuD0m8KUePWB3+LrPXo87wzQ1QLvbeUgmBM4x6F8PGHQHFVAFmOD2LdJF9Fr"
              "XpbUAh0B5GIItb52sn896wVsMSHGuPE328HnRGBcrS7C41IzDWyWNlZkyyXwon8T332jisa+h6tEDYsVticbSnyU8dKOIbgU6ux5VTjg3yt+WG"
              "zjlpKn6NPhRjpA912xMezR4kw6KWwMrCVKSVCZciVGCgavjIQ6X8tCOp3yZbGpy0VxpAe+77TszTfRd5RJSVO/HTnifJpXgCSUdUue1v6h0EIBY"
              "YI1BD1DlD+C0CR8e6OewpusjZ4uBl9FyJvnhvQl+q5rv1ixrcpCumEPo5MJSgM9ehVsNPfUM669WuMyVWQLCzpu9GhglF2PE=")

# 企业微信 sample (WXBizMsgCrypt for WeCom)
WECOM_TOKEN = "QDG6eK"
WECOM_KEY = "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C"
WECOM_CORP = "wx5823bf96d3bd56c7"
WECOM_ECHO = "P9nAzCzyDtyTWESHep1vC5X9xho/qYX3Zpb4yKa9SKld1DsH3Iyt3tP3zNdtp+4RPcs8TgAE7OaBO+FZXvnaqQ=="
WECOM_ENCRYPT = ("RypEvHKD8QQKFhvQ6QleEB4J58tiPdvo+rtK1I9qca6aM/wvqnLSV5zEPeusUiX5L5X/0lWfrf0QADHHhGd3QczcdCUpj911L3vg3W/sYYvuJTs"
                 "3TUUkSUXxaccAS0qhxchrRYt66wiSpGLYL42aM6A8dTT+6k4aSknmPj48kzJs8qLjvd4Xgpue06DOdnLxAUHzM6+kDZ+HMZfJYuR+LtwGc2hgf"
                 "5gsijff0ekUNXZiqATP7PF5mZxZ3Izoun1s4zG4LUMnvw2r+KqCKIw+3IQH03v+BCA9nMELNqbSf6tiWSrXJB3LAVGUcallcrw8V2t9EL4EhzJ"
                 "WrQUax5wLVMNS0+rUPA3k22Ncx4XXZS9o0MBH27Bo6BpNelZpS+/uh9KsNlY6bHCmJU9p8g7m3fVKn28H3KDYA5Pl/T8Z1ptDAVe0lXdQ2Yoyy"
                 "H2uyPIGHBZZIs2pDBS8R07+qN+E7Q==")


def test_url_signature_official_vectors():
    check_signature(MP_TOKEN, "16120ec1b8dbb870f510d87ce6bc2463eae6ca1a", MP_TIMESTAMP, MP_NONCE)
    check_signature("789", "f7c3bc1d808e04732adf679965ccc34ca7ae3441", "456", "123")
    with pytest.raises(InvalidSignatureException):
        check_signature(MP_TOKEN, "16120ec1b8dbb870f510d87ce6bc2463eae6ca1a", MP_TIMESTAMP, "1320562133")


def test_official_account_safe_mode_decrypt_sample():
    crypto = WeChatCrypto(MP_TOKEN, MP_KEY, MP_APPID)
    plain = crypto.decrypt_message({"Encrypt": MP_ENCRYPT}, MP_MSG_SIGNATURE, MP_TIMESTAMP, MP_NONCE)
    msg = xmltodict.parse(plain)["xml"]
    assert msg["Content"] == "abcdteT" and msg["FromUserName"] == "oyORnuP8q7ou2gfYjqLzSIWZf0rs"
    assert msg["MsgId"] == "6054768590064713728"
    with pytest.raises(InvalidSignatureException):
        crypto.decrypt_message({"Encrypt": MP_ENCRYPT}, MP_MSG_SIGNATURE, MP_TIMESTAMP, "1")
    with pytest.raises(InvalidAppIdException):
        WeChatCrypto(MP_TOKEN, MP_KEY, "wx0000000000000000").decrypt_message(
            {"Encrypt": MP_ENCRYPT}, MP_MSG_SIGNATURE, MP_TIMESTAMP, MP_NONCE)


def test_official_account_encrypt_round_trip_is_signed():
    crypto = WeChatCrypto(MP_TOKEN, MP_KEY, MP_APPID)
    reply = "<xml><ToUserName><![CDATA[oyORnuP8q7ou2gfYjqLzSIWZf0rs]]></ToUserName><Content><![CDATA[育儿补贴]]></Content></xml>"
    envelope = xmltodict.parse(crypto.encrypt_message(reply, MP_NONCE, MP_TIMESTAMP))["xml"]
    assert envelope["TimeStamp"] == MP_TIMESTAMP and envelope["Nonce"] == MP_NONCE
    assert crypto.decrypt_message({"Encrypt": envelope["Encrypt"]}, envelope["MsgSignature"], MP_TIMESTAMP, MP_NONCE) == reply


def test_wecom_url_verification_sample_returns_the_decrypted_echostr():
    crypto = WeComCrypto(WECOM_TOKEN, WECOM_KEY, WECOM_CORP)
    assert crypto.check_signature("5c45ff5e21c57e6ad56bac8758b79b1d9ac89fd3", "1409659589", "263014780",
                                  WECOM_ECHO) == "1616140317555161061"
    with pytest.raises(InvalidSignatureException):
        crypto.check_signature("5c45ff5e21c57e6ad56bac8758b79b1d9ac89fd3", "1409659589", "263014781", WECOM_ECHO)


def test_wecom_decrypt_sample():
    crypto = WeComCrypto(WECOM_TOKEN, WECOM_KEY, WECOM_CORP)
    plain = crypto.decrypt_message({"Encrypt": WECOM_ENCRYPT}, "477715d11cdb4164915debcba66cb864d751f3e6",
                                   "1409659813", "1372623149")
    msg = xmltodict.parse(plain)["xml"]
    assert msg["Content"] == "hello" and msg["FromUserName"] == "mycreate" and msg["AgentID"] == "218"


def test_wecom_encrypt_matches_wechatpys_vector(monkeypatch):
    """wechatpy's deterministic vector: with a fixed random prefix the ciphertext is exact."""

    class FixedRandom(wecom_crypto.PrpCrypto):
        def get_random_string(self):
            return "1234567890123456"

    monkeypatch.setattr(wecom_crypto, "PrpCrypto", FixedRandom)
    crypto = WeComCrypto("123456", "kWxPEV2UEDyxWpmPdKC3F4dgPDmOvfKX1HGnEUDS1aR", "wx49f0ab532d5d035a")
    reply = ("<xml>\n<MsgType><![CDATA[text]]></MsgType>\n<Content><![CDATA[test]]></Content>\n"
             "<FromUserName><![CDATA[wx49f0ab532d5d035a]]></FromUserName>\n<ToUserName><![CDATA[messense]]></ToUserName>\n"
             "<AgentID>1</AgentID>\n<CreateTime>1411525903</CreateTime>\n</xml>")
    envelope = xmltodict.parse(crypto.encrypt_message(reply, "461056294", "1411525903"))["xml"]
    assert envelope["MsgSignature"] == "407518b7649e86ef23978113f92d27afa9296533"
    assert envelope["Encrypt"].startswith("9s4gMv99m88kKTh/H8IdkOiMg6bisoy3ypwy9H4hvSPe9nsGaqyw5hhSjdYbcrKk")
