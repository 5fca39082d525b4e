/** HASS/History: Korean history (Local) and a few world-history dates (General). */

import type { Language, ProblemType, TargetType } from '../benchmark';
import {
  binaryDraft,
  type Draft,
  type ItemMeta,
  LANGS,
  mcqaDraft,
  pickDistractors,
  shortDraft,
  SUBJECTS,
  t,
} from './builder';
import { type Fact, type FactGroup, factGroupDrafts } from './facts';
import { Rng } from './prng';

interface YearFact {
  enQ: string;
  koQ: string;
  enClaim: (y: number) => string;
  koClaim: (y: number) => string;
  year: number;
  /** Years that are commonly confused with the right one. */
  confusions: number[];
  target: TargetType;
  topic: string;
}

export const YEAR_FACTS: readonly YearFact[] = [
  {
    enQ: 'In what year did King Sejong proclaim Hunminjeongeum (the Korean alphabet) to the public?',
    koQ: '세종대왕이 훈민정음을 백성에게 반포한 해는 몇 년입니까?',
    enClaim: (y) => `King Sejong proclaimed Hunminjeongeum (the Korean alphabet) in ${y}.`,
    koClaim: (y) => `세종대왕은 ${y}년에 훈민정음을 반포하였다.`,
    year: 1446,
    confusions: [1443, 1392, 1592],
    target: 'Local',
    topic: 'joseon',
  },
  {
    enQ: 'In what year was the Joseon dynasty founded by Yi Seong-gye?',
    koQ: '이성계가 조선을 건국한 해는 몇 년입니까?',
    enClaim: (y) => `Yi Seong-gye founded the Joseon dynasty in ${y}.`,
    koClaim: (y) => `이성계는 ${y}년에 조선을 건국하였다.`,
    year: 1392,
    confusions: [918, 1446, 1592],
    target: 'Local',
    topic: 'joseon',
  },
  {
    enQ: 'In what year was Goryeo founded by Wang Geon?',
    koQ: '왕건이 고려를 건국한 해는 몇 년입니까?',
    enClaim: (y) => `Wang Geon founded Goryeo in ${y}.`,
    koClaim: (y) => `왕건은 ${y}년에 고려를 건국하였다.`,
    year: 918,
    confusions: [935, 1392, 676],
    target: 'Local',
    topic: 'goryeo',
  },
  {
    enQ: 'In what year did the Imjin War (the Japanese invasion of Korea) begin?',
    koQ: '임진왜란이 일어난 해는 몇 년입니까?',
    enClaim: (y) => `The Imjin War began in ${y}.`,
    koClaim: (y) => `임진왜란은 ${y}년에 일어났다.`,
    year: 1592,
    confusions: [1597, 1636, 1392],
    target: 'Local',
    topic: 'joseon',
  },
  {
    enQ: 'In what year did the March 1st Independence Movement take place in Korea?',
    koQ: '3·1 운동이 일어난 해는 몇 년입니까?',
    enClaim: (y) => `The March 1st Independence Movement took place in ${y}.`,
    koClaim: (y) => `3·1 운동은 ${y}년에 일어났다.`,
    year: 1919,
    confusions: [1910, 1945, 1929],
    target: 'Local',
    topic: 'modern-korea',
  },
  {
    enQ: 'In what year was Korea liberated from Japanese colonial rule?',
    koQ: '우리나라가 일제 강점에서 광복을 맞은 해는 몇 년입니까?',
    enClaim: (y) => `Korea was liberated from Japanese colonial rule in ${y}.`,
    koClaim: (y) => `우리나라는 ${y}년에 광복을 맞았다.`,
    year: 1945,
    confusions: [1948, 1950, 1919],
    target: 'Local',
    topic: 'modern-korea',
  },
  {
    enQ: 'In what year did the Korean War begin?',
    koQ: '6·25 전쟁이 일어난 해는 몇 년입니까?',
    enClaim: (y) => `The Korean War began in ${y}.`,
    koClaim: (y) => `6·25 전쟁은 ${y}년에 일어났다.`,
    year: 1950,
    confusions: [1953, 1945, 1948],
    target: 'Local',
    topic: 'modern-korea',
  },
  {
    enQ: 'In what year was the armistice agreement that halted the Korean War signed?',
    koQ: '6·25 전쟁의 정전 협정이 체결된 해는 몇 년입니까?',
    enClaim: (y) => `The Korean War armistice agreement was signed in ${y}.`,
    koClaim: (y) => `6·25 전쟁의 정전 협정은 ${y}년에 체결되었다.`,
    year: 1953,
    confusions: [1950, 1951, 1955],
    target: 'Local',
    topic: 'modern-korea',
  },
  {
    enQ: 'In what year did Seoul host the Summer Olympic Games?',
    koQ: '서울에서 하계 올림픽이 열린 해는 몇 년입니까?',
    enClaim: (y) => `Seoul hosted the Summer Olympic Games in ${y}.`,
    koClaim: (y) => `서울 하계 올림픽은 ${y}년에 열렸다.`,
    year: 1988,
    confusions: [1986, 2002, 1984],
    target: 'Local',
    topic: 'modern-korea',
  },
  {
    enQ: 'In what year did PyeongChang host the Winter Olympic Games?',
    koQ: '평창 동계 올림픽이 열린 해는 몇 년입니까?',
    enClaim: (y) => `PyeongChang hosted the Winter Olympic Games in ${y}.`,
    koClaim: (y) => `평창 동계 올림픽은 ${y}년에 열렸다.`,
    year: 2018,
    confusions: [2014, 2022, 2016],
    target: 'Local',
    topic: 'modern-korea',
  },
  {
    enQ: 'In what year did the French Revolution begin?',
    koQ: '프랑스 혁명이 시작된 해는 몇 년입니까?',
    enClaim: (y) => `The French Revolution began in ${y}.`,
    koClaim: (y) => `프랑스 혁명은 ${y}년에 시작되었다.`,
    year: 1789,
    confusions: [1776, 1799, 1815],
    target: 'General',
    topic: 'world-history',
  },
  {
    enQ: 'In what year did Christopher Columbus first reach the Americas?',
    koQ: '콜럼버스가 처음으로 아메리카 대륙에 도착한 해는 몇 년입니까?',
    enClaim: (y) => `Christopher Columbus first reached the Americas in ${y}.`,
    koClaim: (y) => `콜럼버스는 ${y}년에 처음으로 아메리카 대륙에 도착하였다.`,
    year: 1492,
    confusions: [1498, 1519, 1453],
    target: 'General',
    topic: 'world-history',
  },
  {
    enQ: 'In what year was the United States Declaration of Independence adopted?',
    koQ: '미국 독립 선언문이 채택된 해는 몇 년입니까?',
    enClaim: (y) => `The United States Declaration of Independence was adopted in ${y}.`,
    koClaim: (y) => `미국 독립 선언문은 ${y}년에 채택되었다.`,
    year: 1776,
    confusions: [1789, 1783, 1787],
    target: 'General',
    topic: 'world-history',
  },
  {
    enQ: 'In what year did World War I begin?',
    koQ: '제1차 세계 대전이 시작된 해는 몇 년입니까?',
    enClaim: (y) => `World War I began in ${y}.`,
    koClaim: (y) => `제1차 세계 대전은 ${y}년에 시작되었다.`,
    year: 1914,
    confusions: [1918, 1939, 1912],
    target: 'General',
    topic: 'world-history',
  },
  {
    enQ: 'In what year did Apollo 11 astronauts first land on the Moon?',
    koQ: '아폴로 11호의 우주 비행사들이 처음으로 달에 착륙한 해는 몇 년입니까?',
    enClaim: (y) => `Apollo 11 astronauts first landed on the Moon in ${y}.`,
    koClaim: (y) => `아폴로 11호는 ${y}년에 처음으로 달에 착륙하였다.`,
    year: 1969,
    confusions: [1967, 1961, 1972],
    target: 'General',
    topic: 'world-history',
  },
  {
    enQ: 'In what year did the Berlin Wall fall?',
    koQ: '베를린 장벽이 무너진 해는 몇 년입니까?',
    enClaim: (y) => `The Berlin Wall fell in ${y}.`,
    koClaim: (y) => `베를린 장벽은 ${y}년에 무너졌다.`,
    year: 1989,
    confusions: [1990, 1991, 1961],
    target: 'General',
    topic: 'world-history',
  },
];

const HISTORY_FACTS: Fact[] = [
  {
    topic: 'joseon',
    en: {
      q: 'Which Joseon king created Hunminjeongeum, the Korean alphabet now known as Hangul?',
      a: 'King Sejong (Sejong the Great)',
      d: ['King Taejo', 'King Jeongjo', 'King Yeongjo'],
      claimTrue: 'King Sejong created Hunminjeongeum, the Korean alphabet.',
      claimFalse: 'King Jeongjo created Hunminjeongeum, the Korean alphabet.',
    },
    ko: {
      q: '훈민정음(한글)을 창제한 조선의 왕은 누구입니까?',
      a: '세종',
      d: ['태조', '정조', '영조'],
      claimTrue: '훈민정음을 창제한 왕은 조선의 세종이다.',
      claimFalse: '훈민정음을 창제한 왕은 조선의 정조이다.',
    },
  },
  {
    topic: 'joseon',
    en: {
      q: 'Which admiral led the Korean navy with turtle ships (geobukseon) during the Imjin War?',
      a: 'Yi Sun-sin',
      d: ['Gang Gam-chan', 'Eulji Mundeok', 'Kim Yu-sin'],
      claimTrue: 'Admiral Yi Sun-sin commanded turtle ships during the Imjin War.',
      claimFalse: 'Kim Yu-sin commanded turtle ships during the Imjin War.',
    },
    ko: {
      q: '임진왜란 때 거북선을 이끌고 활약한 장군은 누구입니까?',
      a: '이순신',
      d: ['강감찬', '을지문덕', '김유신'],
      claimTrue: '임진왜란 때 거북선을 이끌고 활약한 장군은 이순신이다.',
      claimFalse: '임진왜란 때 거북선을 이끌고 활약한 장군은 김유신이다.',
    },
  },
  {
    topic: 'goryeo',
    en: {
      q: 'Who founded the Goryeo dynasty?',
      a: 'Wang Geon',
      d: ['Yi Seong-gye', 'Gung Ye', 'Kim Chun-chu'],
      claimTrue: 'Wang Geon founded the Goryeo dynasty.',
      claimFalse: 'Yi Seong-gye founded the Goryeo dynasty.',
    },
    ko: {
      q: '고려를 건국한 인물은 누구입니까?',
      a: '왕건',
      d: ['이성계', '궁예', '김춘추'],
      claimTrue: '고려를 건국한 인물은 왕건이다.',
      claimFalse: '고려를 건국한 인물은 이성계이다.',
    },
  },
  {
    topic: 'silla',
    en: {
      q: 'Which present-day city was the capital of the Silla kingdom?',
      a: 'Gyeongju',
      d: ['Gongju', 'Buyeo', 'Kaesong'],
      claimTrue: 'Gyeongju was the capital of Silla.',
      claimFalse: 'Buyeo was the capital of Silla.',
    },
    ko: {
      q: '신라의 수도였던 오늘날의 도시는 어디입니까?',
      a: '경주',
      d: ['공주', '부여', '개성'],
      claimTrue: '신라의 수도는 오늘날의 경주였다.',
      claimFalse: '신라의 수도는 오늘날의 부여였다.',
    },
  },
  {
    topic: 'goryeo',
    en: {
      q: 'At which temple is the Tripitaka Koreana (the Palman Daejanggyeong woodblocks) kept?',
      a: 'Haeinsa',
      d: ['Bulguksa', 'Tongdosa', 'Songgwangsa'],
      claimTrue: 'The Tripitaka Koreana woodblocks are kept at Haeinsa temple.',
      claimFalse: 'The Tripitaka Koreana woodblocks are kept at Bulguksa temple.',
    },
    ko: {
      q: '팔만대장경이 보관되어 있는 절은 어디입니까?',
      a: '해인사',
      d: ['불국사', '통도사', '송광사'],
      claimTrue: '팔만대장경은 합천 해인사에 보관되어 있다.',
      claimFalse: '팔만대장경은 경주 불국사에 보관되어 있다.',
    },
  },
  {
    topic: 'goryeo',
    en: {
      q: 'Jikji, printed in 1377 during the Goryeo dynasty, is recognized as the oldest surviving book printed with what?',
      a: 'Movable metal type',
      d: ['Carved woodblocks', 'A steam-powered press', 'Clay tablets'],
      claimTrue: 'Jikji is the oldest extant book printed with movable metal type.',
      claimFalse: 'Jikji was printed with a steam-powered press.',
    },
    ko: {
      q: '고려 시대인 1377년에 간행된 "직지심체요절"은 현존하는 세계에서 가장 오래된 무엇으로 인정받고 있습니까?',
      a: '금속 활자본',
      d: ['목판 인쇄본', '한글 소설', '종이 지도'],
      claimTrue: '직지심체요절은 현존하는 세계에서 가장 오래된 금속 활자본이다.',
      claimFalse: '직지심체요절은 현존하는 세계에서 가장 오래된 한글 소설이다.',
    },
  },
  {
    topic: 'modern-korea',
    en: {
      q: 'South Korea co-hosted the 2002 FIFA World Cup with which country?',
      a: 'Japan',
      d: ['China', 'the United States', 'Germany'],
      claimTrue: 'South Korea and Japan co-hosted the 2002 FIFA World Cup.',
      claimFalse: 'South Korea and China co-hosted the 2002 FIFA World Cup.',
    },
    ko: {
      q: '2002년 FIFA 월드컵을 우리나라와 공동으로 개최한 나라는 어디입니까?',
      a: '일본',
      d: ['중국', '미국', '독일'],
      claimTrue: '2002년 FIFA 월드컵은 한국과 일본이 공동으로 개최하였다.',
      claimFalse: '2002년 FIFA 월드컵은 한국과 중국이 공동으로 개최하였다.',
    },
  },
  {
    topic: 'world-history',
    en: {
      q: 'Who was the first person to walk on the Moon?',
      a: 'Neil Armstrong',
      d: ['Buzz Aldrin', 'Yuri Gagarin', 'Michael Collins'],
      claimTrue: 'Neil Armstrong was the first person to walk on the Moon.',
      claimFalse: 'Yuri Gagarin was the first person to walk on the Moon.',
    },
    ko: {
      q: '달 표면을 처음으로 걸은 사람은 누구입니까?',
      a: '닐 암스트롱',
      d: ['버즈 올드린', '유리 가가린', '마이클 콜린스'],
      claimTrue: '달 표면을 처음으로 걸은 사람은 닐 암스트롱이다.',
      claimFalse: '달 표면을 처음으로 걸은 사람은 유리 가가린이다.',
    },
  },
];

const ROTATION: readonly ProblemType[] = ['short-form', 'MCQA', 'Binary'];

function historyMeta(topic: string, target: TargetType): ItemMeta {
  return { subject: SUBJECTS.history, taskType: 'Knowledge', targetType: target, category: 'history', level: 'general', topic };
}

/** Two commonly confused years plus a near miss (never implausible jumps like ±100). */
function yearDistractors(rng: Rng, f: YearFact): string[] {
  const near = [1, 2, 3, 5, 10].flatMap((d) => [f.year + d, f.year - d]).map(String);
  return pickDistractors(rng, String(f.year), rng.shuffle(f.confusions.map(String)).slice(0, 2), near);
}

function yearItems(rng: Rng, lang: Language, out: Draft[]): void {
  YEAR_FACTS.forEach((f, i) => {
    const m = historyMeta(f.topic, f.target);
    const offset = lang === 'Korean' ? 1 : 0;
    for (const k of [0, 1]) {
      const type = ROTATION[(i + offset + k) % ROTATION.length] as ProblemType;
      if (type === 'short-form') {
        out.push(
          shortDraft(
            lang,
            m,
            `${t(lang, f.enQ, f.koQ)}${t(lang, ' Give the year as a number only.', '\n연도를 숫자로만 쓰시오.')}`,
            String(f.year),
          ),
        );
      } else if (type === 'MCQA') {
        out.push(
          mcqaDraft(rng, lang, m, t(lang, f.enQ, f.koQ), String(f.year), yearDistractors(rng, f)),
        );
      } else {
        const truth = rng.bool();
        const claimed = truth ? f.year : (rng.pick(f.confusions) as number);
        out.push(binaryDraft(lang, m, t(lang, f.enClaim(claimed), f.koClaim(claimed)), truth));
      }
    }
  });
}

export function historyDrafts(): Draft[] {
  const out: Draft[] = [];
  const local: FactGroup = {
    subject: SUBJECTS.history,
    targetType: 'Local',
    taskType: 'Knowledge',
    category: 'history',
    facts: HISTORY_FACTS.filter((f) => f.topic !== 'world-history'),
  };
  const general: FactGroup = { ...local, targetType: 'General', facts: HISTORY_FACTS.filter((f) => f.topic === 'world-history') };
  for (const lang of LANGS) {
    const rng = new Rng(`history:${lang}`);
    yearItems(rng, lang, out);
    factGroupDrafts(rng, lang, local, out);
    factGroupDrafts(rng, lang, general, out);
  }
  return out;
}
