// The what-if form: an uploaded scenario file is read into its text area (where it can be checked
// and edited before the run) and its name kept, so that errors name it and .json picks JSON.
(function () {
  'use strict';
  function load(event) {
    var input = event.target;
    var file = input.files && input.files[0];
    if (!file) {
      return;
    }
    var reader = new FileReader();
    reader.onload = function () {
      document.getElementById(input.dataset.target).value = reader.result;
      document.getElementById(input.dataset.name).value = file.name;
    };
    reader.readAsText(file);
  }
  function init() {
    document.querySelectorAll('input[type=file][data-target]').forEach(function (input) {
      input.addEventListener('change', load);
    });
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
