// The header's menu button and the workspace's sections button on phones: each opens and closes
// the list it controls. Without JavaScript both lists are simply shown, wrapped.
(function () {
  document.documentElement.classList.add("js");
  function wire(button) {
    var list = document.getElementById(button.getAttribute("aria-controls"));
    if (!list) {
      return;
    }
    button.hidden = false;
    button.addEventListener("click", function () {
      var open = button.getAttribute("aria-expanded") !== "true";
      button.setAttribute("aria-expanded", String(open));
      list.classList.toggle("open", open);
    });
  }
  function start() {
    document.querySelectorAll("button.menu-toggle, button.tabs-toggle").forEach(wire);
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
