/* Lectern quiz player, bundled from player/*.js by scripts/bundle-player.mjs: edit those, then build. */
"use strict";
(() => {
  // player/dom.js
  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function(name) {
      node.setAttribute(name, attrs[name]);
    });
    if (text !== void 0) node.textContent = text;
    return node;
  }
  function fmt(template, values) {
    return template.replace(/\{(\w+)\}/g, function(_, key) {
      return String(values[key]);
    });
  }
  function letter(i) {
    var label = "";
    for (var n = i; n >= 0; n = Math.floor(n / 26) - 1) label = String.fromCharCode(65 + n % 26) + label;
    return label;
  }
  function round(n) {
    return Math.round(n * 100) / 100;
  }

  // player/form-reader.js
  function formReader(form2) {
    function field(name) {
      return form2.elements.namedItem(name);
    }
    return {
      /* The indexes of the checked choices of question q. */
      checked: function(q) {
        return Array.prototype.filter.call(form2.querySelectorAll('input[name="' + q + '"]'), function(input) {
          return input.checked;
        }).map(function(input) {
          return Number(input.value);
        });
      },
      /* The value of one named control ('' when there is none). */
      value: function(name) {
        var f = field(name);
        return f ? f.value : "";
      }
    };
  }

  // player/controls.js
  function choiceControls(item, q, box, L) {
    var type = item.type === "multiple" ? "checkbox" : "radio";
    var options = item.type === "true-false" ? [{ text: L.trueLabel }, { text: L.falseLabel }] : item.options;
    options.forEach(function(option, i) {
      var label = el("label", { class: "choice" });
      label.appendChild(el("input", { type, name: q, id: q + "-o" + i, value: String(i) }));
      label.appendChild(el("span", { class: "text" }, letter(i) + ". " + option.text));
      box.appendChild(label);
    });
  }
  function textInput(q, labelText) {
    return el("input", { type: "text", name: q, id: q, autocomplete: "off", "aria-label": labelText });
  }
  function select(name, labelText, choices, L) {
    var node = el("select", { name, id: name, "aria-label": labelText });
    node.appendChild(el("option", { value: "" }, L.choose));
    choices.forEach(function(text, i) {
      node.appendChild(el("option", { value: String(i) }, text));
    });
    return node;
  }
  function orderingSelects(item, q, box, status, L) {
    var selects = item.entries.map(function(text, i) {
      var row = el("div", { class: "row" });
      var positions = item.entries.map(function(_, j) {
        return String(j + 1);
      });
      var node = select(q + "-p" + i, L.position + " — " + text, positions, L);
      node.dataset.previous = "";
      row.appendChild(node);
      row.appendChild(el("label", { class: "text", for: q + "-p" + i }, letter(i) + ". " + text));
      box.appendChild(row);
      return node;
    });
    selects.forEach(function(node) {
      node.addEventListener("change", function() {
        var other = selects.filter(function(s) {
          return s !== node && s.value !== "" && s.value === node.value;
        })[0];
        if (other) {
          other.value = node.dataset.previous;
          other.dataset.previous = other.value;
          status.textContent = L.duplicatePosition;
        } else status.textContent = "";
        node.dataset.previous = node.value;
      });
    });
  }
  function renderControls(item, q, box, status, L) {
    switch (item.type) {
      case "single":
      case "multiple":
      case "true-false":
        return choiceControls(item, q, box, L);
      case "numeric":
      case "short": {
        var row = el("div", { class: "row" });
        row.appendChild(el("label", { for: q }, L.yourAnswer));
        row.appendChild(textInput(q, L.yourAnswer));
        if (item.unit) row.appendChild(el("span", { class: "text" }, item.unit));
        if (item.type === "numeric") row.querySelector("input").setAttribute("inputmode", "decimal");
        return box.appendChild(row);
      }
      case "cloze": {
        var para = el("div", { class: "cloze" });
        item.segments.forEach(function(s) {
          if (s.text !== void 0) para.appendChild(document.createTextNode(s.text));
          else para.appendChild(textInput(q + "-g" + s.gap, fmt(L.gap, { n: s.gap })));
        });
        return box.appendChild(para);
      }
      case "matching":
        return item.left.forEach(function(text, i) {
          var row2 = el("div", { class: "row" });
          row2.appendChild(el("label", { class: "text", for: q + "-m" + i }, i + 1 + ". " + text));
          row2.appendChild(select(q + "-m" + i, text, item.right.map(function(r, j) {
            return letter(j) + ". " + r;
          }), L));
          box.appendChild(row2);
        });
      case "ordering":
        return orderingSelects(item, q, box, status, L);
    }
  }

  // player/feedback.js
  function verdict(score) {
    return score >= 1 ? "ok" : score > 0 ? "part" : "bad";
  }
  function verdictWord(score, L) {
    var kind = verdict(score);
    return kind === "ok" ? L.correct : kind === "part" ? L.partlyCorrect + " (" + round(score) + ")" : L.incorrect;
  }
  function showFeedback(item, box, result, revealed, L) {
    box.textContent = "";
    box.className = "feedback " + verdict(result.score);
    box.appendChild(el("p", { class: "status" }, verdictWord(result.score, L) + L.fullStop));
    result.picks.forEach(function(i) {
      var note = item.optionFeedback && item.optionFeedback[i];
      if (note) box.appendChild(el("p", {}, note));
    });
    box.appendChild(el("p", {}, L.answer + "：" + item.answerText.join("\n")));
    item.explanation.split(/\n\n/).forEach(function(para) {
      box.appendChild(el("p", {}, para));
    });
    if (revealed) box.appendChild(el("p", { class: "hint" }, L.revealed));
  }
  function setLocked(section, locked) {
    Array.prototype.forEach.call(section.querySelectorAll("input, select"), function(c) {
      c.disabled = locked;
    });
  }

  // player/fold.js
  var CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
  function fold(text) {
    var folded = String(text).normalize("NFKC").toLowerCase().replace(/[\p{P}`^~]/gu, " ").replace(/\s+/g, " ").trim();
    return CJK.test(folded) ? folded.replace(/ /g, "") : folded;
  }
  function matchesPattern(pattern, response) {
    var parts = String(pattern).split("*").map(function(p) {
      return fold(p).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    });
    return new RegExp("^" + parts.join(".*") + "$", "u").test(fold(response));
  }

  // player/sha256.js
  var K = [];
  (function() {
    var n = 2, found = 0;
    while (found < 64) {
      var prime = true;
      for (var d = 2; d * d <= n; d++) if (n % d === 0) {
        prime = false;
        break;
      }
      if (prime) {
        K[found++] = Math.pow(n, 1 / 3) % 1 * 4294967296 | 0;
      }
      n++;
    }
  })();
  function sha256(text) {
    var bytes = new TextEncoder().encode(text);
    var len = bytes.length, words = [], i;
    var total = len + 9 + 63 >> 6 << 4;
    for (i = 0; i < total; i++) words[i] = 0;
    for (i = 0; i < len; i++) words[i >> 2] |= bytes[i] << 24 - i % 4 * 8;
    words[len >> 2] |= 128 << 24 - len % 4 * 8;
    words[total - 1] = len * 8;
    var h = [1779033703, 3144134277, 1013904242, 2773480762, 1359893119, 2600822924, 528734635, 1541459225];
    var w = [];
    for (var j = 0; j < total; j += 16) {
      var a = h[0], b = h[1], c = h[2], d2 = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
      for (i = 0; i < 64; i++) {
        if (i < 16) w[i] = words[j + i] | 0;
        else {
          var x = w[i - 15], y = w[i - 2];
          var s0 = (x >>> 7 | x << 25) ^ (x >>> 18 | x << 14) ^ x >>> 3;
          var s1 = (y >>> 17 | y << 15) ^ (y >>> 19 | y << 13) ^ y >>> 10;
          w[i] = w[i - 16] + s0 + w[i - 7] + s1 | 0;
        }
        var S1 = (e >>> 6 | e << 26) ^ (e >>> 11 | e << 21) ^ (e >>> 25 | e << 7);
        var t1 = hh + S1 + (e & f ^ ~e & g) + K[i] + w[i] | 0;
        var S0 = (a >>> 2 | a << 30) ^ (a >>> 13 | a << 19) ^ (a >>> 22 | a << 10);
        var t2 = S0 + (a & b ^ a & c ^ b & c) | 0;
        hh = g;
        g = f;
        f = e;
        e = d2 + t1 | 0;
        d2 = c;
        c = b;
        b = a;
        a = t1 + t2 | 0;
      }
      h[0] = h[0] + a | 0;
      h[1] = h[1] + b | 0;
      h[2] = h[2] + c | 0;
      h[3] = h[3] + d2 | 0;
      h[4] = h[4] + e | 0;
      h[5] = h[5] + f | 0;
      h[6] = h[6] + g | 0;
      h[7] = h[7] + hh | 0;
    }
    return h.map(function(v) {
      return ("00000000" + (v >>> 0).toString(16)).slice(-8);
    }).join("");
  }
  function keyHash(salt, parts) {
    return sha256([salt].concat(parts).join("|")).slice(0, 32);
  }

  // player/grade.js
  function grade(item, q, read) {
    var k = item.key, s = item.salt;
    var hit = function(list, parts) {
      return list.indexOf(keyHash(s, parts)) >= 0;
    };
    var share = function(flags) {
      return flags.length ? flags.filter(Boolean).length / flags.length : 0;
    };
    switch (item.type) {
      case "single": {
        var pick = read.checked(q)[0];
        if (pick === void 0) return { response: "", score: 0, picks: [] };
        return { response: item.options[pick].id, score: keyHash(s, [pick]) === k.one ? 1 : 0, picks: [pick] };
      }
      case "true-false": {
        var tf = read.checked(q)[0];
        if (tf === void 0) return { response: "", score: 0, picks: [] };
        var said = tf === 0 ? "true" : "false";
        return { response: said, score: keyHash(s, [said]) === k.one ? 1 : 0, picks: [tf] };
      }
      case "multiple": {
        var picks = read.checked(q), got = 0;
        picks.forEach(function(i) {
          got += keyHash(s, [i, 1]) === k.each[i] ? 1 / k.right : -1 / (k.wrong || 1);
        });
        return {
          response: picks.map(function(i) {
            return item.options[i].id;
          }),
          score: Math.max(0, Math.min(1, got)),
          picks
        };
      }
      case "numeric": {
        var raw = read.value(q).normalize("NFKC").replace(/[,\s]/g, "");
        var n = raw === "" ? NaN : Number(raw);
        var form2 = k.grid ? "n:" + Math.round(n / k.grid) : "v:" + String(n);
        return { response: raw, score: isFinite(n) && hit(k.any, [form2]) ? 1 : 0, picks: [] };
      }
      case "short": {
        var typed = fold(read.value(q));
        var byPattern = typed !== "" && (item.patterns || []).some(function(p) {
          return matchesPattern(p, read.value(q));
        });
        return { response: read.value(q), score: typed !== "" && (byPattern || hit(k.any, [typed])) ? 1 : 0, picks: [] };
      }
      case "cloze": {
        var gaps = item.segments.filter(function(g) {
          return g.gap !== void 0;
        });
        return {
          response: gaps.map(function(g) {
            return read.value(q + "-g" + g.gap);
          }),
          score: share(gaps.map(function(g, i) {
            var t = fold(read.value(q + "-g" + g.gap));
            return t !== "" && hit(k.gaps[i], [g.gap, t]);
          })),
          picks: []
        };
      }
      case "matching":
      case "ordering": {
        var prefix = item.type === "matching" ? "-m" : "-p";
        var values = k.each.map(function(_, i) {
          return read.value(q + prefix + i);
        });
        return {
          response: values,
          score: share(values.map(function(v, i) {
            if (v === "") return false;
            return keyHash(s, [i, item.type === "matching" ? Number(v) : Number(v) + 1]) === k.each[i];
          })),
          picks: []
        };
      }
    }
    return { response: "", score: 0, picks: [] };
  }

  // player/item-section.js
  function examIntro(form2, L) {
    var intro = el("div", { class: "intro" });
    intro.appendChild(el("p", {}, L.examIntro));
    var nameRow = el("div", { class: "row" });
    nameRow.appendChild(el("label", { for: "learner-name" }, L.learnerName));
    nameRow.appendChild(el("input", { type: "text", id: "learner-name", name: "learner-name", autocomplete: "name" }));
    intro.appendChild(nameRow);
    form2.appendChild(intro);
  }
  function itemSection(item, index, page2) {
    var L = page2.L;
    var q = "q" + (index + 1);
    var section = el("section", { class: "item", id: q + "-item", "aria-labelledby": q + "-legend" });
    var fieldset = el("fieldset");
    var legend = el("legend", { id: q + "-legend" });
    legend.appendChild(el("span", { class: "num" }, fmt(L.questionN, { n: index + 1 })));
    legend.appendChild(el("span", { class: "text" }, item.stem));
    fieldset.appendChild(legend);
    if (item.type === "single") fieldset.appendChild(el("p", { class: "visually-hidden" }, L.chooseOne));
    if (item.type === "multiple") fieldset.appendChild(el("p", { class: "hint" }, L.chooseAll));
    if (item.type === "ordering") fieldset.appendChild(el("p", { class: "hint" }, L.orderSelectHint));
    var status = el("p", { class: "hint", role: "status", "aria-live": "polite" });
    renderControls(item, q, fieldset, status, L);
    fieldset.appendChild(status);
    section.appendChild(fieldset);
    var feedback = el("div", { class: "feedback", id: q + "-feedback", "aria-live": "polite" });
    var state = { item, q, section, feedback, score: null, ms: 0, since: 0 };
    section.addEventListener("focusin", function() {
      if (!state.since) state.since = Date.now();
    });
    section.addEventListener("focusout", function() {
      if (state.since) {
        state.ms += Date.now() - state.since;
        state.since = 0;
      }
    });
    if (!page2.exam) section.appendChild(practiceActions(state, page2));
    section.appendChild(feedback);
    page2.form.appendChild(section);
    return state;
  }
  function practiceActions(state, page2) {
    var L = page2.L, item = state.item, q = state.q, section = state.section, feedback = state.feedback;
    var actions = el("div", { class: "actions" });
    var check = el("button", { type: "button", "aria-describedby": q + "-legend" }, L.check);
    var retry = el("button", { type: "button", hidden: "" }, L.retry);
    check.addEventListener("click", function() {
      var r = grade(item, q, page2.read);
      var revealed = state.score !== null;
      if (!revealed) state.score = r.score;
      showFeedback(item, feedback, r, revealed, L);
      setLocked(section, true);
      check.hidden = true;
      retry.hidden = false;
      retry.focus();
    });
    retry.addEventListener("click", function() {
      setLocked(section, false);
      feedback.textContent = "";
      feedback.className = "feedback";
      retry.hidden = true;
      check.hidden = false;
      var first = section.querySelector("input, select");
      if (first) first.focus();
    });
    actions.appendChild(check);
    actions.appendChild(retry);
    return actions;
  }

  // player/results.js
  function results(data2, startedAt, rows) {
    var name = document.getElementById("learner-name");
    return {
      format: "lectern-quiz-results",
      version: 1,
      quiz: { narrativeId: data2.narrativeId, title: data2.title, seed: data2.seed },
      mode: data2.mode,
      learner: name ? name.value.trim() : "",
      startedAt,
      submittedAt: (/* @__PURE__ */ new Date()).toISOString(),
      items: rows
    };
  }
  function csv(rows) {
    var cell = function(v) {
      var t = typeof v === "string" ? v : JSON.stringify(v);
      return /[",\n\r]/.test(t) || /^[=+\-@]/.test(t) ? '"' + t.replace(/"/g, '""') + '"' : t;
    };
    var lines = [["item", "id", "type", "response", "correct", "time_ms"].join(",")];
    rows.forEach(function(r, i) {
      lines.push([i + 1, r.id, r.type, r.response, r.correct, r.timeMs].map(cell).join(","));
    });
    return "\uFEFF" + lines.join("\r\n") + "\r\n";
  }
  function downloadLink(text, type, fileName, label) {
    var a = el("a", { class: "download", download: fileName, href: URL.createObjectURL(new Blob([text], { type })) }, label);
    return a;
  }
  function breakdown(title, rows, keyOf, items) {
    var groups = {};
    var order = [];
    rows.forEach(function(r, i) {
      var k = keyOf(items[i]);
      if (!k) return;
      if (!groups[k]) {
        groups[k] = { got: 0, n: 0 };
        order.push(k);
      }
      groups[k].got += r.correct;
      groups[k].n += 1;
    });
    if (order.length === 0) return null;
    var table = el("table");
    table.appendChild(el("caption", {}, title));
    order.forEach(function(k) {
      var tr = el("tr");
      tr.appendChild(el("th", { scope: "row" }, k));
      tr.appendChild(el("td", {}, round(groups[k].got) + " / " + groups[k].n));
      table.appendChild(tr);
    });
    return table;
  }

  // player/submit.js
  function onSubmit(page2, states2, submit2, report2) {
    var L = page2.L, data2 = page2.data, exam = page2.exam;
    page2.form.addEventListener("submit", function(event) {
      event.preventDefault();
      if (submit2.disabled) return;
      var rows = states2.map(function(st) {
        var r = grade(st.item, st.q, page2.read);
        var score = !exam && st.score !== null ? st.score : r.score;
        if (st.since) {
          st.ms += Date.now() - st.since;
          st.since = 0;
        }
        if (!exam) {
          var revealed = st.score !== null;
          st.score = score;
          showFeedback(st.item, st.feedback, { score, picks: r.picks }, revealed, L);
        }
        return { id: st.item.id, type: st.item.type, response: r.response, correct: round(score), timeMs: st.ms };
      });
      var total = rows.reduce(function(sum, r) {
        return sum + r.correct;
      }, 0);
      page2.scoreBox.textContent = fmt(L.score, { got: round(total), total: rows.length });
      report2.textContent = "";
      if (exam) {
        submit2.disabled = true;
        setLocked(page2.form, true);
        states2.forEach(function(st, i) {
          setLocked(st.section, true);
          st.feedback.className = "feedback " + verdict(rows[i].correct);
          st.feedback.textContent = "";
          st.feedback.appendChild(el("p", { class: "status" }, verdictWord(rows[i].correct, L) + L.fullStop));
          var where = L.review + "：" + st.item.where + (st.item.slide ? " · " + fmt(L.slide, { n: st.item.slide }) : "");
          if (rows[i].correct < 1) st.feedback.appendChild(el("p", {}, where));
        });
        report2.appendChild(el("p", { class: "hint" }, L.submitted));
        var bySection = breakdown(L.bySection, rows, function(it) {
          return it.section;
        }, data2.items);
        var byObjective = breakdown(L.byObjective, rows, function(it) {
          return it.objective;
        }, data2.items);
        if (bySection) report2.appendChild(bySection);
        if (byObjective) report2.appendChild(byObjective);
      }
      var file = results(data2, page2.startedAt, rows);
      var links = el("p", { class: "downloads" });
      links.appendChild(downloadLink(JSON.stringify(file, null, 2), "application/json", "results-" + data2.narrativeId + ".json", L.downloadJson));
      links.appendChild(downloadLink(csv(rows), "text/csv", "results-" + data2.narrativeId + ".csv", L.downloadCsv));
      report2.appendChild(links);
      page2.scoreBox.focus();
    });
  }
  function onReset(page2, states2, reset2, report2) {
    reset2.addEventListener("click", function() {
      page2.form.reset();
      states2.forEach(function(st) {
        st.feedback.textContent = "";
        st.feedback.className = "feedback";
        st.score = null;
        st.ms = 0;
        setLocked(st.section, false);
        Array.prototype.forEach.call(st.section.querySelectorAll(".actions button"), function(b, i) {
          b.hidden = i === 1;
        });
      });
      page2.scoreBox.textContent = "";
      report2.textContent = "";
    });
  }

  // player/main.js
  var data = JSON.parse(document.getElementById("quiz-data").textContent);
  var form = document.getElementById("quiz-form");
  var page = {
    data,
    L: data.labels,
    exam: data.mode === "exam",
    form,
    scoreBox: document.getElementById("quiz-score"),
    read: formReader(form),
    startedAt: (/* @__PURE__ */ new Date()).toISOString()
  };
  if (page.exam) examIntro(form, page.L);
  var states = data.items.map(function(item, index) {
    return itemSection(item, index, page);
  });
  var footer = el("div", { class: "footer" });
  var submit = el("button", { type: "submit", class: "primary" }, page.L.submit);
  footer.appendChild(submit);
  var reset = el("button", { type: "button" }, page.L.reset);
  if (!page.exam) footer.appendChild(reset);
  form.appendChild(footer);
  var report = el("div", { id: "quiz-report" });
  form.parentNode.insertBefore(report, page.scoreBox.nextSibling);
  onSubmit(page, states, submit, report);
  onReset(page, states, reset, report);
})();
