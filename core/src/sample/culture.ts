/** Korean culture (Local): holidays, food, clothing and traditions. */

import type { Language } from '../benchmark';
import {
  binaryDraft,
  type Draft,
  type ItemMeta,
  LANGS,
  mcqaDraft,
  shortDraft,
  SUBJECTS,
  t,
} from './builder';
import { type Fact, type FactGroup, factGroupDrafts } from './facts';
import { eunNeun } from './korean';
import { Rng } from './prng';

const MONTHS_EN = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

interface SolarHoliday {
  ko: string;
  en: string;
  month: number;
  day: number;
  whatEn: string;
  whatKo: string;
  /** 국경일 (national day) or 공휴일 (public holiday). */
  kindKo: '국경일' | '공휴일';
}

/** Korean national holidays / commemoration days on fixed solar dates. */
export const SOLAR_HOLIDAYS: readonly SolarHoliday[] = [
  {
    ko: '삼일절',
    en: 'Samiljeol (Independence Movement Day)',
    month: 3,
    day: 1,
    whatEn: 'commemorates the March 1st Independence Movement of 1919',
    whatKo: '1919년의 3·1 운동을 기념하는',
    kindKo: '국경일',
  },
  {
    ko: '어린이날',
    en: 'Children’s Day (Eorininal)',
    month: 5,
    day: 5,
    whatEn: 'is a public holiday dedicated to children',
    whatKo: '어린이의 인격을 존중하고 행복을 바라는 뜻을 담은',
    kindKo: '공휴일',
  },
  {
    ko: '현충일',
    en: 'Memorial Day (Hyeonchungil)',
    month: 6,
    day: 6,
    whatEn: 'honors those who gave their lives for the nation',
    whatKo: '나라를 위해 목숨을 바친 분들의 넋을 기리는',
    kindKo: '공휴일',
  },
  {
    ko: '제헌절',
    en: 'Constitution Day (Jeheonjeol)',
    month: 7,
    day: 17,
    whatEn: 'commemorates the promulgation of the Constitution of the Republic of Korea in 1948',
    whatKo: '1948년 대한민국 헌법의 공포를 기념하는',
    kindKo: '국경일',
  },
  {
    ko: '광복절',
    en: 'Liberation Day (Gwangbokjeol)',
    month: 8,
    day: 15,
    whatEn: 'celebrates Korea’s liberation from Japanese colonial rule in 1945',
    whatKo: '1945년 일제 강점으로부터의 광복을 기념하는',
    kindKo: '국경일',
  },
  {
    ko: '개천절',
    en: 'National Foundation Day (Gaecheonjeol)',
    month: 10,
    day: 3,
    whatEn: 'celebrates the founding of Gojoseon, the first Korean state, by Dangun',
    whatKo: '단군의 고조선 건국을 기념하는',
    kindKo: '국경일',
  },
  {
    ko: '한글날',
    en: 'Hangul Day (Hangeullal)',
    month: 10,
    day: 9,
    whatEn: 'celebrates the creation and proclamation of Hangul, the Korean alphabet',
    whatKo: '훈민정음(한글)의 창제와 반포를 기념하는',
    kindKo: '국경일',
  },
];

const dateEn = (h: { month: number; day: number }): string => `${MONTHS_EN[h.month - 1]} ${h.day}`;
const dateKo = (h: { month: number; day: number }): string => `${h.month}월 ${h.day}일`;

function holidayMeta(topic: string, taskType: ItemMeta['taskType'] = 'Knowledge'): ItemMeta {
  return {
    subject: SUBJECTS.holiday,
    taskType,
    targetType: 'Local',
    category: 'korean-holidays',
    level: 'general',
    topic,
  };
}

function solarHolidayItems(rng: Rng, lang: Language, out: Draft[]): void {
  for (const h of SOLAR_HOLIDAYS) {
    const m = holidayMeta(`solar-holiday:${h.ko}`);
    const others = rng.sample(
      SOLAR_HOLIDAYS.filter((o) => o !== h),
      3,
    );
    const fmt = lang === 'Korean' ? dateKo : dateEn;
    // MCQA: date of the holiday.
    out.push(
      mcqaDraft(
        rng,
        lang,
        m,
        t(lang, `On what date is ${h.en} observed in South Korea?`, `${eunNeun(h.ko)} 몇 월 며칠입니까?`),
        fmt(h),
        others.map(fmt),
      ),
    );
    // Short-form: date.
    out.push(
      shortDraft(
        lang,
        m,
        t(
          lang,
          `On what date is ${h.en} observed in South Korea? Answer in the format "Month D" (for example, "December 25").`,
          `${eunNeun(h.ko)} 몇 월 며칠입니까? "○월 ○일" 형식으로 쓰시오.`,
        ),
        fmt(h),
      ),
    );
    // Binary: date claim.
    const truth = rng.bool();
    const claimed = truth ? h : (others[0] as SolarHoliday);
    out.push(
      binaryDraft(
        lang,
        m,
        t(lang, `${h.en} is observed on ${dateEn(claimed)} in South Korea.`, `${eunNeun(h.ko)} ${dateKo(claimed)}이다.`),
        truth,
      ),
    );
    // Short-form: name from description (answer in Hangul).
    out.push(
      shortDraft(
        lang,
        m,
        t(
          lang,
          `Which South Korean holiday, observed on ${dateEn(h)}, ${h.whatEn}? Answer with its Korean name written in Hangul.`,
          `${h.whatKo} ${dateKo(h)}의 ${h.kindKo}은 무엇입니까? 이름을 한글로 쓰시오.`,
        ),
        h.ko,
      ),
    );
  }
}

interface LunarHoliday {
  ko: string;
  en: string;
  month: number;
  day: number;
}

export const LUNAR_HOLIDAYS: readonly LunarHoliday[] = [
  { ko: '설날', en: 'Seollal (Korean Lunar New Year)', month: 1, day: 1 },
  { ko: '정월대보름', en: 'Jeongwol Daeboreum (the first full moon of the year)', month: 1, day: 15 },
  { ko: '부처님오신날', en: 'Buddha’s Birthday', month: 4, day: 8 },
  { ko: '단오', en: 'Dano', month: 5, day: 5 },
  { ko: '칠석', en: 'Chilseok', month: 7, day: 7 },
  { ko: '추석', en: 'Chuseok (Korean harvest festival)', month: 8, day: 15 },
];

const ORD = ['', '1st', '2nd', '3rd', '4th', '5th', '6th', '7th', '8th', '9th', '10th', '11th', '12th', '13th', '14th', '15th'];
const lunarEn = (h: { month: number; day: number }): string => `The ${ORD[h.day]} day of the ${ORD[h.month]} lunar month`;
const lunarKo = (h: { month: number; day: number }): string => `음력 ${h.month}월 ${h.day}일`;

function lunarHolidayItems(rng: Rng, lang: Language, out: Draft[]): void {
  for (const h of LUNAR_HOLIDAYS) {
    const m = holidayMeta(`lunar-holiday:${h.ko}`);
    const others = rng.sample(
      LUNAR_HOLIDAYS.filter((o) => o !== h),
      3,
    );
    const fmt = lang === 'Korean' ? lunarKo : lunarEn;
    out.push(
      mcqaDraft(
        rng,
        lang,
        m,
        t(lang, `On which date of the lunar calendar is ${h.en} celebrated?`, `${eunNeun(h.ko)} 음력으로 몇 월 며칠입니까?`),
        fmt(h),
        others.map(fmt),
      ),
    );
    const truth = rng.bool();
    const claimed = truth ? h : (others[0] as LunarHoliday);
    out.push(
      binaryDraft(
        lang,
        m,
        t(
          lang,
          `${h.en} falls on the ${ORD[claimed.day]} day of the ${ORD[claimed.month]} month of the lunar calendar.`,
          `${eunNeun(h.ko)} ${lunarKo(claimed)}이다.`,
        ),
        truth,
      ),
    );
    out.push(
      shortDraft(
        lang,
        m,
        t(
          lang,
          `${h.en} falls on which day of the ${ORD[h.month]} lunar month? Give the day number only.`,
          `${eunNeun(h.ko)} 음력으로 몇 월 며칠입니까? "음력 ○월 ○일" 형식으로 쓰시오.`,
        ),
        lang === 'Korean' ? lunarKo(h) : String(h.day),
      ),
    );
  }
}

// ---------------------------------------------------------------- holiday customs

const HOLIDAY_FACTS: Fact[] = [
  {
    topic: 'chuseok',
    en: {
      q: 'What is another traditional Korean name for Chuseok?',
      a: 'Hangawi',
      d: ['Dano', 'Dongji', 'Chilseok'],
      claimTrue: 'Chuseok is also called Hangawi.',
      claimFalse: 'Chuseok is also called Dano.',
    },
    ko: {
      q: '추석을 이르는 순우리말 이름은 무엇입니까?',
      a: '한가위',
      d: ['단오', '동지', '칠석'],
      claimTrue: '추석은 한가위라고도 부른다.',
      claimFalse: '추석은 단오라고도 부른다.',
    },
  },
  {
    topic: 'chilseok',
    en: {
      q: 'Which legendary couple, said to meet once a year on a bridge of magpies and crows, is associated with Chilseok?',
      a: 'Gyeonu and Jiknyeo (the Herdsman and the Weaver)',
      d: ['Chunhyang and Mongnyong', 'Hungbu and Nolbu', 'Dangun and Ungnyeo'],
      claimTrue: 'Chilseok is associated with the legend of Gyeonu and Jiknyeo, who meet once a year.',
      claimFalse: 'Chilseok is associated with the legend of Hungbu and Nolbu.',
    },
    ko: {
      q: '칠석과 관련하여, 일 년에 한 번 오작교에서 만난다는 전설 속 두 인물은 누구입니까?',
      a: '견우와 직녀',
      d: ['춘향과 몽룡', '흥부와 놀부', '해님과 달님'],
      claimTrue: '칠석은 견우와 직녀가 일 년에 한 번 만난다는 전설과 관련이 있다.',
      claimFalse: '칠석은 흥부와 놀부의 이야기에서 비롯된 명절이다.',
    },
  },
  {
    topic: 'dano',
    en: {
      q: 'Which custom is traditionally associated with Dano?',
      a: 'Washing hair in water boiled with changpo (sweet flag)',
      d: ['Making songpyeon', 'Eating tteokguk', 'Eating red bean porridge'],
      claimTrue: 'On Dano, people traditionally washed their hair in water boiled with changpo (sweet flag).',
      claimFalse: 'Making songpyeon is the signature custom of Dano.',
    },
    ko: {
      q: '단오에 하던 풍습으로 알맞은 것은 무엇입니까?',
      a: '창포물에 머리 감기',
      d: ['송편 빚기', '떡국 먹기', '팥죽 먹기'],
      claimTrue: '단오에는 창포물에 머리를 감는 풍습이 있었다.',
      claimFalse: '단오의 대표적인 풍습은 송편을 빚는 것이다.',
    },
  },
  {
    topic: 'daeboreum',
    en: {
      q: 'On Jeongwol Daeboreum, people crack nuts such as walnuts and peanuts with their teeth to wish for good health. What is this custom called?',
      a: 'Bureom kkaegi',
      d: ['Sebae', 'Seongmyo', 'Charye'],
      claimTrue: 'Cracking nuts (bureom) with one’s teeth is a Jeongwol Daeboreum custom.',
      claimFalse: 'Cracking nuts (bureom) with one’s teeth is a Chuseok custom.',
    },
    ko: {
      q: '정월대보름에 한 해의 건강을 빌며 호두나 땅콩 같은 견과류를 깨무는 풍습은 무엇입니까?',
      a: '부럼 깨기',
      d: ['세배', '성묘', '차례'],
      claimTrue: '부럼 깨기는 정월대보름의 풍습이다.',
      claimFalse: '부럼 깨기는 추석의 풍습이다.',
    },
  },
  {
    topic: 'seollal',
    en: {
      q: 'Which traditional board game played with four wooden sticks is especially popular during Seollal?',
      a: 'Yunnori',
      d: ['Baduk', 'Janggi', 'Tuho'],
      claimTrue: 'Yunnori is a traditional game commonly played during Seollal.',
      claimFalse: 'Yunnori is played only on Hangul Day.',
    },
    ko: {
      q: '설날에 가족이 함께 네 개의 가락을 던져 말을 움직이며 즐기는 민속놀이는 무엇입니까?',
      a: '윷놀이',
      d: ['바둑', '장기', '투호'],
      claimTrue: '윷놀이는 설날에 즐겨 하는 민속놀이이다.',
      claimFalse: '윷놀이는 한글날에만 하는 놀이이다.',
    },
  },
];

// ---------------------------------------------------------------- food

const FOOD_FACTS: Fact[] = [
  {
    topic: 'seollal-food',
    en: {
      q: 'Which dish do Koreans traditionally eat on Seollal (Lunar New Year)?',
      a: 'Tteokguk (sliced rice cake soup)',
      d: ['Songpyeon (half-moon rice cakes)', 'Patjuk (red bean porridge)', 'Samgyetang (ginseng chicken soup)'],
      short: 'Which dish is traditionally eaten on Seollal (Korean Lunar New Year)? Answer with its Korean name written in Hangul.',
      shortAnswer: '떡국',
      claimTrue: 'Eating tteokguk (rice cake soup) is a Seollal tradition.',
      claimFalse: 'Eating patjuk (red bean porridge) is the main food tradition of Seollal.',
    },
    ko: {
      q: '설날에 먹는 대표적인 음식은 무엇입니까?',
      a: '떡국',
      d: ['송편', '팥죽', '삼계탕'],
      short: '설날에 먹는 대표적인 음식은 무엇입니까? 음식 이름만 쓰시오.',
      claimTrue: '설날에는 떡국을 먹는 풍습이 있다.',
      claimFalse: '설날의 대표 음식은 팥죽이다.',
    },
  },
  {
    topic: 'chuseok-food',
    en: {
      q: 'Which half-moon-shaped rice cake is traditionally made and eaten on Chuseok?',
      a: 'Songpyeon',
      d: ['Garaetteok', 'Injeolmi', 'Baekseolgi'],
      short: 'Which half-moon-shaped rice cake is traditionally made on Chuseok? Answer with its Korean name written in Hangul.',
      shortAnswer: '송편',
      claimTrue: 'Songpyeon is the traditional rice cake of Chuseok.',
      claimFalse: 'Injeolmi is the traditional half-moon-shaped rice cake of Chuseok.',
    },
    ko: {
      q: '추석에 빚어 먹는 반달 모양의 떡은 무엇입니까?',
      a: '송편',
      d: ['가래떡', '인절미', '백설기'],
      short: '추석에 빚어 먹는 반달 모양의 떡은 무엇입니까? 떡 이름만 쓰시오.',
      claimTrue: '추석에는 송편을 빚어 먹는다.',
      claimFalse: '추석에 빚어 먹는 반달 모양의 떡은 인절미이다.',
    },
  },
  {
    topic: 'dongji-food',
    en: {
      q: 'Which food is traditionally eaten on Dongji (the winter solstice) in Korea?',
      a: 'Patjuk (red bean porridge)',
      d: ['Tteokguk (rice cake soup)', 'Songpyeon (half-moon rice cakes)', 'Ogokbap (five-grain rice)'],
      claimTrue: 'Koreans traditionally eat patjuk (red bean porridge) on Dongji.',
      claimFalse: 'Koreans traditionally eat songpyeon on Dongji.',
    },
    ko: {
      q: '동지에 먹는 전통 음식은 무엇입니까?',
      a: '팥죽',
      d: ['떡국', '송편', '오곡밥'],
      short: '동지에 먹는 전통 음식은 무엇입니까? 음식 이름만 쓰시오.',
      claimTrue: '동지에는 팥죽을 쑤어 먹는 풍습이 있다.',
      claimFalse: '동지에는 송편을 빚어 먹는 풍습이 있다.',
    },
  },
  {
    topic: 'daeboreum-food',
    en: {
      q: 'Which rice dish made with five kinds of grain is eaten on Jeongwol Daeboreum?',
      a: 'Ogokbap (five-grain rice)',
      d: ['Bibimbap', 'Gimbap', 'Bokkeumbap (fried rice)'],
      claimTrue: 'Ogokbap (five-grain rice) is eaten on Jeongwol Daeboreum.',
      claimFalse: 'Gimbap is the traditional five-grain rice dish of Jeongwol Daeboreum.',
    },
    ko: {
      q: '정월대보름에 다섯 가지 곡식을 섞어 지어 먹는 밥은 무엇입니까?',
      a: '오곡밥',
      d: ['비빔밥', '김밥', '볶음밥'],
      short: '정월대보름에 다섯 가지 곡식을 섞어 지어 먹는 밥은 무엇입니까? 음식 이름만 쓰시오.',
      claimTrue: '정월대보름에는 오곡밥을 지어 먹는다.',
      claimFalse: '정월대보름에 다섯 가지 곡식으로 지어 먹는 밥은 김밥이다.',
    },
  },
  {
    topic: 'boknal-food',
    en: {
      q: 'Which chicken soup with ginseng do Koreans traditionally eat on the hottest days of summer (boknal)?',
      a: 'Samgyetang',
      d: ['Dakgalbi', 'Jjimdak', 'Dakgangjeong'],
      claimTrue: 'Samgyetang is traditionally eaten on boknal, the hottest days of summer.',
      claimFalse: 'Samgyetang is traditionally eaten only on Seollal.',
    },
    ko: {
      q: '복날에 더위를 이기기 위해 즐겨 먹는, 인삼을 넣은 닭 요리는 무엇입니까?',
      a: '삼계탕',
      d: ['닭갈비', '찜닭', '닭강정'],
      short: '복날에 더위를 이기기 위해 즐겨 먹는, 인삼을 넣은 닭 요리는 무엇입니까? 음식 이름만 쓰시오.',
      claimTrue: '복날에는 삼계탕을 먹는 풍습이 있다.',
      claimFalse: '삼계탕은 설날에만 먹는 음식이다.',
    },
  },
  {
    topic: 'birthday-food',
    en: {
      q: 'Which soup do Koreans traditionally eat on their birthday?',
      a: 'Miyeokguk (seaweed soup)',
      d: ['Tteokguk (rice cake soup)', 'Kongnamulguk (bean sprout soup)', 'Doenjangguk (soybean paste soup)'],
      claimTrue: 'Koreans traditionally eat miyeokguk (seaweed soup) on their birthday.',
      claimFalse: 'Koreans traditionally eat kongnamulguk (bean sprout soup) on their birthday.',
    },
    ko: {
      q: '우리나라에서 생일에 먹는 전통적인 국은 무엇입니까?',
      a: '미역국',
      d: ['떡국', '콩나물국', '된장국'],
      short: '우리나라에서 생일에 먹는 전통적인 국은 무엇입니까? 음식 이름만 쓰시오.',
      claimTrue: '우리나라에는 생일에 미역국을 먹는 풍습이 있다.',
      claimFalse: '우리나라에는 생일에 콩나물국을 먹는 풍습이 있다.',
    },
  },
  {
    topic: 'kimchi',
    en: {
      q: 'What is the main ingredient of kkakdugi?',
      a: 'Korean radish (mu)',
      d: ['Napa cabbage', 'Cucumber', 'Green onion'],
      claimTrue: 'Kkakdugi is a kimchi made from cubed Korean radish.',
      claimFalse: 'Kkakdugi is a kimchi made from whole cucumbers.',
    },
    ko: {
      q: '깍두기의 주재료는 무엇입니까?',
      a: '무',
      d: ['배추', '오이', '파'],
      claimTrue: '깍두기는 무를 깍둑썰기하여 담근 김치이다.',
      claimFalse: '깍두기는 오이를 통째로 담근 김치이다.',
    },
  },
  {
    topic: 'gimjang',
    en: {
      q: 'What is the Korean tradition of making large amounts of kimchi together in late autumn to last through winter called?',
      a: 'Gimjang',
      d: ['Charye', 'Seongmyo', 'Pyebaek'],
      claimTrue: 'Gimjang is the tradition of making large amounts of kimchi in late autumn for the winter.',
      claimFalse: 'Gimjang is the tradition of making kimchi only on Children’s Day.',
    },
    ko: {
      q: '겨울을 나기 위해 늦가을에 많은 양의 김치를 한꺼번에 담그는 일을 무엇이라고 합니까?',
      a: '김장',
      d: ['차례', '성묘', '폐백'],
      short: '겨울을 나기 위해 늦가을에 많은 양의 김치를 한꺼번에 담그는 일을 무엇이라고 합니까? 두 글자로 쓰시오.',
      claimTrue: '김장은 겨울을 나기 위해 늦가을에 김치를 많이 담그는 일이다.',
      claimFalse: '김장은 어린이날에만 김치를 담그는 풍습이다.',
    },
  },
  {
    topic: 'drinks',
    en: {
      q: 'Which sweet traditional Korean drink is made by fermenting cooked rice with malt (yeotgireum)?',
      a: 'Sikhye',
      d: ['Sujeonggwa', 'Makgeolli', 'Yuja tea'],
      claimTrue: 'Sikhye is a sweet rice drink made with malt.',
      claimFalse: 'Sikhye is a spicy soup made with red chili paste.',
    },
    ko: {
      q: '엿기름으로 밥을 삭혀 만든 달콤한 전통 음료는 무엇입니까?',
      a: '식혜',
      d: ['수정과', '막걸리', '유자차'],
      short: '엿기름으로 밥을 삭혀 만든 달콤한 전통 음료는 무엇입니까? 음료 이름만 쓰시오.',
      claimTrue: '식혜는 엿기름으로 밥을 삭혀 만든 달콤한 음료이다.',
      claimFalse: '식혜는 고추장을 풀어 끓인 매운 국이다.',
    },
  },
  {
    topic: 'drinks',
    en: {
      q: 'Which traditional Korean punch is made by boiling cinnamon and ginger and is often served with dried persimmons?',
      a: 'Sujeonggwa',
      d: ['Sikhye', 'Yuja tea', 'Omija tea'],
      claimTrue: 'Sujeonggwa is a punch made with cinnamon and ginger.',
      claimFalse: 'Sujeonggwa is a drink made by fermenting rice with malt.',
    },
    ko: {
      q: '계피와 생강을 달인 물에 곶감을 띄워 먹는 전통 음료는 무엇입니까?',
      a: '수정과',
      d: ['식혜', '유자차', '오미자차'],
      claimTrue: '수정과는 계피와 생강을 달여 만든 음료이다.',
      claimFalse: '수정과는 엿기름으로 밥을 삭혀 만든 음료이다.',
    },
  },
  {
    topic: 'regional-food',
    en: {
      q: 'Which dish is the city of Jeonju especially famous for?',
      a: 'Bibimbap',
      d: ['Dakgalbi', 'Milmyeon', 'Hoe-naengmyeon'],
      claimTrue: 'Jeonju is famous for its bibimbap.',
      claimFalse: 'Jeonju is best known for dakgalbi, a stir-fried chicken dish.',
    },
    ko: {
      q: '전주의 향토 음식으로 특히 유명한 것은 무엇입니까?',
      a: '비빔밥',
      d: ['닭갈비', '밀면', '회냉면'],
      claimTrue: '전주는 비빔밥으로 유명하다.',
      claimFalse: '전주의 대표 향토 음식은 닭갈비이다.',
    },
  },
  {
    topic: 'regional-food',
    en: {
      q: 'Which spicy stir-fried chicken dish is the city of Chuncheon famous for?',
      a: 'Dakgalbi',
      d: ['Bibimbap', 'Milmyeon', 'Sundae'],
      claimTrue: 'Chuncheon is famous for dakgalbi.',
      claimFalse: 'Chuncheon is famous for milmyeon, a wheat noodle dish from Busan.',
    },
    ko: {
      q: '춘천의 향토 음식으로 유명한, 닭고기를 양념하여 볶은 요리는 무엇입니까?',
      a: '닭갈비',
      d: ['비빔밥', '밀면', '순대'],
      short: '춘천의 향토 음식으로 유명한, 닭고기를 양념하여 볶은 요리는 무엇입니까? 음식 이름만 쓰시오.',
      claimTrue: '춘천은 닭갈비로 유명하다.',
      claimFalse: '춘천의 대표 향토 음식은 밀면이다.',
    },
  },
  {
    topic: 'fermented',
    en: {
      q: 'Doenjang, a staple Korean seasoning, is a fermented paste made mainly from what?',
      a: 'Soybeans',
      d: ['Rice', 'Red peppers only', 'Anchovies'],
      claimTrue: 'Doenjang is a fermented paste made from soybeans.',
      claimFalse: 'Doenjang is a fermented paste made from anchovies.',
    },
    ko: {
      q: '된장은 주로 무엇을 발효시켜 만든 장입니까?',
      a: '콩(메주)',
      d: ['쌀', '고춧가루만', '멸치'],
      claimTrue: '된장은 콩으로 쑨 메주를 발효시켜 만든다.',
      claimFalse: '된장은 멸치를 발효시켜 만든다.',
    },
  },
  {
    topic: 'noodles',
    en: {
      q: 'Japchae is made mainly with which kind of noodles?',
      a: 'Sweet potato starch noodles (dangmyeon)',
      d: ['Wheat noodles (somyeon)', 'Buckwheat noodles (memil guksu)', 'Rice vermicelli'],
      claimTrue: 'Japchae is made with sweet potato starch noodles (dangmyeon).',
      claimFalse: 'Japchae is made with thin wheat noodles (somyeon).',
    },
    ko: {
      q: '잡채의 주재료로 쓰이는 면은 무엇입니까?',
      a: '당면',
      d: ['소면', '메밀면', '쌀국수'],
      claimTrue: '잡채는 당면을 주재료로 만든다.',
      claimFalse: '잡채는 소면을 주재료로 만든다.',
    },
  },
];

// ---------------------------------------------------------------- clothing

const CLOTHING_FACTS: Fact[] = [
  {
    topic: 'hanbok',
    en: {
      q: 'What is traditional Korean clothing called?',
      a: 'Hanbok',
      d: ['Kimono', 'Qipao', 'Áo dài'],
      short: 'What is traditional Korean clothing called? Answer with the Korean word written in Hangul.',
      shortAnswer: '한복',
      claimTrue: 'Traditional Korean clothing is called hanbok.',
      claimFalse: 'Traditional Korean clothing is called kimono.',
    },
    ko: {
      q: '우리나라의 전통 의복을 무엇이라고 합니까?',
      a: '한복',
      d: ['기모노', '치파오', '아오자이'],
      short: '우리나라의 전통 의복을 무엇이라고 합니까? 두 글자로 쓰시오.',
      claimTrue: '우리나라의 전통 의복을 한복이라고 한다.',
      claimFalse: '우리나라의 전통 의복을 기모노라고 한다.',
    },
  },
  {
    topic: 'jeogori',
    en: {
      q: 'What is the short jacket worn as the upper garment of hanbok called?',
      a: 'Jeogori',
      d: ['Chima', 'Durumagi', 'Beoseon'],
      short: 'What is the short jacket worn as the upper garment of hanbok called? Answer with the Korean term written in Hangul.',
      shortAnswer: '저고리',
      claimTrue: 'The jeogori is the upper garment (jacket) of hanbok.',
      claimFalse: 'The jeogori is the long skirt of a women’s hanbok.',
    },
    ko: {
      q: '한복에서 윗옷(상의)을 무엇이라고 합니까?',
      a: '저고리',
      d: ['치마', '두루마기', '버선'],
      short: '한복에서 윗옷(상의)을 무엇이라고 합니까? 한글로 쓰시오.',
      claimTrue: '저고리는 한복의 윗옷이다.',
      claimFalse: '저고리는 여자 한복의 긴 치마를 가리킨다.',
    },
  },
  {
    topic: 'chima',
    en: {
      q: 'What is the skirt worn with a jeogori in a women’s hanbok called?',
      a: 'Chima',
      d: ['Baji', 'Baeja', 'Durumagi'],
      claimTrue: 'In a women’s hanbok, the skirt is called chima.',
      claimFalse: 'In a women’s hanbok, the skirt is called baji.',
    },
    ko: {
      q: '여자 한복에서 저고리와 함께 입는 아래옷은 무엇입니까?',
      a: '치마',
      d: ['바지', '배자', '두루마기'],
      claimTrue: '여자 한복은 저고리와 치마로 이루어진다.',
      claimFalse: '여자 한복에서 저고리와 함께 입는 아래옷은 배자이다.',
    },
  },
  {
    topic: 'durumagi',
    en: {
      q: 'What is the long outer coat worn over hanbok called?',
      a: 'Durumagi',
      d: ['Jeogori', 'Baeja', 'Chima'],
      claimTrue: 'The durumagi is a long overcoat worn over hanbok.',
      claimFalse: 'The durumagi is a pair of traditional socks.',
    },
    ko: {
      q: '한복 위에 덧입는 긴 겉옷은 무엇입니까?',
      a: '두루마기',
      d: ['저고리', '배자', '치마'],
      short: '한복 위에 덧입는 긴 겉옷은 무엇입니까? 한글로 쓰시오.',
      claimTrue: '두루마기는 한복 위에 덧입는 긴 겉옷이다.',
      claimFalse: '두루마기는 한복을 입을 때 신는 버선의 한 종류이다.',
    },
  },
  {
    topic: 'gat',
    en: {
      q: 'What is the wide-brimmed black hat, made of horsehair and bamboo, that adult men wore in the Joseon era called?',
      a: 'Gat',
      d: ['Jokduri', 'Daenggi', 'Binyeo'],
      claimTrue: 'The gat is a traditional wide-brimmed hat worn by Joseon-era men.',
      claimFalse: 'The gat is a bride’s ceremonial headpiece.',
    },
    ko: {
      q: '조선 시대 성인 남자가 쓰던, 말총과 대나무로 만든 챙이 넓은 검은 모자는 무엇입니까?',
      a: '갓',
      d: ['족두리', '댕기', '비녀'],
      short: '조선 시대 성인 남자가 쓰던, 말총과 대나무로 만든 챙이 넓은 검은 모자는 무엇입니까? 한 글자로 쓰시오.',
      claimTrue: '갓은 조선 시대 성인 남자가 쓰던 챙이 넓은 모자이다.',
      claimFalse: '갓은 전통 혼례 때 신부가 머리에 쓰는 관이다.',
    },
  },
  {
    topic: 'beoseon',
    en: {
      q: 'What are the traditional cotton socks worn with hanbok called?',
      a: 'Beoseon',
      d: ['Gomusin', 'Jipsin', 'Daenim'],
      claimTrue: 'Beoseon are traditional socks worn with hanbok.',
      claimFalse: 'Beoseon are traditional rubber shoes.',
    },
    ko: {
      q: '한복을 입을 때 발에 신는, 천으로 만든 전통 양말은 무엇입니까?',
      a: '버선',
      d: ['고무신', '짚신', '대님'],
      claimTrue: '버선은 한복을 입을 때 발에 신는 전통 양말이다.',
      claimFalse: '버선은 고무로 만든 전통 신발이다.',
    },
  },
  {
    topic: 'jokduri',
    en: {
      q: 'What is the small ornamented crown worn by a bride in a traditional Korean wedding called?',
      a: 'Jokduri',
      d: ['Gat', 'Daenggi', 'Manggeon'],
      claimTrue: 'A bride wears a jokduri in a traditional Korean wedding.',
      claimFalse: 'A jokduri is a hat worn by Joseon-era scholars.',
    },
    ko: {
      q: '전통 혼례 때 신부가 머리에 쓰는 작은 관은 무엇입니까?',
      a: '족두리',
      d: ['갓', '댕기', '망건'],
      claimTrue: '족두리는 전통 혼례 때 신부가 머리에 쓰는 관이다.',
      claimFalse: '족두리는 조선 시대 선비가 쓰던 모자이다.',
    },
  },
  {
    topic: 'saekdong',
    en: {
      q: 'What are the multicolored striped sleeves often seen on children’s hanbok called?',
      a: 'Saekdong',
      d: ['Otgoreum', 'Norigae', 'Daenim'],
      claimTrue: 'Saekdong refers to multicolored stripes often used on the sleeves of children’s hanbok.',
      claimFalse: 'Saekdong refers to the ribbon ties on the front of a jeogori.',
    },
    ko: {
      q: '여러 가지 색의 천을 이어 붙인 줄무늬로, 어린이 한복의 소매에 많이 쓰이는 것은 무엇입니까?',
      a: '색동',
      d: ['옷고름', '노리개', '대님'],
      claimTrue: '색동은 어린이 한복 소매에 많이 쓰이는 여러 색의 줄무늬이다.',
      claimFalse: '색동은 저고리 앞을 여미는 끈을 말한다.',
    },
  },
  {
    topic: 'otgoreum',
    en: {
      q: 'What are the long ribbons used to tie the front of a jeogori called?',
      a: 'Otgoreum',
      d: ['Daenggi', 'Daenim', 'Saekdong'],
      claimTrue: 'The otgoreum are ribbons that tie the front of a jeogori.',
      claimFalse: 'The otgoreum is a long outer coat worn over hanbok.',
    },
    ko: {
      q: '저고리의 앞섶을 여미기 위해 다는 긴 끈은 무엇입니까?',
      a: '옷고름',
      d: ['댕기', '대님', '색동'],
      claimTrue: '옷고름은 저고리의 앞을 여미는 끈이다.',
      claimFalse: '옷고름은 한복 위에 입는 긴 겉옷이다.',
    },
  },
  {
    topic: 'norigae',
    en: {
      q: 'What is the decorative tasseled pendant hung from a jeogori ribbon or skirt waistband called?',
      a: 'Norigae',
      d: ['Binyeo', 'Daenggi', 'Jokduri'],
      claimTrue: 'A norigae is a decorative pendant worn with hanbok.',
      claimFalse: 'A norigae is a traditional hairpin.',
    },
    ko: {
      q: '한복 저고리의 고름이나 치마허리에 다는 술이 달린 장신구는 무엇입니까?',
      a: '노리개',
      d: ['비녀', '댕기', '족두리'],
      claimTrue: '노리개는 한복에 다는 장신구이다.',
      claimFalse: '노리개는 쪽 찐 머리에 꽂는 비녀의 다른 이름이다.',
    },
  },
  {
    topic: 'binyeo',
    en: {
      q: 'What is the traditional long hairpin used to hold a married woman’s chignon in place called?',
      a: 'Binyeo',
      d: ['Norigae', 'Daenggi', 'Gat'],
      claimTrue: 'A binyeo is a traditional hairpin used to fix a chignon.',
      claimFalse: 'A binyeo is a traditional men’s hat.',
    },
    ko: {
      q: '쪽 찐 머리가 풀어지지 않도록 꽂는 전통 장신구는 무엇입니까?',
      a: '비녀',
      d: ['노리개', '댕기', '갓'],
      claimTrue: '비녀는 쪽 찐 머리에 꽂는 전통 장신구이다.',
      claimFalse: '비녀는 남자들이 쓰던 전통 모자이다.',
    },
  },
];

// ---------------------------------------------------------------- traditions

const TRADITION_FACTS: Fact[] = [
  {
    topic: 'sebae',
    en: {
      q: 'What is the custom of performing a deep bow to one’s elders on the morning of Seollal to offer New Year greetings called?',
      a: 'Sebae',
      d: ['Seongmyo', 'Beolcho', 'Pyebaek'],
      short: 'What is the Seollal custom of bowing deeply to elders to offer New Year greetings called? Answer with the Korean term written in Hangul.',
      shortAnswer: '세배',
      claimTrue: 'Sebae is the custom of bowing to elders to offer New Year greetings on Seollal.',
      claimFalse: 'Sebae is the custom of visiting ancestral graves before Chuseok to cut the grass.',
    },
    ko: {
      q: '설날 아침에 웃어른께 큰절을 올리며 새해 인사를 드리는 풍습은 무엇입니까?',
      a: '세배',
      d: ['성묘', '벌초', '폐백'],
      short: '설날 아침에 웃어른께 큰절을 올리며 새해 인사를 드리는 풍습은 무엇입니까? 두 글자로 쓰시오.',
      claimTrue: '세배는 설날에 웃어른께 절을 하며 새해 인사를 드리는 풍습이다.',
      claimFalse: '세배는 추석 전에 조상의 묘에 난 풀을 베는 일이다.',
    },
  },
  {
    topic: 'sebaetdon',
    en: {
      q: 'What is the money that elders give to children after receiving their New Year bow on Seollal called?',
      a: 'Sebaetdon',
      d: ['Chukuigeum (wedding gift money)', 'Buuigeum (condolence money)', 'Nojatdon'],
      claimTrue: 'Sebaetdon is money elders give to children who perform sebae on Seollal.',
      claimFalse: 'Sebaetdon is money given to a couple at their wedding.',
    },
    ko: {
      q: '설날에 세배를 한 아이들에게 어른들이 주는 돈을 무엇이라고 합니까?',
      a: '세뱃돈',
      d: ['축의금', '부의금', '노잣돈'],
      short: '설날에 세배를 한 아이들에게 어른들이 주는 돈을 무엇이라고 합니까? 한글로 쓰시오.',
      claimTrue: '세뱃돈은 설날에 세배를 한 아이들에게 어른들이 주는 돈이다.',
      claimFalse: '세뱃돈은 결혼식에서 신랑 신부에게 건네는 돈이다.',
    },
  },
  {
    topic: 'seongmyo',
    en: {
      q: 'What is the custom of visiting and tending ancestors’ graves, especially around Chuseok, called?',
      a: 'Seongmyo',
      d: ['Sebae', 'Doljanchi', 'Pyebaek'],
      claimTrue: 'Seongmyo is the custom of visiting ancestors’ graves, especially around Chuseok.',
      claimFalse: 'Seongmyo is a party held for a baby’s first birthday.',
    },
    ko: {
      q: '명절 등에 조상의 묘를 찾아가 돌보고 인사를 드리는 일은 무엇입니까?',
      a: '성묘',
      d: ['세배', '돌잔치', '폐백'],
      short: '명절 등에 조상의 묘를 찾아가 돌보고 인사를 드리는 일은 무엇입니까? 두 글자로 쓰시오.',
      claimTrue: '성묘는 조상의 묘를 찾아가 돌보고 인사를 드리는 일이다.',
      claimFalse: '성묘는 아기의 첫 생일을 축하하는 잔치이다.',
    },
  },
  {
    topic: 'beolcho',
    en: {
      q: 'What is the custom of cutting the grass and tidying ancestors’ graves before Chuseok called?',
      a: 'Beolcho',
      d: ['Gimjang', 'Sebae', 'Pyebaek'],
      claimTrue: 'Beolcho is the custom of trimming the grass on ancestors’ graves before Chuseok.',
      claimFalse: 'Beolcho is the custom of making kimchi for the winter.',
    },
    ko: {
      q: '추석 전에 조상의 묘에 자란 풀을 베어 깨끗이 정리하는 일은 무엇입니까?',
      a: '벌초',
      d: ['김장', '세배', '폐백'],
      claimTrue: '벌초는 추석 전에 조상의 묘에 난 풀을 베어 정리하는 일이다.',
      claimFalse: '벌초는 겨울을 나기 위해 김치를 담그는 일이다.',
    },
  },
  {
    topic: 'charye',
    en: {
      q: 'What is the ancestral memorial rite held on the mornings of Seollal and Chuseok called?',
      a: 'Charye',
      d: ['Gosa', 'Pyebaek', 'Doljabi'],
      short: 'What is the ancestral memorial rite held on the mornings of Seollal and Chuseok called? Answer with the Korean term written in Hangul.',
      shortAnswer: '차례',
      claimTrue: 'Charye is an ancestral rite held on holiday mornings such as Seollal and Chuseok.',
      claimFalse: 'Charye is a game played by throwing four wooden sticks.',
    },
    ko: {
      q: '설날이나 추석 아침에 조상께 지내는 제사를 무엇이라고 합니까?',
      a: '차례',
      d: ['고사', '폐백', '돌잡이'],
      short: '설날이나 추석 아침에 조상께 지내는 제사를 무엇이라고 합니까? 두 글자로 쓰시오.',
      claimTrue: '차례는 설날이나 추석 같은 명절 아침에 지내는 제사이다.',
      claimFalse: '차례는 네 개의 가락을 던져 노는 민속놀이이다.',
    },
  },
  {
    topic: 'doljanchi',
    en: {
      q: 'What is the party celebrating a baby’s first birthday called in Korea?',
      a: 'Doljanchi',
      d: ['Baegil janchi', 'Hwangap janchi', 'Jipdeuri'],
      claimTrue: 'A doljanchi celebrates a baby’s first birthday.',
      claimFalse: 'A doljanchi celebrates a person’s 60th birthday.',
    },
    ko: {
      q: '아기의 첫 번째 생일을 축하하는 잔치는 무엇입니까?',
      a: '돌잔치',
      d: ['백일잔치', '환갑잔치', '집들이'],
      short: '아기의 첫 번째 생일을 축하하는 잔치는 무엇입니까? 한글로 쓰시오.',
      claimTrue: '돌잔치는 아기의 첫 번째 생일을 축하하는 잔치이다.',
      claimFalse: '돌잔치는 만 60세 생일을 축하하는 잔치이다.',
    },
  },
  {
    topic: 'doljabi',
    en: {
      q: 'At a first-birthday party, the baby picks one of several objects (such as thread, a pencil or money) to foretell its future. What is this custom called?',
      a: 'Doljabi',
      d: ['Yunnori', 'Jegichagi', 'Sebae'],
      claimTrue: 'Doljabi is the first-birthday custom in which the baby picks an object that foretells its future.',
      claimFalse: 'Doljabi is a New Year game of kicking a shuttlecock.',
    },
    ko: {
      q: '돌잔치에서 아기가 실, 연필, 돈 등 여러 물건 중 하나를 집게 하여 장래를 점쳐 보는 풍습은 무엇입니까?',
      a: '돌잡이',
      d: ['윷놀이', '제기차기', '세배'],
      short: '돌잔치에서 아기가 여러 물건 중 하나를 집게 하여 장래를 점쳐 보는 풍습은 무엇입니까? 한글로 쓰시오.',
      claimTrue: '돌잡이는 돌잔치에서 아기가 물건을 집어 장래를 점쳐 보는 풍습이다.',
      claimFalse: '돌잡이는 설날에 제기를 차며 노는 놀이이다.',
    },
  },
  {
    topic: 'hwangap',
    en: {
      q: 'Hwangap is the traditional Korean celebration of which birthday?',
      a: 'The 60th birthday',
      d: ['The 1st birthday', 'The 70th birthday', 'The 100th day after birth'],
      claimTrue: 'Hwangap is the celebration of a person’s 60th birthday.',
      claimFalse: 'Hwangap is the celebration of a person’s 70th birthday.',
    },
    ko: {
      q: '환갑은 몇 번째 생일을 축하하는 것입니까?',
      a: '만 60세 생일',
      d: ['첫 번째 생일', '만 70세 생일', '태어난 지 100일째'],
      claimTrue: '환갑은 만 60세 생일을 이르는 말이다.',
      claimFalse: '환갑은 만 70세 생일을 이르는 말이다.',
    },
  },
  {
    topic: 'ganggangsullae',
    en: {
      q: 'Which traditional circle dance, performed by women holding hands under the full moon, is associated with Chuseok?',
      a: 'Ganggangsullae',
      d: ['Talchum', 'Buchaechum', 'Samulnori'],
      claimTrue: 'Ganggangsullae is a circle dance traditionally performed under the Chuseok full moon.',
      claimFalse: 'Ganggangsullae is a mask dance performed only at weddings.',
    },
    ko: {
      q: '추석 보름달 아래에서 여럿이 손을 잡고 원을 그리며 노래하고 춤추는 민속놀이는 무엇입니까?',
      a: '강강술래',
      d: ['탈춤', '부채춤', '사물놀이'],
      short: '추석 보름달 아래에서 여럿이 손을 잡고 원을 그리며 노래하고 춤추는 민속놀이는 무엇입니까? 한글로 쓰시오.',
      claimTrue: '강강술래는 추석 보름달 아래에서 손을 잡고 원을 그리며 추는 춤이다.',
      claimFalse: '강강술래는 혼례 때만 추는 탈춤이다.',
    },
  },
  {
    topic: 'pyebaek',
    en: {
      q: 'After a traditional wedding, the bride formally greets the groom’s parents and relatives with bows and offerings. What is this ceremony called?',
      a: 'Pyebaek',
      d: ['Charye', 'Doljabi', 'Seongmyo'],
      claimTrue: 'Pyebaek is the ceremony in which the bride greets the groom’s family after the wedding.',
      claimFalse: 'Pyebaek is the ceremony of visiting ancestral graves on Chuseok.',
    },
    ko: {
      q: '전통 혼례를 마친 뒤 신부가 시부모와 시댁 어른들께 절을 올리며 인사를 드리는 의식은 무엇입니까?',
      a: '폐백',
      d: ['차례', '돌잡이', '성묘'],
      claimTrue: '폐백은 혼례 후 신부가 시댁 어른들께 인사를 드리는 의식이다.',
      claimFalse: '폐백은 추석에 조상의 묘를 찾아가는 일이다.',
    },
  },
  {
    topic: 'pansori',
    en: {
      q: 'Which traditional Korean performing art features a singer telling a long story through song, speech and gesture, accompanied by a drummer?',
      a: 'Pansori',
      d: ['Talchum', 'Samulnori', 'Arirang'],
      claimTrue: 'In pansori, a singer tells a long story accompanied by a drummer (gosu).',
      claimFalse: 'Pansori is a form of Korean wrestling.',
    },
    ko: {
      q: '소리꾼이 고수의 북장단에 맞추어 노래와 말, 몸짓으로 긴 이야기를 엮어 가는 전통 예술은 무엇입니까?',
      a: '판소리',
      d: ['탈춤', '사물놀이', '아리랑'],
      short: '소리꾼이 고수의 북장단에 맞추어 노래와 말, 몸짓으로 긴 이야기를 엮어 가는 전통 예술은 무엇입니까? 한글로 쓰시오.',
      claimTrue: '판소리는 소리꾼이 고수의 북장단에 맞추어 이야기를 노래하는 전통 예술이다.',
      claimFalse: '판소리는 두 사람이 샅바를 잡고 겨루는 경기이다.',
    },
  },
  {
    topic: 'ssireum',
    en: {
      q: 'What is the traditional Korean sport in which two wrestlers grip each other’s satba (thigh sash) and try to bring the opponent to the ground?',
      a: 'Ssireum',
      d: ['Taekkyeon', 'Taekwondo', 'Judo'],
      claimTrue: 'Ssireum is traditional Korean wrestling in which wrestlers grip a satba.',
      claimFalse: 'Ssireum is a traditional kite-flying game.',
    },
    ko: {
      q: '두 사람이 샅바를 잡고 힘과 기술을 겨루어 상대를 넘어뜨리는 우리나라 전통 경기는 무엇입니까?',
      a: '씨름',
      d: ['택견', '태권도', '유도'],
      short: '두 사람이 샅바를 잡고 힘과 기술을 겨루어 상대를 넘어뜨리는 우리나라 전통 경기는 무엇입니까? 두 글자로 쓰시오.',
      claimTrue: '씨름은 샅바를 잡고 겨루는 우리나라 전통 경기이다.',
      claimFalse: '씨름은 연을 날리며 겨루는 놀이이다.',
    },
  },
];

const GROUPS: readonly FactGroup[] = [
  { subject: SUBJECTS.holiday, targetType: 'Local', taskType: 'Knowledge', category: 'korean-holidays', facts: HOLIDAY_FACTS },
  { subject: SUBJECTS.food, targetType: 'Local', taskType: 'Knowledge', category: 'korean-food', facts: FOOD_FACTS },
  { subject: SUBJECTS.clothing, targetType: 'Local', taskType: 'Knowledge', category: 'korean-clothing', facts: CLOTHING_FACTS },
  { subject: SUBJECTS.tradition, targetType: 'Local', taskType: 'Knowledge', category: 'korean-traditions', facts: TRADITION_FACTS },
];

export function cultureDrafts(): Draft[] {
  const out: Draft[] = [];
  for (const lang of LANGS) {
    const rng = new Rng(`culture:${lang}`);
    solarHolidayItems(rng, lang, out);
    lunarHolidayItems(rng, lang, out);
    for (const g of GROUPS) factGroupDrafts(rng, lang, g, out);
  }
  return out;
}
