// Dates as people in Vietnam write them: every date field reads and takes dd/mm/yyyy (and
// dd/mm/yyyy hh:mm), whatever the browser's language; the form still sends the ISO date the
// server reads (yyyy-mm-dd, yyyy-mm-ddThh:mm) in a hidden field of the same name. Without this
// script the browser's own date field is used.
(function () {
  'use strict';
  var script = document.currentScript;
  var invalid = (script && script.getAttribute('data-invalid')) || '';
  var dateHint = (script && script.getAttribute('data-placeholder')) || 'dd/mm/yyyy';
  var timeHint = (script && script.getAttribute('data-placeholder-time')) || 'hh:mm';

  function pad(n) { return (n < 10 ? '0' : '') + n; }

  function shown(iso, withTime) {
    var m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(iso || '');
    if (!m) { return ''; }
    return m[3] + '/' + m[2] + '/' + m[1] + (withTime && m[4] ? ' ' + m[4] + ':' + m[5] : '');
  }

  function iso(text, withTime) {
    var t = text.trim();
    var m = /^(\d{1,2})[\/.\-](\d{1,2})[\/.\-](\d{4})(?:[\sT,]+(\d{1,2})[:h](\d{2}))?$/.exec(t);
    var d, mo, y, h, mi;
    if (m) {
      d = +m[1]; mo = +m[2]; y = +m[3]; h = m[4]; mi = m[5];
    } else {
      m = /^(\d{4})-(\d{2})-(\d{2})(?:[\sT](\d{2}):(\d{2}))?$/.exec(t); // typed or pasted ISO
      if (!m) { return null; }
      y = +m[1]; mo = +m[2]; d = +m[3]; h = m[4]; mi = m[5];
    }
    var date = new Date(Date.UTC(y, mo - 1, d));
    if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) { return null; }
    var value = y + '-' + pad(mo) + '-' + pad(d);
    if (withTime) {
      if (h === undefined || +h > 23 || +mi > 59) { return null; }
      value += 'T' + pad(+h) + ':' + mi;
    }
    return value;
  }

  document.querySelectorAll('input[type="date"], input[type="datetime-local"]').forEach(function (input) {
    var withTime = input.type === 'datetime-local';
    var hidden = document.createElement('input');
    hidden.type = 'hidden';
    hidden.name = input.name;
    hidden.value = input.value;
    input.removeAttribute('name');
    input.removeAttribute('min');
    input.removeAttribute('max');
    input.type = 'text';
    input.value = shown(hidden.value, withTime);
    input.setAttribute('inputmode', 'numeric');
    input.setAttribute('autocomplete', 'off');
    input.setAttribute('placeholder', withTime ? dateHint + ' ' + timeHint : dateHint);
    input.setAttribute('data-date', withTime ? 'datetime' : 'date');
    input.insertAdjacentElement('afterend', hidden);
    var sync = function () {
      if (input.value.trim() === '') {
        hidden.value = '';
        input.setCustomValidity('');
        return;
      }
      var value = iso(input.value, withTime);
      hidden.value = value || '';
      input.setCustomValidity(value ? '' : invalid);
    };
    input.addEventListener('input', sync);
    input.addEventListener('change', sync);
  });
}());
