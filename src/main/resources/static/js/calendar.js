// The work calendar: copies the personal feed's link (the button names the input by data-copy).
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
