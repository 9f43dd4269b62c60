"""The chat widget in a real headless Chromium, against the real server and the real assistant.

Starts ``server.app.create_app`` with uvicorn in a background thread, loads the demo page and
drives the widget (it lives in an open Shadow DOM; Playwright's CSS and role selectors pierce it).
Screenshots of the key states go to ``artifacts/screenshots/``.
"""

from __future__ import annotations

import re
import threading
from pathlib import Path

import pytest
from conftest import serve_in_thread

pytestmark = pytest.mark.browser

sync_api = pytest.importorskip("playwright.sync_api")
expect = sync_api.expect

ROOT = Path(__file__).resolve().parent.parent
SHOTS = ROOT / "artifacts" / "screenshots"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]

CHILDCARE_Q = "2023年3月出生的孩子能领多少育儿补贴？"
XSS = "<img src=x onerror=alert(1)>"
ANSWER_TIMEOUT = 60_000  # ms; the first answer may load lazy parts of the model

if not Path(CHROMIUM).exists():  # pragma: no cover - depends on the machine
    pytest.skip("Debian chromium is not installed (scripts/setup.sh installs it)", allow_module_level=True)


@pytest.fixture(scope="module")
def other_origin():
    """A second HTTP server (another port = another origin) that serves one host page."""
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    pages: dict[str, str] = {}

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            body = pages.get(self.path, "").encode()
            self.send_response(200 if body else 404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}", pages
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(scope="module")
def live_server(retriever, tmp_path_factory, other_origin):
    from bot.assistant import Assistant
    from policybot.settings import Settings
    from server.app import create_app

    db = tmp_path_factory.mktemp("browser-db") / "policybot.sqlite3"
    # the host page of test_embed_on_another_origin_with_options may call the API (CORS)
    settings = Settings(rate_limit_per_minute=1000, db_path=db, allowed_origins=[other_origin[0]])
    app = create_app(settings=settings, assistant=Assistant(retriever, settings))
    with serve_in_thread(app) as base:
        yield base


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture()
def page(browser):
    SHOTS.mkdir(parents=True, exist_ok=True)
    context = browser.new_context(viewport={"width": 1280, "height": 800}, locale="zh-CN")
    pg = context.new_page()
    pg.set_default_timeout(15_000)
    pg.js_errors = []
    pg.on("pageerror", lambda exc: pg.js_errors.append(str(exc)))
    yield pg
    context.close()


def shot(pg, name: str) -> None:
    pg.screenshot(path=str(SHOTS / f"{name}.png"))


def launcher(pg):
    return pg.get_by_role("button", name="打开政策问答")


def dialog(pg):
    return pg.get_by_role("dialog", name="政策问答助手")


def open_widget(pg, base: str):
    pg.goto(base + "/")
    launcher(pg).click()
    expect(dialog(pg)).to_be_visible()
    return dialog(pg)


def ask(pg, text: str):
    box = pg.locator("#policybot-widget textarea")
    box.fill(text)
    box.press("Enter")


def last_bot(pg):
    return pg.locator("#policybot-widget .msg.bot").last


def wait_answer(pg):
    """The last answer is complete: its feedback buttons appear after the whole stream."""
    expect(last_bot(pg).get_by_role("button", name="有帮助")).to_be_visible(timeout=ANSWER_TIMEOUT)
    return last_bot(pg)


# -- tests ----------------------------------------------------------------------------------------


def test_button_opens_dialog(page, live_server):
    page.goto(live_server + "/")
    button = launcher(page)
    expect(button).to_be_visible()
    expect(button).to_have_attribute("aria-expanded", "false")
    expect(dialog(page)).to_be_hidden()
    shot(page, "01-closed")

    button.click()
    dlg = dialog(page)
    expect(dlg).to_be_visible()
    expect(button).to_have_attribute("aria-expanded", "true")
    expect(dlg.get_by_role("log")).to_have_attribute("aria-live", "polite")
    expect(dlg.get_by_label("输入您的问题")).to_be_focused()
    # three default starter questions while the log is empty
    expect(dlg.locator(".starter")).to_have_count(3)
    expect(dlg.locator(".starter").first).to_have_text(CHILDCARE_Q)
    shot(page, "02-open")

    # one host element, a shadow root, one global
    info = page.evaluate("""() => ({
        hosts: document.querySelectorAll('#policybot-widget').length,
        shadow: !!document.getElementById('policybot-widget').shadowRoot,
        api: ['open', 'close', 'ask'].every(k => typeof (window.PolicyBot || {})[k] === 'function'),
    })""")
    assert info == {"hosts": 1, "shadow": True, "api": True}
    assert page.js_errors == []


def test_streamed_answer_with_citations_and_calculation(page, live_server):
    posted = []
    page.on("request", lambda r: posted.append(r.url) if r.method == "POST" else None)
    dlg = open_widget(page, live_server)
    ask(page, CHILDCARE_Q)

    expect(dlg.locator(".msg.user").last).to_have_text(re.compile(re.escape(CHILDCARE_Q)))
    answer = last_bot(page)
    expect(answer.locator(".text")).to_contain_text("4500元", timeout=ANSWER_TIMEOUT)
    answer = wait_answer(page)
    assert any(u.endswith("/api/chat/stream") for u in posted), posted  # streamed, no fallback
    assert not any(u.endswith("/api/chat") for u in posted), posted

    chip = answer.locator(".chip").first
    expect(chip).to_have_text("[1]")
    expect(chip).to_have_attribute("aria-expanded", "false")
    chip.click()
    expect(chip).to_have_attribute("aria-expanded", "true")
    detail = answer.locator("#" + chip.get_attribute("aria-controls"))
    expect(detail).to_be_visible()
    expect(detail).to_contain_text("甘卫人口发〔2025〕65号")
    expect(detail).to_contain_text("《甘肃省育儿补贴制度管理规范实施细则(试行)》")
    expect(detail.locator("blockquote")).to_have_text(re.compile(r"^“.+”$"))
    link = detail.get_by_role("link", name="查看原文")
    expect(link).to_have_attribute("href", re.compile(r"/source\.html\?doc=[^&]+&chunk=[^&]+&quote=.+"))
    expect(link).to_have_attribute("target", "_blank")
    expect(link).to_have_attribute("rel", re.compile(r"noopener"))

    table = answer.locator("table")
    expect(table.locator("caption")).to_have_text("计算过程")
    assert table.locator("tbody tr").count() >= 2
    expect(table.locator("tbody tr").first).to_contain_text("3600元 ÷ 12个月")
    expect(answer.locator(".result")).to_contain_text("4500元")
    shot(page, "03-answer")

    # feedback: aria-pressed and a comment box after 「没帮助」
    helpful = answer.get_by_role("button", name="有帮助")
    with page.expect_response(lambda r: r.url.endswith("/api/feedback")) as resp:
        helpful.click()
    assert resp.value.status == 200
    expect(helpful).to_have_attribute("aria-pressed", "true")
    answer.get_by_role("button", name="没帮助").click()
    expect(helpful).to_have_attribute("aria-pressed", "false")
    expect(answer.get_by_label("补充说明")).to_be_visible()
    assert page.js_errors == []


def test_user_markup_is_text(page, live_server):
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    dlg = open_widget(page, live_server)
    ask(page, XSS)

    bubble = dlg.locator(".msg.user").last
    expect(bubble).to_contain_text(XSS)
    expect(bubble).to_be_visible()
    wait_answer(page)
    page.wait_for_timeout(300)
    shot(page, "04-markup-as-text")
    images = page.evaluate("() => document.getElementById('policybot-widget').shadowRoot.querySelectorAll('img').length")
    assert images == 0
    assert page.evaluate("() => document.querySelectorAll('img').length") == 0
    assert dialogs == []


def test_clarify_choices_are_quick_replies(page, live_server):
    dlg = open_widget(page, live_server)
    ask(page, "2023年13月出生的孩子能领多少育儿补贴？")
    answer = wait_answer(page)
    choice = answer.locator(".choices button", has_text="2023年出生")
    expect(choice).to_be_visible()
    shot(page, "05-clarify")
    choice.click()
    expect(dlg.locator(".msg.user").last).to_have_text(re.compile("2023年出生"))
    expect(dlg.locator(".msg.bot")).to_have_count(2)
    wait_answer(page)


def test_phone_viewport(browser, live_server):
    context = browser.new_context(viewport={"width": 360, "height": 740}, device_scale_factor=2,
                                  is_mobile=True, has_touch=True, locale="zh-CN")
    pg = context.new_page()
    try:
        pg.goto(live_server + "/")
        launcher(pg).click()
        dlg = dialog(pg)
        expect(dlg).to_be_visible()
        box = dlg.bounding_box()
        assert box is not None
        assert box["x"] >= 0 and box["x"] + box["width"] <= 360, box
        assert box["width"] >= 340, box  # full width on a phone
        assert pg.evaluate("document.documentElement.scrollWidth") <= 360
        ask(pg, CHILDCARE_Q)
        expect(last_bot(pg).locator(".text")).to_contain_text("4500元", timeout=ANSWER_TIMEOUT)
        wait_answer(pg)
        last_bot(pg).locator(".chip").first.click()
        assert pg.evaluate("document.documentElement.scrollWidth") <= 360
        box = dlg.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= 360, box
        pg.screenshot(path=str(SHOTS / "06-phone.png"))
    finally:
        context.close()


def test_keyboard(page, live_server):
    page.goto(live_server + "/")
    button = launcher(page)
    button.focus()
    expect(button).to_be_focused()
    page.keyboard.press("Enter")
    expect(dialog(page)).to_be_visible()
    box = page.get_by_label("输入您的问题")
    expect(box).to_be_focused()

    # Shift+Enter is a newline, not a send
    page.keyboard.type("第一行")
    page.keyboard.press("Shift+Enter")
    page.keyboard.type("第二行")
    expect(box).to_have_value("第一行\n第二行")
    expect(page.locator("#policybot-widget .msg")).to_have_count(0)
    box.fill("")

    page.keyboard.press("Escape")
    expect(dialog(page)).to_be_hidden()
    expect(button).to_be_focused()
    expect(button).to_have_attribute("aria-expanded", "false")


def test_source_page_highlights_quote(page, live_server):
    open_widget(page, live_server)
    ask(page, CHILDCARE_Q)
    answer = wait_answer(page)
    chip = answer.locator(".chip").first
    chip.click()
    detail = answer.locator("#" + chip.get_attribute("aria-controls"))
    quote = detail.locator("blockquote").inner_text().strip().strip("“”")
    with page.context.expect_page() as new_page:
        detail.get_by_role("link", name="查看原文").click()
    src = new_page.value
    src.wait_for_load_state()
    assert "/source.html?doc=" in src.url
    expect(src.locator("h1")).to_have_text("甘肃省育儿补贴制度管理规范实施细则(试行)")
    expect(src.locator("dl.meta")).to_contain_text("甘卫人口发〔2025〕65号")
    mark = src.locator("mark")
    expect(mark).to_have_count(1)
    marked = mark.inner_text()
    assert marked and (marked in quote or quote[:20] in marked), (marked, quote)
    expect(mark).to_be_in_viewport()
    src.screenshot(path=str(SHOTS / "07-source.png"))


def test_fallback_and_network_error(page, live_server):
    # the stream endpoint fails: the widget falls back to POST /api/chat
    page.route("**/api/chat/stream", lambda route: route.fulfill(status=502, body="bad gateway"))
    dlg = open_widget(page, live_server)
    ask(page, CHILDCARE_Q)
    expect(last_bot(page).locator(".text")).to_contain_text("4500元", timeout=ANSWER_TIMEOUT)
    expect(last_bot(page).locator(".chip").first).to_be_visible()

    # the network is gone: a plain Chinese error
    page.route("**/api/chat", lambda route: route.abort())
    ask(page, "河北断保3年补缴2年，等待期多长？")
    expect(last_bot(page)).to_contain_text("网络异常，请稍后再试。")
    shot(page, "08-network-error")
    expect(dlg.locator(".msg.bot")).to_have_count(2)


def test_page_styles_do_not_leak(page, live_server):
    page.goto(live_server + "/")
    expect(launcher(page)).to_be_visible()
    # the widget adds no style sheet to the page and no global but PolicyBot
    assert page.evaluate("document.styleSheets.length + document.adoptedStyleSheets.length") == 1
    # hostile page CSS does not reach inside the shadow root or hide the host
    page.add_style_tag(content="div{display:none!important} button{background:lime!important;font-size:40px!important}"
                               " #policybot-widget{display:none!important;transform:scale(0)!important}")
    button = launcher(page)
    expect(button).to_be_visible()
    assert button.evaluate("b => getComputedStyle(b).backgroundColor") == "rgb(192, 57, 43)"
    button.click()
    expect(dialog(page)).to_be_visible()
    assert page.evaluate("getComputedStyle(document.body).marginTop") == "0px"  # index.html's own style


def test_embed_on_another_origin_with_options(page, live_server, other_origin):
    """data-* options, and a host page on another origin: the API defaults to the script's origin (CORS)."""
    origin, pages = other_origin
    pages["/embed.html"] = (
        "<!doctype html><html lang='zh-CN'><head><meta charset='utf-8'>"
        "<meta name='viewport' content='width=device-width,initial-scale=1'></head><body><p>宿主页面</p>"
        f"<script src='{live_server}/widget.js' data-title='医保小助手' data-position='left' data-color='#1a73e8'"
        " data-open='true' data-starters='[\"河北断保3年补缴2年，等待期多长？\"]'></script></body></html>")
    bodies = []
    page.on("request", lambda r: bodies.append(r.post_data_json) if r.url.endswith("/api/chat/stream") else None)
    page.goto(origin + "/embed.html")
    dlg = page.get_by_role("dialog", name="医保小助手")
    expect(dlg).to_be_visible()  # data-open
    box = dlg.bounding_box()
    assert box["x"] < 100, box  # data-position=left
    assert page.get_by_role("button", name="打开政策问答").evaluate(
        "b => getComputedStyle(b).backgroundColor") == "rgb(26, 115, 232)"
    starter = dlg.locator(".starter")
    expect(starter).to_have_count(1)
    starter.click()
    answer = wait_answer(page)
    expect(answer.locator(".text")).not_to_contain_text("网络异常")
    assert answer.locator(".chip").count() >= 1
    link = answer.locator(".detail a").first
    assert (link.get_attribute("href") or "").startswith(live_server + "/source.html?doc=")
    sid = page.evaluate("sessionStorage.getItem('policybot-session')")
    assert bodies and bodies[0]["session_id"] == ""  # the first question: the server issues the id
    assert sid and "." in sid  # the issued, signed id is what the widget keeps and sends next
    shot(page, "09-embedded-left")
