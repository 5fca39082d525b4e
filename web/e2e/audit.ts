/**
 * Page audits for browser tests (issue #13 item 7): layout defects a width can cause and English left in the Korean UI.
 * Each audit runs inside the page on what is rendered now (closed <details> are opened first, so their content counts)
 * and returns findings as short strings, empty when the page is clean.
 */
import type { Page } from 'playwright-core';

/** Opens every <details> so that its content is laid out and audited too. */
export async function openAllDetails(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const details of document.querySelectorAll('details')) details.open = true;
  });
}

/**
 * Layout findings at the current viewport:
 * - `overflow`: the document is wider than the viewport (scrollWidth > clientWidth);
 * - `clipped`: a control (button, link styled as a button, input, select) cut off by an ancestor that hides overflow,
 *   pushed past the right edge outside any scroll container, or whose own label does not fit in it;
 * - `table`: a table wider than its parent that is not inside a horizontal scroll container;
 * - `broken`: a word laid out on two lines ("Concurrent requ / ests"), Latin or Hangul.
 */
export function layoutFindings(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const root = document.documentElement;
    const width = root.clientWidth;
    if (root.scrollWidth > width + 1) out.push(`overflow: document ${root.scrollWidth} px wide in a ${width} px viewport`);
    const describe = (el: Element) => {
      const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
      const id = el.id ? `#${el.id}` : '';
      const cls = [...el.classList].slice(0, 2).map((c) => `.${c}`).join('');
      return `${el.tagName.toLowerCase()}${id}${cls}${text ? ` "${text}"` : ''}`;
    };
    const shown = (el: Element) => el.checkVisibility({ checkOpacity: false, checkVisibilityCSS: true }) && el.getBoundingClientRect().width > 0;
    /** The nearest ancestor that scrolls horizontally, or null. */
    const scroller = (el: Element) => {
      for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) {
        const x = getComputedStyle(up).overflowX;
        if (x === 'auto' || x === 'scroll') return up;
      }
      return null;
    };
    const controls = document.querySelectorAll<HTMLElement>('button, a.button, input:not([type="hidden"]), select, textarea, summary');
    for (const control of controls) {
      if (!shown(control) || control.closest('.visually-hidden')) continue;
      const box = control.getBoundingClientRect();
      // Cut off by an ancestor that hides its overflow (scroll containers let the user reach it).
      for (let up = control.parentElement; up && up !== document.body; up = up.parentElement) {
        const style = getComputedStyle(up);
        if (style.overflowX === 'auto' || style.overflowX === 'scroll') break;
        if (style.overflowX !== 'hidden' && style.overflowX !== 'clip' && style.overflowY !== 'hidden' && style.overflowY !== 'clip') continue;
        if (up.classList.contains('visually-hidden')) break;
        const clip = up.getBoundingClientRect();
        if (box.right > clip.right + 1 || box.left < clip.left - 1 || box.bottom > clip.bottom + 1 || box.top < clip.top - 1) {
          out.push(`clipped: ${describe(control)} by ${describe(up).slice(0, 40)}`);
        }
        break;
      }
      if (box.right > width + 1 && scroller(control) === null) out.push(`clipped: ${describe(control)} ends at ${Math.round(box.right)} px`);
      const tag = control.tagName.toLowerCase();
      if ((tag === 'button' || tag === 'a') && control.scrollWidth > control.clientWidth + 1) {
        out.push(`clipped: ${describe(control)} label ${control.scrollWidth} px in ${control.clientWidth} px`);
      }
    }
    for (const table of document.querySelectorAll('table')) {
      if (!shown(table)) continue;
      const parent = table.parentElement!;
      if (table.getBoundingClientRect().width > parent.clientWidth + 1 && scroller(table) === null) {
        out.push(`table: ${describe(table).slice(0, 40)} is ${Math.round(table.getBoundingClientRect().width)} px in ${parent.clientWidth} px without a scroll container`);
      }
    }
    // Words on two lines: each run of letters (Latin or Hangul) must sit on one line.
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      // Machine values (URLs, ids, paths, model ids) may break where they must; they are not words.
      if (!el || el.closest('script, style, pre, textarea, code, kbd, samp, .mono') || !shown(el)) continue;
      // Visually hidden text (a 1 px clipped box for screen readers, e.g. a table header on a phone) is not read on screen.
      let hidden = false;
      for (let up: Element | null = el; up && up !== document.body && !hidden; up = up.parentElement) hidden = up.getBoundingClientRect().width <= 1;
      if (hidden) continue;
      const text = (node as Text).data;
      for (const match of text.matchAll(/[A-Za-z가-힣][A-Za-z가-힣'’]+/g)) {
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        if (tops.size > 1) out.push(`broken: "${match[0]}" in ${describe(el).slice(0, 60)}`);
      }
    }
    return [...new Set(out)];
  });
}

/** Latin words allowed in the Korean UI: product, format and protocol names, statistics, units. */
export const KOREAN_UI_ALLOWED_WORDS = [
  'BenchHub', 'Plus', 'GraphQL', 'GraphiQL', 'API', 'URL', 'HTTP', 'HTTPS', 'ID', 'CSV', 'JSON', 'JSONL', 'HTML', 'Markdown', 'LaTeX',
  'BibTeX', 'PDF', 'MCQA', 'LLM', 'OpenAI', 'OIDC', 'Redis', 'SQLite', 'PostgreSQL', 'BullMQ', 'Wilson', 'McNemar', 'Holm', 'Bonferroni',
  'Clopper', 'Pearson', 'OK', 'n', 'p', 'k', 'ms', 's', 'h', 'min', 'KB', 'MB', 'GB', 'tok', 'Bearer', 'BENCHHUB', 'SECRET', 'IP', 'CSP',
  'Ctrl', 'Enter', 'Cmd', 'Esc', 'MTok',
];

/**
 * Latin-letter UI text on a page shown in Korean. Exempt: `data` (model names, goals, e-mail addresses, token names,
 * benchmark names: what the test put in), content marked `translate="no"` (benchmark items and outputs) or set as code
 * (`code`, `kbd`, `pre`, `samp`, `.mono`: ids, model ids, URLs, answers); URLs, e-mail addresses, paths and
 * `KOREAN_UI_ALLOWED_WORDS` are allowed anywhere. Visible text, option labels and the title / placeholder /
 * aria-label attributes count. Returns "text … (where)" lines.
 */
export function latinUiText(page: Page, data: readonly string[] = [], allowed: readonly string[] = KOREAN_UI_ALLOWED_WORDS): Promise<string[]> {
  // Longest first, so that "gpt-4o-mini" goes before "gpt-4o".
  const names = [...new Set(data)].filter((text) => /[A-Za-z]/.test(text)).sort((a, b) => b.length - a.length);
  return page.evaluate(([allowedWords, dataTexts]: [string[], string[]]) => {
    const allow = new Set(allowedWords);
    const exempt = 'script, style, code, kbd, pre, samp, .mono, [translate="no"], [aria-hidden="true"]';
    const found = new Map<string, string>();
    const check = (text: string, where: Element) => {
      let stripped = text;
      for (const name of dataTexts) stripped = stripped.split(name).join(' ');
      stripped = stripped
        .replace(/`[^`]*`/g, ' ') // commands and headers set as code
        .replace(/"[^"]*"|“[^”]*”/g, ' ') // quoted examples and the user's own words
        .replace(/\bhttps?:\/\/\S+/g, ' ')
        .replace(/\S+@\S+\.\S+/g, ' ')
        .replace(/(?:\b[\w.-]+)?\/[\w./-]+/g, ' ') // paths and ids such as /models, baseline/random, Science/Math
        .replace(/\b\w+(?:\.\w+)+\b/g, ' ') // dotted identifiers (user.create)
        .replace(/[\w-]*\d[\w.:-]*/g, ' '); // anything with a digit: numbers, units (5xx, 1m), times, hashes
      const words = (stripped.match(/[A-Za-z][A-Za-z'’-]*/g) ?? [])
        .map((w) => w.replace(/['’-]+$/, ''))
        // One letter (group letters, model A/B, n) and codes of up to three capitals (EN, KO, USD, CLI) are symbols.
        .filter((w) => w.length > 1 && !/^[A-Z]{2,3}$/.test(w) && !allow.has(w));
      if (words.length === 0) return;
      const tag = `${where.tagName.toLowerCase()}${where.id ? `#${where.id}` : ''}${[...where.classList].slice(0, 2).map((c) => `.${c}`).join('')}`;
      const key = text.trim().replace(/\s+/g, ' ').slice(0, 80);
      if (!found.has(key)) found.set(key, tag);
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || el.closest(exempt)) continue;
      const inOption = el.closest('option, optgroup');
      if (!inOption && !el.checkVisibility({ checkVisibilityCSS: true })) continue;
      if (inOption && !inOption.closest('select')?.checkVisibility()) continue;
      check((node as Text).data, el);
    }
    for (const el of document.body.querySelectorAll('[title], [placeholder], [aria-label], optgroup[label]')) {
      if (el.closest(exempt) || (!el.checkVisibility() && !el.closest('select'))) continue;
      for (const name of ['title', 'placeholder', 'aria-label', 'label']) {
        const value = el.getAttribute(name);
        if (value) check(value, el);
      }
    }
    return [...found].map(([text, where]) => `${text} (${where})`);
  }, [[...allowed], names] as [string[], string[]]);
}
