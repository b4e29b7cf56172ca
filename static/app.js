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

  document.addEventListener("htmx:responseError", (event) => {
    const status = event.detail.xhr.status;
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
    if (banner && event.detail.successful) banner.hidden = true;
  });
})();
