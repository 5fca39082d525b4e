/** Cleaning applied to raw model output before any answer extraction. */

const CLOSED_THINK = /<think>[\s\S]*?<\/think>/gi;
const CLOSE_TAG = '</think>';
const OPEN_TAG = '<think>';

/**
 * Removes reasoning blocks so that answers "tried out" while thinking are never scored.
 * - `<think>…</think>` blocks are removed wherever they are.
 * - A stray `</think>` (templates that put the opening tag in the prompt) drops everything before it.
 * - A `<think>` that never closes means the output was cut off mid-reasoning, so everything after it
 *   is dropped: a truncated thought is not a final answer.
 */
export function stripThinking(text: string): string {
  let out = text.replace(CLOSED_THINK, '\n');
  const lastClose = out.toLowerCase().lastIndexOf(CLOSE_TAG);
  if (lastClose !== -1) out = out.slice(lastClose + CLOSE_TAG.length);
  const open = out.toLowerCase().indexOf(OPEN_TAG);
  if (open !== -1) out = out.slice(0, open);
  return out;
}

/** Removes markdown emphasis, code ticks and heading marks, which models wrap around answers ("**B**"). */
export function stripMarkdown(text: string): string {
  return (
    text
      .replace(/`+/g, '')
      .replace(/\*\*|__/g, '')
      // Single-char emphasis only when it wraps text, so "2*3*4" and snake_case survive.
      .replace(/(^|[^\p{L}\p{N}*])\*(?=\S)([^*\n]*?\S)\*(?![\p{L}\p{N}])/gu, '$1$2')
      .replace(/(^|[^\p{L}\p{N}_])_(?=\S)([^_\n]*?\S)_(?![\p{L}\p{N}])/gu, '$1$2')
      .replace(/^[ \t]*#{1,6}[ \t]+/gm, '')
  );
}

/** Full-width ASCII (Ａ, ：, （Ｂ）) is common in CJK output; map it to ASCII without touching ①–⑩. */
export function toHalfWidth(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ');
}

/** The cleaning every extractor applies first; idempotent. */
export function preprocessOutput(output: string): string {
  return toHalfWidth(stripMarkdown(stripThinking(output))).replace(/\r\n?/g, '\n').trim();
}

/** Content of the last `\boxed{…}` / `\fbox{…}` (balanced braces), or null. */
export function extractBoxed(text: string): string | null {
  const re = /\\(?:boxed|fbox)\s*\{/g;
  let last: string | null = null;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    let depth = 1;
    let i = m.index + m[0].length;
    const start = i;
    for (; i < text.length && depth > 0; i++) {
      if (text[i] === '{') depth++;
      else if (text[i] === '}') depth--;
    }
    if (depth === 0) last = text.slice(start, i - 1).trim();
  }
  return last;
}

/** Non-empty trimmed lines. */
export function nonEmptyLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}
