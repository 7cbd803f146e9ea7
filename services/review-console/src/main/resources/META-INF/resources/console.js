// Review console behaviour, loaded from a file (the CSP allows no inline script).
// 1. htmx sends the CSRF token (from <meta name="csrf-token">) as a header on every request.
// 2. A 409 conflict is swapped in like a success, so the reviewer sees the item's new state.
// 3. Polling keeps the rows a reviewer ticked and the row they are on.
// 4. Keyboard: j/k move, a approve, e edit, r reject, / search, ? help, Esc close.
(function () {
  "use strict";
  function meta(name) {
    var el = document.querySelector('meta[name="' + name + '"]');
    return el ? el.getAttribute("content") : null;
  }

  document.addEventListener("htmx:configRequest", function (evt) {
    var header = meta("csrf-header");
    var token = meta("csrf-token");
    if (header && token) {
      evt.detail.headers[header] = token;
    }
  });

  document.addEventListener("htmx:beforeSwap", function (evt) {
    if (evt.detail.xhr.status === 409) {
      evt.detail.shouldSwap = true;
      evt.detail.isError = false;
    }
  });

  var kept = { checked: [], current: null };
  document.addEventListener("htmx:beforeSwap", function (evt) {
    if (evt.detail.target && evt.detail.target.id === "queue-table") {
      kept.checked = Array.prototype.map.call(
        document.querySelectorAll('#queue-table input[name="item"]:checked'),
        function (box) { return box.value.split(":")[0]; });
      var cur = currentRow();
      kept.current = cur ? cur.getAttribute("data-id") : null;
      kept.focused = document.activeElement && document.activeElement.closest &&
        document.activeElement.closest("#queue-table") ? kept.current : null;
    }
  });
  document.addEventListener("htmx:afterSettle", function (evt) {
    if (!document.getElementById("queue-table")) {
      return;
    }
    kept.checked.forEach(function (id) {
      var row = document.querySelector('#queue-table tr[data-id="' + CSS.escape(id) + '"] input[name="item"]');
      if (row) { row.checked = true; }
    });
    if (kept.current) {
      var row = document.querySelector('#queue-table tr[data-id="' + CSS.escape(kept.current) + '"]');
      if (row) {
        select(row, kept.focused === kept.current);
      }
    }
  });

  function rows() {
    return Array.prototype.slice.call(document.querySelectorAll("#queue-table tr.row"));
  }
  function currentRow() {
    return document.querySelector("#queue-table tr.row.selected");
  }
  function select(row, focus) {
    rows().forEach(function (r) { r.classList.remove("selected"); });
    row.classList.add("selected");
    var link = row.querySelector("a.item-link");
    if (focus !== false && link) { link.focus(); }
  }
  function move(step) {
    var all = rows();
    if (all.length === 0) { return; }
    var i = all.indexOf(currentRow());
    var next = i < 0 ? 0 : Math.min(all.length - 1, Math.max(0, i + step));
    select(all[next]);
  }
  function click(id) {
    var el = document.getElementById(id);
    if (el) { el.click(); return true; }
    return false;
  }
  function focus(id) {
    var el = document.getElementById(id);
    if (el) { el.focus(); return true; }
    return false;
  }
  function openCurrent(hash) {
    var row = currentRow();
    if (row) {
      window.location.href = "/items/" + encodeURIComponent(row.getAttribute("data-id")) + hash;
    }
  }

  function typing(target) {
    var tag = target.tagName;
    return tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || target.isContentEditable;
  }

  document.addEventListener("keydown", function (evt) {
    if (evt.ctrlKey || evt.metaKey || evt.altKey) { return; }
    var help = document.getElementById("help");
    if (evt.key === "Escape" && help && help.open) { help.close(); return; }
    if (typing(evt.target)) { return; }
    var inItem = !!document.getElementById("item");
    var handled = true;
    switch (evt.key) {
      case "j": move(1); break;
      case "k": move(-1); break;
      case "/": handled = focus("search"); break;
      case "?": if (help && !help.open) { help.showModal(); } break;
      case "a":
        if (inItem) { handled = click("approve"); }
        else if (currentRow()) { approveRow(currentRow()); }
        break;
      case "e": if (inItem) { handled = focus("edit-text") || focus("answer-text"); } else { openCurrent("#edit"); } break;
      case "r": if (inItem) { handled = focus("reject-reason") || focus("close-reason"); } else { openCurrent("#reject"); } break;
      default: handled = false;
    }
    if (handled) { evt.preventDefault(); }
  });

  // Approve from the queue: the row's id and version go to the bulk endpoint as a bulk of one.
  function approveRow(row) {
    var form = document.getElementById("bulk");
    if (!form || !window.htmx) { return; }
    var values = {
      action: "approve",
      item: row.getAttribute("data-id") + ":" + row.getAttribute("data-version"),
      back: form.querySelector('input[name="back"]').value
    };
    window.htmx.ajax("POST", "/queue/bulk", { target: "#queue-table", swap: "outerHTML", values: values });
  }

  // Opening an item from the queue with e or r puts the caret where the work is.
  document.addEventListener("DOMContentLoaded", function () {
    if (window.location.hash === "#edit") { focus("edit-text") || focus("answer-text"); }
    if (window.location.hash === "#reject") { focus("reject-reason") || focus("close-reason"); }
  });
})();
