// The projector's secret ballots: fetch the counts again every few seconds (counts only while open).
(function () {
  'use strict';
  document.querySelectorAll('[data-ballot-refresh]').forEach(function (section) {
    var url = section.getAttribute('data-ballot-refresh');
    setInterval(function () {
      fetch(url, { cache: 'no-cache', headers: { 'Accept': 'text/html' }, credentials: 'same-origin' })
        .then(function (response) { return response.ok ? response.text() : null; })
        .then(function (html) {
          if (html === null) { return; }
          var body = section.querySelector('.ballot-body');
          var fresh = new DOMParser().parseFromString(html, 'text/html').querySelector('.ballot-body');
          if (body && fresh) { body.replaceWith(fresh); }
        })
        .catch(function () { /* try again at the next tick */ });
    }, 3000);
  });
})();
