// The phone page. User text is only ever set with textContent (never innerHTML), so a
// note like "<b>x</b>" stays literal. Every sentence comes from the server's table.
"use strict";
(function () {
  var main = document.getElementById("main");
  var statusLine = document.getElementById("status");
  var said = document.getElementById("said");
  var who = document.getElementById("who");
  var titleEl = document.getElementById("workshopTitle");
  var S = {};
  var state = null;
  var shown = "";       // what the current screen was built from (rebuild only when it changes)
  var drafts = {};      // text being typed, kept across rebuilds
  var ballot = {};      // the dots being placed on this phone
  var loading = false, again = false;
  var choosing = false;

  // A counted sentence is a dict of CLDR plural forms ({n} is the count), chosen for the page's language.
  function t(key, vars) {
    var s = S[key] || key;
    if (typeof s === "object") {
      var form = "other";
      try { form = new Intl.PluralRules(S.lang || "en").select((vars && vars.n) || 0); } catch (e) { /* old browser */ }
      s = s[form] || s.other || key;
    }
    if (vars) Object.keys(vars).forEach(function (k) { s = s.split("{" + k + "}").join(String(vars[k])); });
    return s;
  }
  function el(tag, props) {
    var e = document.createElement(tag);
    if (props) Object.keys(props).forEach(function (k) {
      var v = props[k];
      if (v === undefined || v === null || v === false) return;
      if (k === "text") e.textContent = v;
      else if (k === "on") Object.keys(v).forEach(function (ev) { e.addEventListener(ev, v[ev]); });
      else e.setAttribute(k, v === true ? "" : v);
    });
    for (var i = 2; i < arguments.length; i++) if (arguments[i]) e.append(arguments[i]);
    return e;
  }
  function say(message) { statusLine.textContent = message || ""; }
  // A post went through: shown beside its button, and said through a hidden live region
  // that is on the page from the start (the screen may be rebuilt meanwhile; a region
  // inserted together with its text is often not spoken).
  function done(result, message) { if (result) result.textContent = message; said.textContent = message; }
  function newKey() {
    var a = new Uint8Array(16);
    crypto.getRandomValues(a);
    return Array.prototype.map.call(a, function (b) { return ("0" + b.toString(16)).slice(-2); }).join("");
  }
  function sleep(ms) { return new Promise(function (r) { setTimeout(r, ms); }); }

  // POST with retries under the same key: a lost answer never makes a duplicate.
  async function send(path, body) {
    for (var attempt = 0; attempt < 6; attempt++) {
      var r;
      try {
        r = await fetch(path, { method: "POST", credentials: "same-origin",
          headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
      } catch (e) { say(t("retrying")); await sleep(400 * (attempt + 1)); continue; }
      var data = {};
      try { data = await r.json(); } catch (e) { data = {}; }
      if (r.ok) { say(""); return data; }
      if (r.status === 429 || r.status === 503) { say(t(r.status === 429 ? "too_fast" : "retrying")); await sleep(1000 * (attempt + 1)); continue; }
      if (r.status === 403) { say(t("forbidden")); return null; }
      say(data.error || t("failed"));
      refresh();
      return null;
    }
    say(t("failed"));
    return null;
  }

  async function refresh() {
    if (loading) { again = true; return; }
    loading = true;
    try {
      var r = await fetch("api/state", { credentials: "same-origin" });
      if (r.status === 403) { say(t("forbidden")); main.replaceChildren(el("p", { "class": "error", text: t("forbidden") })); return; }
      if (!r.ok) return;
      state = await r.json();
      S = state.strings || S;
      render();
    } catch (e) { /* the events stream reconnects and asks again */ }
    finally { loading = false; if (again) { again = false; refresh(); } }
  }

  function render() {
    titleEl.textContent = state.workshop || t("page_title");
    document.title = state.workshop || t("page_title");
    var me = state.me;
    who.replaceChildren();
    if (me && !choosing) {
      who.append(t("who_you", { name: me.name }) + " ");
      who.append(el("button", { "class": "secondary", type: "button", id: "changeWho", text: t("who_change"),
        on: { click: function () { choosing = true; shown = ""; render(); } } }));
    }
    var basis = JSON.stringify([choosing || !me ? state.people || "pick" : me.id, state.activity]);
    if (basis === shown) return;
    var sameActivity = state.activity && shown && JSON.parse(shown)[1] && JSON.parse(shown)[1].id === state.activity.id;
    shown = basis;
    var screen = (!me || choosing) ? pickScreen() : activityScreen(state.activity);
    main.replaceChildren.apply(main, screen);
    if (!sameActivity) { var h = main.querySelector("h2"); if (h) { h.setAttribute("tabindex", "-1"); h.focus(); } }
  }

  function pickScreen() {
    var out = [el("h2", { text: t("who_heading") }), el("p", { "class": "hint", text: t("who_hint") })];
    var list = el("ul", { "class": "people", id: "people" });
    (state.people || []).forEach(function (p) {
      var b = el("button", { type: "button", "data-id": String(p.id), on: { click: function () { join({ participant: p.id }); } } },
        el("span", { text: p.name }), p.organisation ? el("span", { "class": "org", text: " · " + p.organisation }) : null);
      list.append(el("li", null, b));
    });
    if (!state.people) { refreshPeople(); }
    out.push(list);
    if (state.self_join) {
      var key = newKey();
      var name = el("input", { id: "addName", autocomplete: "name" });
      var org = el("input", { id: "addOrg", autocomplete: "organization" });
      out.push(el("h2", { text: t("add_heading") }),
        el("label", { "for": "addName", text: t("add_name") }), name,
        el("label", { "for": "addOrg", text: t("add_org") }), org,
        el("p", { "class": "actions" }, el("button", { type: "button", id: "addMe", text: t("add_go"),
          on: { click: function () { if (!name.value.trim()) { say(t("empty")); name.focus(); return; } join({ name: name.value, organisation: org.value, key: key }); } } })));
    }
    return out;
  }
  async function refreshPeople() {
    // The state of a joined phone leaves the list out; "Not you?" asks for it.
    var r = await fetch("api/state?people=1", { credentials: "same-origin" });
    if (r.ok) { var s = await r.json(); state.people = s.people || []; shown = ""; render(); }
  }
  async function join(body) {
    say(t("sending"));
    var r = await send("api/join", body);
    if (r) { choosing = false; shown = ""; say(""); refresh(); }
  }

  function nothing() {
    return [el("h2", { text: t("nothing_heading") }), el("p", { "class": "hint", text: t("nothing_hint") })];
  }
  function heading(a) {
    var out = [el("h2", { text: a.title })];
    if (a.prompt) out.push(el("p", { "class": "prompt", text: a.prompt }));
    return out;
  }

  function activityScreen(a) {
    if (!a) return nothing();
    var build = KINDS[a.kind];
    return build ? heading(a).concat(build(a)) : nothing();
  }

  function textBox(id, label, hint, max) {
    var box = el("textarea", { id: id, maxlength: max ? String(max) : null, "aria-describedby": hint ? id + "Hint" : null });
    box.value = drafts[id] || "";
    box.addEventListener("input", function () { drafts[id] = box.value; });
    return [el("label", { "for": id, text: label }), hint ? el("p", { "class": "hint", id: id + "Hint", text: hint }) : null, box];
  }

  var KINDS = {
    brainstorm: function (a) {
      var parts = textBox("noteText", t("note_label"), t("note_hint", { max: a.max }) + " " + t(a.anonymous ? "note_anonymous" : "note_named"), a.max);
      var key = newKey();
      var button = el("button", { type: "button", id: "noteSend", text: t("note_send") });
      var result = el("p", { id: "noteResult", "class": "done" });
      button.addEventListener("click", async function () {
        var text = drafts.noteText || "";
        if (!text.trim()) { say(t("empty")); return; }
        button.disabled = true; say(t("sending"));
        var r = await send("api/post", { what: "note", key: key, activity: a.id, text: text });
        button.disabled = false;
        if (r) {
          key = newKey(); drafts.noteText = ""; parts[2].value = "";
          done(result, t(a.queue ? "note_queued" : "note_sent"));
          parts[2].focus();
        }
      });
      return parts.concat([el("p", { "class": "actions" }, button), result]);
    },

    dot_vote: function (a) {
      if (!a.items.length) return [el("p", { text: t("vote_none") })];
      ballot = {};
      Object.keys(a.ballot).forEach(function (k) { ballot[k] = a.ballot[k]; });
      var out = [el("p", { "class": "hint", text: t("vote_hint", { dots: a.dots, cap: a.cap }) })];
      if (a.secret) out.push(el("p", { "class": "hint", text: t("vote_secret") }));
      var left = el("p", { id: "dotsLeft", "aria-live": "polite" });
      var rows = [];
      function used() { return Object.keys(ballot).reduce(function (n, k) { return n + ballot[k]; }, 0); }
      function update() {
        left.textContent = t("vote_left", { left: a.dots - used() });
        rows.forEach(function (r) {
          var n = ballot[r.id] || 0;
          r.count.textContent = t("vote_on", { n: n });
          r.plus.disabled = a.closed || r.own || n >= a.cap || used() >= a.dots;
          r.minus.disabled = a.closed || n <= 0;
        });
      }
      a.items.forEach(function (item) {
        var count = el("span", { "class": "count", "aria-live": "polite" });
        var minus = el("button", { type: "button", "class": "secondary", "aria-label": t("vote_remove", { item: item.title }), text: "−",
          on: { click: function () { ballot[item.id] = Math.max(0, (ballot[item.id] || 0) - 1); update(); } } });
        var plus = el("button", { type: "button", "aria-label": t("vote_add", { item: item.title }), text: "+",
          on: { click: function () { ballot[item.id] = (ballot[item.id] || 0) + 1; update(); } } });
        rows.push({ id: item.id, own: item.own, count: count, plus: plus, minus: minus });
        out.push(el("div", { "class": "item", "data-item": String(item.id) },
          el("p", { "class": "title", text: item.title }),
          item.own ? el("p", { "class": "hint", text: t("vote_own") }) : null,
          el("div", { "class": "row" }, minus, count, plus)));
      });
      out.push(left);
      var result = el("p", { id: "voteResult", "class": "done", text: a.closed ? t("vote_closed") : (a.cast ? t("vote_done") : "") });
      var cast = el("button", { type: "button", id: "voteCast", text: t(a.cast ? "vote_change" : "vote_cast"), disabled: a.closed });
      var key = newKey();
      cast.addEventListener("click", async function () {
        cast.disabled = true; say(t("sending"));
        var r = await send("api/post", { what: "ballot", key: key, activity: a.id, dots: ballot });
        cast.disabled = false;
        if (r) { key = newKey(); done(result, t("vote_done")); cast.textContent = t("vote_change"); }
      });
      out.push(el("p", { "class": "actions" }, cast), result);
      update();
      return out;
    },

    pulse: function (a) {
      if (!a.questions.length) return [el("p", { text: t("pulse_none") })];
      var out = [el("p", { "class": "hint", text: t("pulse_hint") })];
      a.questions.forEach(function (q, index) {
        var id = "q" + index;
        var box = el("fieldset", { "aria-labelledby": id });
        box.append(el("legend", { id: id, text: q.text }));
        if (q.answered) { box.append(el("p", { "class": "done", text: t("pulse_done") })); out.push(box); return; }
        var key = newKey();
        var scale = el("div", { "class": "scale" });
        q.values.forEach(function (v) {
          scale.append(el("button", { type: "button", "class": "secondary", "data-value": String(v.value), text: v.value + " · " + v.label,
            on: { click: async function () {
              scale.querySelectorAll("button").forEach(function (b) { b.disabled = true; });
              say(t("sending"));
              var r = await send("api/post", { what: "pulse", key: key, activity: a.id, round: q.round, value: v.value });
              if (r) { scale.replaceWith(el("p", { "class": "done", text: t("pulse_done") })); done(null, t("pulse_done")); }
              else scale.querySelectorAll("button").forEach(function (b) { b.disabled = false; });
            } } }));
        });
        box.append(scale);
        out.push(box);
      });
      return out;
    },

    purpose_blend: function (a) {
      if (!a.draft) return [el("p", { text: t("rate_none") })];
      var out = [el("blockquote", { "class": "prompt", id: "draftText", text: a.draft.text }),
        el("p", { "class": "hint", text: t("rate_for", { party: a.party }) }),
        el("p", { "class": "hint", text: t("rate_hint") })];
      var score = null;
      var group = el("fieldset", { "class": "scale" }, el("legend", { text: t("rate_hint") }));
      [0, 1, 2, 3, 4, 5].forEach(function (n) {
        var input = el("input", { type: "radio", name: "score", id: "score" + n, value: String(n), on: { change: function () { score = n; } } });
        group.append(el("div", { "class": "choice" }, input, el("label", { "for": "score" + n, text: String(n) })));
      });
      out.push(group);
      var comment = textBox("rateComment", t("rate_comment"), null, 5000);
      var result = el("p", { id: "rateResult", "class": "done" });
      var button = el("button", { type: "button", id: "rateSend", text: t("rate_send") });
      button.addEventListener("click", async function () {
        if (score === null) { say(t("empty")); return; }
        button.disabled = true; say(t("sending"));
        var r = await send("api/post", { what: "rating", key: newKey(), activity: a.id, draft: a.draft.id, score: score, comment: drafts.rateComment || "" });
        button.disabled = false;
        if (r) done(result, t("rate_done"));
      });
      return out.concat(comment, [el("p", { "class": "actions" }, button), result]);
    },

    offers_asks: function (a) {
      var kind = "offer";
      var group = el("fieldset", null, el("legend", { text: t("card_kind") }));
      ["offer", "ask"].forEach(function (k) {
        var input = el("input", { type: "radio", name: "cardKind", id: "card_" + k, value: k, checked: k === "offer", on: { change: function () { kind = k; } } });
        group.append(el("div", { "class": "choice" }, input, el("label", { "for": "card_" + k, text: t("card_" + k) })));
      });
      var parts = textBox("cardText", t("card_text"), t("card_party", { party: a.party }), a.max);
      var key = newKey();
      var result = el("p", { id: "cardResult", "class": "done" });
      var button = el("button", { type: "button", id: "cardSend", text: t("card_send") });
      button.addEventListener("click", async function () {
        var text = drafts.cardText || "";
        if (!text.trim()) { say(t("empty")); return; }
        button.disabled = true; say(t("sending"));
        var r = await send("api/post", { what: "card", key: key, activity: a.id, kind: kind, text: text });
        button.disabled = false;
        if (r) { key = newKey(); drafts.cardText = ""; parts[2].value = ""; done(result, t("card_done")); }
      });
      return [group].concat(parts, [el("p", { "class": "actions" }, button), result]);
    },

    budget: function (a) {
      // Approval (a tick per project) or cumulative points (+ and −); the limits are
      // checked here as a courtesy and again by the laptop's own operation.
      if (!a.projects.length) return [el("p", { text: t("pb_none") })];
      var chosen = {};
      Object.keys(a.ballot).forEach(function (k) { chosen[k] = a.ballot[k]; });
      var out = [el("p", { "class": "hint", text: t(a.points ? "pb_points_hint" : "pb_hint", { budget: a.budget, points: a.points }) })];
      if (a.max_projects) out.push(el("p", { "class": "hint", text: t("pb_limit_projects", { n: a.max_projects }) }));
      if (a.max_cost !== null) out.push(el("p", { "class": "hint", text: t("pb_limit_cost", { max: a.max_cost_text }) }));
      if (a.secret) out.push(el("p", { "class": "hint", text: t("pb_secret") }));
      var summary = el("p", { id: "pbSummary", "aria-live": "polite" });
      var rows = [];
      function ids() { return Object.keys(chosen).filter(function (k) { return chosen[k] > 0; }); }
      function cost(list) { return list.reduce(function (n, k) { var p = a.projects.find(function (q) { return String(q.id) === k; }); return n + (p ? p.cost : 0); }, 0); }
      function used() { return ids().reduce(function (n, k) { return n + chosen[k]; }, 0); }
      function fits(id, value) {
        var next = {}; Object.keys(chosen).forEach(function (k) { next[k] = chosen[k]; });
        next[id] = value;
        var list = Object.keys(next).filter(function (k) { return next[k] > 0; });
        if (a.max_projects && list.length > a.max_projects) { say(t("pb_full_projects")); return false; }
        if (a.max_cost !== null && cost(list) > a.max_cost + 1e-9) { say(t("pb_full_cost", { max: a.max_cost_text })); return false; }
        say("");
        return true;
      }
      function update() {
        var list = ids();
        summary.textContent = (a.points ? t("pb_left_points", { left: a.points - used() }) + " · " : "") +
          t("pb_chosen", { n: list.length, total: Math.round(cost(list)).toLocaleString(S.lang || "en") });
        rows.forEach(function (r) {
          var n = chosen[r.id] || 0;
          if (r.box) { r.box.checked = n > 0; r.box.disabled = a.cast; }
          if (r.count) {
            r.count.textContent = String(n);
            r.plus.disabled = a.cast || used() >= a.points;
            r.minus.disabled = a.cast || n <= 0;
          }
        });
      }
      a.projects.forEach(function (p) {
        var id = String(p.id), label = p.number + ". " + p.title + " — " + p.cost_text;
        if (a.points) {
          var count = el("span", { "class": "count", "aria-live": "polite" });
          var minus = el("button", { type: "button", "class": "secondary", "aria-label": t("pb_remove", { item: p.title }), text: "−",
            on: { click: function () { chosen[id] = Math.max(0, (chosen[id] || 0) - 1); say(""); update(); } } });
          var plus = el("button", { type: "button", "aria-label": t("pb_add", { item: p.title }), text: "+",
            on: { click: function () { if (fits(id, (chosen[id] || 0) + 1)) { chosen[id] = (chosen[id] || 0) + 1; } update(); } } });
          rows.push({ id: id, count: count, plus: plus, minus: minus });
          out.push(el("div", { "class": "item", "data-project": id },
            el("p", { "class": "title", text: label }), el("div", { "class": "row" }, minus, count, plus)));
        } else {
          var box = el("input", { type: "checkbox", id: "pb_" + id, on: { change: function () {
            if (box.checked && !fits(id, 1)) { box.checked = false; return; }
            chosen[id] = box.checked ? 1 : 0; say(""); update();
          } } });
          rows.push({ id: id, box: box });
          out.push(el("div", { "class": "choice item", "data-project": id }, box, el("label", { "for": "pb_" + id, text: label })));
        }
      });
      out.push(summary);
      var result = el("p", { id: "pbResult", "class": "done", role: "status", text: a.cast ? t("pb_done") : "" });
      var cast = el("button", { type: "button", id: "pbCast", text: t("pb_cast"), disabled: a.cast });
      var key = newKey();
      cast.addEventListener("click", async function () {
        cast.disabled = true; say(t("sending"));
        var approvals = {};
        ids().forEach(function (k) { approvals[k] = chosen[k]; });
        var r = await send("api/post", { what: "budget", key: key, activity: a.id, approvals: approvals });
        if (r) { result.textContent = t("pb_done"); a.cast = true; update(); }
        else cast.disabled = false;
      });
      out.push(el("p", { "class": "actions" }, cast), result);
      update();
      return out;
    }
  };

  function listen() {
    var source = new EventSource("api/events");
    source.onmessage = function () { refresh(); };
  }

  refresh().then(listen);
})();
