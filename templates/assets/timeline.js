/* Timeline default theme: filters and search on the index, the less certain events switch on every list. Plain JavaScript, no network; every event is in the page without it. */
(function () {
  'use strict';

  var timeline = document.querySelector('main .timeline');
  var form = document.getElementById('filters');
  var toggle = document.getElementById('show-uncertain');
  if (!timeline || (!form && !toggle)) {
    return;
  }

  var events = Array.prototype.slice.call(timeline.querySelectorAll('li.event'));
  var groups = Array.prototype.slice.call(timeline.querySelectorAll('.month-group'));
  var years = Array.prototype.slice.call(timeline.querySelectorAll('section.year'));
  var status = document.getElementById('filter-status');
  var fields = form ? { q: form.elements.q, actor: form.elements.actor, type: form.elements.type, tag: form.elements.tag } : {};
  // Without the switch (e.g. a template that leaves it out) nothing is hidden for being uncertain.
  var showUncertain = !toggle;

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

  function uncertain(li) {
    return li.getAttribute('data-confidence') === 'low';
  }

  function apply() {
    var words = fold(value('q')).trim().split(' ').filter(Boolean);
    var actor = value('actor');
    var type = value('type');
    var tag = value('tag');
    var matched = 0;
    var shown = 0;
    events.forEach(function (li, i) {
      var match = words.every(function (w) { return texts[i].indexOf(w) >= 0; })
        && (!actor || has(li.getAttribute('data-actors'), ' ', actor))
        && (!type || li.getAttribute('data-type') === type)
        && (!tag || has(li.getAttribute('data-tags'), '|', tag));
      var show = match && (showUncertain || !uncertain(li));
      li.hidden = !show;
      matched += match ? 1 : 0;
      shown += show ? 1 : 0;
    });
    groups.forEach(function (group) {
      group.hidden = !group.querySelector('li.event:not([hidden])');
    });
    years.forEach(function (year) {
      year.hidden = !year.querySelector('li.event:not([hidden])');
    });
    // Gaps count every event, so they stay true while only the less certain ones are hidden.
    timeline.classList.toggle('filtering', matched !== events.length);
    if (toggle) {
      toggle.setAttribute('aria-pressed', showUncertain ? 'true' : 'false');
    }

    if (status) {
      var hidden = matched - shown;
      status.textContent = (shown !== events.length
        ? 'Showing ' + shown + ' of ' + events.length + ' events'
        : 'Showing all ' + events.length + ' events')
        + (hidden > 0 ? ' (' + hidden + ' less certain hidden).' : '.');
    }
  }

  // Filters can be given in the address (index.html?actor=belarus&q=visit&uncertain=show) to share a view.
  var params = new URLSearchParams(window.location.search);
  Object.keys(fields).forEach(function (name) {
    var field = fields[name];
    if (field && params.has(name)) {
      field.value = params.get(name);
    }
  });

  // A link to a less certain event (index.html#its-id) shows the less certain events, so it lands on it.
  function revealTarget() {
    var id = decodeURIComponent(window.location.hash.slice(1));
    var target = id ? document.getElementById(id) : null;
    if (target && !showUncertain && events.indexOf(target) >= 0 && uncertain(target)) {
      setShowUncertain(true);
      return target;
    }

    return null;
  }

  function setShowUncertain(show) {
    showUncertain = show;
    // Kept in the address like the filters, so a reload or a shared link shows the same events.
    var url = new URL(window.location.href);
    if (show) {
      url.searchParams.set('uncertain', 'show');
    } else {
      url.searchParams.delete('uncertain');
    }

    try {
      window.history.replaceState(window.history.state, '', url.href);
    } catch (e) {
      // Some browsers refuse to change a file:// address; the switch still works.
    }

    apply();
  }

  if (toggle) {
    showUncertain = params.get('uncertain') === 'show';
    toggle.addEventListener('click', function () { setShowUncertain(!showUncertain); });
    toggle.parentNode.hidden = false;
    window.addEventListener('hashchange', function () {
      var target = revealTarget();
      if (target) {
        target.scrollIntoView();
      }
    });
  }

  if (form) {
    form.addEventListener('input', apply);
    form.addEventListener('change', apply);
    form.addEventListener('submit', function (e) { e.preventDefault(); apply(); });
    form.addEventListener('reset', function () { window.setTimeout(apply, 0); });
    form.hidden = false;
  }

  apply();
  if (toggle) {
    revealTarget();
  }
})();
