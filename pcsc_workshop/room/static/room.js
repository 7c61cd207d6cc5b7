/* PCSC Workshop room hub: autosave for plans and scores, knowledge checks, live poll.
   Plain JavaScript served by the hub itself (no CDN, no inline script: the CSP forbids it).
   What a user typed is kept on the page until the hub has confirmed it; failures retry. */
(function () {
  "use strict";
  var csrf = document.body.getAttribute("data-csrf") || "";
  var wordsEl = document.getElementById("words");
  var words = {};
  try { words = JSON.parse(wordsEl ? wordsEl.textContent : "{}"); } catch (e) { words = {}; }
  function W(key, values) {
    var text = words[key] || key;
    if (values) { Object.keys(values).forEach(function (k) { text = text.split("{" + k + "}").join(values[k]); }); }
    return text;
  }
  function send(method, url, body, keepalive) {
    return fetch(url, {
      method: method, credentials: "same-origin", keepalive: !!keepalive,
      headers: { "Content-Type": "application/json", "X-CSRF-Token": csrf },
      body: body === undefined ? undefined : JSON.stringify(body)
    }).then(function (r) {
      return r.json().catch(function () { return {}; }).then(function (data) {
        if (!r.ok) { var e = new Error(data.message || String(r.status)); e.status = r.status; throw e; }
        return data;
      });
    });
  }
  function setStatus(el, text, bad) {
    if (!el) { return; }
    el.textContent = text;
    el.classList.toggle("bad", !!bad);
  }

  document.querySelectorAll("[data-autosubmit]").forEach(function (s) {
    s.addEventListener("change", function () { s.form.submit(); });
  });
  document.querySelectorAll("form[data-csrf-form]").forEach(function (f) {
    f.addEventListener("submit", function (ev) {
      ev.preventDefault();
      fetch(f.action, { method: "POST", credentials: "same-origin", headers: { "X-CSRF-Token": csrf } })
        .then(function () { window.location.href = "/"; });
    });
  });

  /* An autosaver: at most one request in flight; edits made meanwhile are sent next. */
  function Saver(statusEl, doSave) {
    var timer = null, busy = false, again = false, retry = 1000;
    function run() {
      timer = null;
      if (busy) { again = true; return; }
      busy = true; again = false;
      setStatus(statusEl, W("saving"));
      doSave().then(function () {
        busy = false; retry = 1000;
        setStatus(statusEl, W("saved"));
        document.body.setAttribute("data-saved", String(Date.now()));
        if (again) { schedule(0); }
      }, function (err) {
        busy = false;
        var reason = err && err.status ? err.message : W("offline");
        setStatus(statusEl, W("not-saved", { reason: reason }), true);
        if (err && err.status === 401) { return; }
        if (!err || !err.status || err.status >= 500 || err.status === 409 || err.status === 429) {
          retry = Math.min(retry * 2, 15000);
          schedule(retry);
        }
      });
    }
    function schedule(delay) {
      if (timer) { clearTimeout(timer); }
      timer = setTimeout(run, delay === undefined ? 600 : delay);
    }
    this.schedule = schedule;
    this.now = function () { if (timer) { clearTimeout(timer); } run(); };
  }

  /* ---- action plan ---- */
  var plan = document.getElementById("plan");
  if (plan) {
    var status = document.getElementById("save-status");
    var collectRows = function (kind) {
      var list = plan.querySelector('[data-rows="' + kind + '"]');
      return Array.prototype.map.call(list.children, function (li) {
        var row = { id: li.getAttribute("data-id") || "" };
        li.querySelectorAll("[data-f]").forEach(function (f) { row[f.getAttribute("data-f")] = f.value; });
        return row;
      });
    };
    var collect = function () {
      return {
        key_takeaways: plan.querySelector("#key_takeaways").value,
        challenges: plan.querySelector("#challenges").value,
        approaches: plan.querySelector("#approaches").value,
        next_steps: collectRows("step"),
        support: collectRows("support")
      };
    };
    var applyIds = function (kind, ids) {
      var list = plan.querySelector('[data-rows="' + kind + '"]');
      Array.prototype.forEach.call(list.children, function (li, i) { if (ids[i]) { li.setAttribute("data-id", ids[i]); } });
    };
    var saver = new Saver(status, function () {
      return send("PUT", "/api/plan", collect()).then(function (r) {
        applyIds("step", r.next_step_ids || []);
        applyIds("support", r.support_ids || []);
        plan.setAttribute("data-revision", r.revision);
      });
    });
    var renumber = function () {
      ["step", "support"].forEach(function (kind) {
        var list = plan.querySelector('[data-rows="' + kind + '"]');
        Array.prototype.forEach.call(list.children, function (li, i) {
          var n = li.querySelector(".n");
          if (n) { n.textContent = W(kind === "step" ? "step-n" : "support-n", { n: i + 1 }); }
        });
      });
    };
    plan.addEventListener("input", function () { saver.schedule(); });
    plan.addEventListener("change", function () { saver.schedule(); });
    plan.addEventListener("click", function (ev) {
      var t = ev.target;
      if (t.hasAttribute("data-add")) {
        var kind = t.getAttribute("data-add");
        var tpl = document.getElementById("tpl-" + kind);
        var node = tpl.content.firstElementChild.cloneNode(true);
        plan.querySelector('[data-rows="' + kind + '"]').appendChild(node);
        renumber();
        var first = node.querySelector("textarea, input");
        if (first) { first.focus(); }
        saver.schedule();
      } else if (t.hasAttribute("data-remove")) {
        var li = t.closest("li.row");
        if (li) { li.parentNode.removeChild(li); renumber(); saver.schedule(); }
      }
    });
    document.addEventListener("visibilitychange", function () {
      if (document.visibilityState === "hidden") { saver.now(); }
    });
    renumber();
  }

  /* ---- self-assessment ---- */
  var elements = document.querySelectorAll("fieldset.element");
  if (elements.length) {
    var aStatus = document.getElementById("save-status");
    elements.forEach(function (fs) {
      var id = fs.getAttribute("data-element");
      fs.addEventListener("change", function (ev) {
        if (ev.target.type !== "radio") { return; }
        var value = ev.target.value === "" ? null : parseInt(ev.target.value, 10);
        new Saver(aStatus, function () { return send("POST", "/api/assessment", { element: id, score: value }); }).now();
      });
      var note = fs.querySelector("[data-evidence]");
      if (note) {
        var noteSaver = new Saver(aStatus, function () { return send("POST", "/api/assessment", { element: id, evidence: note.value }); });
        note.addEventListener("input", function () { noteSaver.schedule(); });
      }
    });
  }

  /* ---- knowledge check ---- */
  var quiz = document.getElementById("quiz");
  if (quiz) {
    quiz.addEventListener("submit", function (ev) {
      ev.preventDefault();
      var answers = {};
      quiz.querySelectorAll("fieldset.question").forEach(function (fs) {
        var picked = fs.querySelector("input:checked");
        if (picked) { answers[fs.getAttribute("data-q")] = parseInt(picked.value, 10); }
      });
      var qs = document.getElementById("quiz-status");
      send("POST", "/api/quiz", { module: quiz.getAttribute("data-module"), phase: quiz.getAttribute("data-phase"), answers: answers })
        .then(function (r) {
          setStatus(qs, W("quiz-done", { score: r.score, total: r.total }));
          quiz.querySelector("button[type=submit]").disabled = true;
        }, function (err) { setStatus(qs, W("not-saved", { reason: err.message }), true); });
    });
  }

  /* ---- live poll ---- */
  var pollBox = document.getElementById("poll");
  if (pollBox) {
    var current = null;
    var pStatus = document.getElementById("poll-status");
    var render = function (poll) {
      pollBox.textContent = "";
      if (!poll) { var p = document.createElement("p"); p.textContent = W("no-poll"); pollBox.appendChild(p); return; }
      var form = document.createElement("form");
      form.id = "poll-form";
      var fs = document.createElement("fieldset");
      var legend = document.createElement("legend");
      legend.textContent = poll.question;
      fs.appendChild(legend);
      if (poll.kind === "words") {
        var help = document.createElement("p"); help.textContent = W("words-help"); fs.appendChild(help);
        for (var i = 0; i < 3; i++) {
          var lab = document.createElement("label");
          var inp = document.createElement("input"); inp.maxLength = 40; inp.setAttribute("data-word", "1");
          lab.appendChild(document.createTextNode(String(i + 1) + " ")); lab.appendChild(inp); fs.appendChild(lab);
        }
      } else {
        if (poll.kind === "dots") { var h = document.createElement("p"); h.textContent = W("pick-up-to", { n: poll.picks }); fs.appendChild(h); }
        poll.options.forEach(function (text, index) {
          var lab = document.createElement("label"); lab.className = "choice";
          var inp = document.createElement("input");
          inp.type = poll.kind === "choice" ? "radio" : "checkbox"; inp.name = "opt"; inp.value = String(index);
          lab.appendChild(inp); lab.appendChild(document.createTextNode(" " + text)); fs.appendChild(lab);
        });
      }
      form.appendChild(fs);
      var btn = document.createElement("button"); btn.type = "submit"; btn.textContent = W("send"); form.appendChild(btn);
      form.addEventListener("change", function (ev) {
        if (poll.kind !== "dots") { return; }
        var checked = form.querySelectorAll("input:checked");
        if (checked.length > poll.picks) { ev.target.checked = false; }
      });
      form.addEventListener("submit", function (ev) {
        ev.preventDefault();
        var answer;
        if (poll.kind === "words") {
          answer = Array.prototype.map.call(form.querySelectorAll("[data-word]"), function (i) { return i.value.trim(); }).filter(Boolean);
        } else {
          answer = Array.prototype.map.call(form.querySelectorAll("input:checked"), function (i) { return parseInt(i.value, 10); });
        }
        send("POST", "/api/poll", { poll: poll.id, answer: answer }).then(function () {
          setStatus(pStatus, W("answer-in"));
        }, function (err) { setStatus(pStatus, W("not-saved", { reason: err.message }), true); });
      });
      pollBox.appendChild(form);
    };
    var check = function () {
      fetch("/api/poll", { credentials: "same-origin" }).then(function (r) { return r.json(); }).then(function (d) {
        var id = d.poll ? d.poll.id : null;
        if (id !== current) { current = id; setStatus(pStatus, ""); render(d.poll); }
      }).catch(function () { setStatus(pStatus, W("offline"), true); });
    };
    check();
    setInterval(check, 2000);
  }
})();
