/* The source page: one document's cleaned text with the cited passage marked. Everything shown
 * comes from the server (the quote box shows highlight.text, the text the server located in the
 * document); URL parameters are only sent to it. Loaded as a file: the page's CSP forbids inline scripts. */
(function () {
  'use strict';
  // All data goes in through textContent / createTextNode; nothing here parses HTML.
  var params = new URLSearchParams(location.search);
  var docId = params.get('doc') || '';
  var chunk = params.get('chunk') || '';
  var quote = params.get('quote') || '';
  var statusEl = document.getElementById('status');

  var FLAG_NAMES = {draft: '征求意见稿（非正式文件）', lossy: '原文部分内容可能缺失', truncated: '原文不完整',
    missing_tables: '原文中的部分表格缺失'};

  function fail(msg) {
    statusEl.textContent = msg;
    statusEl.className = 'error';
  }
  function node(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = String(text);
    return e;
  }

  if (!docId) { fail('缺少文件参数，无法显示原文。'); return; }

  var url = new URL('api/documents/' + encodeURIComponent(docId), location.href);
  if (chunk) url.searchParams.set('chunk', chunk);
  if (quote) url.searchParams.set('quote', quote);

  fetch(url.toString(), {headers: {Accept: 'application/json'}}).then(function (res) {
    if (res.status === 404) throw new Error('未找到该文件。');
    if (!res.ok) throw new Error('原文加载失败（' + res.status + '），请稍后再试。');
    return res.json();
  }).then(render).catch(function (err) {
    fail(err && /[\u4e00-\u9fff]/.test(err.message) ? err.message : '网络异常，请稍后再试。');
  });

  // Where to put the <mark>: the server's highlight, else the quote found in the paragraphs.
  function findHighlight(paras, hl) {
    if (hl && typeof hl.paragraph === 'number' && paras[hl.paragraph]) {
      var t = String(paras[hl.paragraph].text || '');
      var s = typeof hl.start === 'number' ? hl.start : 0;
      var e = typeof hl.end === 'number' ? hl.end : t.length;
      if (s >= 0 && e > s && e <= t.length) return {p: hl.paragraph, start: s, end: e};
    }
    return null; // never the URL's quote: a link must not make the page show words the document lacks
  }

  function render(data) {
    var doc = (data && data.doc) || {};
    var paras = Array.isArray(data && data.paragraphs) ? data.paragraphs : [];
    var docTitle = doc.title || docId;
    document.title = docTitle + ' - 政策原文';
    document.getElementById('title').textContent = docTitle;

    var meta = document.getElementById('meta');
    [['发文字号', doc.doc_number], ['发文机关', doc.issuer], ['成文日期', doc.written_date],
     ['发布日期', doc.published_date], ['适用地区', doc.region_detail || doc.region],
     ['来源', doc.source_note || '']].forEach(function (row) {
      if (!row[1]) return;
      meta.appendChild(node('dt', null, row[0]));
      meta.appendChild(node('dd', null, row[1]));
    });
    if (doc.source_url && /^https?:\/\//i.test(doc.source_url)) {
      var a = node('a', null, doc.source_url);
      a.href = doc.source_url;
      a.rel = 'noopener noreferrer';
      a.target = '_blank';
      var dd = node('dd');
      dd.appendChild(a);
      meta.appendChild(node('dt', null, '原文链接'));
      meta.appendChild(dd);
    }

    var flags = Array.isArray(doc.flags) ? doc.flags : [];
    if (flags.length) {
      var f = document.getElementById('flags');
      f.textContent = '提示：' + flags.map(function (x) { return FLAG_NAMES[x] || String(x); }).join('；');
      f.hidden = false;
    }
    var located = data && data.highlight && typeof data.highlight.text === 'string' ? data.highlight.text : '';
    if (located) { // the server found this text in the cited passage of the document itself
      var c = document.getElementById('cited');
      c.textContent = '引用原文：“' + located + '”';
      c.hidden = false;
    }

    var hl = findHighlight(paras, data && data.highlight);
    var body = document.getElementById('body');
    var mark = null;
    paras.forEach(function (p, i) {
      var kind = String(p.kind || 'text').replace(/[^a-z_]/g, '');
      var el = node('p', kind);
      var text = String(p.text || '');
      if (hl && hl.p === i) {
        el.appendChild(document.createTextNode(text.slice(0, hl.start)));
        mark = node('mark', null, text.slice(hl.start, hl.end));
        mark.id = 'cited-passage';
        el.appendChild(mark);
        el.appendChild(document.createTextNode(text.slice(hl.end)));
      } else {
        el.textContent = text;
      }
      if (p.line_start) el.title = '第' + p.line_start + (p.line_end && p.line_end !== p.line_start ? '–' + p.line_end : '') + '行';
      body.appendChild(el);
    });
    if (!paras.length) body.appendChild(node('p', 'status', '该文件没有可显示的正文。'));

    statusEl.textContent = mark ? '' : (quote ? '未能在原文中定位引用的段落。' : '');
    statusEl.hidden = !statusEl.textContent;
    document.getElementById('doc').hidden = false;
    if (mark) {
      requestAnimationFrame(function () { mark.scrollIntoView({block: 'center'}); });
    }
  }
})();
