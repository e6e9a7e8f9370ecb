// Upload progress of the new-draft form (htmx posts it with hx-encoding="multipart/form-data").
document.addEventListener('htmx:xhr:progress', function (event) {
  var bar = document.getElementById('upload-progress');
  if (bar && event.detail.lengthComputable && event.detail.total > 0) {
    bar.hidden = false;
    bar.value = Math.round((event.detail.loaded / event.detail.total) * 100);
  }
});
