/** Science/Statistics: dice, coin, card and marble probability with exact answers. */

import type { Language, ProblemType } from '../benchmark';
import {
  binaryDraft,
  type Draft,
  type ItemMeta,
  LANGS,
  type Level,
  mcqaDraft,
  pickDistractors,
  shortDraft,
  SUBJECTS,
  t,
} from './builder';
import {
  type Fraction,
  frac,
  fracEquals,
  formatDecimal,
  formatFrac,
  isTerminating,
  mulFrac,
  subFrac,
} from './fraction';
import { Rng } from './prng';

interface ProbQuestion {
  /** Question without format instruction. */
  question: string;
  /** Statement for Binary given a claimed probability. */
  claim: (p: string) => string;
  answer: Fraction;
  /** Typical mistakes (values in (0, 1)). */
  mistakes: Fraction[];
  topic: string;
  level: Level;
}

const ROTATION: readonly ProblemType[] = ['short-form', 'MCQA', 'Binary'];

function meta(topic: string, level: Level): ItemMeta {
  return {
    subject: SUBJECTS.statistics,
    taskType: 'Reasoning',
    targetType: 'General',
    category: 'probability',
    level,
    topic,
  };
}

const inUnit = (f: Fraction): boolean => f.num > 0 && f.num < f.den;

/** Wrong-but-plausible fractions: typical mistakes, then near misses around the answer. */
function fractionDistractors(rng: Rng, q: ProbQuestion): string[] {
  const a = q.answer;
  const near: Fraction[] = [
    subFrac(frac(1, 1), a),
    frac(a.num + 1, a.den),
    frac(a.num - 1, a.den),
    frac(a.num, a.den + 1),
    frac(a.num * 2, a.den),
    frac(a.num, a.den * 2),
    frac(a.num + 2, a.den),
    frac(a.num, a.den + 2),
    frac(a.num + 1, a.den + 1),
  ];
  const common: Fraction[] = [frac(1, 3), frac(2, 3), frac(1, 4), frac(3, 4), frac(1, 6), frac(5, 6), frac(3, 8), frac(5, 12)];
  const good = (list: Fraction[]) =>
    list.filter((f) => inUnit(f) && !fracEquals(f, a)).map(formatFrac);
  const fallback = good(near);
  const extra = good(common).filter((c) => !fallback.includes(c));
  const picked = pickDistractors(rng, formatFrac(a), rng.shuffle(good(q.mistakes)).slice(0, 2), fallback.length >= 3 ? fallback : [...fallback, ...extra]);
  return picked;
}

function emit(rng: Rng, lang: Language, q: ProbQuestion, type: ProblemType, decimal: boolean): Draft {
  const m = meta(q.topic, q.level);
  const answer = formatFrac(q.answer);
  if (type === 'MCQA') {
    return mcqaDraft(rng, lang, m, q.question, answer, fractionDistractors(rng, q));
  }
  if (type === 'Binary') {
    const truth = rng.bool();
    const claimed = truth ? answer : (fractionDistractors(rng, q)[0] as string);
    return binaryDraft(lang, m, q.claim(claimed), truth);
  }
  if (decimal && isTerminating(q.answer)) {
    const fmt = t(lang, ' Give the answer as an exact decimal, not a fraction.', '\n답은 분수가 아닌 소수로 정확히 쓰시오.');
    return shortDraft(lang, m, `${q.question}${fmt}`, formatDecimal(q.answer));
  }
  const fmt = t(
    lang,
    ' Give the answer as a fraction in lowest terms, written as a/b.',
    '\n답은 기약분수로 a/b 꼴로 쓰시오.',
  );
  return shortDraft(lang, m, `${q.question}${fmt}`, answer);
}

// ---------------------------------------------------------------- one die

interface DieEvent {
  en: string;
  ko: string;
  faces: number[];
}

function dieEvents(): DieEvent[] {
  const events: DieEvent[] = [
    { en: 'an even number', ko: '짝수', faces: [2, 4, 6] },
    { en: 'an odd number', ko: '홀수', faces: [1, 3, 5] },
    { en: 'a prime number', ko: '소수', faces: [2, 3, 5] },
    { en: 'a multiple of 3', ko: '3의 배수', faces: [3, 6] },
    { en: 'a divisor of 6', ko: '6의 약수', faces: [1, 2, 3, 6] },
  ];
  for (let k = 1; k <= 4; k++) {
    events.push({
      en: `a number greater than ${k}`,
      ko: `${k}보다 큰 수`,
      faces: [1, 2, 3, 4, 5, 6].filter((f) => f > k),
    });
  }
  for (const k of [2, 4, 5]) {
    events.push({ en: `a number less than or equal to ${k}`, ko: `${k} 이하의 수`, faces: [1, 2, 3, 4, 5, 6].filter((f) => f <= k) });
  }
  return events;
}

function dieQuestion(lang: Language, e: DieEvent): ProbQuestion {
  const answer = frac(e.faces.length, 6);
  return {
    question: t(
      lang,
      `A fair six-sided die is rolled once. What is the probability of rolling ${e.en}?`,
      `공정한 주사위 한 개를 한 번 던질 때, ${e.ko}의 눈이 나올 확률을 구하시오.`,
    ),
    claim: (p) =>
      t(
        lang,
        `When a fair six-sided die is rolled once, the probability of rolling ${e.en} is ${p}.`,
        `공정한 주사위 한 개를 한 번 던질 때, ${e.ko}의 눈이 나올 확률은 ${p}이다.`,
      ),
    answer,
    mistakes: [frac(e.faces.length, 5), frac(e.faces.length + 1, 6), frac(Math.max(1, e.faces.length - 1), 6)],
    topic: 'one-die',
    level: 'middle',
  };
}

// ---------------------------------------------------------------- two dice

function twoDiceCount(pred: (a: number, b: number) => boolean): number {
  let c = 0;
  for (let a = 1; a <= 6; a++) for (let b = 1; b <= 6; b++) if (pred(a, b)) c++;
  return c;
}

function twoDiceQuestion(rng: Rng, lang: Language, form: number): ProbQuestion {
  const lead = t(lang, 'Two fair six-sided dice are rolled.', '공정한 주사위 두 개를 동시에 던질 때,');
  let en: string;
  let ko: string;
  let count: number;
  if (form === 0) {
    const s = rng.int(2, 12);
    en = `the sum of the two numbers is ${s}`;
    ko = `나온 두 눈의 수의 합이 ${s}일`;
    count = twoDiceCount((a, b) => a + b === s);
  } else if (form === 1) {
    const s = rng.int(8, 11);
    en = `the sum of the two numbers is at least ${s}`;
    ko = `나온 두 눈의 수의 합이 ${s} 이상일`;
    count = twoDiceCount((a, b) => a + b >= s);
  } else if (form === 2) {
    en = 'both dice show the same number';
    ko = '두 눈의 수가 서로 같을';
    count = twoDiceCount((a, b) => a === b);
  } else if (form === 3) {
    en = 'the product of the two numbers is even';
    ko = '두 눈의 수의 곱이 짝수일';
    count = twoDiceCount((a, b) => (a * b) % 2 === 0);
  } else {
    const s = rng.int(3, 5);
    en = `the sum of the two numbers is at most ${s}`;
    ko = `나온 두 눈의 수의 합이 ${s} 이하일`;
    count = twoDiceCount((a, b) => a + b <= s);
  }
  return {
    question: t(lang, `${lead} What is the probability that ${en}?`, `${lead} ${ko} 확률을 구하시오.`),
    claim: (p) => t(lang, `${lead} The probability that ${en} is ${p}.`, `${lead} ${ko} 확률은 ${p}이다.`),
    answer: frac(count, 36),
    mistakes: [frac(count, 11), frac(count + 1, 36), frac(Math.max(1, count - 1), 36), frac(count, 12)],
    topic: 'two-dice',
    level: 'middle',
  };
}

// ---------------------------------------------------------------- coins

function binom(nn: number, k: number): number {
  let r = 1;
  for (let i = 1; i <= k; i++) r = (r * (nn - k + i)) / i;
  return r;
}

function coinQuestion(rng: Rng, lang: Language, form: number): ProbQuestion {
  const coins = rng.int(2, 5);
  const total = 2 ** coins;
  const word = ['', '', 'Two', 'Three', 'Four', 'Five'][coins] as string;
  const lead = t(lang, `${word} fair coins are tossed.`, `공정한 동전 ${coins}개를 동시에 던질 때,`);
  let en: string;
  let ko: string;
  let count: number;
  let mistakes: Fraction[];
  if (form === 0) {
    const k = rng.int(1, coins - 1);
    en = `exactly ${k} of them ${k === 1 ? 'lands' : 'land'} heads`;
    ko = `앞면이 정확히 ${k}개 나올`;
    count = binom(coins, k);
    mistakes = [frac(1, coins + 1), frac(k, coins), frac(1, total)];
  } else if (form === 1) {
    en = 'at least one of them lands heads';
    ko = '적어도 한 개는 앞면이 나올';
    count = total - 1;
    mistakes = [frac(1, total), frac(1, 2), frac(coins, total)];
  } else {
    en = 'all of them land on the same side';
    ko = '모두 같은 면이 나올';
    count = 2;
    mistakes = [frac(1, total), frac(1, coins), frac(1, 2)];
  }
  return {
    question: t(lang, `${lead} What is the probability that ${en}?`, `${lead} ${ko} 확률을 구하시오.`),
    claim: (p) => t(lang, `${lead} The probability that ${en} is ${p}.`, `${lead} ${ko} 확률은 ${p}이다.`),
    answer: frac(count, total),
    mistakes,
    topic: 'coins',
    level: 'middle',
  };
}

// ---------------------------------------------------------------- cards

interface CardEvent {
  en: string;
  ko: string;
  count: number;
}

const CARD_EVENTS: CardEvent[] = [
  { en: 'a heart', ko: '하트', count: 13 },
  { en: 'an ace', ko: '에이스(A)', count: 4 },
  { en: 'a face card (jack, queen or king)', ko: '그림 카드(J, Q, K)', count: 12 },
  { en: 'a red card', ko: '빨간색 카드', count: 26 },
  { en: 'a red king', ko: '빨간색 킹(K)', count: 2 },
  { en: 'an ace or a heart', ko: '에이스(A)이거나 하트인 카드', count: 16 },
  { en: 'a king or a queen', ko: '킹(K) 또는 퀸(Q)', count: 8 },
  { en: 'a number card from 2 to 10', ko: '2부터 10까지의 숫자 카드', count: 36 },
  { en: 'a black face card', ko: '검은색 그림 카드', count: 6 },
  { en: 'the queen of spades', ko: '스페이드 퀸(Q)', count: 1 },
];

const DECK_EN = 'a standard 52-card deck (no jokers)';
const DECK_KO = '조커를 제외한 트럼프 카드 52장';

function cardQuestion(lang: Language, e: CardEvent): ProbQuestion {
  return {
    question: t(
      lang,
      `One card is drawn at random from ${DECK_EN}. What is the probability that it is ${e.en}?`,
      `${DECK_KO} 중에서 한 장을 임의로 뽑을 때, ${e.ko}일 확률을 구하시오.`,
    ),
    claim: (p) =>
      t(
        lang,
        `When one card is drawn at random from ${DECK_EN}, the probability that it is ${e.en} is ${p}.`,
        `${DECK_KO} 중에서 한 장을 임의로 뽑을 때, ${e.ko}일 확률은 ${p}이다.`,
      ),
    answer: frac(e.count, 52),
    mistakes: [frac(e.count, 54), frac(e.count + 1, 52), frac(1, e.count + 1)],
    topic: 'cards-single',
    level: 'middle',
  };
}

interface TwoCardEvent {
  en: string;
  ko: string;
  count: number;
}

const TWO_CARD_EVENTS: TwoCardEvent[] = [
  { en: 'both cards are aces', ko: '두 장 모두 에이스(A)', count: 4 },
  { en: 'both cards are hearts', ko: '두 장 모두 하트', count: 13 },
  { en: 'both cards are red', ko: '두 장 모두 빨간색 카드', count: 26 },
  { en: 'both cards are face cards (jack, queen or king)', ko: '두 장 모두 그림 카드(J, Q, K)', count: 12 },
  { en: 'both cards are kings', ko: '두 장 모두 킹(K)', count: 4 },
];

function twoCardQuestion(lang: Language, e: TwoCardEvent, replace: boolean): ProbQuestion {
  const single = frac(e.count, 52);
  const withRep = mulFrac(single, single);
  const without = mulFrac(single, frac(e.count - 1, 51));
  const answer = replace ? withRep : without;
  const howEn = replace
    ? 'Two cards are drawn one at a time with replacement (the first card is put back and the deck reshuffled)'
    : 'Two cards are drawn at random without replacement';
  const howKo = replace
    ? '한 장을 뽑아 확인하고 다시 넣은 뒤 잘 섞어 또 한 장을 뽑을 때'
    : '동시에 두 장을 임의로 뽑을 때';
  return {
    question: t(
      lang,
      `${howEn} from ${DECK_EN}. What is the probability that ${e.en}?`,
      `${DECK_KO} 중에서 ${howKo}, ${e.ko}일 확률을 구하시오.`,
    ),
    claim: (p) =>
      t(
        lang,
        `${howEn} from ${DECK_EN}. The probability that ${e.en} is ${p}.`,
        `${DECK_KO} 중에서 ${howKo}, ${e.ko}일 확률은 ${p}이다.`,
      ),
    answer,
    mistakes: [replace ? without : withRep, single, frac(e.count * 2, 52 * 51)],
    topic: replace ? 'cards-two-with-replacement' : 'cards-two-without-replacement',
    level: 'high',
  };
}

// ---------------------------------------------------------------- marbles

function marbleQuestion(rng: Rng, lang: Language, form: number): ProbQuestion {
  const r = rng.int(2, 9);
  let b = rng.int(2, 9);
  if (b === r) b += 1;
  const total = r + b;
  const bagEn = `A bag contains ${r} red marbles and ${b} blue marbles.`;
  const bagKo = `주머니에 빨간 구슬 ${r}개와 파란 구슬 ${b}개가 들어 있다.`;
  let en: string;
  let ko: string;
  let answer: Fraction;
  let mistakes: Fraction[];
  let level: Level = 'middle';
  if (form === 0) {
    en = 'One marble is drawn at random. What is the probability that it is blue?';
    ko = '이 주머니에서 구슬 한 개를 임의로 꺼낼 때, 파란 구슬일 확률을 구하시오.';
    answer = frac(b, total);
    mistakes = [frac(r, total), frac(b, r), frac(1, total)];
  } else if (form === 1) {
    en = 'Two marbles are drawn at random without replacement. What is the probability that both are red?';
    ko = '이 주머니에서 구슬 두 개를 동시에 임의로 꺼낼 때, 두 개 모두 빨간 구슬일 확률을 구하시오.';
    answer = frac(r * (r - 1), total * (total - 1));
    mistakes = [frac(r * r, total * total), frac(r, total), frac(r - 1, total - 1)];
    level = 'high';
  } else {
    en = 'Two marbles are drawn at random without replacement. What is the probability that one is red and the other is blue?';
    ko = '이 주머니에서 구슬 두 개를 동시에 임의로 꺼낼 때, 빨간 구슬과 파란 구슬이 한 개씩 나올 확률을 구하시오.';
    answer = frac(2 * r * b, total * (total - 1));
    mistakes = [frac(r * b, total * (total - 1)), frac(2 * r * b, total * total), frac(1, 2)];
    level = 'high';
  }
  const question = t(lang, `${bagEn} ${en}`, `${bagKo} ${ko}`);
  const claimBody = (p: string) =>
    lang === 'Korean'
      ? `${bagKo} ${ko.replace(/ 확률을 구하시오\.$/, ` 확률은 ${p}이다.`)}`
      : `${bagEn} ${en.replace(/ What is the probability that (.*)\?$/, ` The probability that $1 is ${p}.`)}`;
  return { question, claim: claimBody, answer, mistakes, topic: 'marbles', level };
}

// ---------------------------------------------------------------- assembly

export function probabilityDrafts(): Draft[] {
  const out: Draft[] = [];
  for (const lang of LANGS) {
    const rng = new Rng(`probability:${lang}`);
    const questions: ProbQuestion[] = [];
    for (const e of dieEvents()) questions.push(dieQuestion(lang, e));
    for (let i = 0; i < 12; i++) questions.push(twoDiceQuestion(rng, lang, i % 5));
    for (let i = 0; i < 9; i++) questions.push(coinQuestion(rng, lang, i % 3));
    for (const e of CARD_EVENTS) questions.push(cardQuestion(lang, e));
    for (const e of TWO_CARD_EVENTS) {
      questions.push(twoCardQuestion(lang, e, false));
      if (e.count !== 26) questions.push(twoCardQuestion(lang, e, true));
    }
    for (let i = 0; i < 9; i++) questions.push(marbleQuestion(rng, lang, i % 3));
    questions.forEach((q, i) => {
      const offset = lang === 'Korean' ? 1 : 0;
      const type = ROTATION[(i + offset) % ROTATION.length] as ProblemType;
      out.push(emit(rng, lang, q, type, q.topic === 'coins' && i % 2 === 0));
    });
  }
  return out;
}
