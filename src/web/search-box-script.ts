import { SUGGEST_API_PATH } from './portal-urls.js';

/** How long the search box waits after the last key before it asks for suggestions, in milliseconds. */
export const SUGGEST_DEBOUNCE_MS = 150;

/**
 * The part of the portal's script (`/assets/portal.js`) that makes each search box a combobox with
 * suggestions as one types (the WAI-ARIA combobox pattern with a list box): the input gets
 * `role=combobox`, `aria-autocomplete=list`, `aria-expanded` and `aria-controls`, and a list box
 * of options follows it in the form; typing asks `GET /api/v1/suggest` (same origin, so the
 * Content-Security-Policy's `default-src 'self'` allows it) in the interface language (`<html lang>`),
 * {@link SUGGEST_DEBOUNCE_MS} after the last key, cancelling the request before; ↓ and ↑ move
 * through the options (`aria-activedescendant`, `aria-selected`), Enter opens the one chosen (or
 * submits the search when none is), Escape closes the list, a click opens an option. Options are
 * built with `textContent`, never markup. A polite live region (`role=status`, visually hidden)
 * after the list tells screen readers how many suggestions are listed, in the sentence the input
 * carries in `data-suggestions-count` (`{n}` for the count; the interface language's). Without the
 * script the form is the plain search form it always was.
 */
export const SEARCH_BOX_JS = `(function () {
  'use strict';
  if (!window.fetch || !window.AbortController) return;
  var API = ${JSON.stringify(SUGGEST_API_PATH)};
  var DELAY = ${SUGGEST_DEBOUNCE_MS};
  var MAX_LENGTH = 200;
  var lang = (document.documentElement.getAttribute('lang') || 'zh').slice(0, 2);

  function enhance(input) {
    var form = input.form;
    if (!form) return;
    var list = document.createElement('ul');
    var listId = (input.id || 'search') + '-suggestions';
    list.id = listId;
    list.className = 'suggest-list';
    list.setAttribute('role', 'listbox');
    var label = form.querySelector('label[for="' + input.id + '"]');
    if (label) list.setAttribute('aria-label', label.textContent);
    list.hidden = true;
    var status = document.createElement('span');
    status.className = 'visually-hidden suggest-status';
    status.setAttribute('role', 'status');
    var countText = input.getAttribute('data-suggestions-count');
    form.classList.add('has-suggestions');
    var row = input.closest('.search-row') || input;
    row.insertAdjacentElement('afterend', list);
    list.insertAdjacentElement('afterend', status);
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', listId);

    var items = [];
    var active = -1;
    var timer = 0;
    var pending = null;
    var shownFor = null;

    function setActive(index) {
      if (active >= 0 && items[active]) items[active].element.setAttribute('aria-selected', 'false');
      active = index;
      if (active >= 0 && items[active]) {
        items[active].element.setAttribute('aria-selected', 'true');
        input.setAttribute('aria-activedescendant', items[active].element.id);
        items[active].element.scrollIntoView({ block: 'nearest' });
      } else {
        input.removeAttribute('aria-activedescendant');
      }
    }

    function close() {
      setActive(-1);
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
    }

    function open() {
      if (items.length === 0) return;
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
    }

    function go(item) {
      close();
      window.location.assign(item.href);
    }

    function part(className, text, language) {
      var span = document.createElement('span');
      span.className = className;
      span.textContent = text;
      if (language) span.setAttribute('lang', language);
      return span;
    }

    function show(query, suggestions) {
      shownFor = query;
      list.textContent = '';
      items = [];
      active = -1;
      input.removeAttribute('aria-activedescendant');
      suggestions.forEach(function (suggestion, index) {
        // Only a path of this site: never another origin (//host) or a scheme.
        var href = suggestion.href;
        if (typeof href !== 'string' || href.charAt(0) !== '/' || href.charAt(1) === '/' || href.charAt(1) === '\\\\') return;
        var option = document.createElement('li');
        option.id = listId + '-' + index;
        option.className = 'suggest-option suggest-' + suggestion.kind;
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', 'false');
        if (suggestion.symbol) option.appendChild(part('suggest-symbol', suggestion.symbol, null));
        option.appendChild(part('suggest-label', suggestion.label, suggestion.language));
        if (suggestion.labelZh) option.appendChild(part('suggest-zh', suggestion.labelZh, 'zh'));
        if (suggestion.matched) option.appendChild(part('suggest-matched', suggestion.matched, null));
        option.addEventListener('mousedown', function (event) { event.preventDefault(); });
        var item = { element: option, href: href };
        option.addEventListener('click', function () { go(item); });
        items.push(item);
        list.appendChild(option);
      });
      if (items.length === 0) close();
      else open();
      announce(items.length);
    }

    function announce(count) {
      status.textContent = count > 0 && countText ? countText.replace('{n}', String(count)) : '';
    }

    function ask() {
      var query = input.value.trim();
      if (pending) pending.abort();
      pending = null;
      if (query === '' || query.length > MAX_LENGTH) {
        shownFor = null;
        items = [];
        list.textContent = '';
        close();
        announce(0);
        return;
      }
      if (query === shownFor) {
        open();
        return;
      }
      var controller = new AbortController();
      pending = controller;
      var url = API + '?q=' + encodeURIComponent(query) + '&lang=' + encodeURIComponent(lang);
      fetch(url, { signal: controller.signal, headers: { Accept: 'application/json' } })
        .then(function (response) { return response.ok ? response.json() : null; })
        .then(function (body) {
          if (pending !== controller) return;
          pending = null;
          if (body && Array.isArray(body.suggestions) && input.value.trim() === query) show(query, body.suggestions);
        })
        .catch(function () { if (pending === controller) pending = null; });
    }

    input.addEventListener('input', function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(ask, DELAY);
    });
    input.addEventListener('keydown', function (event) {
      var expanded = !list.hidden;
      if (event.key === 'ArrowDown' || event.key === 'Down') {
        if (items.length === 0) return;
        event.preventDefault();
        if (!expanded) { open(); setActive(0); return; }
        setActive(active + 1 >= items.length ? 0 : active + 1);
      } else if (event.key === 'ArrowUp' || event.key === 'Up') {
        if (items.length === 0) return;
        event.preventDefault();
        if (!expanded) { open(); setActive(items.length - 1); return; }
        setActive(active <= 0 ? items.length - 1 : active - 1);
      } else if (event.key === 'Enter') {
        if (expanded && active >= 0 && items[active]) {
          event.preventDefault();
          go(items[active]);
        } else {
          close();
        }
      } else if (event.key === 'Escape' || event.key === 'Esc') {
        if (expanded) {
          event.preventDefault();
          close();
        }
      }
    });
    input.addEventListener('blur', close);
    input.addEventListener('focus', function () { if (input.value.trim() === shownFor) open(); });
  }

  var inputs = document.querySelectorAll('form.search-form input[name="q"]');
  Array.prototype.forEach.call(inputs, enhance);
})();
`;
