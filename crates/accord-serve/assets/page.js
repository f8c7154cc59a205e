// The self-audit page: audits the editor's text as it changes (debounced), shows the report
// beside it, and marks each finding's line. Every sentence comes from the page's texts
// (#texts, in every language of the picker); every report comes from POST /v1/audit, exactly
// as the API gives it, in the page's language.
'use strict';

(() => {
  const ALL = JSON.parse(document.getElementById('texts').textContent);
  const $ = (id) => document.getElementById(id);
  const pluralRules = (tag) => {
    try {
      return new Intl.PluralRules(tag);
    } catch (error) {
      return new Intl.PluralRules('en');
    }
  };
  /** The page's language, its script's texts, its plural rules and its decimal sign. */
  let lang = ALL.lang;
  let T = ALL.languages[lang].script;
  let plurals = pluralRules(lang);
  let decimal = ALL.languages[lang].decimal;
  const form = $('form');
  const editor = $('charter');
  const gutter = $('gutter');
  const marks = $('marks');
  const status = $('status');
  const report = $('report');
  const cursor = $('cursor');
  const profile = $('profile');
  const picker = $('lang');
  const fileInput = $('file');
  const DELAY_MS = 300;
  const SEVERITIES = ['error', 'warning', 'info'];
  const DOWNLOADS = {
    html: { accept: 'text/html', extension: 'html' },
    markdown: { accept: 'text/markdown', extension: 'md' },
    json: { accept: 'application/json', extension: 'json' },
  };

  /** A text with `{name}` filled in from `values`; a text given per plural form takes the
   * form of `values.count`. */
  function say(key, values = {}) {
    let text = T[key];
    if (typeof text === 'object') text = text[plurals.select(values.count)] || text.other;
    return text.replace(/\{(\w+)\}/g, (whole, name) => (name in values ? String(values[name]) : whole));
  }

  /** A score with one decimal, as the page's language writes it. */
  const number = (value) => (value === null ? '–' : value.toFixed(1).replace('.', decimal));

  /** Builds an element with a class and children (strings become text, never HTML). */
  function el(tag, className, ...children) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    for (const child of children) {
      if (child !== null && child !== undefined) node.append(child);
    }
    return node;
  }

  /** Running text where `code` in backticks becomes a <code> element. */
  function prose(text) {
    const span = el('span');
    String(text).split('`').forEach((part, i, parts) => {
      if (i % 2 === 1 && i < parts.length - 1) span.append(el('code', null, part));
      else span.append(i % 2 === 1 ? '`' + part : part);
    });
    return span;
  }

  // --- The charter's format and name --------------------------------------------------------

  /** The file that was opened, while the text still looks like its format. */
  let opened = null;
  const sniff = (text) => (/^\uFEFF?\s*\{/.test(text) ? 'json' : 'toml');
  const formatOf = (text) => (opened ? opened.format : sniff(text));
  const nameFor = (format) => (opened && opened.format === format ? opened.name : 'charter.' + format);

  // --- The editor: line numbers, marks, cursor -----------------------------------------------

  let lineCount = 0;
  function renderGutter() {
    const count = editor.value.split('\n').length;
    if (count === lineCount) return;
    lineCount = count;
    const numbers = new Array(count);
    for (let i = 0; i < count; i++) numbers[i] = i + 1;
    gutter.textContent = numbers.join('\n');
  }

  function syncScroll() {
    gutter.style.transform = `translateY(${-editor.scrollTop}px)`;
    marks.style.transform = `translateY(${-editor.scrollTop}px)`;
  }

  const rowHeight = () => parseFloat(getComputedStyle(editor).lineHeight) || 20;
  const padTop = () => parseFloat(getComputedStyle(editor).paddingTop) || 0;

  /** The 1-based line and column (in characters) of the caret. */
  function caret() {
    const before = editor.value.slice(0, editor.selectionStart);
    const line = before.split('\n').length;
    const column = Array.from(before.slice(before.lastIndexOf('\n') + 1)).length + 1;
    return { line, column };
  }

  function showCaret() {
    cursor.textContent = say('cursor', caret());
  }

  /** Lines to mark: line → worst severity. */
  let marked = new Map();
  let current = 0;

  function renderMarks() {
    const row = rowHeight();
    const top = padTop();
    marks.replaceChildren();
    for (const [line, severity] of marked) {
      const mark = el('div', `mark ${severity}${line === current ? ' current' : ''}`);
      mark.style.top = `${top + (line - 1) * row}px`;
      marks.append(mark);
    }
    if (current && !marked.has(current)) {
      const mark = el('div', 'mark current');
      mark.style.top = `${top + (current - 1) * row}px`;
      marks.append(mark);
    }
  }

  /** Puts the caret at `line`, `column` (1-based, in characters) and scrolls it into view. */
  function goTo(line, column) {
    const lines = editor.value.split('\n');
    const target = Math.min(Math.max(line, 1), lines.length);
    let offset = 0;
    for (let i = 0; i < target - 1; i++) offset += lines[i].length + 1;
    offset += Array.from(lines[target - 1]).slice(0, Math.max(column - 1, 0)).join('').length;
    editor.focus({ preventScroll: true });
    editor.setSelectionRange(offset, offset);
    const y = padTop() + (target - 1) * rowHeight();
    if (y < editor.scrollTop || y > editor.scrollTop + editor.clientHeight - rowHeight()) {
      editor.scrollTop = Math.max(0, y - editor.clientHeight / 3);
    }
    current = target;
    renderMarks();
    syncScroll();
    showCaret();
  }

  // --- Auditing ------------------------------------------------------------------------------

  let timer = 0;
  let sequence = 0;
  let inFlight = null;

  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(audit, DELAY_MS);
  }

  /** POST /v1/audit with the editor's text, asking for `accept`. */
  function request(accept, signal) {
    const text = editor.value;
    const format = formatOf(text);
    const query = new URLSearchParams({ profile: profile.value, filename: nameFor(format), lang });
    return fetch(`/v1/audit?${query}`, {
      method: 'POST',
      headers: { 'Content-Type': `application/${format}`, Accept: accept },
      body: text,
      signal,
    });
  }

  async function audit() {
    clearTimeout(timer);
    if (inFlight) inFlight.abort();
    if (!editor.value.trim()) {
      inFlight = null;
      showStatus(T.empty);
      report.replaceChildren();
      setMarks(new Map());
      return;
    }
    const mine = ++sequence;
    const controller = new AbortController();
    inFlight = controller;
    report.setAttribute('aria-busy', 'true');
    showStatus(T.auditing);
    let response;
    let body;
    try {
      response = await request('application/json', controller.signal);
      body = await response.json();
    } catch (error) {
      if (error.name === 'AbortError' || mine !== sequence) return;
      showStatus(T.no_answer, true);
      report.removeAttribute('aria-busy');
      return;
    }
    if (mine !== sequence) return;
    inFlight = null;
    report.removeAttribute('aria-busy');
    if (!response.ok) {
      showStatus(say('request_failed', { detail: (body && body.detail) || response.statusText }), true);
      return;
    }
    show(body);
  }

  function showStatus(text, problem = false) {
    status.textContent = text;
    status.classList.toggle('problem', problem);
  }

  function setMarks(lines) {
    marked = lines;
    renderMarks();
  }

  // --- The report ----------------------------------------------------------------------------

  const rank = (severity) => {
    const i = SEVERITIES.indexOf(severity);
    return i < 0 ? SEVERITIES.length : i;
  };

  function locationButton(item, ...children) {
    const button = el('button', 'go', ...children);
    button.type = 'button';
    if (item.line) {
      button.dataset.line = item.line;
      button.addEventListener('click', () => {
        for (const s of report.querySelectorAll('.selected')) s.classList.remove('selected');
        button.parentElement.classList.add('selected');
        goTo(item.line, item.column || 1);
      });
    }
    return button;
  }

  function show(r) {
    const lines = new Map();
    const mark = (line, severity) => {
      if (!line) return;
      const before = lines.get(line);
      if (!before || rank(severity) < rank(before)) lines.set(line, severity);
    };
    const parts = [];
    if (r.status === 'invalid') {
      showStatus(say('invalid', { count: r.errors.length }));
      const list = el('ul', 'findings errors');
      for (const e of r.errors) {
        mark(e.line, 'error');
        list.append(el('li', 'finding error',
          locationButton(e,
            el('span', 'head', el('span', 'sev', T.error), el('code', null, e.kind),
              e.line ? el('span', 'where', say('line', { line: e.line })) : null),
            el('span', 'message', prose(e.message))),
          e.help ? el('p', 'help', el('strong', null, T.help), ' ', prose(e.help)) : null));
      }
      parts.push(list);
    } else {
      const grade = r.score.grade;
      const verdict = r.verdict === 'pass' ? T.verdict_pass : T.verdict_fail;
      const gradeText = grade ? say('grade', { grade }) : T.no_grade;
      const score = number(r.score.overall);
      showStatus(say('summary', { grade: gradeText, score: say('score', { score }), verdict }));
      const badge = el('span', `grade grade-${grade || 'none'}`, grade || '–');
      badge.id = 'grade';
      badge.setAttribute('aria-hidden', 'true');
      const counts = countsOf(r);
      parts.push(el('div', 'grade-card', badge,
        el('div', null,
          el('p', null, el('span', r.verdict === 'pass' ? 'verdict-pass' : 'verdict-fail', verdict)),
          el('p', null, say('score', { score })),
          r.rules ? el('p', null, say('counts', {
            rules: say('rules_passed', { count: r.rules.passed, evaluated: r.rules.evaluated }),
            errors: say('errors', { count: counts.errors }),
            warnings: say('warnings', { count: counts.warnings }),
            infos: say('infos', { count: counts.infos }),
          })) : null)));
      for (const failure of r.plugin_failures) {
        parts.push(el('p', 'problem', say('plugin_failed', failure)));
      }
      const categories = Object.entries(r.score.categories || {});
      if (categories.length) {
        parts.push(el('h3', null, T.categories));
        const table = el('table', 'categories',
          el('thead', null, el('tr', null, el('th', null, T.category), el('th', null, T.category_score))));
        const body = el('tbody');
        for (const [name, value] of categories) {
          body.append(el('tr', null, el('td', null, name),
            el('td', 'num', number(value))));
        }
        table.append(body);
        parts.push(table);
      }
      const findings = [...r.findings].sort((a, b) => rank(a.severity) - rank(b.severity) || a.line - b.line);
      parts.push(el('h3', null, say('findings', { count: findings.length })));
      if (!findings.length) parts.push(el('p', null, T.no_findings));
      const list = el('ul', 'findings');
      for (const f of findings) {
        if (!f.waiver) mark(f.line, f.severity);
        const item = el('li', `finding ${f.severity}`,
          locationButton(f,
            el('span', 'head', el('span', 'sev', T[f.severity] || f.severity), el('code', 'rule', f.rule),
              el('span', 'where', say('line', { line: f.line }))),
            el('span', 'message', prose(f.message))),
          f.fix ? el('p', 'fix', el('strong', null, T.fix), ' ', prose(f.fix)) : null,
          f.waiver ? el('p', 'waiver', say('waived', f.waiver)) : null);
        item.dataset.rule = f.rule;
        list.append(item);
      }
      parts.push(list);
    }
    report.replaceChildren(...parts);
    setMarks(lines);
  }

  function countsOf(r) {
    const counts = { errors: 0, warnings: 0, infos: 0 };
    for (const f of r.findings) {
      if (f.waiver) continue;
      if (f.severity === 'error') counts.errors++;
      else if (f.severity === 'warning') counts.warnings++;
      else counts.infos++;
    }
    return counts;
  }

  // --- Files, the template, downloads --------------------------------------------------------

  async function open(file) {
    const text = await file.text();
    const lower = file.name.toLowerCase();
    const format = lower.endsWith('.json') ? 'json' : lower.endsWith('.toml') ? 'toml' : sniff(text);
    opened = { name: file.name, format };
    load(text);
    showStatus(say('opened', { name: file.name }));
  }

  function load(text) {
    editor.value = text;
    current = 0;
    editor.scrollTop = 0;
    renderGutter();
    syncScroll();
    showCaret();
    audit();
  }

  async function starter(event) {
    event.preventDefault();
    if (editor.value.trim() && !window.confirm(T.replace)) return;
    try {
      const response = await fetch(`/starter.toml?lang=${encodeURIComponent(lang)}`);
      if (!response.ok) throw new Error(response.statusText);
      opened = { name: 'charter.toml', format: 'toml' };
      load(await response.text());
    } catch (error) {
      showStatus(T.no_answer, true);
    }
  }

  async function download(kind) {
    const wanted = DOWNLOADS[kind];
    if (!wanted || !editor.value.trim()) return;
    let response;
    try {
      response = await request(wanted.accept);
    } catch (error) {
      showStatus(T.no_answer, true);
      return;
    }
    if (!response.ok) {
      const body = await response.json().catch(() => null);
      showStatus(say('request_failed', { detail: (body && body.detail) || response.statusText }), true);
      return;
    }
    const blob = await response.blob();
    const stem = nameFor(formatOf(editor.value)).replace(/\.[^.]*$/, '').replace(/^.*\//, '');
    const link = el('a');
    link.href = URL.createObjectURL(blob);
    link.download = `${stem || 'charter'}-report.${wanted.extension}`;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 60000);
  }

  // --- The language ----------------------------------------------------------------------------

  /** Writes every text of the page in `tag` and audits again, in place: the editor keeps its
   * text, and the address keeps the choice (`?lang=`), so that reloading keeps it too. */
  function useLanguage(tag) {
    const texts = ALL.languages[tag];
    if (!texts) return;
    lang = tag;
    T = texts.script;
    plurals = pluralRules(tag);
    decimal = texts.decimal;
    document.documentElement.lang = tag;
    for (const node of document.querySelectorAll('[data-text]')) {
      node.textContent = texts.page[node.dataset.text];
    }
    $('form-lang').value = tag;
    $('starter').href = `/starter.toml?lang=${encodeURIComponent(tag)}`;
    const address = new URL(window.location.href);
    address.searchParams.set('lang', tag);
    window.history.replaceState(null, '', address);
    showCaret();
    audit();
  }

  // --- Wiring ----------------------------------------------------------------------------------

  editor.addEventListener('input', () => {
    if (opened && editor.value.trim() && sniff(editor.value) !== opened.format) opened = null;
    renderGutter();
    showCaret();
    schedule();
  });
  editor.addEventListener('scroll', syncScroll);
  for (const type of ['keyup', 'click', 'select', 'focus']) editor.addEventListener(type, showCaret);
  editor.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      audit();
    }
  });
  profile.addEventListener('change', audit);
  // With a script, the picker acts at once; its button is for pages without one.
  $('language-apply').hidden = true;
  picker.addEventListener('change', () => useLanguage(picker.value));
  fileInput.addEventListener('change', () => {
    const [file] = fileInput.files;
    if (file) open(file).finally(() => { fileInput.value = ''; });
  });
  const area = $('editor');
  area.addEventListener('dragover', (event) => {
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  });
  area.addEventListener('drop', (event) => {
    const [file] = event.dataTransfer.files;
    if (!file) return;
    event.preventDefault();
    open(file);
  });
  $('starter').addEventListener('click', starter);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const by = event.submitter;
    if (by && by.name === 'download') download(by.value);
    else audit();
  });
  window.addEventListener('resize', renderMarks);

  renderGutter();
  showCaret();
  if (editor.value.trim()) audit();
})();
