/*
 * The delegate's phone: keeps each opened session's pack for reading without a connection,
 * shows web push notifications, and forgets everything private at sign-out.
 *
 * Caches: "hdnd-static-v1" (public CSS, scripts, icons) and one "hdnd-pack-<session>-<version>"
 * per session (private pages, texts, page images and PDFs; only the newest version is kept).
 * Pages and JSON: network first, the cached copy when the network fails. PDFs and page images:
 * cache first, the network when not cached. See docs/offline-and-push.md.
 */
'use strict';

var STATIC_CACHE = 'hdnd-static-v1';
var PACK_PREFIX = 'hdnd-pack-';
var COMPLETE = '/__hdnd-offline-complete__';
var STATIC = [
  '/css/app.css', '/css/workspace.css', '/css/sessions.css', '/css/offline.css',
  '/js/menu.js', '/js/dates.js', '/js/sessions.js', '/js/offline.js',
  '/webjars/htmx.org/dist/htmx.min.js', '/favicon.svg', '/favicon.ico',
  '/manifest.webmanifest', '/icons/icon-192.png'
];

self.addEventListener('install', function (event) {
  event.waitUntil(caches.open(STATIC_CACHE).then(function (cache) {
    return Promise.all(STATIC.map(function (url) { return cache.add(url).catch(function () {}); }));
  }).then(function () { return self.skipWaiting(); }));
});

self.addEventListener('activate', function (event) {
  event.waitUntil(caches.keys().then(function (names) {
    return Promise.all(names.filter(function (n) {
      return n.indexOf('hdnd-static-') === 0 && n !== STATIC_CACHE;
    }).map(function (n) { return caches.delete(n); }));
  }).then(function () { return self.clients.claim(); }));
});

function clearPrivate() {
  return caches.keys().then(function (names) {
    return Promise.all(names.filter(function (n) { return n.indexOf(PACK_PREFIX) === 0; })
      .map(function (n) { return caches.delete(n); }));
  });
}

function copy(cache, url) {
  var request = new Request(url, { credentials: 'same-origin', headers: { 'X-HDND-Offline-Copy': '1' } });
  return fetch(request).then(function (response) {
    if (!response.ok || response.redirected) { throw new Error(url + ': ' + response.status); }
    return cache.put(url, response);
  });
}

/** Copies the pack's URLs into its version's cache (a few at a time), then drops older versions. */
function cachePack(pack) {
  return caches.open(pack.cache).then(function (cache) {
    return cache.match(COMPLETE).then(function (done) {
      if (done) { return true; }
      var queue = pack.urls.slice();
      function worker() {
        var next = queue.shift();
        return next === undefined ? Promise.resolve() : copy(cache, next).then(worker);
      }
      return Promise.all([worker(), worker(), worker()])
        .then(function () { return cache.put(COMPLETE, new Response(pack.version)); })
        .then(function () { return true; });
    });
  }).then(function () {
    var older = PACK_PREFIX + pack.session + '-';
    return caches.keys().then(function (names) {
      return Promise.all(names.filter(function (n) { return n.indexOf(older) === 0 && n !== pack.cache; })
        .map(function (n) { return caches.delete(n); }));
    });
  }).then(function () { return { ok: true, version: pack.version }; });
}

self.addEventListener('message', function (event) {
  var data = event.data || {};
  var reply = function (answer) { if (event.ports && event.ports[0]) { event.ports[0].postMessage(answer); } };
  if (data.type === 'cache-pack' && data.pack) {
    event.waitUntil(cachePack(data.pack).then(reply, function (e) { reply({ ok: false, error: String(e) }); }));
  } else if (data.type === 'clear') {
    event.waitUntil(clearPrivate().then(function () { reply({ ok: true }); }));
  }
});

/** The cached copy of a request: exact, else the same page without its find or zoom, else the plain image. */
function cached(request) {
  var options = { ignoreVary: true };
  return caches.match(request.url, options).then(function (hit) {
    if (hit) { return hit; }
    var url = new URL(request.url);
    if (!url.search) { return undefined; }
    var plain = new URL(url.pathname, url.origin);
    if (url.searchParams.get('view') === 'text') { plain.searchParams.set('view', 'text'); }
    return caches.match(plain.href, options);
  });
}

function networkFirst(request) {
  return fetch(request).catch(function (error) {
    return cached(request).then(function (hit) { if (hit) { return hit; } throw error; });
  });
}

function cacheFirst(request) {
  return cached(request).then(function (hit) { return hit || fetch(request); });
}

self.addEventListener('fetch', function (event) {
  var request = event.request;
  var url = new URL(request.url);
  if (url.origin !== self.location.origin) { return; }
  if (request.method === 'POST' && url.pathname === '/logout') {
    event.waitUntil(clearPrivate());
    return;
  }
  if (request.method !== 'GET') { return; }
  if (url.pathname === '/' && url.searchParams.has('loggedOut')) {
    event.waitUntil(clearPrivate());
    return;
  }
  if ((request.headers.get('Accept') || '').indexOf('text/event-stream') >= 0) { return; }
  if (url.pathname.indexOf('/app/') === 0) {
    var file = /\.(pdf|png)$/.test(url.pathname);
    event.respondWith(file ? cacheFirst(request) : networkFirst(request));
  } else if (STATIC.indexOf(url.pathname) >= 0) {
    event.respondWith(networkFirst(request));
  }
});

self.addEventListener('push', function (event) {
  var message = {};
  try { message = event.data ? event.data.json() : {}; } catch (e) { message = { body: event.data.text() }; }
  event.waitUntil(self.registration.showNotification(message.title || 'HĐND số', {
    body: message.body || '',
    tag: message.id,
    icon: '/icons/icon-192.png',
    badge: '/icons/icon-192.png',
    lang: 'vi',
    data: { link: message.link || '/app' }
  }));
});

self.addEventListener('notificationclick', function (event) {
  event.notification.close();
  var link = (event.notification.data && event.notification.data.link) || '/app';
  event.waitUntil(self.clients.matchAll({ type: 'window', includeUncontrolled: true }).then(function (windows) {
    for (var i = 0; i < windows.length; i++) {
      if (windows[i].url === link && 'focus' in windows[i]) { return windows[i].focus(); }
    }
    return self.clients.openWindow(link);
  }));
});
