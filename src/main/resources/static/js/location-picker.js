// The location picker of the public petition form (docs/petitions.md): tap the map or use the
// phone's position to fill the latitude and longitude fields, which stay typeable (and are all
// there is without scripts). Leaflet comes from the application's webjar; no inline script or style.
(function () {
  'use strict';

  function round(value) {
    return (Math.round(value * 1e6) / 1e6).toFixed(6);
  }

  function number(input) {
    var value = parseFloat((input.value || '').replace(',', '.'));
    return isFinite(value) ? value : null;
  }

  function start() {
    var box = document.getElementById('location-map');
    var lat = document.getElementById('latitude');
    var lon = document.getElementById('longitude');
    if (!box || !lat || !lon || typeof L === 'undefined') {
      return;
    }
    var tools = document.getElementById('location-tools');
    var status = document.getElementById('location-status');
    var details = box.closest('details');
    box.hidden = false;
    tools.hidden = false;
    document.getElementById('picker-hint').hidden = false;
    document.getElementById('location-hint').hidden = true;

    var map = L.map(box, { scrollWheelZoom: false });
    L.tileLayer(box.dataset.tiles, {
      maxZoom: Number(box.dataset.maxZoom) || 19,
      attribution: (function () {
        var d = document.createElement('div');
        d.textContent = box.dataset.attribution || '';
        return d.innerHTML;
      })()
    }).addTo(map);
    var p = (box.dataset.bounds || '').split(',').map(Number);
    var area = L.latLngBounds([p[0], p[1]], [p[2], p[3]]);
    map.fitBounds(area);
    var marker = null;

    function say(message) {
      status.textContent = message;
    }

    function place(latitude, longitude, fill) {
      if (fill) {
        lat.value = round(latitude);
        lon.value = round(longitude);
      }
      if (marker) {
        marker.setLatLng([latitude, longitude]);
      } else {
        marker = L.marker([latitude, longitude], { keyboard: false }).addTo(map);
      }
      box.setAttribute('data-placed', 'true');
      say((box.dataset.chosen || '{0}, {1}').replace('{0}', lat.value).replace('{1}', lon.value));
    }

    function fromFields() {
      var a = number(lat);
      var b = number(lon);
      if (a !== null && b !== null && Math.abs(a) <= 90 && Math.abs(b) <= 180) {
        place(a, b, false);
        map.setView([a, b], Math.max(map.getZoom(), 15));
      }
    }

    map.on('click', function (event) {
      place(event.latlng.lat, event.latlng.lng, true);
    });
    lat.addEventListener('change', fromFields);
    lon.addEventListener('change', fromFields);

    document.getElementById('use-my-position').addEventListener('click', function () {
      if (!navigator.geolocation) {
        say(box.dataset.denied);
        return;
      }
      say(box.dataset.locating);
      navigator.geolocation.getCurrentPosition(
        function (position) {
          place(position.coords.latitude, position.coords.longitude, true);
          map.setView([position.coords.latitude, position.coords.longitude], 17);
        },
        function () {
          say(box.dataset.denied);
        },
        { enableHighAccuracy: true, timeout: 15000, maximumAge: 60000 }
      );
    });

    document.getElementById('clear-location').addEventListener('click', function () {
      lat.value = '';
      lon.value = '';
      if (marker) {
        map.removeLayer(marker);
        marker = null;
      }
      box.removeAttribute('data-placed');
      say('');
    });

    if (details) {
      details.addEventListener('toggle', function () {
        if (details.open) {
          map.invalidateSize();
          if (!marker) {
            map.fitBounds(area);
          }
        }
      });
    }
    fromFields();
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
