// The speakers' list: each panel ([data-speakers-src]) is fetched again whenever the session's
// live stream sends a "speakers" event, so the projector, the phones and the console follow the
// chair. Without this script the panels are plain server-rendered lists and forms.
(function () {
  'use strict';
  if (window.hdndSpeakers) { return; }
  window.hdndSpeakers = true;
  var live = document.querySelector('[data-live]');
  if (!document.querySelector('[data-speakers-src]') || !live || !live.getAttribute('data-live')
      || !window.EventSource || !window.fetch) { return; }
  var source = new EventSource(live.getAttribute('data-live'));
  var last = null;
  source.addEventListener('speakers', function (event) {
    if (last === null) { last = event.data; return; } // the page was rendered with this list
    if (event.data === last) { return; }
    last = event.data;
    document.querySelectorAll('[data-speakers-src]').forEach(function (panel) {
      if (panel.contains(document.activeElement) && document.activeElement.tagName === 'TEXTAREA') { return; }
      fetch(panel.getAttribute('data-speakers-src'), { cache: 'no-cache', credentials: 'same-origin', headers: { 'Accept': 'text/html' } })
        .then(function (response) { return response.ok ? response.text() : null; })
        .then(function (html) { if (html) { panel.outerHTML = html; } })
        .catch(function () { /* the next event tries again */ });
    });
  });
})();
