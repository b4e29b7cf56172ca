// The article page by keyboard, and adding a figure by selecting it in the text.
// j/k move between figures, 1-5 pick a verdict label, e and s go to the rationale and
// the sources, Ctrl+Enter saves, Escape leaves a field, u takes back the last save, n
// opens the next unreviewed figure, a accepts the check proposed for the current figure,
// ? shows the keys.
// Everything here also works by mouse.
(() => {
  "use strict";
  const items = () => [...document.querySelectorAll(".claim-item")];
  let current = null;

  function select(item) {
    if (!item) return;
    if (current) current.classList.remove("current");
    document.querySelectorAll("#text a.claim.current").forEach((mark) => mark.classList.remove("current"));
    current = item;
    item.classList.add("current");
    // The figure is marked where it stands in the text too, and the text keeps it in view.
    const mark = document.getElementById("m" + item.id.slice(1));
    if (mark) {
      mark.classList.add("current");
      mark.scrollIntoView({ block: "nearest" });
    }
    // A click in a field or on a button of the figure already put the focus there; taking it
    // away would send what the reviewer types to the keys above, and make htmx forget which
    // button was pressed.
    if (!item.contains(document.activeElement)) item.focus({ preventScroll: true });
    const presence = document.getElementById("presence");
    if (presence && presence.elements.claim.value !== item.id.slice(1)) {
      presence.elements.claim.value = item.id.slice(1);
      htmx.trigger(presence, "change");
    }
    item.scrollIntoView({ block: "nearest" });
    history.replaceState(null, "", "#" + item.id);
  }

  function move(step) {
    const all = items();
    const at = all.indexOf(current);
    select(all[Math.min(all.length - 1, Math.max(0, at < 0 ? 0 : at + step))]);
  }

  function verdictField(name) {
    if (!current) select(items()[0]);
    const edit = current && current.querySelector(".verdict details.edit");
    if (!edit) return null;
    edit.open = true;
    return edit.querySelector(`[name=${name}]`);
  }

  function pickLabel(number) {
    const choice = verdictField("label");
    if (!choice || number >= choice.options.length) return;
    choice.selectedIndex = number;
    const rationale = verdictField("rationale");
    rationale.focus();
  }

  function typing(target) {
    return target.closest("input, textarea, select, [contenteditable]") !== null;
  }

  const keys = {
    j: () => move(1),
    k: () => move(-1),
    e: () => verdictField("rationale")?.focus(),
    s: () => verdictField("sources")?.focus(),
    a: () => {
      if (!current) return;
      const id = current.id.slice(1);
      const proposal = [...document.querySelectorAll(".proposal")]
        .find((item) => item.dataset.claims.split(" ").includes(id));
      proposal?.querySelector("form").requestSubmit();
    },
    n: () => {
      const next = document.getElementById("next-unreviewed");
      if (!next) return;
      const url = new URL(next.href);
      if (current) url.searchParams.set("after", current.id.slice(1));
      location.assign(url);
    },
    u: () => {
      // The reviewer's last save on this page, taken back as a new version.
      const undo = lastSaved && document.querySelector(`#${lastSaved} form.undo`);
      if (undo) undo.requestSubmit();
    },
    "?": () => {
      const help = document.getElementById("keys");
      if (help) help.open ? help.close() : help.showModal();
    },
  };

  document.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      const form = event.target.closest("form");
      if (form) { event.preventDefault(); form.requestSubmit(); }
      return;
    }
    if (event.key === "Escape" && typing(event.target)) {
      event.target.blur();
      if (current) current.focus({ preventScroll: true });
      return;
    }
    if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
    if (/^[1-9]$/.test(event.key)) { event.preventDefault(); pickLabel(Number(event.key)); return; }
    const action = keys[event.key];
    if (action) { event.preventDefault(); action(); }
  });

  // The figure whose verdict this reviewer saved last, for `u`.
  let lastSaved = null;
  document.addEventListener("htmx:afterSettle", (event) => {
    const widget = event.detail.elt;
    if (widget.matches?.(".verdict") && widget.querySelector("form.undo")) lastSaved = widget.id;
  });

  // A conflict: theirs merged into the reviewer's draft, which stays unsaved until they save it.
  function mergeTheirs(button) {
    const theirs = button.closest(".conflict-actions").dataset;
    const form = button.closest(".verdict").querySelector("details.edit form");
    const { label, rationale, sources } = form.elements;
    if (!label.value) label.value = theirs.label;
    if (theirs.rationale && !rationale.value.includes(theirs.rationale)) {
      rationale.value = rationale.value.trim() ? `${rationale.value.trim()}\n\n${theirs.rationale}` : theirs.rationale;
    }
    const kept = sources.value.split("\n").map((line) => line.trim()).filter(Boolean);
    for (const url of theirs.sources.split("\n")) if (url && !kept.includes(url)) kept.push(url);
    sources.value = kept.join("\n");
    rationale.focus();
  }

  // Building a check by pointing: while the builder is open, a click on a figure (in the
  // text or on its card) picks it, or drops it when picked already. The last pick is the
  // total or the second figure; the preview follows each pick.
  function builder() {
    const open = document.querySelector("details.build-check[open] form.check-builder");
    document.body.classList.toggle("picking", Boolean(open));
    return open;
  }

  function pick(form, id, label) {
    const list = form.querySelector("[data-picked]");
    const picked = list.querySelector(`li[data-id="${id}"]`);
    if (picked) picked.remove();
    else {
      const item = document.createElement("li");
      item.dataset.id = id;
      item.textContent = label;
      const input = document.createElement("input");
      input.type = "hidden";
      item.append(input);
      list.append(item);
    }
    const items = [...list.children];
    items.forEach((item, n) => {
      const input = item.querySelector("input");
      input.name = n === items.length - 1 ? "second" : "first";
      input.value = item.dataset.id;
    });
    htmx.trigger(form, "picked");
  }

  document.addEventListener("toggle", (event) => {
    if (event.target.matches?.("details.build-check")) builder();
  }, true);

  document.addEventListener("click", (event) => {
    const form = builder();
    const figure = form && event.target.closest("#text a.claim, .claim-head a.span");
    if (figure) {
      event.preventDefault();
      const id = figure.id ? figure.id.slice(1) : figure.closest(".claim-item").id.slice(1);
      const card = document.getElementById("c" + id);
      const subject = card?.querySelector(".claim-head .subject")?.textContent;
      pick(form, id, figure.textContent.trim() + (subject ? ` (${subject})` : ""));
      return;
    }
    if (event.target.closest("[data-merge]")) mergeTheirs(event.target.closest("[data-merge]"));
    const item = event.target.closest(".claim-item");
    if (item && item !== current) select(item);
    if (event.target.closest("[data-dismiss]")) event.target.closest("form").hidden = true;
    if (event.target.closest("[data-keys]")) keys["?"]();
  });

  // Offsets into the article text: the text element's content is the text exactly,
  // with marks around figures, so counting characters of a range gives the offset.
  function offsetIn(container, node, offset) {
    const range = document.createRange();
    range.selectNodeContents(container);
    range.setEnd(node, offset);
    return range.toString().length;
  }

  document.addEventListener("mouseup", () => {
    const text = document.getElementById("text");
    const form = document.getElementById("add-figure");
    const selection = window.getSelection();
    if (!text || !form || selection.isCollapsed || !selection.rangeCount) return;
    const range = selection.getRangeAt(0);
    if (!text.contains(range.startContainer) || !text.contains(range.endContainer)) return;
    const quote = range.toString();
    const start = offsetIn(text, range.startContainer, range.startOffset);
    const lead = quote.length - quote.trimStart().length;
    const trimmed = quote.trim();
    if (!trimmed || trimmed.length > 120) return;
    form.elements.start.value = start + lead;
    form.elements.end.value = start + lead + trimmed.length;
    form.elements.quote.value = trimmed;
    form.querySelector(".quote").textContent = trimmed;
    form.hidden = false;
  });

  // A swap that replaced the current figure (removing or restoring it) keeps it current.
  document.addEventListener("htmx:afterSettle", () => {
    if (current && !current.isConnected) select(document.getElementById(current.id));
  });

  function start() {
    const target = location.hash && document.getElementById(location.hash.slice(1));
    if (target && target.classList.contains("claim-item")) select(target);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
