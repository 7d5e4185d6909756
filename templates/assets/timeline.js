/* Timeline default theme: filters and search on the index. Plain JavaScript, no network; every event is in the page without it. */
(function () {
  'use strict';

  var form = document.getElementById('filters');
  var timeline = document.querySelector('#timeline .timeline');
  if (!form || !timeline) {
    return;
  }

  var events = Array.prototype.slice.call(timeline.querySelectorAll('li.event'));
  var groups = Array.prototype.slice.call(timeline.querySelectorAll('.month-group'));
  var years = Array.prototype.slice.call(timeline.querySelectorAll('section.year'));
  var status = document.getElementById('filter-status');
  var fields = { q: form.elements.q, actor: form.elements.actor, type: form.elements.type, tag: form.elements.tag };

  // Lower case without accents, so "bogota" finds "Bogotá".
  function fold(text) {
    return text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/\s+/g, ' ');
  }

  var texts = events.map(function (li) { return fold(li.textContent); });

  function value(name) {
    return fields[name] ? fields[name].value : '';
  }

  function has(list, separator, item) {
    return (separator + (list || '') + separator).indexOf(separator + item + separator) >= 0;
  }

  function apply() {
    var words = fold(value('q')).trim().split(' ').filter(Boolean);
    var actor = value('actor');
    var type = value('type');
    var tag = value('tag');
    var shown = 0;
    events.forEach(function (li, i) {
      var match = words.every(function (w) { return texts[i].indexOf(w) >= 0; })
        && (!actor || has(li.getAttribute('data-actors'), ' ', actor))
        && (!type || li.getAttribute('data-type') === type)
        && (!tag || has(li.getAttribute('data-tags'), '|', tag));
      li.hidden = !match;
      if (match) {
        shown += 1;
      }
    });
    groups.forEach(function (group) {
      group.hidden = !group.querySelector('li.event:not([hidden])');
    });
    years.forEach(function (year) {
      year.hidden = !year.querySelector('li.event:not([hidden])');
    });
    var filtering = shown !== events.length;
    timeline.classList.toggle('filtering', filtering);
    status.textContent = filtering
      ? 'Showing ' + shown + ' of ' + events.length + ' events.'
      : 'Showing all ' + events.length + ' events.';
  }

  // Filters can be given in the address (index.html?actor=belarus&q=visit) to share a view.
  var params = new URLSearchParams(window.location.search);
  Object.keys(fields).forEach(function (name) {
    var field = fields[name];
    if (field && params.has(name)) {
      field.value = params.get(name);
    }
  });

  form.addEventListener('input', apply);
  form.addEventListener('change', apply);
  form.addEventListener('submit', function (e) { e.preventDefault(); apply(); });
  form.addEventListener('reset', function () { window.setTimeout(apply, 0); });
  form.hidden = false;
  apply();
})();
