// Sessions: live tally and quorum over server-sent events, votes without leaving the page,
// resumable chunked recording upload. Every page works without this script (plain forms; the
// recording form then sends the file in one request).
(function () {
  'use strict';

  function setAll(root, selector, value) {
    root.querySelectorAll(selector).forEach(function (el) { el.textContent = value; });
  }

  function applyState(state) {
    if (!state || !state.motions) { return; }
    setAll(document, '[data-live-present]', state.present);
    setAll(document, '[data-live-total]', state.totalDelegates);
    document.querySelectorAll('[data-quorum]').forEach(function (el) {
      el.hidden = String(state.quorum) !== el.getAttribute('data-quorum');
    });
    state.motions.forEach(function (m) {
      document.querySelectorAll('.tally[data-item="' + m.id + '"]').forEach(function (box) {
        box.setAttribute('data-state', m.voteState);
        ['yes', 'no', 'abstain', 'notVoted', 'totalDelegates', 'needed'].forEach(function (key) {
          setAll(box, '[data-count="' + key + '"]', m[key]);
        });
        box.querySelectorAll('[data-bar="yes"]').forEach(function (bar) {
          bar.max = Math.max(1, m.totalDelegates);
          bar.value = m.yes;
        });
        box.querySelectorAll('[data-when]').forEach(function (el) {
          el.hidden = el.getAttribute('data-when') !== m.voteState;
        });
        box.querySelectorAll('[data-when-passed]').forEach(function (el) {
          // a vote never opened says so ("Chưa biểu quyết"), not that it lacks votes
          el.hidden = m.voteState === 'NONE'
            || String(m.passed) !== el.getAttribute('data-when-passed')
            || String(m.voteState === 'CLOSED') !== el.getAttribute('data-final');
        });
        var card = box.closest('.motion');
        if (card) {
          card.querySelectorAll('form[data-vote]').forEach(function (f) { f.hidden = m.voteState !== 'OPEN'; });
          card.querySelectorAll('button.vote').forEach(function (b) { b.disabled = m.voteState !== 'OPEN'; });
        }
      });
    });
  }

  var live = document.querySelector('[data-live]');
  if (live && window.EventSource) {
    var source = new EventSource(live.getAttribute('data-live'));
    source.addEventListener('state', function (event) {
      try { applyState(JSON.parse(event.data)); } catch (e) { /* a malformed event changes nothing */ }
    });
  }

  // votes from the delegate view: sent in the background, the live stream brings the new tally
  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!form.hasAttribute('data-vote') || !event.submitter || !window.fetch) { return; }
    event.preventDefault();
    var body = new URLSearchParams(new FormData(form));
    body.set('choice', event.submitter.value);
    var chosen = event.submitter;
    var message = form.parentElement.querySelector('.vote-message');
    fetch(form.action, { method: 'POST', body: body, headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
      .then(function (response) {
        return response.json().then(function (json) {
          if (message) { message.textContent = json.message || ''; }
          if (response.ok) {
            form.querySelectorAll('button.vote').forEach(function (b) { b.setAttribute('aria-pressed', String(b === chosen)); });
            var mine = form.parentElement.querySelector('[data-my-vote]');
            if (mine) {
              mine.querySelectorAll('[data-my-choice]').forEach(function (el) { el.textContent = chosen.textContent; });
              mine.hidden = false;
            }
          }
        });
      })
      .catch(function () { form.submit(); });
  });

  // recording upload: chunks of 4 MB; an interrupted upload resumes where the server says it stopped
  var upload = document.getElementById('recording-upload');
  if (upload && window.fetch && window.File) {
    var CHUNK = 4 * 1024 * 1024;
    var csrf = document.querySelector('input[name="_csrf"]');
    var progress = document.getElementById('recording-progress');
    var status = document.getElementById('recording-status');
    var headers = function (type) {
      var h = { 'Accept': 'application/json' };
      if (type) { h['Content-Type'] = type; }
      if (csrf) { h['X-CSRF-TOKEN'] = csrf.value; }
      return h;
    };
    var fail = function (text) { status.textContent = text; };
    upload.addEventListener('submit', function (event) {
      event.preventDefault();
      var file = document.getElementById('recording-file').files[0];
      if (!file) { return; }
      var key = 'hdnd-upload:' + upload.getAttribute('data-start') + ':' + file.name + ':' + file.size;
      var send = function (url, offset) {
        progress.hidden = false;
        progress.value = Math.floor(100 * offset / file.size);
        if (offset >= file.size) { return; }
        fetch(url + '?offset=' + offset, { method: 'PUT', body: file.slice(offset, offset + CHUNK),
          headers: headers('application/octet-stream'), credentials: 'same-origin' })
          .then(function (r) { return r.json().then(function (j) { return { ok: r.ok, json: j }; }); })
          .then(function (r) {
            if (!r.ok) { localStorage.removeItem(key); fail(r.json.detail || ''); return; }
            if (r.json.complete) {
              progress.value = 100; localStorage.removeItem(key); window.location.reload(); return;
            }
            send(url, r.json.received);
          })
          .catch(function () { fail(status.getAttribute('data-retry') || '…'); setTimeout(function () { resume(url); }, 3000); });
      };
      var resume = function (url) {
        fetch(url, { headers: headers(), credentials: 'same-origin' })
          .then(function (r) { if (!r.ok) { throw new Error('gone'); } return r.json(); })
          .then(function (j) { send(url, j.received); })
          .catch(function () { localStorage.removeItem(key); start(); });
      };
      var start = function () {
        fetch(upload.getAttribute('data-start'), { method: 'POST', headers: headers('application/json'), credentials: 'same-origin',
          body: JSON.stringify({ fileName: file.name, size: file.size }) })
          .then(function (r) { return r.json().then(function (j) { return { ok: r.ok, json: j }; }); })
          .then(function (r) {
            if (!r.ok) { fail(r.json.detail || ''); return; }
            var url = upload.getAttribute('data-start') + '/' + r.json.id;
            localStorage.setItem(key, url);
            send(url, 0);
          });
      };
      var previous = localStorage.getItem(key);
      if (previous) { resume(previous); } else { start(); }
    });
  }

  // jump links on the public page seek the video in place when it is there
  document.addEventListener('click', function (event) {
    var link = event.target.closest ? event.target.closest('a[data-seek]') : null;
    var video = document.getElementById('recording');
    if (!link || !video) { return; }
    event.preventDefault();
    video.currentTime = Number(link.getAttribute('data-seek'));
    video.scrollIntoView();
    video.play().catch(function () { /* autoplay may be refused; the position is set */ });
  });
}());
