/** Tech./Coding: outputs of tiny Python 3 snippets, computed here with Python semantics. */

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
import { Rng } from './prng';

// ---------------------------------------------------------------- Python semantics

/** Python's `a // b` for ints (floor division). */
export function pyFloorDiv(a: number, b: number): number {
  if (b === 0) throw new Error('ZeroDivisionError');
  return Math.floor(a / b);
}

/** Python's `a % b` for ints (result has the sign of b). */
export function pyMod(a: number, b: number): number {
  return a - b * pyFloorDiv(a, b);
}

/** repr() of a Python float for values whose shortest decimal form has no exponent. */
export function pyFloatRepr(x: number): string {
  if (!Number.isFinite(x)) throw new Error('non-finite');
  if (Number.isInteger(x)) return `${x}.0`;
  const s = String(x);
  if (s.includes('e')) throw new Error(`exponent form not supported: ${s}`);
  return s;
}

/** str() of a Python list of ints: "[1, 2, 3]". */
export function pyIntList(xs: readonly number[]): string {
  return `[${xs.join(', ')}]`;
}

/** Python slicing s[start:stop] for non-negative indices. */
function pySlice(s: string, start: number, stop: number): string {
  return s.slice(Math.min(start, s.length), Math.min(stop, s.length));
}

/** len(range(a, b, step)) for step > 0. */
function rangeLen(a: number, b: number, step: number): number {
  return Math.max(0, Math.ceil((b - a) / step));
}

function rangeList(a: number, b: number, step = 1): number[] {
  const out: number[] = [];
  for (let v = a; v < b; v += step) out.push(v);
  return out;
}

// ---------------------------------------------------------------- snippets

interface Snippet {
  code: string;
  output: string;
  /** Plausible wrong outputs. */
  wrong: string[];
  topic: string;
  level: Level;
}

const WORDS = ['hello', 'python', 'banana', 'korea', 'benchmark', 'data', 'seoul', 'apple', 'keyboard', 'algorithm', 'kimchi', 'code'];

type SnippetMaker = (rng: Rng) => Snippet;

const MAKERS: Record<string, SnippetMaker> = {
  len: (rng) => {
    const w = rng.pick(WORDS);
    const n = w.length;
    return { code: `print(len("${w}"))`, output: String(n), wrong: [String(n - 1), String(n + 1), String(n + 2)], topic: 'strings', level: 'elementary' };
  },
  floorDiv: (rng) => {
    const a = rng.int(-25, 60);
    const b = rng.int(2, 9);
    const q = pyFloorDiv(a, b);
    const trunc = Math.trunc(a / b);
    const wrong = [pyFloatRepr(a / b), String(q + 1), String(q - 1)];
    if (trunc !== q) wrong.unshift(String(trunc));
    return { code: `print(${a} // ${b})`, output: String(q), wrong, topic: 'integer-division', level: 'middle' };
  },
  mod: (rng) => {
    const a = rng.int(-25, 60);
    const b = rng.int(2, 9);
    const r = pyMod(a, b);
    const jsRem = a % b;
    const wrong = [String(pyFloorDiv(a, b)), String(r + 1), String(b - r)];
    if (jsRem !== r) wrong.unshift(String(jsRem));
    return { code: `print(${a} % ${b})`, output: String(r), wrong, topic: 'modulo', level: 'middle' };
  },
  trueDiv: (rng) => {
    const b = rng.pick([2, 4, 5, 8]);
    const a = rng.int(1, 40);
    const v = a / b;
    return {
      code: `print(${a} / ${b})`,
      output: pyFloatRepr(v),
      wrong: [String(pyFloorDiv(a, b)), pyFloatRepr(pyFloorDiv(a, b)), pyFloatRepr(v + 1), String(Math.round(v) + 1)],
      topic: 'true-division',
      level: 'middle',
    };
  },
  repeat: (rng) => {
    const s = rng.pick(['ab', 'xy', 'ha', 'no', 'ok', '-']);
    const n = rng.int(2, 4);
    return {
      code: `print("${s}" * ${n})`,
      output: s.repeat(n),
      wrong: [s.repeat(n + 1), s.repeat(n - 1), `${s}${n}`, `${s} `.repeat(n).trim()],
      topic: 'strings',
      level: 'elementary',
    };
  },
  concat: (rng) => {
    const a = rng.int(1, 9);
    const b = rng.int(1, 9);
    return {
      code: `print(str(${a}) + "${b}")`,
      output: `${a}${b}`,
      wrong: [String(a + b), `${a} ${b}`, `${b}${a}`, `${a}+${b}`],
      topic: 'types',
      level: 'middle',
    };
  },
  intParse: (rng) => {
    const a = rng.int(2, 50);
    const b = rng.int(1, 9);
    return {
      code: `print(int("${a}") + ${b})`,
      output: String(a + b),
      wrong: [`${a}${b}`, String(a + b + 1), String(a * b)],
      topic: 'types',
      level: 'middle',
    };
  },
  power: (rng) => {
    const base = rng.pick([2, 3]);
    const e = base === 2 ? rng.int(3, 12) : rng.int(2, 6);
    const v = base ** e;
    return {
      code: `print(${base} ** ${e})`,
      output: String(v),
      wrong: [String(base * e), String(base ** (e - 1)), String(base ** (e + 1)), String(base ^ e)],
      topic: 'arithmetic',
      level: 'middle',
    };
  },
  slice: (rng) => {
    const w = rng.pick(WORDS.filter((x) => x.length >= 5));
    const start = rng.int(0, 2);
    const stop = rng.int(start + 2, Math.min(w.length, start + 4));
    const out = pySlice(w, start, stop);
    return {
      code: `print("${w}"[${start}:${stop}])`,
      output: out,
      wrong: [
        pySlice(w, start, stop + 1),
        pySlice(w, start + 1, stop + 1),
        pySlice(w, Math.max(0, start - 1), stop),
        pySlice(w, start, stop - 1),
        pySlice(w, start + 1, stop),
      ],
      topic: 'slicing',
      level: 'high',
    };
  },
  negIndex: (rng) => {
    const w = rng.pick(WORDS);
    const k = rng.int(1, 3);
    const out = w.charAt(w.length - k);
    const wrong = [w.charAt(w.length - k - 1), w.charAt(k - 1), w.charAt(w.length - k + 1) || w.charAt(0), w.charAt(k)];
    return { code: `print("${w}"[-${k}])`, output: out, wrong, topic: 'slicing', level: 'high' };
  },
  reverse: (rng) => {
    const w = rng.pick(WORDS);
    const out = [...w].reverse().join('');
    return {
      code: `print("${w}"[::-1])`,
      output: out,
      wrong: [w, out.slice(1), w.slice(0, -1)],
      topic: 'slicing',
      level: 'high',
    };
  },
  upper: (rng) => {
    const w = rng.pick(WORDS);
    return {
      code: `print("${w}".upper())`,
      output: w.toUpperCase(),
      wrong: [w, w.charAt(0).toUpperCase() + w.slice(1), w.toUpperCase().slice(0, -1) + w.slice(-1)],
      topic: 'strings',
      level: 'elementary',
    };
  },
  sumList: (rng) => {
    const xs = Array.from({ length: rng.int(3, 5) }, () => rng.int(1, 20));
    const s = xs.reduce((a, b) => a + b, 0);
    return {
      code: `print(sum(${pyIntList(xs)}))`,
      output: String(s),
      wrong: [String(s + 1), String(s - 1), String(xs.length), String(Math.max(...xs))],
      topic: 'lists',
      level: 'middle',
    };
  },
  maxList: (rng) => {
    const xs = rng.sample(rangeList(1, 30), rng.int(4, 6));
    const sorted = [...xs].sort((a, b) => a - b);
    return {
      code: `print(max(${pyIntList(xs)}))`,
      output: String(sorted[sorted.length - 1]),
      wrong: [String(sorted[0]), String(xs[xs.length - 1]), String(sorted[sorted.length - 2]), String(sorted[1])],
      topic: 'lists',
      level: 'elementary',
    };
  },
  sorted: (rng) => {
    const xs = rng.sample(rangeList(1, 20), 4);
    const asc = [...xs].sort((a, b) => a - b);
    return {
      code: `print(sorted(${pyIntList(xs)}))`,
      output: pyIntList(asc),
      wrong: [
        pyIntList([...asc].reverse()),
        pyIntList(xs),
        pyIntList(asc.map(String).sort().map(Number)),
        pyIntList([asc[1]!, asc[0]!, asc[2]!, asc[3]!]),
        pyIntList([asc[0]!, asc[1]!, asc[3]!, asc[2]!]),
      ],
      topic: 'lists',
      level: 'middle',
    };
  },
  range: (rng) => {
    const a = rng.int(0, 5);
    const b = a + rng.int(3, 5);
    return {
      code: `print(list(range(${a}, ${b})))`,
      output: pyIntList(rangeList(a, b)),
      wrong: [pyIntList(rangeList(a, b + 1)), pyIntList(rangeList(a + 1, b + 1)), pyIntList(rangeList(a + 1, b))],
      topic: 'range',
      level: 'middle',
    };
  },
  rangeLen: (rng) => {
    const a = rng.int(0, 10);
    const b = a + rng.int(5, 30);
    const step = rng.int(2, 5);
    const n = rangeLen(a, b, step);
    return {
      code: `print(len(range(${a}, ${b}, ${step})))`,
      output: String(n),
      wrong: [String(n + 1), String(n - 1), String(b - a)],
      topic: 'range',
      level: 'high',
    };
  },
  sumRange: (rng) => {
    const nn = rng.int(4, 20);
    const s = (nn * (nn - 1)) / 2;
    return {
      code: `print(sum(range(${nn})))`,
      output: String(s),
      wrong: [String((nn * (nn + 1)) / 2), String(nn), String(s - 1)],
      topic: 'range',
      level: 'high',
    };
  },
  boolean: (rng) => {
    const a = rng.int(1, 9);
    const b = rng.int(1, 9);
    const c = rng.int(1, 9);
    const d = rng.int(1, 9);
    const op = rng.pick(['and', 'or'] as const);
    const left = a > b;
    const right = c < d;
    const v = op === 'and' ? left && right : left || right;
    return {
      code: `print(${a} > ${b} ${op} ${c} < ${d})`,
      output: v ? 'True' : 'False',
      wrong: [v ? 'False' : 'True', v ? 'false' : 'true', v ? 'true' : 'false', 'None'],
      topic: 'booleans',
      level: 'middle',
    };
  },
};

/** Fixed snippets whose output is certain. */
const FIXED: readonly Snippet[] = [
  { code: 'print(-7 // 2)', output: '-4', wrong: ['-3', '-3.5', '3'], topic: 'integer-division', level: 'high' },
  { code: 'print(round(2.5))', output: '2', wrong: ['3', '2.5', '3.0'], topic: 'rounding', level: 'high' },
  { code: 'print(round(3.5))', output: '4', wrong: ['3', '3.5', '4.0'], topic: 'rounding', level: 'high' },
  { code: 'print(bool(""))', output: 'False', wrong: ['True', 'None', '""'], topic: 'booleans', level: 'middle' },
  { code: 'print(bool("0"))', output: 'True', wrong: ['False', '0', 'None'], topic: 'booleans', level: 'middle' },
  { code: 'print(len([1, [2, 3], 4]))', output: '3', wrong: ['4', '2', '5'], topic: 'lists', level: 'middle' },
  { code: 'print("a,b,c".split(","))', output: "['a', 'b', 'c']", wrong: ['abc', "['a,b,c']", 'a b c'], topic: 'strings', level: 'high' },
  { code: 'print(10 / 5)', output: '2.0', wrong: ['2', '2.5', '0.5'], topic: 'true-division', level: 'middle' },
  { code: 'print(type(3 / 1).__name__)', output: 'float', wrong: ['int', 'str', 'number'], topic: 'types', level: 'high' },
  { code: 'print(3 == 3.0)', output: 'True', wrong: ['False', 'Error', 'None'], topic: 'booleans', level: 'middle' },
  { code: 'print("-".join(["a", "b", "c"]))', output: 'a-b-c', wrong: ['abc', '-a-b-c', "['a', 'b', 'c']"], topic: 'strings', level: 'high' },
  { code: 'print([1, 2, 3] + [4])', output: '[1, 2, 3, 4]', wrong: ['[5, 6, 7]', '10', '[1, 2, 3, [4]]'], topic: 'lists', level: 'middle' },
];

const ROTATION: readonly ProblemType[] = ['short-form', 'MCQA', 'Binary'];

function codeMeta(s: Snippet): ItemMeta {
  return { subject: SUBJECTS.coding, taskType: 'Reasoning', targetType: 'General', category: 'python-output', level: s.level, topic: s.topic };
}

/** Generic near misses so every snippet has enough distinct wrong outputs. */
function fallbackOutputs(output: string): string[] {
  if (/^-?\d+$/.test(output)) {
    const v = Number(output);
    return [v + 1, v - 1, v + 2, v - 2, v + 3].map(String);
  }
  if (/^[a-z]$/.test(output)) return [...'etaoinsrhl'].filter((c) => c !== output);
  return [];
}

function emitSnippet(rng: Rng, lang: Language, s: Snippet, type: ProblemType): Draft {
  const m = codeMeta(s);
  const wrongs = () => pickDistractors(rng, s.output, s.wrong, fallbackOutputs(s.output));
  if (type === 'MCQA') {
    return mcqaDraft(
      rng,
      lang,
      m,
      t(lang, `What does the following Python 3 code print?\n\n${s.code}`, `다음 파이썬 3 코드를 실행하면 무엇이 출력됩니까?\n\n${s.code}`),
      s.output,
      wrongs(),
    );
  }
  if (type === 'Binary') {
    const truth = rng.bool();
    const claimed = truth ? s.output : (wrongs()[0] as string);
    return binaryDraft(
      lang,
      m,
      t(lang, `Running \`${s.code}\` in Python 3 prints \`${claimed}\`.`, `파이썬 3에서 \`${s.code}\`의 출력 결과는 \`${claimed}\`이다.`),
      truth,
    );
  }
  // Program output is compared exactly: 2.0 is not 2, True is not true.
  return shortDraft(
    lang,
    { ...m, match: 'exact' },
    t(
      lang,
      `What does the following Python 3 code print?\n\n${s.code}\n\nAnswer with the exact output only.`,
      `다음 파이썬 3 코드를 실행하면 무엇이 출력됩니까?\n\n${s.code}\n\n출력 결과만 정확히 쓰시오.`,
    ),
    s.output,
  );
}

export function codingDrafts(): Draft[] {
  const out: Draft[] = [];
  for (const lang of LANGS) {
    const rng = new Rng(`coding:${lang}`);
    const snippets: Snippet[] = [];
    for (const make of Object.values(MAKERS)) {
      snippets.push(make(rng), make(rng));
    }
    snippets.push(...FIXED);
    snippets.forEach((s, i) => {
      const type = ROTATION[(i + (lang === 'Korean' ? 1 : 0)) % ROTATION.length] as ProblemType;
      out.push(emitSnippet(rng, lang, s, type));
    });
  }
  return out;
}
