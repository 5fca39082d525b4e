/**
 * Calendar dates as a grader reads them: "March 1", "March 1st", "1 March", "the 1st of March",
 * "Mar. 1, 1919", "1919-03-01" and Korean "3월 1일" all name the same day. Numeric day/month forms
 * ("3/1") are not read: their order differs between countries.
 */

export interface CalendarDate {
  month: number;
  day: number;
  year: number | null;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const ORDINAL_WORDS = [
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth',
  'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth',
];
const ORDINAL = String.raw`(?:(?:twenty|thirty)[-\s]?)?(?:${ORDINAL_WORDS.join('|')})|thirtieth`;
const DAY = String.raw`(\d{1,2}(?:st|nd|rd|th)?|${ORDINAL})`;
const YEAR = String.raw`(?:,?\s+(\d{4}))?`;
const MONTH_FIRST_BODY = String.raw`(?:the\s+)?${MONTH}\s+(?:the\s+)?${DAY}(?![\d])${YEAR}`;
const DAY_FIRST_BODY = String.raw`(?:the\s+)?${DAY}(?:\s+of)?\s+${MONTH}(?![a-z])${YEAR}`;
const KOREAN_BODY = String.raw`(?:(\d{4})\s*년\s*)?(\d{1,2})\s*월\s*(\d{1,2})\s*일`;
const MONTH_FIRST = new RegExp(`^${MONTH_FIRST_BODY}$`, 'i');
const DAY_FIRST = new RegExp(`^${DAY_FIRST_BODY}$`, 'i');
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const KOREAN = new RegExp(`^${KOREAN_BODY}$`, 'u');

/** "1st" → 1, "fifteenth" → 15, "twenty-first" → 21. */
function dayOf(text: string): number {
  const digits = /^\d+/.exec(text);
  if (digits) return Number(digits[0]);
  const t = text.toLowerCase();
  if (t === 'thirtieth') return 30;
  const tens = t.startsWith('twenty') ? 20 : t.startsWith('thirty') ? 30 : 0;
  const unit = t.replace(/^(?:twenty|thirty)[-\s]?/, '');
  return tens + ORDINAL_WORDS.indexOf(unit) + 1;
}

function valid(month: number, day: number, year: number | null): CalendarDate | null {
  const days = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  if (days === undefined || day < 1 || day > days) return null;
  return { month, day, year };
}

const monthIndex = (name: string) => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
const yearOf = (text: string | undefined) => (text === undefined ? null : Number(text));

/** The date a whole phrase names, or null. */
export function parseDate(text: string): CalendarDate | null {
  const t = text.trim().replace(/[.。]+$/u, '').trim();
  let m = MONTH_FIRST.exec(t);
  if (m) return valid(monthIndex(m[1]!), dayOf(m[2]!), yearOf(m[3]));
  m = DAY_FIRST.exec(t);
  if (m) return valid(monthIndex(m[2]!), dayOf(m[1]!), yearOf(m[3]));
  m = ISO.exec(t);
  if (m) return valid(Number(m[2]), Number(m[3]), Number(m[1]));
  m = KOREAN.exec(t);
  if (m) return valid(Number(m[2]), Number(m[3]), yearOf(m[1]));
  return null;
}

const ANY_DATE = new RegExp(`${MONTH_FIRST_BODY}|${DAY_FIRST_BODY}|${KOREAN_BODY}`, 'giu');

/** The one date a sentence names ("It is observed on June 6th every year"), or null when none or several. */
export function findDate(text: string): CalendarDate | null {
  const found = new Map<string, CalendarDate>();
  for (const m of text.matchAll(ANY_DATE)) {
    const date = parseDate(m[0]);
    if (date) found.set(`${date.year ?? ''}-${date.month}-${date.day}`, date);
  }
  return found.size === 1 ? [...found.values()][0]! : null;
}

/**
 * Whether a stated date answers a gold date: same month and day; a year in the gold must be matched,
 * a year the model adds to a year-less gold ("15 August 1945" for "August 15") is accepted.
 */
export function datesMatch(stated: CalendarDate, gold: CalendarDate): boolean {
  if (stated.month !== gold.month || stated.day !== gold.day) return false;
  return gold.year === null || stated.year === gold.year;
}
