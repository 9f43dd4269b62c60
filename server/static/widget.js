/*!
 * policybot chat widget. One tag adds a chat button and panel to any page:
 *   <script src="https://host/widget.js" data-endpoint data-title data-position="right|left"
 *           data-color data-open="true" data-starters='["问题"]' defer></script>
 * Renders in a Shadow DOM on one host element (#policybot-widget); the only global is
 * window.PolicyBot {open, close, ask}. Server and user text is inserted as text only
 * (textContent / createTextNode / properties); this file never uses innerHTML.
 */
(function () {
  'use strict';
  if (window.PolicyBot) return; // loaded twice

  var STARTERS = ['2023年3月出生的孩子能领多少育儿补贴？', '河北断保3年补缴2年，等待期多长？',
    '河南试管婴儿费用1万元，职工医保能报多少？'];
  var NET_ERROR = '网络异常，请稍后再试。';
  var KEY = 'policybot-session';
  var RE_SRC = /widget\.js(?:[?#]|$)/;

  // -- configuration from the script tag ----------------------------------------------------------
  var script = document.currentScript;
  if (!script || !RE_SRC.test(script.src || '')) {
    script = [].filter.call(document.getElementsByTagName('script'), function (s) { return RE_SRC.test(s.src || ''); }).pop();
  }
  var ds = (script && script.dataset) || {};
  var endpoint = ds.endpoint;
  if (!endpoint) {
    try { endpoint = new URL(script.src, location.href).origin; } catch (e) { endpoint = location.origin; }
  }
  endpoint = endpoint.replace(/\/+$/, '');
  var title = (ds.title || '').trim() || '政策问答助手';
  var position = ds.position === 'left' ? 'left' : 'right';
  var color = (ds.color || '').trim();
  if (!color || !(window.CSS && CSS.supports('color', color))) color = '#c0392b';
  var starters = STARTERS;
  try {
    var given = ds.starters && JSON.parse(ds.starters);
    if (Array.isArray(given)) starters = given.filter(function (s) { return typeof s === 'string' && s.trim(); }).slice(0, 6);
  } catch (e) { /* keep the defaults */ }

  // -- session id: issued by the server with the first answer; sessionStorage, or memory when
  // storage is blocked. Empty until then: the server starts a new conversation for it.
  var memSession = '';
  function sessionId() {
    try {
      return (memSession = sessionStorage.getItem(KEY) || memSession);
    } catch (e) {
      return memSession;
    }
  }
  function keepSession(id) {
    if (typeof id !== 'string' || !id || id.length > 128) return;
    memSession = id;
    try { sessionStorage.setItem(KEY, id); } catch (e) { /* memory only */ }
  }

  // -- DOM helpers: text only ----------------------------------------------------------------------
  var uid = 0;
  function newId(p) { return 'pb-' + p + '-' + (++uid); }
  function str(v) { return v == null ? '' : String(v); }

  // el('button', {className: 'x', attrs: {'aria-label': '…'}, on: {click: f}}, ['text', node])
  function el(tag, props, kids) {
    var n = document.createElement(tag);
    Object.keys(props || {}).forEach(function (k) {
      var v = props[k];
      if (k === 'attrs') Object.keys(v).forEach(function (a) { n.setAttribute(a, String(v[a])); });
      else if (k === 'on') Object.keys(v).forEach(function (e) { n.addEventListener(e, v[e]); });
      else n[k] = v;
    });
    [].concat(kids == null ? [] : kids).forEach(function (c) {
      if (c != null && c !== false) n.appendChild(typeof c === 'object' ? c : document.createTextNode(String(c)));
    });
    return n;
  }
  function icon(d) {
    var ns = 'http://www.w3.org/2000/svg';
    var svg = document.createElementNS(ns, 'svg');
    var path = document.createElementNS(ns, 'path');
    [['viewBox', '0 0 24 24'], ['width', '24'], ['height', '24'], ['aria-hidden', 'true'], ['focusable', 'false']]
      .forEach(function (a) { svg.setAttribute(a[0], a[1]); });
    path.setAttribute('d', d);
    path.setAttribute('fill', 'currentColor');
    svg.appendChild(path);
    return svg;
  }

  // -- styles: static text; the accent colour goes in as a custom property ---------------------------
  var CSS_TEXT = `
:host{all:initial !important;display:block !important;position:static !important}
.pb{--a:#c0392b;font:14px/1.6 system-ui,-apple-system,"PingFang SC","Hiragino Sans GB","Microsoft YaHei","WenQuanYi Micro Hei","Noto Sans CJK SC",sans-serif;color:#1f2328;-webkit-text-size-adjust:100%}
.pb *{box-sizing:border-box}
.pb [hidden]{display:none !important}
button,textarea,input{font:inherit;color:inherit}
button{cursor:pointer}
button:disabled{opacity:.5;cursor:default}
:focus-visible{outline:2px solid var(--a);outline-offset:2px}
.launcher{position:fixed;bottom:20px;right:20px;z-index:2147483000;width:56px;height:56px;border-radius:50%;border:0;background:var(--a);color:#fff;display:flex;align-items:center;justify-content:center;box-shadow:0 4px 14px rgba(0,0,0,.25)}
.launcher:focus-visible{outline:3px solid #1f2328;outline-offset:3px}
.panel{position:fixed;bottom:88px;right:20px;z-index:2147483001;width:380px;max-width:calc(100vw - 40px);height:min(620px,calc(100vh - 108px));background:#fff;border-radius:12px;box-shadow:0 8px 32px rgba(0,0,0,.22);display:flex;flex-direction:column;overflow:hidden}
.left .launcher,.left .panel{right:auto;left:20px}
.head{flex:none;display:flex;align-items:center;padding:10px 8px 10px 16px;background:var(--a);color:#fff}
.head h2{margin:0;font-size:16px;font-weight:600;flex:1;min-width:0;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.close{border:0;background:none;color:#fff;width:36px;height:36px;border-radius:6px;display:flex;align-items:center;justify-content:center}
.close:focus-visible{outline-color:#fff}
.body{flex:1;overflow:hidden auto;padding:12px;background:#f6f7f9;overscroll-behavior:contain}
.intro p{margin:0 0 8px;color:#57606a}
.starters{display:flex;flex-direction:column;gap:6px;margin:0;padding:0;list-style:none}
.starter{width:100%;text-align:left;border:1px solid #d0d7de;background:#fff;border-radius:8px;padding:8px 10px}
.starter:hover{border-color:var(--a)}
.log{display:flex;flex-direction:column;gap:10px}
.msg{max-width:92%;border-radius:10px;padding:8px 11px;overflow-wrap:anywhere}
.user{align-self:flex-end;background:var(--a);color:#fff;white-space:pre-wrap}
.bot{align-self:flex-start;background:#fff;border:1px solid #e1e4e8}
.bot.error{background:#fff5f5;border-color:#f1b0b0;color:#8a1c1c}
.text{white-space:pre-wrap}
.ref{color:var(--a);font-size:.85em;vertical-align:super;line-height:0}
.typing{color:#6e7781}
.cites,.choices,.feedback{margin-top:8px;display:flex;flex-wrap:wrap;align-items:center;gap:6px}
.chip,.choice,.fb{border:1px solid var(--a);color:var(--a);background:#fff;border-radius:999px;padding:1px 9px;font-size:12px}
.choice{border-radius:6px;padding:3px 10px;font-size:13px}
.chip[aria-expanded=true],.fb[aria-pressed=true]{background:var(--a);color:#fff}
.detail{margin-top:6px;border-left:3px solid var(--a);background:#fafafa;padding:6px 8px;font-size:13px}
.detail blockquote{margin:0 0 4px}
.doc{font-weight:600}
.meta,.feedback,.notes{color:#57606a}
.detail a{color:var(--a)}
table{border-collapse:collapse;width:100%;margin-top:8px;font-size:13px}
caption{text-align:left;font-weight:600}
th,td{border:1px solid #e1e4e8;padding:3px 5px;text-align:left;vertical-align:top}
th{background:#f6f7f9}
td:last-child{min-width:4.5em}
.result{margin-top:4px;font-weight:600}
.notes{margin:4px 0 0;padding-left:18px;font-size:13px}
.feedback{font-size:12px}
.fb{border-color:#d0d7de;color:inherit}
.fbform{flex-basis:100%;display:flex;gap:6px}
.fbform input{flex:1;min-width:0;border:1px solid #d0d7de;border-radius:6px;padding:2px 6px;font-size:13px}
.composer{flex:none;display:flex;align-items:flex-end;gap:8px;padding:8px 10px;border-top:1px solid #e1e4e8}
.composer textarea{flex:1;min-width:0;resize:none;border:1px solid #d0d7de;border-radius:8px;padding:7px 9px;font-size:16px;line-height:1.4;max-height:120px}
.composer textarea:focus{border-color:var(--a);outline:none}
.send{flex:none;width:40px;height:38px;border:0;border-radius:8px;background:var(--a);color:#fff;display:flex;align-items:center;justify-content:center}
.foot{flex:none;font-size:11px;color:#8c959f;text-align:center;padding:0 8px 6px}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
@media (max-width:480px){
.panel,.left .panel{inset:0;width:100%;max-width:100vw;height:100%;border-radius:0}
.open .launcher{display:none}
}`;

  // -- the widget ----------------------------------------------------------------------------------
  var root, wrap, launcher, panel, body, intro, log, input, sendBtn;
  var busy = false;
  var isOpen = false;

  function build() {
    if (document.getElementById('policybot-widget')) return false;
    var host = el('div', {id: 'policybot-widget'});
    root = host.attachShadow({mode: 'open'});
    try { // adopted sheets are not blocked by a host page's CSP on inline styles
      var sheet = new CSSStyleSheet();
      sheet.replaceSync(CSS_TEXT);
      root.adoptedStyleSheets = [sheet];
    } catch (e) {
      root.appendChild(el('style', {textContent: CSS_TEXT}));
    }
    wrap = el('div', {className: 'pb ' + position, attrs: {lang: 'zh-CN'}});
    wrap.style.setProperty('--a', color);

    var panelId = newId('panel');
    var inputId = newId('input');
    launcher = el('button', {type: 'button', className: 'launcher', on: {click: function () { isOpen ? close() : open(); }},
      attrs: {'aria-label': '打开政策问答', 'aria-expanded': 'false', 'aria-controls': panelId}},
    icon('M4 3h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2zm3 6a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3zm5 0a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3zm5 0a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3z'));

    intro = el('div', {className: 'intro'}, [
      el('p', null, '您好！我依据官方政策文件回答公共卫生政策问题，并给出原文出处。'),
      starters.length ? el('p', null, '您可以这样问：') : null,
      el('ul', {className: 'starters'}, starters.map(function (q) {
        return el('li', null, el('button', {type: 'button', className: 'starter', on: {click: function () { ask(q); }}}, q));
      }))
    ]);
    log = el('div', {className: 'log', attrs: {role: 'log', 'aria-live': 'polite', 'aria-label': '对话记录'}});
    body = el('div', {className: 'body'}, [intro, log]);

    input = el('textarea', {id: inputId, rows: 1, placeholder: '请输入您的问题…', maxLength: 1000, attrs: {enterkeyhint: 'send'},
      on: {input: autosize, keydown: function (e) {
        if (e.key === 'Enter' && !e.shiftKey && !e.isComposing && e.keyCode !== 229) { e.preventDefault(); submit(); }
      }}});
    sendBtn = el('button', {type: 'submit', className: 'send', attrs: {'aria-label': '发送'}}, icon('M3 20.5v-7l9-1.5-9-1.5v-7L22 12z'));

    panel = el('div', {id: panelId, className: 'panel', hidden: true,
      attrs: {role: 'dialog', 'aria-label': title},
      on: {keydown: function (e) { if (e.key === 'Escape') { e.preventDefault(); e.stopPropagation(); close(); } }}
    }, [
      el('div', {className: 'head'}, [el('h2', null, title),
        el('button', {type: 'button', className: 'close', attrs: {'aria-label': '关闭'}, on: {click: close}},
          icon('M6.4 5 12 10.6 17.6 5 19 6.4 13.4 12l5.6 5.6-1.4 1.4-5.6-5.6L6.4 19 5 17.6l5.6-5.6L5 6.4z'))]),
      body,
      el('form', {className: 'composer', on: {submit: function (e) { e.preventDefault(); submit(); }}},
        [el('label', {htmlFor: inputId, className: 'sr'}, '输入您的问题'), input, sendBtn]),
      el('div', {className: 'foot'}, '回答依据官方政策文件，仅供参考，以主管部门解释为准。')
    ]);
    wrap.appendChild(launcher);
    wrap.appendChild(panel);
    root.appendChild(wrap);
    document.body.appendChild(host);
    return true;
  }

  function autosize() {
    input.style.height = 'auto';
    input.style.height = Math.min(input.scrollHeight + 2, 120) + 'px';
  }

  function show(on) {
    isOpen = on;
    panel.hidden = !on;
    wrap.classList.toggle('open', on);
    launcher.setAttribute('aria-expanded', String(on));
  }
  function open() {
    if (!panel) return;
    show(true);
    scrollDown(true);
    input.focus({preventScroll: true});
  }
  function close() {
    if (!panel) return;
    show(false);
    launcher.focus();
  }

  function scrollDown(force) {
    if (force || body.scrollHeight - body.scrollTop - body.clientHeight < 80) body.scrollTop = body.scrollHeight;
  }

  function submit() {
    if (busy || !input.value.trim()) return;
    var text = input.value;
    input.value = '';
    autosize();
    ask(text);
  }

  // -- rendering -----------------------------------------------------------------------------------
  function addUser(text) {
    intro.hidden = true;
    log.appendChild(el('div', {className: 'msg user'}, [el('span', {className: 'sr'}, '我：'), text]));
    scrollDown(true);
  }

  function newBot() {
    var v = {text: '', answerId: '', textEl: el('div', {className: 'text'}), typing: el('div', {className: 'typing'}, '正在查找政策依据…')};
    v.msg = el('div', {className: 'msg bot'}, [el('span', {className: 'sr'}, '助手：'), v.typing, v.textEl]);
    log.appendChild(v.msg);
    scrollDown(true);
    return v;
  }

  function stopTyping(v) {
    if (v.typing) { v.typing.remove(); v.typing = null; }
  }

  function appendText(v, piece) {
    if (!piece) return;
    stopTyping(v);
    v.text += piece;
    v.textEl.appendChild(document.createTextNode(piece));
    scrollDown();
  }

  // Re-render the finished text with known [n] markers in spans (text nodes still).
  function markRefs(v, known) {
    var parts = v.text.split(/(\[\d{1,3}\])/);
    if (parts.length < 2) return;
    v.textEl.textContent = '';
    parts.forEach(function (p) {
      if (!p) return;
      v.textEl.appendChild(known[p] ? el('span', {className: 'ref'}, p) : document.createTextNode(p));
    });
  }

  function sourceUrl(c) {
    return endpoint + '/source.html?doc=' + encodeURIComponent(str(c.doc_id)) + '&chunk=' +
      encodeURIComponent(str(c.chunk_id)) + '&quote=' + encodeURIComponent(str(c.quote));
  }

  function renderCitations(v, cites) {
    if (!cites.length) return;
    var chips = el('div', {className: 'cites', attrs: {role: 'group', 'aria-label': '引用来源'}});
    var details = el('div');
    cites.forEach(function (c, i) {
      var n = '[' + (c.n != null ? str(c.n) : i + 1) + ']';
      var doc = c.doc_title ? '《' + str(c.doc_title) + '》' : '';
      var meta = [c.doc_number && '发文字号：' + c.doc_number, c.issuer, c.date, c.region].filter(Boolean).map(str);
      var detail = el('div', {id: newId('cite'), className: 'detail', hidden: true}, [
        c.quote ? el('blockquote', null, '“' + str(c.quote) + '”') : null,
        doc ? el('div', {className: 'doc'}, doc) : null,
        meta.length ? el('div', {className: 'meta'}, meta.join(' · ')) : null,
        c.heading ? el('div', {className: 'meta'}, '位置：' + str(c.heading)) : null,
        el('a', {href: sourceUrl(c), target: '_blank', rel: 'noopener'}, '查看原文')
      ]);
      var chip = el('button', {type: 'button', className: 'chip', title: doc,
        attrs: {'aria-expanded': 'false', 'aria-controls': detail.id, 'aria-label': n + ' ' + (doc || '引用来源')},
        on: {click: function () {
          var on = chip.getAttribute('aria-expanded') !== 'true';
          chip.setAttribute('aria-expanded', String(on));
          detail.hidden = !on;
          if (on) scrollDown();
        }}
      }, n);
      chips.appendChild(chip);
      details.appendChild(detail);
    });
    v.msg.appendChild(chips);
    v.msg.appendChild(details);
  }

  function renderCalculation(v, calc) {
    if (!calc || typeof calc !== 'object') return;
    var steps = Array.isArray(calc.steps) ? calc.steps : [];
    var notes = Array.isArray(calc.notes) ? calc.notes : [];
    v.msg.appendChild(el('div', {className: 'calc'}, [
      steps.length ? el('table', null, [
        el('caption', null, '计算过程'),
        el('thead', null, el('tr', null, ['项目', '算式', '结果'].map(function (h) { return el('th', {attrs: {scope: 'col'}}, h); }))),
        el('tbody', null, steps.map(function (s) {
          return el('tr', null, [s && s.label, s && s.expression, s && s.value].map(function (x) { return el('td', null, str(x)); }));
        }))
      ]) : null,
      str(calc.result) ? el('div', {className: 'result'}, '结果：' + str(calc.result) + str(calc.unit)) : null,
      notes.length ? el('ul', {className: 'notes'}, notes.map(function (x) { return el('li', null, str(x)); })) : null
    ]));
  }

  function renderChoices(v, choices) {
    choices = (Array.isArray(choices) ? choices : []).filter(function (c) { return typeof c === 'string' && c; });
    if (!choices.length) return;
    var box = el('div', {className: 'choices', attrs: {role: 'group', 'aria-label': '快捷回复'}}, choices.map(function (c) {
      return el('button', {type: 'button', className: 'choice', on: {click: function () {
        if (busy) return;
        [].forEach.call(box.children, function (b) { b.disabled = true; });
        ask(c);
      }}}, c);
    }));
    v.msg.appendChild(box);
  }

  function postFeedback(answerId, helpful, comment) {
    return fetch(endpoint + '/api/feedback', {method: 'POST', headers: {'Content-Type': 'application/json'},
      body: JSON.stringify({answer_id: answerId, helpful: helpful, comment: comment || ''})})
      .then(function (r) { return r.ok; }, function () { return false; });
  }

  function renderFeedback(v) {
    if (!v.answerId) return;
    var id = v.answerId;
    var form = null;
    var note = el('span', {className: 'sr', attrs: {role: 'status'}});
    var yes = el('button', {type: 'button', className: 'fb', attrs: {'aria-pressed': 'false'}, on: {click: function () { choose(true); }}}, '有帮助');
    var no = el('button', {type: 'button', className: 'fb', attrs: {'aria-pressed': 'false'}, on: {click: function () { choose(false); }}}, '没帮助');
    var box = el('div', {className: 'feedback'}, [el('span', null, '这个回答：'), yes, no, note]);
    function thanks(ok) { note.textContent = ok ? '感谢您的反馈' : '反馈未能提交'; return ok; }
    function choose(helpful) {
      yes.setAttribute('aria-pressed', String(helpful));
      no.setAttribute('aria-pressed', String(!helpful));
      postFeedback(id, helpful).then(thanks);
      if (form) { form.remove(); form = null; }
      if (helpful) return;
      var fid = newId('fb');
      var field = el('input', {id: fid, type: 'text', maxLength: 500, placeholder: '哪里不对？（可选）'});
      form = el('form', {className: 'fbform', on: {submit: function (e) {
        e.preventDefault();
        if (!field.value.trim()) return;
        postFeedback(id, false, field.value.trim()).then(function (ok) {
          if (thanks(ok)) form.replaceChildren(el('span', null, '已收到，谢谢！'));
        });
      }}}, [el('label', {htmlFor: fid, className: 'sr'}, '补充说明'), field, el('button', {type: 'submit', className: 'fb'}, '提交')]);
      box.appendChild(form);
    }
    v.msg.appendChild(box);
  }

  function finish(v, d) {
    stopTyping(v);
    var cites = (Array.isArray(d.citations) ? d.citations : []).filter(function (c) { return c && typeof c === 'object'; });
    var known = {};
    cites.forEach(function (c, i) { known['[' + (c.n != null ? c.n : i + 1) + ']'] = true; });
    if (/^[a-z_]+$/.test(str(d.status))) v.msg.classList.add(d.status);
    if (!v.text) appendText(v, str(d.answer));
    markRefs(v, known);
    renderCitations(v, cites);
    renderCalculation(v, d.calculation);
    renderChoices(v, d.choices);
    v.answerId = str(d.answer_id);
    renderFeedback(v);
    keepSession(d.session_id);
    scrollDown();
  }

  function showError(v, message) {
    stopTyping(v);
    v.msg.classList.add('error');
    appendText(v, (v.text ? '\n' : '') + (message || NET_ERROR));
  }

  // -- the API -------------------------------------------------------------------------------------
  function Failure(detail) { this.detail = detail; }

  function failure(res) { // a JSON {"detail": "…"} error response
    var retry = res.headers.get('Retry-After');
    return res.json().catch(function () { return {}; }).then(function (j) {
      var d = j && typeof j.detail === 'string' ? j.detail : '';
      if (res.status === 429) d = (d || '提问太频繁了，请稍后再试。') + (/^\d+$/.test(retry || '') ? '（' + retry + '秒后可重试）' : '');
      throw new Failure(d || NET_ERROR);
    });
  }

  function post(path, payload, accept) {
    return fetch(endpoint + path, {method: 'POST', body: JSON.stringify(payload),
      headers: {'Content-Type': 'application/json', Accept: accept}});
  }

  function askPlain(payload) {
    return post('/api/chat', payload, 'application/json').then(function (res) { return res.ok ? res.json() : failure(res); });
  }

  // Server-Sent Events over a fetch() body: onEvent(name, data) per event.
  function readSSE(res, onEvent) {
    var reader = res.body.getReader();
    var decoder = new TextDecoder();
    var buf = '', name = '', data = [];
    function line(l) {
      if (!l) {
        if (data.length) onEvent(name || 'message', data.join('\n'));
        name = ''; data = [];
        return;
      }
      var i = l.indexOf(':');
      if (i === 0) return; // comment / ping
      var field = i < 0 ? l : l.slice(0, i);
      var value = i < 0 ? '' : l.slice(i + (l.charAt(i + 1) === ' ' ? 2 : 1));
      if (field === 'event') name = value;
      else if (field === 'data') data.push(value);
    }
    function drain(end) {
      var re = /\r\n|\r|\n/g, start = 0, m;
      while ((m = re.exec(buf))) {
        if (!end && m[0] === '\r' && re.lastIndex === buf.length) break; // maybe half of \r\n
        line(buf.slice(start, m.index));
        start = re.lastIndex;
      }
      buf = buf.slice(start);
      if (end) { line(buf); line(''); }
    }
    return (function pump() {
      return reader.read().then(function (r) {
        buf += r.done ? decoder.decode() : decoder.decode(r.value, {stream: true});
        drain(r.done);
        return r.done ? null : pump();
      });
    })();
  }

  // Resolves {data} when streamed, {fallback: true} when streaming is unavailable.
  function askStream(payload, v) {
    var seen = false, done = false, error = null;
    var out = {citations: [], calculation: null, choices: []};
    var FALLBACK = {fallback: true};
    return post('/api/chat/stream', payload, 'text/event-stream').then(function (res) {
      if (res.status === 413 || res.status === 422 || res.status === 429) return failure(res);
      if (!res.ok || !res.body || !/^text\/event-stream/.test(res.headers.get('Content-Type') || '')) return FALLBACK;
      return readSSE(res, function (name, raw) {
        if (done || error) return;
        var d;
        try { d = JSON.parse(raw); } catch (e) { return; }
        seen = true;
        if (name === 'meta' && d) { out.status = d.status; out.answer_id = d.answer_id; out.session_id = d.session_id; }
        else if (name === 'delta' && d) appendText(v, str(d.text));
        else if (name === 'citations' || name === 'calculation' || name === 'choices') out[name] = d;
        else if (name === 'done') done = true;
        else if (name === 'error') error = new Failure(d && typeof d.detail === 'string' ? d.detail : NET_ERROR);
      }).then(function () {
        if (error) throw error;
        if (!seen) return FALLBACK;
        if (!done && !v.text) throw new Failure(NET_ERROR);
        return {data: out};
      }, function (e) {
        if (seen) throw e;
        return FALLBACK;
      });
    }, function () { return FALLBACK; });
  }

  function ask(text) {
    text = str(text);
    if (busy || !panel || !text.trim()) return;
    if (!isOpen) open();
    addUser(text);
    var v = newBot();
    busy = sendBtn.disabled = true;
    log.setAttribute('aria-busy', 'true');
    var payload = {session_id: sessionId(), message: text};
    var streamed = window.ReadableStream && window.TextDecoder ? askStream(payload, v) : Promise.resolve({fallback: true});
    streamed.then(function (r) {
      return r.fallback ? askPlain(payload) : r.data;
    }).then(function (d) {
      finish(v, d || {});
    }).catch(function (e) {
      showError(v, e instanceof Failure ? e.detail : NET_ERROR);
    }).then(function () {
      busy = sendBtn.disabled = false;
      log.setAttribute('aria-busy', 'false');
    });
  }

  // -- start ---------------------------------------------------------------------------------------
  window.PolicyBot = Object.freeze({
    open: function () { open(); },
    close: function () { if (isOpen) close(); },
    ask: function (text) { ask(text); }
  });

  function start() {
    if (build() && ds.open === 'true') show(true);
  }
  if (document.body) start();
  else document.addEventListener('DOMContentLoaded', start);
})();
