// mrs web edition: the reader's script. The page works without it; with it, a defined term shows its definition on
// hover or focus, the contents follow the scroll, and the search box finds headings, terms, captions and text.
// It reads the page and its own index only, writes text only (never markup), and requests nothing.
(function () {
  "use strict";
  var doc = document;

  // Definitions of terms on hover and focus, from the entry the use is described by.
  var tip = null;
  function hideTip() { if (tip) { tip.remove(); tip = null; } }
  function showTip(link) {
    var id = link.getAttribute("aria-describedby");
    var definition = id && doc.getElementById(id);
    if (!definition) { return; }
    hideTip();
    tip = doc.createElement("div");
    tip.className = "term-tip";
    tip.setAttribute("role", "tooltip");
    var entry = definition.closest(".term-entry");
    var term = entry && entry.querySelector("dfn");
    if (term) {
      var name = doc.createElement("span");
      name.className = "term-tip-term";
      name.textContent = (entry.querySelector(".term-number") ? entry.querySelector(".term-number").textContent + " " : "") + term.textContent;
      tip.appendChild(name);
    }
    tip.appendChild(doc.createTextNode(definition.textContent));
    doc.body.appendChild(tip);
    var box = link.getBoundingClientRect();
    var left = Math.max(8, Math.min(box.left + window.scrollX, window.scrollX + doc.documentElement.clientWidth - tip.offsetWidth - 8));
    tip.style.left = left + "px";
    tip.style.top = (box.bottom + window.scrollY + 6) + "px";
  }
  doc.addEventListener("mouseover", function (e) { var a = e.target.closest && e.target.closest("a.term-use"); if (a) { showTip(a); } });
  doc.addEventListener("mouseout", function (e) { if (e.target.closest && e.target.closest("a.term-use")) { hideTip(); } });
  doc.addEventListener("focusin", function (e) { if (e.target.matches && e.target.matches("a.term-use")) { showTip(e.target); } else { hideTip(); } });
  doc.addEventListener("focusout", hideTip);
  doc.addEventListener("keydown", function (e) { if (e.key === "Escape") { hideTip(); } });

  // The contents follow the scroll: the entry of the section in view is marked and kept in sight.
  var links = {};
  doc.querySelectorAll(".contents-list a[href^='#']").forEach(function (a) { links[decodeURIComponent(a.getAttribute("href").slice(1))] = a; });
  var current = null;
  function mark(id) {
    var a = links[id];
    if (!a || a === current) { return; }
    if (current) { current.removeAttribute("aria-current"); }
    current = a;
    a.setAttribute("aria-current", "true");
    var nav = doc.getElementById("mrs-contents");
    var top = a.offsetTop - nav.offsetTop;
    if (top < nav.scrollTop || top > nav.scrollTop + nav.clientHeight - 40) { nav.scrollTop = top - nav.clientHeight / 3; }
  }
  if ("IntersectionObserver" in window) {
    var visible = new Set();
    var sections = Array.prototype.filter.call(doc.querySelectorAll("main section[id]"), function (s) { return links[s.id]; });
    var observer = new IntersectionObserver(function (entries) {
      entries.forEach(function (en) { if (en.isIntersecting) { visible.add(en.target); } else { visible.delete(en.target); } });
      var last = null;
      sections.forEach(function (s) { if (visible.has(s)) { last = s; } });
      if (last) { mark(last.id); }
    }, { rootMargin: "0px 0px -70% 0px" });
    sections.forEach(function (s) { observer.observe(s); });
  }

  // Search: the index of headings, terms, tables, figures and formulas first, then the text of the page.
  var form = doc.getElementById("mrs-search");
  var input = doc.getElementById("mrs-search-input");
  var results = doc.getElementById("mrs-search-results");
  var data = doc.getElementById("mrs-index");
  if (!form || !input || !results || !data) { return; }
  var index = [];
  try { index = JSON.parse(data.textContent); } catch (err) { index = []; }
  form.hidden = false;
  form.addEventListener("submit", function (e) { e.preventDefault(); });
  var blocks = null;
  function hit(href, label, context) {
    var li = doc.createElement("li");
    var a = doc.createElement("a");
    a.href = "#" + href;
    a.textContent = label;
    li.appendChild(a);
    if (context) {
      var span = doc.createElement("span");
      span.className = "hit-context";
      span.textContent = context;
      li.appendChild(span);
    }
    results.appendChild(li);
  }
  function search() {
    var query = input.value.trim().toLowerCase();
    results.textContent = "";
    if (query.length < 1) { return; }
    var count = 0;
    index.forEach(function (e) {
      if (count < 30 && (e[1] + " " + e[2]).toLowerCase().indexOf(query) >= 0) { hit(e[3], (e[1] + " " + e[2]).trim(), null); count++; }
    });
    if (query.length >= 2) {
      blocks = blocks || doc.querySelectorAll("main p, main li, main td, main th, main dd");
      for (var i = 0; i < blocks.length && count < 60; i++) {
        var text = blocks[i].textContent;
        var at = text.toLowerCase().indexOf(query);
        if (at < 0) { continue; }
        var home = blocks[i].closest("[id]");
        var section = blocks[i].closest("section[id]");
        if (!home) { continue; }
        var heading = section && section.querySelector(".heading");
        var label = heading ? heading.textContent.replace("¶", "").trim() : home.id;
        hit(home.id, label, "…" + text.slice(Math.max(0, at - 30), at + query.length + 40).replace(/\s+/g, " ") + "…");
        count++;
      }
    }
    if (count === 0) { var li = doc.createElement("li"); li.textContent = results.getAttribute("data-empty"); results.appendChild(li); }
  }
  var timer = 0;
  input.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(search, 150); });
})();
