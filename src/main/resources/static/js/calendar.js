// The work calendar. Opened without a view on a narrow screen that the server took for a desktop,
// it switches to the list, the phone's view.
(function () {
  var root = document.querySelector('[data-calendar-default]');
  if (root && root.getAttribute('data-calendar-default') !== 'list' && window.matchMedia
      && window.matchMedia('(max-width: 47.99rem)').matches) {
    var url = new URL(window.location.href);
    url.searchParams.set('view', 'list');
    window.location.replace(url.toString());
  }
})();

// Copies the personal feed's link (the button names the input by data-copy).
document.addEventListener('click', function (event) {
  var button = event.target.closest ? event.target.closest('[data-copy]') : null;
  if (!button) {
    return;
  }
  var input = document.getElementById(button.getAttribute('data-copy'));
  if (!input) {
    return;
  }
  input.select();
  var done = function () {
    button.textContent = button.getAttribute('data-copied') || button.textContent;
  };
  if (navigator.clipboard && navigator.clipboard.writeText) {
    navigator.clipboard.writeText(input.value).then(done, function () { document.execCommand('copy'); done(); });
  } else {
    document.execCommand('copy');
    done();
  }
});
