(function () {
  "use strict";
  var STATUS = {in_force: "现行有效", draft: "征求意见稿", expired: "已过有效期", not_yet_in_force: "尚未施行"};
  var token = sessionStorage.getItem("policybot-admin") || "";
  var pending = null;
  function $(id) { return document.getElementById(id); }
  function el(tag, text, cls) { var e = document.createElement(tag); if (text != null) e.textContent = text; if (cls) e.className = cls; return e; }
  function say(id, text, bad) { var m = $(id); m.textContent = text; m.className = "msg " + (bad ? "error" : "ok"); }
  function api(path, opts) {
    opts = opts || {};
    opts.headers = Object.assign({"Authorization": "Bearer " + token}, opts.headers || {});
    return fetch(path, opts).then(function (r) {
      return r.json().catch(function () { return {}; }).then(function (body) {
        if (!r.ok) { var e = new Error(body.detail || ("HTTP " + r.status)); e.status = r.status; throw e; }
        return body;
      });
    });
  }
  function login() {
    token = $("token").value.trim() || token;
    api("/admin/api/sources").then(function (data) {
      sessionStorage.setItem("policybot-admin", token);
      $("login").hidden = true; $("panel").hidden = false;
      showSources(data); loadReport(); loadEvaluation();
    }).catch(function (e) { say("login-msg", e.status === 401 ? "令牌不正确。" : e.message, true); });
  }
  function showSources(data) {
    $("version").textContent = "（索引版本 " + data.index_version + "）";
    var body = $("sources"); body.textContent = "";
    data.sources.forEach(function (s) {
      var tr = el("tr"); tr.appendChild(el("td", s.source));
      var td = el("td");
      s.documents.forEach(function (d) {
        var line = el("div", d.title + "｜" + (d.doc_number || "无文号") + "｜" + (d.region || "地区不详") + " ");
        line.appendChild(el("span", STATUS[d.status] || d.status, "status-" + d.status));
        td.appendChild(line);
      });
      tr.appendChild(td);
      var rm = el("button", "移除", "danger"); rm.type = "button";
      rm.setAttribute("aria-label", "移除 " + s.source);
      rm.addEventListener("click", function () {
        if (!confirm("从语料中移除 " + s.source + "？")) return;
        say("src-msg", "正在移除并更新索引…");
        api("/admin/api/remove", {method: "POST", headers: {"Content-Type": "application/json"},
          body: JSON.stringify({source: s.source})})
          .then(function (r) { say("src-msg", "已移除 " + r.removed + "，现有 " + r.policy_documents + " 份政策文件。"); refresh(); })
          .catch(function (e) { say("src-msg", e.message, true); });
      });
      var act = el("td"); act.appendChild(rm); tr.appendChild(act);
      body.appendChild(tr);
    });
  }
  function refresh() { api("/admin/api/sources").then(showSources); }
  function preview() {
    var f = $("file").files[0];
    if (!f) { say("up-msg", "请先选择文件。", true); return; }
    say("up-msg", "正在解析 " + f.name + " …");
    $("preview").hidden = true;
    api("/admin/api/preview?name=" + encodeURIComponent(f.name), {method: "POST", body: f,
      headers: {"Content-Type": "application/octet-stream"}})
      .then(function (p) {
        pending = p;
        var rows = $("preview-rows"); rows.textContent = "";
        p.documents.filter(function (d) { return d.kind === "policy"; }).forEach(function (d) {
          var tr = el("tr");
          [d.title, d.doc_number || "无文号", (d.region_detail || d.region || "地区不详"), d.date || "日期不详"].forEach(function (t) { tr.appendChild(el("td", t)); });
          tr.appendChild(el("td", STATUS[d.status] || d.status, "status-" + d.status));
          var td = el("td", d.chunks + " 个");
          d.first_passages.forEach(function (t) { td.appendChild(el("pre", t)); });
          tr.appendChild(td); rows.appendChild(tr);
        });
        $("preview").hidden = false;
        say("up-msg", p.source + "：版式 " + p.layout + "，识别出 " + p.documents.filter(function (d) { return d.kind === "policy"; }).length +
            " 份政策文件。请核对后确认添加。" + (p.replaces_existing ? "（语料中已有同名文件）" : ""));
      })
      .catch(function (e) { say("up-msg", e.message, true); });
  }
  function commit() {
    if (!pending) return;
    say("up-msg", "正在写入语料并更新索引…");
    $("commit-btn").disabled = true;
    api("/admin/api/commit", {method: "POST", headers: {"Content-Type": "application/json"},
      body: JSON.stringify({upload_id: pending.upload_id})})
      .then(function (r) { say("up-msg", "已添加 " + r.added.join("、") + "，现有 " + r.policy_documents + " 份政策文件，服务已载入新索引。");
        pending = null; $("preview").hidden = true; refresh(); })
      .catch(function (e) { say("up-msg", e.message, true); })
      .then(function () { $("commit-btn").disabled = false; });
  }
  function discard() {
    if (pending) api("/admin/api/discard", {method: "POST", headers: {"Content-Type": "application/json"},
      body: JSON.stringify({upload_id: pending.upload_id})});
    pending = null; $("preview").hidden = true; say("up-msg", "已放弃。");
  }
  function loadReport() {
    api("/admin/api/report").then(function (r) {
      var box = $("report"); box.textContent = "";
      box.appendChild(el("p", "共 " + r.total + " 个问题；有帮助 " + r.helpful + "，没帮助 " + r.not_helpful + "。", "muted"));
      var ul = el("ul");
      r.unanswered.forEach(function (q) { ul.appendChild(el("li", q[0] + "（" + q[1] + " 次）")); });
      if (r.unanswered.length) { box.appendChild(el("h3", "没能回答的问题")); box.appendChild(ul); }
      if (r.unhelpful.length) {
        box.appendChild(el("h3", "被标为“没帮助”的回答"));
        r.unhelpful.forEach(function (f) { box.appendChild(el("pre", "问：" + f.question + "\n答：" + f.answer + "\n意见：" + (f.comment || "（无）"))); });
      }
    });
  }
  function loadEvaluation() {
    api("/admin/api/evaluation").then(function (r) {
      var box = $("evaluation"); box.textContent = "";
      if (!r.runs.length) { box.appendChild(el("p", "还没有评测记录（python -m eval run 会记录在这里）。", "muted")); return; }
      var t = el("table"); var head = el("tr");
      ["时间", "数据集", "题数", "facts_all", "拒答准确率", "引用准确率", "hit@5", "p95 (ms)"].forEach(function (h) { head.appendChild(el("th", h)); });
      t.appendChild(head);
      r.runs.forEach(function (x) {
        var tr = el("tr");
        [x.time, x.dataset, x.n_items, x.facts_all, x.refusal_accuracy, x.citation_accuracy, x["hit@5"], x.latency_p95]
          .forEach(function (v) { tr.appendChild(el("td", String(v))); });
        t.appendChild(tr);
      });
      box.appendChild(t);
    });
  }
  $("login-btn").addEventListener("click", login);
  $("token").addEventListener("keydown", function (e) { if (e.key === "Enter") login(); });
  $("preview-btn").addEventListener("click", preview);
  $("commit-btn").addEventListener("click", commit);
  $("discard-btn").addEventListener("click", discard);
  if (token) login();
})();
