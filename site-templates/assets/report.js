/* Vitrine — the report site's only script (vanilla ES2017, no dependency).
 *
 * The same file runs on every page and does nothing where its markup is absent; every page reads
 * fine without it. It never uses innerHTML, eval or string-built markup: data from the audited site
 * is always written with textContent.
 *
 *  - action plan: filter entries by objective (buttons shown only when the script runs);
 *  - crawled pages: when data/pages.js has defined window.VITRINE_PAGES, filter (text, status class,
 *    with issues), sort (column header buttons) and page (as many rows as the renderer's pages) over every row;
 *  - printing: open every collapsed recommendation before printing.
 *
 * data/pages.js (site/PagesData.java) defines the rows and their column names:
 *   window.VITRINE_PAGES_COLUMNS = ["url","path","status","title","depth","words","bytes","millis","issues",
 *                                   "detailHref","contentType","size","time","depthText"];
 *   window.VITRINE_PAGES = [ ["https://…/contact", "/contact", 200, "Contact", 1, 412, 48213, 212, 2,
 *                             "page-12.html", "text/html", "47 Ko", "212 ms", "1"], … ];
 * Columns are looked up by name, so their order may change and unknown ones are ignored. Also accepted:
 * rows as objects with those keys, or { fields: [...], rows: [...] }. "bytes" and "millis" are numbers for
 * sorting, "size" and "time" the texts shown; "detailHref" is the page's detail page, or null.
 */
(function () {
  'use strict';

  var doc = document;
  var DEFAULT_PAGE_SIZE = 50;

  function all(selector, root) {
    return Array.prototype.slice.call((root || doc).querySelectorAll(selector));
  }

  /** "{0}–{1} of {2}" with its parameters; unknown placeholders are left as they are. */
  function format(template, args) {
    return String(template || '').replace(/\{(\d+)\}/g, function (match, i) {
      return args[i] === undefined ? match : String(args[i]);
    });
  }

  function el(tag, className, text) {
    var node = doc.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  var lang = doc.documentElement.getAttribute('lang') || 'fr';
  var numberFormat = (function () {
    try {
      var nf = new Intl.NumberFormat(lang);
      return function (n) { return nf.format(n); };
    } catch (e) {
      return function (n) { return String(n); };
    }
  })();

  /* ------------------------------------------------------------ action plan */

  function initPlanFilter() {
    var bar = doc.querySelector('[data-plan-filter]');
    if (!bar) return;
    var buttons = all('button[data-objective]', bar);
    var entries = all('.plan-period [data-objectives]');
    if (!buttons.length || !entries.length) return;
    var periods = all('.plan-period');
    var status = doc.querySelector('[data-plan-status]');

    function apply(objective) {
      buttons.forEach(function (b) {
        b.setAttribute('aria-pressed', String((b.getAttribute('data-objective') || '') === objective));
      });
      var shown = 0;
      entries.forEach(function (entry) {
        var ids = (entry.getAttribute('data-objectives') || '').split(/\s+/);
        var visible = !objective || ids.indexOf(objective) !== -1;
        entry.hidden = !visible;
        if (visible) shown++;
      });
      periods.forEach(function (period) {
        var items = all('[data-objectives]', period);
        var visible = items.filter(function (i) { return !i.hidden; }).length;
        var empty = period.querySelector('[data-plan-empty]');
        if (empty) empty.hidden = !items.length || visible > 0;
        var count = period.querySelector('[data-plan-count]');
        if (count && count.getAttribute('data-msg')) count.textContent = format(count.getAttribute('data-msg'), [numberFormat(visible)]);
      });
      if (status && status.getAttribute('data-msg-count')) {
        status.textContent = format(status.getAttribute('data-msg-count'), [numberFormat(shown)]);
      }
    }

    buttons.forEach(function (b) {
      b.addEventListener('click', function () { apply(b.getAttribute('data-objective') || ''); });
    });
    bar.hidden = false;
  }

  /* ------------------------------------------------------------ crawled pages */

  function pick(row, fields, names) {
    for (var i = 0; i < names.length; i++) {
      var v;
      if (fields) {
        var idx = fields[names[i]];
        v = idx === undefined ? undefined : row[idx];
      } else {
        v = row[names[i]];
      }
      if (v !== undefined && v !== null && v !== '') return v;
    }
    return null;
  }

  function toNumber(v) {
    if (typeof v === 'number') return v;
    if (v === null || v === undefined) return NaN;
    var n = parseFloat(String(v).replace(/[\s\u00a0\u202f]/g, '').replace(',', '.'));
    return isNaN(n) ? NaN : n;
  }

  function text(v) { return v === null || v === undefined ? '' : String(v); }

  /** Our own relative links only (page-12.html, page-12.html#x): anything with a scheme or // is dropped. */
  function safeRelative(href) {
    href = text(href);
    return /^[A-Za-z0-9._~\-\/]+(#[A-Za-z0-9._~\-]*)?$/.test(href) && href.indexOf('//') === -1 ? href : null;
  }

  function normalise(data, columns) {
    var list = Array.isArray(data) ? data : (data && Array.isArray(data.rows) ? data.rows : null);
    if (!list) return null;
    var names = Array.isArray(columns) ? columns : (data && Array.isArray(data.fields) ? data.fields : null);
    var fields = null;
    if (names) {
      fields = {};
      names.forEach(function (f, i) { fields[f] = i; });
    }
    return list.map(function (r, i) {
      var url = text(pick(r, fields, ['url']));
      var title = text(pick(r, fields, ['title']));
      var depthRaw = pick(r, fields, ['depth', 'depthText']);
      var bytes = toNumber(pick(r, fields, ['bytes', 'size']));
      var ms = toNumber(pick(r, fields, ['millis', 'ms', 'time']));
      return {
        index: i,
        url: url,
        path: text(pick(r, fields, ['path']) || url),
        title: title,
        status: toNumber(pick(r, fields, ['status'])),
        depth: toNumber(depthRaw),
        depthText: text(pick(r, fields, ['depthText', 'depth'])),
        words: toNumber(pick(r, fields, ['words'])),
        bytes: bytes,
        size: text(pick(r, fields, ['size', 'sizeText']) || (isNaN(bytes) ? '' : numberFormat(bytes))),
        ms: ms,
        time: text(pick(r, fields, ['time', 'timeText']) || (isNaN(ms) ? '' : numberFormat(ms) + ' ms')),
        issues: toNumber(pick(r, fields, ['issues'])) || 0,
        detail: safeRelative(pick(r, fields, ['detailHref', 'detail'])),
        hay: (url + '\n' + title).toLowerCase()
      };
    });
  }

  function statusClass(status) {
    return status >= 200 && status < 600 ? 'status--' + Math.floor(status / 100) + 'xx' : 'status--err';
  }

  function initPagesTable() {
    var table = doc.querySelector('[data-pages-table]');
    if (!table || !window.VITRINE_PAGES) return;
    var rows;
    try {
      rows = normalise(window.VITRINE_PAGES, window.VITRINE_PAGES_COLUMNS);
    } catch (e) {
      rows = null;
    }
    if (!rows || !rows.length) return;

    var tbody = table.querySelector('[data-pages-body]') || table.tBodies[0];
    var form = doc.querySelector('[data-pages-filters]');
    var statusLine = doc.querySelector('[data-pages-status]');
    var serverPager = doc.querySelector('[data-pages-pager]');
    var pager = doc.querySelector('[data-pages-jspager]');
    if (!tbody) return;

    var textInput = form ? form.querySelector('[data-filter-text]') : null;
    var statusSelect = form ? form.querySelector('[data-filter-status]') : null;
    var issuesBox = form ? form.querySelector('[data-filter-issues]') : null;
    var prevButton = pager ? pager.querySelector('[data-page-step="-1"]') : null;
    var nextButton = pager ? pager.querySelector('[data-page-step="1"]') : null;
    var pageLabel = pager ? pager.querySelector('[data-page-label]') : null;
    var columns = table.tHead ? table.tHead.rows[0].cells.length : 8;
    // The same rows per page as the pages written by the renderer, so page n shows the same rows with or without script.
    var PAGE_SIZE = Math.max(10, Number(table.getAttribute('data-page-size')) || DEFAULT_PAGE_SIZE);

    var msgRange = table.getAttribute('data-msg-range') || '{0}–{1} / {2}';
    var msgEmpty = table.getAttribute('data-msg-empty') || '';
    var msgPage = table.getAttribute('data-msg-page') || '{0} / {1}';

    var collator;
    try {
      collator = new Intl.Collator(lang, { numeric: true, sensitivity: 'base' });
    } catch (e) {
      collator = { compare: function (a, b) { return a < b ? -1 : a > b ? 1 : 0; } };
    }

    var state = { query: '', status: '', issues: false, key: null, dir: 1, page: 1 };
    var view = rows;

    function refilter() {
      var q = state.query.trim().toLowerCase();
      var cls = state.status ? Number(state.status) : 0;
      var onlyIssues = state.issues;
      var out = [];
      for (var i = 0; i < rows.length; i++) {
        var r = rows[i];
        if (cls && Math.floor(r.status / 100) !== cls) continue;
        if (onlyIssues && !(r.issues > 0)) continue;
        if (q && r.hay.indexOf(q) === -1) continue;
        out.push(r);
      }
      view = out;
      resort();
    }

    function resort() {
      var key = state.key;
      if (!key) {
        view.sort(function (a, b) { return a.index - b.index; });
        return;
      }
      var dir = state.dir;
      var textual = key === 'url' || key === 'title';
      view.sort(function (a, b) {
        var c;
        if (textual) {
          c = collator.compare(key === 'url' ? a.path : a.title, key === 'url' ? b.path : b.title);
        } else {
          var x = a[key], y = b[key];
          var xn = typeof x !== 'number' || isNaN(x), yn = typeof y !== 'number' || isNaN(y);
          if (xn || yn) return xn && yn ? a.index - b.index : xn ? 1 : -1;   // missing values last
          c = x - y;
        }
        return c ? c * dir : a.index - b.index;
      });
    }

    function cell(className, content) {
      var td = el('td', className);
      if (content && typeof content === 'object') td.appendChild(content);
      else td.textContent = text(content);
      return td;
    }

    function renderRow(r) {
      var tr = el('tr');
      var link;
      if (r.detail) {
        link = el('a', null, r.path);
        link.href = r.detail;
      } else {
        link = el('span', null, r.path);
      }
      link.title = r.url;
      tr.appendChild(cell('cell-url', link));
      tr.appendChild(cell('cell-title', r.title));
      var status = el('span', 'status ' + statusClass(r.status), r.status > 0 ? r.status : '—');
      tr.appendChild(cell('num', status));
      tr.appendChild(cell('num', r.depthText));
      tr.appendChild(cell('num', isNaN(r.words) ? '' : numberFormat(r.words)));
      tr.appendChild(cell('num', r.size));
      tr.appendChild(cell('num', r.time));
      tr.appendChild(cell('num', el('span', 'issue-count' + (r.issues > 0 ? ' has-issues' : ''), numberFormat(r.issues))));
      return tr;
    }

    function render() {
      var pages = Math.max(1, Math.ceil(view.length / PAGE_SIZE));
      if (state.page > pages) state.page = pages;
      if (state.page < 1) state.page = 1;
      var start = (state.page - 1) * PAGE_SIZE;
      var end = Math.min(view.length, start + PAGE_SIZE);

      var fragment = doc.createDocumentFragment();
      for (var i = start; i < end; i++) fragment.appendChild(renderRow(view[i]));
      if (!view.length) {
        var tr = el('tr');
        var td = el('td', 'empty-cell', msgEmpty);
        td.colSpan = columns;
        tr.appendChild(td);
        fragment.appendChild(tr);
      }
      while (tbody.firstChild) tbody.removeChild(tbody.firstChild);
      tbody.appendChild(fragment);

      if (statusLine) {
        statusLine.textContent = view.length
          ? format(msgRange, [numberFormat(start + 1), numberFormat(end), numberFormat(view.length)])
          : msgEmpty;
      }
      if (pager) {
        pager.hidden = pages <= 1;
        if (pageLabel) pageLabel.textContent = format(msgPage, [numberFormat(state.page), numberFormat(pages)]);
        if (prevButton) prevButton.disabled = state.page <= 1;
        if (nextButton) nextButton.disabled = state.page >= pages;
      }
    }

    /* sortable headers: the header text becomes a button, aria-sort says the current order */
    var headers = table.tHead ? all('th[data-key]', table.tHead) : [];
    headers.forEach(function (th) {
      var button = el('button', 'sort-button', th.textContent.trim());
      button.type = 'button';
      th.textContent = '';
      th.appendChild(button);
      button.addEventListener('click', function () {
        var key = th.getAttribute('data-key');
        var textual = key === 'url' || key === 'title';
        if (state.key === key) state.dir = -state.dir;
        else { state.key = key; state.dir = textual ? 1 : -1; }
        headers.forEach(function (h) { h.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', state.dir > 0 ? 'ascending' : 'descending');
        state.page = 1;
        resort();
        render();
      });
    });

    var timer = null;
    if (textInput) {
      textInput.addEventListener('input', function () {
        clearTimeout(timer);
        timer = setTimeout(function () {
          state.query = textInput.value;
          state.page = 1;
          refilter();
          render();
        }, 120);
      });
    }
    if (statusSelect) {
      statusSelect.addEventListener('change', function () {
        state.status = statusSelect.value;
        state.page = 1;
        refilter();
        render();
      });
    }
    if (issuesBox) {
      issuesBox.addEventListener('change', function () {
        state.issues = issuesBox.checked;
        state.page = 1;
        refilter();
        render();
      });
    }
    if (form) {
      form.addEventListener('submit', function (e) { e.preventDefault(); });
      form.addEventListener('reset', function () {
        setTimeout(function () {
          state.query = '';
          state.status = '';
          state.issues = false;
          state.page = 1;
          refilter();
          render();
        }, 0);
      });
      form.hidden = false;
    }

    function step(delta) {
      state.page += delta;
      render();
      var top = table.getBoundingClientRect().top;
      if (top < 0 && statusLine && statusLine.scrollIntoView) statusLine.scrollIntoView({ block: 'start' });
    }
    if (prevButton) prevButton.addEventListener('click', function () { step(-1); });
    if (nextButton) nextButton.addEventListener('click', function () { step(1); });

    if (serverPager) serverPager.hidden = true;
    var first = Number(table.getAttribute('data-page-number')) || 1;
    state.page = first;
    render();
  }

  /* ------------------------------------------------------------ navigation strips */

  /** On a phone the navigation rows scroll sideways: bring the current entry into view. */
  function initNavStrips() {
    all('.site-nav__list, .element-nav__list').forEach(function (list) {
      var current = list.querySelector('[aria-current="page"]');
      if (!current || list.scrollWidth <= list.clientWidth) return;
      var left = current.getBoundingClientRect().left - list.getBoundingClientRect().left + list.scrollLeft;
      list.scrollLeft = Math.max(0, left - (list.clientWidth - current.offsetWidth) / 2);
    });
  }

  /* ------------------------------------------------------------ printing */

  function initPrint() {
    var opened = [];
    window.addEventListener('beforeprint', function () {
      all('details:not([open])').forEach(function (d) { d.open = true; opened.push(d); });
    });
    window.addEventListener('afterprint', function () {
      opened.forEach(function (d) { d.open = false; });
      opened = [];
    });
  }

  function init() {
    [initPlanFilter, initPagesTable, initNavStrips, initPrint].forEach(function (fn) {
      try {
        fn();
      } catch (e) {
        /* a failing enhancement leaves the server-rendered page as it is */
      }
    });
  }

  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', init);
  else init();
})();
