// The public map of a council's published answers (docs/petitions.md): Leaflet, bundled with the
// application (webjar), reads the council's GeoJSON and numbers each point as in the list under it.
// Without scripts the page is the list. No inline script or style: the CSP forbids them.
(function () {
  'use strict';

  function text(tag, value, className) {
    var el = document.createElement(tag);
    el.textContent = value;
    if (className) {
      el.className = className;
    }
    return el;
  }

  function escape(value) {
    var div = document.createElement('div');
    div.textContent = value;
    return div.innerHTML;
  }

  function bounds(value) {
    var p = (value || '').split(',').map(Number);
    return p.length === 4 && p.every(isFinite) ? L.latLngBounds([p[0], p[1]], [p[2], p[3]]) : null;
  }

  function popup(feature, box) {
    var props = feature.properties;
    var root = document.createElement('div');
    root.className = 'map-popup';
    var link = text('a', props.title);
    link.href = props.url;
    root.appendChild(link);
    root.appendChild(text('p', props.fieldName + ' · ' + props.answerClassName));
    root.appendChild(text('p', props.petitionCount + ' ' + box.dataset.voters, 'small'));
    var open = text('a', box.dataset.open);
    open.href = props.url;
    root.appendChild(open);
    return root;
  }

  function start() {
    var box = document.getElementById('answer-map');
    if (!box || typeof L === 'undefined') {
      return;
    }
    box.hidden = false;
    var map = L.map(box, { scrollWheelZoom: false });
    L.tileLayer(box.dataset.tiles, {
      maxZoom: Number(box.dataset.maxZoom) || 19,
      attribution: escape(box.dataset.attribution || '')
    }).addTo(map);
    var area = bounds(box.dataset.bounds);
    if (area) {
      map.fitBounds(area);
    } else {
      map.setView([21.0, 106.5], 9);
    }
    fetch(box.dataset.geojson, { headers: { Accept: 'application/geo+json' } })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('map data ' + response.status);
        }
        return response.json();
      })
      .then(function (collection) {
        var points = [];
        collection.features.forEach(function (feature, i) {
          var item = document.getElementById('answer-' + feature.id);
          var number = item ? item.dataset.number : String(i + 1);
          var lonLat = feature.geometry.coordinates;
          var icon = L.divIcon({
            className: 'answer-pin',
            html: escape(number),
            iconSize: [28, 28],
            iconAnchor: [4, 26],
            popupAnchor: [10, -24]
          });
          var marker = L.marker([lonLat[1], lonLat[0]], {
            icon: icon,
            title: feature.properties.title,
            alt: feature.properties.title,
            keyboard: true
          }).addTo(map);
          marker.bindPopup(popup(feature, box));
          marker.getElement().setAttribute('data-issue', feature.id);
          points.push([lonLat[1], lonLat[0]]);
        });
        box.setAttribute('data-markers', String(points.length));
        if (points.length === 1) {
          map.setView(points[0], 16);
        } else if (points.length > 1) {
          map.fitBounds(L.latLngBounds(points), { padding: [24, 24], maxZoom: 16 });
        }
      })
      .catch(function () {
        box.setAttribute('data-markers', 'error');
      });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
