/** Science/Chemistry (first 30 elements, basic facts) and Science/Physics (formulas, units). */

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
import { emitNumeric } from './math';
import { Rng } from './prng';

// ---------------------------------------------------------------- chemistry

export interface Element {
  z: number;
  symbol: string;
  en: string;
  /** Korean name; alternates in parentheses (e.g. 나트륨(소듐)). */
  ko: string;
}

/** The first 30 elements of the periodic table. */
export const ELEMENTS: readonly Element[] = [
  { z: 1, symbol: 'H', en: 'hydrogen', ko: '수소' },
  { z: 2, symbol: 'He', en: 'helium', ko: '헬륨' },
  { z: 3, symbol: 'Li', en: 'lithium', ko: '리튬' },
  { z: 4, symbol: 'Be', en: 'beryllium', ko: '베릴륨' },
  { z: 5, symbol: 'B', en: 'boron', ko: '붕소' },
  { z: 6, symbol: 'C', en: 'carbon', ko: '탄소' },
  { z: 7, symbol: 'N', en: 'nitrogen', ko: '질소' },
  { z: 8, symbol: 'O', en: 'oxygen', ko: '산소' },
  { z: 9, symbol: 'F', en: 'fluorine', ko: '플루오린(불소)' },
  { z: 10, symbol: 'Ne', en: 'neon', ko: '네온' },
  { z: 11, symbol: 'Na', en: 'sodium', ko: '나트륨(소듐)' },
  { z: 12, symbol: 'Mg', en: 'magnesium', ko: '마그네슘' },
  { z: 13, symbol: 'Al', en: 'aluminium (aluminum)', ko: '알루미늄' },
  { z: 14, symbol: 'Si', en: 'silicon', ko: '규소' },
  { z: 15, symbol: 'P', en: 'phosphorus', ko: '인' },
  { z: 16, symbol: 'S', en: 'sulfur', ko: '황' },
  { z: 17, symbol: 'Cl', en: 'chlorine', ko: '염소' },
  { z: 18, symbol: 'Ar', en: 'argon', ko: '아르곤' },
  { z: 19, symbol: 'K', en: 'potassium', ko: '칼륨(포타슘)' },
  { z: 20, symbol: 'Ca', en: 'calcium', ko: '칼슘' },
  { z: 21, symbol: 'Sc', en: 'scandium', ko: '스칸듐' },
  { z: 22, symbol: 'Ti', en: 'titanium', ko: '타이타늄(티타늄)' },
  { z: 23, symbol: 'V', en: 'vanadium', ko: '바나듐' },
  { z: 24, symbol: 'Cr', en: 'chromium', ko: '크로뮴(크롬)' },
  { z: 25, symbol: 'Mn', en: 'manganese', ko: '망가니즈(망간)' },
  { z: 26, symbol: 'Fe', en: 'iron', ko: '철' },
  { z: 27, symbol: 'Co', en: 'cobalt', ko: '코발트' },
  { z: 28, symbol: 'Ni', en: 'nickel', ko: '니켈' },
  { z: 29, symbol: 'Cu', en: 'copper', ko: '구리' },
  { z: 30, symbol: 'Zn', en: 'zinc', ko: '아연' },
];

/** Invented symbols that students commonly guess (none is a real element symbol). */
const SYMBOL_TRAPS: Record<string, string[]> = {
  Na: ['So', 'Sd'],
  K: ['Po', 'Pt'],
  Fe: ['Ir', 'I'],
  Cu: ['Cp'],
  Cl: ['Ch'],
  Mg: ['Ma', 'Mn'],
  Mn: ['Ma', 'Mg'],
  Zn: ['Zi'],
  Ca: ['C', 'Cd'],
  Si: ['S', 'Sc'],
  Ag: ['Si'],
};

const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

function elementName(lang: Language, e: Element): string {
  return lang === 'Korean' ? e.ko : e.en;
}

/** Elements easily confused with e: same initial letter or nearby atomic number. */
function confusable(e: Element): Element[] {
  const sameLetter = ELEMENTS.filter((o) => o !== e && o.symbol[0] === e.symbol[0]);
  const near = ELEMENTS.filter((o) => o !== e && Math.abs(o.z - e.z) <= 2);
  return [...sameLetter, ...near];
}

function chemMeta(topic: string, level: Level = 'middle'): ItemMeta {
  return { subject: SUBJECTS.chemistry, taskType: 'Knowledge', targetType: 'General', category: 'chemistry', level, topic };
}

function elementItem(rng: Rng, lang: Language, e: Element, template: number): Draft {
  const name = elementName(lang, e);
  const conf = confusable(e);
  switch (template) {
    case 0:
      return shortDraft(
        lang,
        chemMeta('number-to-symbol'),
        t(
          lang,
          `What is the chemical symbol of the element with atomic number ${e.z}? Answer with the symbol only.`,
          `원자 번호가 ${e.z}인 원소의 원소 기호는 무엇입니까? 원소 기호만 쓰시오.`,
        ),
        e.symbol,
      );
    case 1: {
      const distractors = pickDistractors(
        rng,
        name,
        conf.map((o) => elementName(lang, o)),
        ELEMENTS.map((o) => elementName(lang, o)),
      ).map((d) => (lang === 'English' ? capitalize(d) : d));
      return mcqaDraft(
        rng,
        lang,
        chemMeta('symbol-to-name'),
        t(lang, `Which element has the chemical symbol ${e.symbol}?`, `원소 기호가 ${e.symbol}인 원소는 무엇입니까?`),
        lang === 'English' ? capitalize(name) : name,
        distractors,
      );
    }
    case 2:
      return shortDraft(
        lang,
        chemMeta('name-to-number'),
        t(
          lang,
          `What is the atomic number of ${name}? Give the number only.`,
          `${name}의 원자 번호는 몇 번입니까? 숫자만 쓰시오.`,
        ),
        String(e.z),
      );
    case 3: {
      const distractors = pickDistractors(
        rng,
        e.symbol,
        [...(SYMBOL_TRAPS[e.symbol] ?? []).slice(0, 1), ...conf.map((o) => o.symbol)],
        ELEMENTS.map((o) => o.symbol),
      );
      return mcqaDraft(
        rng,
        lang,
        chemMeta('name-to-symbol'),
        t(lang, `What is the chemical symbol for ${name}?`, `${name}의 원소 기호는 무엇입니까?`),
        e.symbol,
        distractors,
      );
    }
    default: {
      const truth = rng.bool();
      const claimed = truth ? e.symbol : (rng.pick(conf) as Element).symbol;
      return binaryDraft(
        lang,
        chemMeta('symbol-fact'),
        t(lang, `The chemical symbol of ${name} is ${claimed}.`, `${name}의 원소 기호는 ${claimed}이다.`),
        truth,
      );
    }
  }
}

interface FactMcqa {
  en: [string, string, string, string, string]; // question, correct, 3 distractors
  ko: [string, string, string, string, string];
  topic: string;
}

const CHEM_MCQA: FactMcqa[] = [
  {
    en: ['What is the chemical formula of table salt (sodium chloride)?', 'NaCl', 'NaCl2', 'KCl', 'Na2Cl'],
    ko: ['소금(염화 나트륨)의 화학식은 무엇입니까?', 'NaCl', 'NaCl2', 'KCl', 'Na2Cl'],
    topic: 'formula',
  },
  {
    en: ['What is the chemical formula of carbon dioxide?', 'CO2', 'CO', 'C2O', 'CH4'],
    ko: ['이산화 탄소의 화학식은 무엇입니까?', 'CO2', 'CO', 'C2O', 'CH4'],
    topic: 'formula',
  },
  {
    en: ['Which gas makes up the largest share of Earth’s atmosphere?', 'Nitrogen', 'Oxygen', 'Carbon dioxide', 'Argon'],
    ko: ['지구 대기를 이루는 기체 중 가장 많은 비율을 차지하는 것은 무엇입니까?', '질소', '산소', '이산화 탄소', '아르곤'],
    topic: 'atmosphere',
  },
  {
    en: ['Which gas do plants take in from the air for photosynthesis?', 'Carbon dioxide', 'Oxygen', 'Nitrogen', 'Hydrogen'],
    ko: ['식물이 광합성을 할 때 공기 중에서 흡수하는 기체는 무엇입니까?', '이산화 탄소', '산소', '질소', '수소'],
    topic: 'photosynthesis',
  },
  {
    en: ['Which of these elements is a noble gas?', 'Neon', 'Nitrogen', 'Oxygen', 'Chlorine'],
    ko: ['다음 중 비활성 기체(18족 원소)는 무엇입니까?', '네온', '질소', '산소', '염소'],
    topic: 'periodic-table',
  },
  {
    en: ['What is the pH of pure water at 25 °C?', '7', '0', '1', '14'],
    ko: ['25 °C에서 순수한 물의 pH는 얼마입니까?', '7', '0', '1', '14'],
    topic: 'acid-base',
  },
];

const CHEM_BINARY: Array<{ en: string; ko: string; truth: boolean; topic: string }> = [
  { en: 'The chemical formula of water is H2O.', ko: '물의 화학식은 H2O이다.', truth: true, topic: 'formula' },
  { en: 'Diamond is made of carbon atoms.', ko: '다이아몬드는 탄소 원자로 이루어져 있다.', truth: true, topic: 'allotropes' },
  { en: 'Argon is a noble gas.', ko: '아르곤은 비활성 기체이다.', truth: true, topic: 'periodic-table' },
  { en: 'Sodium is a noble gas.', ko: '나트륨(소듐)은 비활성 기체이다.', truth: false, topic: 'periodic-table' },
  { en: 'Acids turn blue litmus paper red.', ko: '산은 푸른색 리트머스 종이를 붉게 변화시킨다.', truth: true, topic: 'acid-base' },
  { en: 'A solution with a pH of 3 is basic.', ko: 'pH가 3인 용액은 염기성이다.', truth: false, topic: 'acid-base' },
  { en: 'Hydrogen has atomic number 1.', ko: '수소의 원자 번호는 1이다.', truth: true, topic: 'periodic-table' },
  { en: 'Ozone molecules (O3) consist of two oxygen atoms.', ko: '오존 분자(O3)는 산소 원자 2개로 이루어져 있다.', truth: false, topic: 'formula' },
];

function chemistry(lang: Language, out: Draft[]): void {
  const rng = new Rng(`chemistry:${lang}`);
  const offset = lang === 'Korean' ? 2 : 0;
  ELEMENTS.forEach((e, i) => {
    out.push(elementItem(rng, lang, e, (i + offset) % 5));
    out.push(elementItem(rng, lang, e, (i + offset + 2) % 5));
  });
  for (const f of CHEM_MCQA) {
    const [q, correct, ...d] = lang === 'Korean' ? f.ko : f.en;
    out.push(mcqaDraft(rng, lang, chemMeta(f.topic), q, correct, d));
  }
  for (const b of CHEM_BINARY) {
    out.push(binaryDraft(lang, chemMeta(b.topic), t(lang, b.en, b.ko), b.truth));
  }
  out.push(
    shortDraft(
      lang,
      chemMeta('formula'),
      t(
        lang,
        'What is the chemical formula of water? Write it in plain text without subscripts (for example, carbon dioxide is written CO2).',
        '물의 화학식은 무엇입니까? 아래 첨자 없이 일반 문자로 쓰시오. (예: 이산화 탄소는 CO2로 쓴다.)',
      ),
      'H2O',
    ),
  );
}

// ---------------------------------------------------------------- physics

interface PhysicsTemplate {
  topic: string;
  level: Level;
  make: (rng: Rng) => {
    en: string;
    ko: string;
    enClaim: (v: string) => string;
    koClaim: (v: string) => string;
    answer: number;
    mistakes: number[];
  };
}

const PHYSICS_TEMPLATES: PhysicsTemplate[] = [
  {
    topic: 'speed',
    level: 'middle',
    make: (rng) => {
      const v = rng.int(3, 24) * 5;
      const h = rng.int(2, 6);
      const d = v * h;
      return {
        en: `A car travels ${d} km in ${h} hours at a constant speed. What is its speed in km/h?`,
        ko: `자동차가 일정한 속력으로 ${h}시간 동안 ${d} km를 이동했다. 이 자동차의 속력은 몇 km/h입니까?`,
        enClaim: (x) => `A car that travels ${d} km in ${h} hours at a constant speed is moving at ${x} km/h.`,
        koClaim: (x) => `일정한 속력으로 ${h}시간 동안 ${d} km를 이동한 자동차의 속력은 ${x} km/h이다.`,
        answer: v,
        mistakes: [d * h, d - h, v + 5],
      };
    },
  },
  {
    topic: 'distance',
    level: 'middle',
    make: (rng) => {
      const v = rng.int(8, 30);
      const h = rng.int(2, 5);
      return {
        en: `A cyclist rides at a constant ${v} km/h for ${h} hours. How many kilometers does the cyclist travel?`,
        ko: `자전거가 시속 ${v} km의 일정한 속력으로 ${h}시간 동안 달렸다. 이동한 거리는 몇 km입니까?`,
        enClaim: (x) => `Riding at a constant ${v} km/h for ${h} hours covers ${x} km.`,
        koClaim: (x) => `시속 ${v} km의 일정한 속력으로 ${h}시간 동안 달린 거리는 ${x} km이다.`,
        answer: v * h,
        mistakes: [v + h, v * (h + 1), v * h + 10],
      };
    },
  },
  {
    topic: 'time',
    level: 'middle',
    make: (rng) => {
      const v = rng.int(6, 30) * 10;
      const h = rng.int(2, 7);
      const d = v * h;
      return {
        en: `A train travels ${d} km at a constant ${v} km/h. How many hours does the trip take?`,
        ko: `기차가 시속 ${v} km의 일정한 속력으로 ${d} km를 달리는 데 걸리는 시간은 몇 시간입니까?`,
        enClaim: (x) => `A train moving at a constant ${v} km/h needs ${x} hours to travel ${d} km.`,
        koClaim: (x) => `시속 ${v} km의 일정한 속력으로 ${d} km를 달리는 데 걸리는 시간은 ${x}시간이다.`,
        answer: h,
        mistakes: [h + 1, h - 1, h * 2],
      };
    },
  },
  {
    topic: 'newton-second-law',
    level: 'high',
    make: (rng) => {
      const m = rng.int(2, 20);
      const a = rng.int(2, 9);
      return {
        en: `What net force, in newtons, is needed to give an object with a mass of ${m} kg an acceleration of ${a} m/s²?`,
        ko: `질량이 ${m} kg인 물체에 ${a} m/s²의 가속도를 주려면 몇 N의 알짜힘이 필요합니까?`,
        enClaim: (x) => `A net force of ${x} N gives an object with a mass of ${m} kg an acceleration of ${a} m/s².`,
        koClaim: (x) => `질량이 ${m} kg인 물체에 ${a} m/s²의 가속도를 주는 알짜힘의 크기는 ${x} N이다.`,
        answer: m * a,
        mistakes: [m + a, m * a * 2, m * (a + 1)],
      };
    },
  },
  {
    topic: 'ohms-law',
    level: 'middle',
    make: (rng) => {
      const i = rng.int(2, 6);
      const r = rng.int(2, 25);
      return {
        en: `A current of ${i} A flows through a resistor of ${r} Ω. What is the voltage across the resistor, in volts?`,
        ko: `${r} Ω인 저항에 ${i} A의 전류가 흐를 때, 저항 양단에 걸린 전압은 몇 V입니까?`,
        enClaim: (x) => `When ${i} A flows through a resistor of ${r} Ω, the voltage across it is ${x} V.`,
        koClaim: (x) => `${r} Ω인 저항에 ${i} A의 전류가 흐를 때, 저항 양단의 전압은 ${x} V이다.`,
        answer: i * r,
        mistakes: [i + r, i * r + r, r * (i - 1)],
      };
    },
  },
  {
    topic: 'density',
    level: 'middle',
    make: (rng) => {
      const rho = rng.int(2, 11);
      const v = rng.int(2, 30) * 5;
      const m = rho * v;
      return {
        en: `An object has a mass of ${m} g and a volume of ${v} cm³. What is its density in g/cm³?`,
        ko: `질량이 ${m} g이고 부피가 ${v} cm³인 물체의 밀도는 몇 g/cm³입니까?`,
        enClaim: (x) => `An object with a mass of ${m} g and a volume of ${v} cm³ has a density of ${x} g/cm³.`,
        koClaim: (x) => `질량이 ${m} g이고 부피가 ${v} cm³인 물체의 밀도는 ${x} g/cm³이다.`,
        answer: rho,
        mistakes: [rho + 1, rho - 1, rho * 2],
      };
    },
  },
  {
    topic: 'work',
    level: 'high',
    make: (rng) => {
      const f = rng.int(2, 30) * 5;
      const d = rng.int(2, 12);
      return {
        en: `A constant force of ${f} N pushes a box ${d} m in the direction of the force. How much work is done on the box, in joules?`,
        ko: `${f} N의 일정한 힘으로 상자를 힘의 방향으로 ${d} m 밀었다. 이 힘이 상자에 한 일은 몇 J입니까?`,
        enClaim: (x) => `Pushing a box ${d} m with a constant ${f} N force in the direction of motion does ${x} J of work.`,
        koClaim: (x) => `${f} N의 일정한 힘으로 상자를 힘의 방향으로 ${d} m 밀었을 때 한 일은 ${x} J이다.`,
        answer: f * d,
        mistakes: [f + d, f * (d + 1), f * d * 2],
      };
    },
  },
  {
    topic: 'kinetic-energy',
    level: 'high',
    make: (rng) => {
      const m = rng.int(1, 10) * 2;
      const v = rng.int(2, 10);
      return {
        en: `What is the kinetic energy, in joules, of an object with a mass of ${m} kg moving at ${v} m/s? (KE = ½mv²)`,
        ko: `질량이 ${m} kg인 물체가 ${v} m/s의 속력으로 움직일 때, 운동 에너지는 몇 J입니까? (운동 에너지 = ½mv²)`,
        enClaim: (x) => `An object with a mass of ${m} kg moving at ${v} m/s has ${x} J of kinetic energy.`,
        koClaim: (x) => `질량이 ${m} kg인 물체가 ${v} m/s로 움직일 때 운동 에너지는 ${x} J이다.`,
        answer: (m * v * v) / 2,
        mistakes: [m * v * v, (m * v) / 2, m * v],
      };
    },
  },
  {
    topic: 'momentum',
    level: 'high',
    make: (rng) => {
      const m = rng.int(2, 15);
      const v = rng.int(2, 12);
      return {
        en: `What is the magnitude of the momentum, in kg·m/s, of an object with a mass of ${m} kg moving at ${v} m/s?`,
        ko: `질량이 ${m} kg인 물체가 ${v} m/s의 속력으로 움직일 때, 운동량의 크기는 몇 kg·m/s입니까?`,
        enClaim: (x) => `An object with a mass of ${m} kg moving at ${v} m/s has a momentum of ${x} kg·m/s.`,
        koClaim: (x) => `질량이 ${m} kg인 물체가 ${v} m/s로 움직일 때 운동량의 크기는 ${x} kg·m/s이다.`,
        answer: m * v,
        mistakes: [m + v, (m * v * v) / 2, m * v * 2],
      };
    },
  },
  {
    topic: 'power',
    level: 'high',
    make: (rng) => {
      const p = rng.int(2, 40) * 5;
      const s = rng.int(2, 12);
      const w = p * s;
      return {
        en: `A machine does ${w} J of work in ${s} seconds. What is its average power, in watts?`,
        ko: `어떤 기계가 ${s}초 동안 ${w} J의 일을 했다. 이 기계의 평균 일률은 몇 W입니까?`,
        enClaim: (x) => `A machine that does ${w} J of work in ${s} seconds has an average power of ${x} W.`,
        koClaim: (x) => `${s}초 동안 ${w} J의 일을 한 기계의 평균 일률은 ${x} W이다.`,
        answer: p,
        mistakes: [w * s, p + 5, w - s],
      };
    },
  },
];

interface UnitFact {
  en: string;
  ko: string;
  unitEn: string;
  unitKo: string;
}

const SI_UNITS: UnitFact[] = [
  { en: 'force', ko: '힘', unitEn: 'newton (N)', unitKo: '뉴턴(N)' },
  { en: 'energy', ko: '에너지', unitEn: 'joule (J)', unitKo: '줄(J)' },
  { en: 'power', ko: '일률', unitEn: 'watt (W)', unitKo: '와트(W)' },
  { en: 'electric current', ko: '전류', unitEn: 'ampere (A)', unitKo: '암페어(A)' },
  { en: 'electrical resistance', ko: '전기 저항', unitEn: 'ohm (Ω)', unitKo: '옴(Ω)' },
  { en: 'frequency', ko: '진동수(주파수)', unitEn: 'hertz (Hz)', unitKo: '헤르츠(Hz)' },
  { en: 'pressure', ko: '압력', unitEn: 'pascal (Pa)', unitKo: '파스칼(Pa)' },
  { en: 'electric charge', ko: '전하량', unitEn: 'coulomb (C)', unitKo: '쿨롬(C)' },
  { en: 'voltage (electric potential difference)', ko: '전압(전위차)', unitEn: 'volt (V)', unitKo: '볼트(V)' },
];

const PHYSICS_BINARY: Array<{ en: string; ko: string; truth: boolean; topic: string }> = [
  { en: 'Sound can travel through a vacuum.', ko: '소리는 진공 속에서도 전달된다.', truth: false, topic: 'waves' },
  { en: 'In air, light travels faster than sound.', ko: '공기 중에서 빛은 소리보다 빠르게 이동한다.', truth: true, topic: 'waves' },
  {
    en: 'At standard atmospheric pressure, pure water boils at 100 °C.',
    ko: '1기압에서 순수한 물은 100 °C에서 끓는다.',
    truth: true,
    topic: 'heat',
  },
  {
    en: 'The acceleration due to gravity near Earth’s surface is about 9.8 m/s².',
    ko: '지구 표면 근처에서 중력 가속도는 약 9.8 m/s²이다.',
    truth: true,
    topic: 'mechanics',
  },
  {
    en: 'In a vacuum, a heavy ball falls faster than a light ball dropped from the same height.',
    ko: '진공 속에서 같은 높이에서 떨어뜨리면 무거운 공이 가벼운 공보다 더 빨리 떨어진다.',
    truth: false,
    topic: 'mechanics',
  },
  {
    en: 'Like magnetic poles (north and north) attract each other.',
    ko: '같은 자극(N극과 N극)끼리는 서로 끌어당긴다.',
    truth: false,
    topic: 'magnetism',
  },
  {
    en: 'An object’s mass is the same on the Moon as on Earth.',
    ko: '물체의 질량은 달에서도 지구에서와 같다.',
    truth: true,
    topic: 'mechanics',
  },
  {
    en: 'The weight of an object on the Moon is greater than its weight on Earth.',
    ko: '달에서 물체의 무게는 지구에서의 무게보다 크다.',
    truth: false,
    topic: 'mechanics',
  },
];

function physMeta(topic: string, level: Level, taskType: ItemMeta['taskType']): ItemMeta {
  return { subject: SUBJECTS.physics, taskType, targetType: 'General', category: 'physics', level, topic };
}

const ROTATION: readonly ProblemType[] = ['short-form', 'MCQA', 'Binary'];

function physics(lang: Language, out: Draft[]): void {
  const rng = new Rng(`physics:${lang}`);
  PHYSICS_TEMPLATES.forEach((tpl, ti) => {
    for (let i = 0; i < 3; i++) {
      const q = tpl.make(rng);
      const base = t(lang, q.en, q.ko);
      const type = ROTATION[(ti + i) % ROTATION.length] as ProblemType;
      out.push(
        emitNumeric(
          rng,
          lang,
          physMeta(tpl.topic, tpl.level, 'Reasoning'),
          {
            short: `${base}${t(lang, ' Give the number only.', '\n숫자만 쓰시오.')}`,
            mcqa: base,
            claim: (v) => t(lang, q.enClaim(v), q.koClaim(v)),
            answer: q.answer,
            mistakes: q.mistakes,
          },
          type,
        ),
      );
    }
  });
  for (const u of SI_UNITS) {
    const correct = lang === 'Korean' ? u.unitKo : u.unitEn;
    const others = SI_UNITS.filter((o) => o !== u).map((o) => (lang === 'Korean' ? o.unitKo : o.unitEn));
    out.push(
      mcqaDraft(
        rng,
        lang,
        physMeta('si-units', 'middle', 'Knowledge'),
        t(lang, `What is the SI unit of ${u.en}?`, `${u.ko}의 SI 단위는 무엇입니까?`),
        correct,
        rng.sample(others, 3),
      ),
    );
  }
  for (const b of PHYSICS_BINARY) {
    out.push(binaryDraft(lang, physMeta(b.topic, 'middle', 'Knowledge'), t(lang, b.en, b.ko), b.truth));
  }
}

export function scienceDrafts(): Draft[] {
  const out: Draft[] = [];
  for (const lang of LANGS) {
    chemistry(lang, out);
    physics(lang, out);
  }
  return out;
}
