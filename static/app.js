// When an htmx request fails, say so in the banner and leave the page as it is: the
// form the reviewer was saving keeps every word they typed.
(() => {
  "use strict";
  function tell(message, signIn) {
    const banner = document.getElementById("problem");
    if (!banner) return;
    banner.replaceChildren(document.createTextNode(message));
    if (signIn) {
      const link = document.createElement("a");
      link.href = banner.dataset.login;
      link.target = "_blank";
      link.rel = "noopener";
      link.textContent = "Sign in again in a new tab";
      banner.append(" ", link, ", then save again.");
    }
    banner.hidden = false;
  }

  // A page opened under an earlier session (the reviewer signed in again in another tab)
  // holds a stale token: fetch the session's, put it wherever the page keeps it, and send
  // the same form once more, so the draft is saved after all.
  async function refreshToken() {
    const answer = await fetch("/session/token", { headers: { Accept: "application/json" } });
    if (!answer.ok) return false;
    const { token } = await answer.json();
    document.querySelector('meta[name="csrf-token"]').content = token;
    document.body.setAttribute("hx-headers", JSON.stringify({ "X-CSRFToken": token }));
    document.querySelectorAll('input[name="csrf_token"]').forEach((input) => { input.value = token; });
    return true;
  }

  document.addEventListener("htmx:responseError", async (event) => {
    const { xhr, elt } = event.detail;
    if (xhr.getResponseHeader("X-CSRF-Stale") && !elt.dataset.resent && await refreshToken()) {
      elt.dataset.resent = "1";
      (elt.closest("form") || elt).requestSubmit();
      return;
    }
    const status = xhr.status;
    if (status === 401) tell("You are signed out; what you typed is still here.", true);
    else if (status === 403) tell("Your account may not do this; what you typed is still here.");
    else if (status === 413) tell("That is too large to send; what you typed is still here.");
    else tell(`The server could not do this (status ${status}); what you typed is still here. Try again.`);
  });
  document.addEventListener("htmx:sendError", () => {
    tell("The server cannot be reached; what you typed is still here. Try again when it is back.");
  });
  document.addEventListener("htmx:afterRequest", (event) => {
    const banner = document.getElementById("problem");
    if (event.detail.successful) {
      if (banner) banner.hidden = true;
      delete event.detail.elt.dataset.resent;
    }
  });
})();

// Times are stored and sent in UTC; each reviewer reads them in their own time zone, with
// the UTC time the server wrote kept on hover.
(() => {
  "use strict";
  const format = new Intl.DateTimeFormat(undefined, {
    year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", timeZoneName: "short",
  });
  function localTimes(root) {
    root.querySelectorAll("time[datetime]:not([data-local])").forEach((time) => {
      const at = new Date(time.getAttribute("datetime"));
      if (Number.isNaN(at.getTime())) return;
      time.title = time.textContent;
      time.textContent = format.format(at);
      time.dataset.local = "1";
    });
  }
  document.addEventListener("DOMContentLoaded", () => localTimes(document));
  document.addEventListener("htmx:afterSettle", (event) => localTimes(event.detail.elt));
})();
