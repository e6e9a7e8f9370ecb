/*
 * The delegate's phone (see docs/offline-and-push.md): registers the service worker, asks it to keep
 * the session's pack for reading offline and shows when it is ready, turns web push on and off for
 * this browser, and finds words in a document's text view when the page came from the offline copy.
 */
(function () {
  'use strict';

  function ask(worker, message) {
    return new Promise(function (resolve) {
      var channel = new MessageChannel();
      channel.port1.onmessage = function (event) { resolve(event.data || {}); };
      worker.postMessage(message, [channel.port2]);
    });
  }

  function csrfHeaders() {
    var h = { 'Content-Type': 'application/json', Accept: 'application/json' };
    var csrf = document.querySelector('input[name="_csrf"]');
    if (csrf) { h['X-CSRF-TOKEN'] = csrf.value; }
    return h;
  }

  function keyBytes(base64url) {
    var base64 = (base64url + '===='.slice(base64url.length % 4 || 4)).replace(/-/g, '+').replace(/_/g, '/');
    var raw = atob(base64);
    var bytes = new Uint8Array(raw.length);
    for (var i = 0; i < raw.length; i++) { bytes[i] = raw.charCodeAt(i); }
    return bytes;
  }

  /* ---- finding words offline, in the text view the service worker served from its copy ---- */
  function fold(text) {
    return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
  }

  function offlineFind() {
    var form = document.querySelector('form.reader-search');
    var script = document.querySelector('script[data-find-matches]');
    if (!form || !script) { return; }
    var q = new URLSearchParams(window.location.search).get('q') || '';
    if (!q.trim() || document.querySelector('.reader-matches')) { return; } // the server already found them
    var needle = fold(q.trim());
    var total = 0;
    document.querySelectorAll('article.page-text').forEach(function (article) {
      var found = 0;
      article.querySelectorAll('p:not(.hint)').forEach(function (p) {
        var text = p.textContent;
        var folded = Array.prototype.map.call(text, function (c) { var f = fold(c); return f.length === 1 ? f : c.toLowerCase(); }).join('');
        var at = folded.indexOf(needle);
        if (at < 0 || folded.length !== text.length) { return; }
        var pieces = document.createDocumentFragment();
        var from = 0;
        while (at >= 0) {
          pieces.appendChild(document.createTextNode(text.slice(from, at)));
          var mark = document.createElement('mark');
          mark.textContent = text.slice(at, at + needle.length);
          pieces.appendChild(mark);
          from = at + needle.length;
          found++;
          at = folded.indexOf(needle, from);
        }
        pieces.appendChild(document.createTextNode(text.slice(from)));
        p.textContent = '';
        p.appendChild(pieces);
      });
      article.classList.toggle('no-match', found === 0);
      total += found;
    });
    var input = form.querySelector('input[name="q"]');
    if (input) { input.value = q; }
    var status = document.createElement('p');
    status.className = 'reader-matches';
    status.setAttribute('role', 'status');
    status.textContent = (total > 0 ? script.getAttribute('data-find-matches') : script.getAttribute('data-find-none'))
      .replace('{0}', String(total)).replace('{1}', q);
    form.insertAdjacentElement('afterend', status);
  }

  /* ---- the pack kept for reading offline ---- */
  function preparePack(box, registration) {
    var status = box.querySelector('[data-offline-status]');
    var url = box.getAttribute('data-offline-pack');
    if (!status || !url) { return; }
    status.hidden = false;
    status.textContent = box.getAttribute('data-preparing');
    fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (r) { if (!r.ok) { throw new Error(String(r.status)); } return r.json(); })
      .then(function (pack) {
        return ask(registration.active, { type: 'cache-pack', pack: pack }).then(function (answer) {
          if (!answer.ok) { throw new Error(answer.error); }
          status.textContent = pack.ready + (navigator.onLine ? '' : ' · ' + box.getAttribute('data-offline'));
          status.classList.add('ready');
          status.setAttribute('data-version', pack.version);
          box.setAttribute('data-offline-ready', pack.version);
        });
      })
      .catch(function (error) {
        status.setAttribute('data-error', String(error && error.message ? error.message : error));
        status.textContent = box.getAttribute('data-failed');
        status.classList.add('failed');
      });
  }

  /* ---- web push on this browser ---- */
  function setUpPush(box, registration) {
    var button = box.querySelector('[data-push-toggle]');
    if (!button || !('PushManager' in window) || !('Notification' in window) || !registration.pushManager) { return; }
    var note = box.querySelector('[data-push-status]');
    function show(subscribed) {
      button.hidden = false;
      button.textContent = box.getAttribute(subscribed ? 'data-push-off' : 'data-push-on');
      button.setAttribute('aria-pressed', subscribed ? 'true' : 'false');
    }
    function say(key) { if (note) { note.hidden = !key; note.textContent = key ? box.getAttribute(key) : ''; } }
    registration.pushManager.getSubscription().then(function (s) { show(!!s); });
    button.addEventListener('click', function () {
      button.disabled = true;
      registration.pushManager.getSubscription().then(function (current) {
        if (current) {
          return fetch('/app/push/subscriptions', { credentials: 'same-origin', headers: csrfHeaders() })
            .then(function (r) { return r.ok ? r.json() : []; })
            .then(function (mine) {
              var removals = mine.filter(function (s) { return s.endpoint === current.endpoint; }).map(function (s) {
                return fetch('/app/push/subscriptions/' + s.id, { method: 'DELETE', credentials: 'same-origin', headers: csrfHeaders() });
              });
              return Promise.all(removals).then(function () { return current.unsubscribe(); });
            })
            .then(function () { show(false); say(null); });
        }
        return Notification.requestPermission().then(function (permission) {
          if (permission !== 'granted') { say('data-push-denied'); return; }
          return fetch('/app/push/public-key', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
            .then(function (r) { return r.json(); })
            .then(function (key) {
              return registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: keyBytes(key.publicKey) });
            })
            .then(function (subscription) {
              return fetch('/app/push/subscriptions', {
                method: 'POST', credentials: 'same-origin', headers: csrfHeaders(), body: JSON.stringify(subscription.toJSON())
              }).then(function (r) { if (!r.ok) { throw new Error(String(r.status)); } show(true); say('data-push-done'); });
            });
        });
      }).catch(function () { say('data-push-failed'); })
        .then(function () { button.disabled = false; });
    });
  }

  function start() {
    offlineFind();
    var box = document.querySelector('[data-phone-app]');
    if (!box || !('serviceWorker' in navigator)) { return; }
    if (!document.querySelector('link[rel="manifest"]')) {
      var link = document.createElement('link');
      link.rel = 'manifest';
      link.href = '/manifest.webmanifest';
      document.head.appendChild(link);
    }
    var status = box.querySelector('[data-offline-status]');
    if (status && box.getAttribute('data-offline-pack')) {
      status.hidden = false;
      status.textContent = box.getAttribute('data-preparing');
    }
    navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(function () {
      if (status && box.getAttribute('data-offline-pack')) {
        status.textContent = box.getAttribute('data-failed');
        status.classList.add('failed');
      }
    });
    navigator.serviceWorker.ready.then(function (registration) {
      preparePack(box, registration);
      setUpPush(box, registration);
    });
  }

  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', start); } else { start(); }
})();
