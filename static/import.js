// Many files at once on the articles page: dropped or chosen files are sent one request
// each, so every file shows its own upload progress and its own report as it comes back,
// and one file too large or rejected does not hold up the rest. Without this script the
// form posts every file at once and the server answers with the same report as a page.
(() => {
  "use strict";
  const form = document.querySelector("form.import-form");
  if (!form) return;
  const input = form.querySelector("input[type=file]");
  const text = form.querySelector("textarea[name=text]");
  const button = form.querySelector("button[type=submit]");
  const zone = form.querySelector(".drop-zone");
  const panel = document.querySelector(".import-progress");
  const maxBytes = Number(form.dataset.maxBytes);
  const megabytes = (bytes) => `${(bytes / 1e6).toFixed(0)} MB`;

  function element(tag, className, content) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (content !== undefined) node.textContent = content;
    return node;
  }

  // Dropped files join those already chosen, so a reviewer may drop from several folders.
  function addFiles(dropped) {
    const all = new DataTransfer();
    for (const file of [...input.files, ...dropped]) all.items.add(file);
    input.files = all.files;
  }

  zone.addEventListener("dragover", (event) => {
    event.preventDefault();
    zone.classList.add("dragging");
  });
  zone.addEventListener("dragleave", () => zone.classList.remove("dragging"));
  zone.addEventListener("drop", (event) => {
    event.preventDefault();
    zone.classList.remove("dragging");
    addFiles(event.dataTransfer.files);
  });

  // One request; resolves with the status and the JSON answer (null when there is none),
  // or with status 0 when the server cannot be reached.
  function send(body, progress) {
    return new Promise((resolve) => {
      const request = new XMLHttpRequest();
      request.open("POST", form.dataset.importUrl);
      request.setRequestHeader("X-CSRFToken", document.querySelector('meta[name="csrf-token"]').content);
      request.responseType = "json";
      request.upload.addEventListener("progress", (event) => {
        if (event.lengthComputable) progress.value = event.loaded / event.total;
      });
      request.upload.addEventListener("load", () => progress.removeAttribute("value"));
      request.addEventListener("load", () => resolve({ status: request.status, answer: request.response }));
      request.addEventListener("error", () => resolve({ status: 0, answer: null }));
      request.send(body);
    });
  }

  function row(name) {
    const item = element("li", "import-row");
    const progress = element("progress");
    progress.max = 1;
    progress.value = 0;
    const state = element("span", "import-state", "waiting");
    item.append(element("span", "import-name", name), " ", progress, " ", state);
    return { item, progress, state };
  }

  function problemOf(status, answer) {
    if (answer && answer.error) return answer.error;
    if (status === 0) return "the server cannot be reached; send this file again when it is back";
    return `the server could not import it (status ${status}); send this file again`;
  }

  async function importAll(items) {
    const heading = element("h3", "", "Importing");
    const counter = element("p", "import-counter");
    const totals = element("p", "import-summary");
    const list = element("ol", "import-rows");
    const rows = items.map((item) => row(item.name));
    list.append(...rows.map((r) => r.item));
    panel.replaceChildren(heading, counter, totals, list);
    panel.hidden = false;
    button.disabled = true;
    const sum = { stored: 0, present: 0, rejected: 0, failed: 0 };
    for (const [i, item] of items.entries()) {
      const { progress, state, item: li } = rows[i];
      counter.textContent = `${i + 1} of ${items.length} files`;
      state.textContent = "sending";
      const { status, answer } = item.tooLarge
        ? { status: 413, answer: { error: item.tooLarge } }
        : await send(item.body, progress);
      progress.remove();
      if (answer && answer.files) {
        sum.stored += answer.stored;
        sum.present += answer.present;
        sum.rejected += answer.rejected;
        state.textContent = "";
        li.insertAdjacentHTML("beforeend", answer.html);
      } else {
        sum.failed += 1;
        li.classList.add("failed");
        state.textContent = problemOf(status, answer);
      }
      totals.textContent = `stored ${sum.stored}, already present ${sum.present}, rejected ${sum.rejected}`
        + (sum.failed ? `, not imported ${sum.failed}` : "");
    }
    heading.textContent = "Import report";
    counter.textContent = `${items.length} of ${items.length} files done.`;
    const again = element("a", "", "Show the articles list with them");
    again.href = window.location.pathname;
    counter.append(" ", again);
    button.disabled = false;
    input.value = "";
  }

  // Each file becomes one request; a file over the request limit is refused here, since a
  // server may cut such an upload off before its answer can be read.
  function itemsToSend() {
    const items = [...input.files].map((file) => {
      const body = new FormData();
      body.append("file", file);
      const tooLarge = file.size > maxBytes
        ? `${file.name}: ${megabytes(file.size)}; one file may be at most ${megabytes(maxBytes)}. Split it, or send it from the command line (workbench import).`
        : null;
      return { name: file.name, body, tooLarge };
    });
    if (text.value.trim()) {
      const body = new FormData();
      body.append("text", text.value);
      items.push({ name: "pasted text", body, tooLarge: null });
    }
    return items;
  }

  form.addEventListener("submit", (event) => {
    if (!input.files.length) return; // pasted text alone: the plain post opens its article
    event.preventDefault();
    importAll(itemsToSend());
  });
})();
