/** HASS/Geography: world capitals and continents (General) and Korean geography (Local). */

import type { Language } from '../benchmark';
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
import { eunNeun, iGa } from './korean';
import { Rng } from './prng';

type Continent = 'Asia' | 'Europe' | 'Africa' | 'North America' | 'South America' | 'Oceania';

const CONTINENT_KO: Record<Continent, string> = {
  Asia: '아시아',
  Europe: '유럽',
  Africa: '아프리카',
  'North America': '북아메리카',
  'South America': '남아메리카',
  Oceania: '오세아니아',
};

export interface Country {
  en: string;
  ko: string;
  capitalEn: string;
  capitalKo: string;
  /** null for transcontinental countries (no continent question is asked). */
  continent: Continent | null;
  /** Capital name has one unambiguous spelling in both languages (safe for short-form). */
  shortOk: boolean;
}

export const COUNTRIES: readonly Country[] = [
  { en: 'France', ko: '프랑스', capitalEn: 'Paris', capitalKo: '파리', continent: 'Europe', shortOk: true },
  { en: 'Germany', ko: '독일', capitalEn: 'Berlin', capitalKo: '베를린', continent: 'Europe', shortOk: true },
  { en: 'Italy', ko: '이탈리아', capitalEn: 'Rome', capitalKo: '로마', continent: 'Europe', shortOk: true },
  { en: 'Spain', ko: '스페인', capitalEn: 'Madrid', capitalKo: '마드리드', continent: 'Europe', shortOk: true },
  { en: 'the United Kingdom', ko: '영국', capitalEn: 'London', capitalKo: '런던', continent: 'Europe', shortOk: true },
  { en: 'Portugal', ko: '포르투갈', capitalEn: 'Lisbon', capitalKo: '리스본', continent: 'Europe', shortOk: true },
  { en: 'Greece', ko: '그리스', capitalEn: 'Athens', capitalKo: '아테네', continent: 'Europe', shortOk: true },
  { en: 'Norway', ko: '노르웨이', capitalEn: 'Oslo', capitalKo: '오슬로', continent: 'Europe', shortOk: true },
  { en: 'Sweden', ko: '스웨덴', capitalEn: 'Stockholm', capitalKo: '스톡홀름', continent: 'Europe', shortOk: true },
  { en: 'Finland', ko: '핀란드', capitalEn: 'Helsinki', capitalKo: '헬싱키', continent: 'Europe', shortOk: true },
  { en: 'Denmark', ko: '덴마크', capitalEn: 'Copenhagen', capitalKo: '코펜하겐', continent: 'Europe', shortOk: true },
  { en: 'Poland', ko: '폴란드', capitalEn: 'Warsaw', capitalKo: '바르샤바', continent: 'Europe', shortOk: true },
  { en: 'Austria', ko: '오스트리아', capitalEn: 'Vienna', capitalKo: '빈', continent: 'Europe', shortOk: false },
  { en: 'Hungary', ko: '헝가리', capitalEn: 'Budapest', capitalKo: '부다페스트', continent: 'Europe', shortOk: true },
  { en: 'the Czech Republic', ko: '체코', capitalEn: 'Prague', capitalKo: '프라하', continent: 'Europe', shortOk: true },
  { en: 'Ireland', ko: '아일랜드', capitalEn: 'Dublin', capitalKo: '더블린', continent: 'Europe', shortOk: true },
  { en: 'Russia', ko: '러시아', capitalEn: 'Moscow', capitalKo: '모스크바', continent: null, shortOk: true },
  { en: 'Japan', ko: '일본', capitalEn: 'Tokyo', capitalKo: '도쿄', continent: 'Asia', shortOk: true },
  { en: 'China', ko: '중국', capitalEn: 'Beijing', capitalKo: '베이징', continent: 'Asia', shortOk: true },
  { en: 'India', ko: '인도', capitalEn: 'New Delhi', capitalKo: '뉴델리', continent: 'Asia', shortOk: false },
  { en: 'Thailand', ko: '태국', capitalEn: 'Bangkok', capitalKo: '방콕', continent: 'Asia', shortOk: true },
  { en: 'Vietnam', ko: '베트남', capitalEn: 'Hanoi', capitalKo: '하노이', continent: 'Asia', shortOk: true },
  { en: 'the Philippines', ko: '필리핀', capitalEn: 'Manila', capitalKo: '마닐라', continent: 'Asia', shortOk: true },
  { en: 'Mongolia', ko: '몽골', capitalEn: 'Ulaanbaatar', capitalKo: '울란바토르', continent: 'Asia', shortOk: false },
  { en: 'Saudi Arabia', ko: '사우디아라비아', capitalEn: 'Riyadh', capitalKo: '리야드', continent: 'Asia', shortOk: true },
  { en: 'Iran', ko: '이란', capitalEn: 'Tehran', capitalKo: '테헤란', continent: 'Asia', shortOk: true },
  { en: 'Pakistan', ko: '파키스탄', capitalEn: 'Islamabad', capitalKo: '이슬라마바드', continent: 'Asia', shortOk: true },
  { en: 'Egypt', ko: '이집트', capitalEn: 'Cairo', capitalKo: '카이로', continent: 'Africa', shortOk: true },
  { en: 'Kenya', ko: '케냐', capitalEn: 'Nairobi', capitalKo: '나이로비', continent: 'Africa', shortOk: true },
  { en: 'Nigeria', ko: '나이지리아', capitalEn: 'Abuja', capitalKo: '아부자', continent: 'Africa', shortOk: true },
  { en: 'Ethiopia', ko: '에티오피아', capitalEn: 'Addis Ababa', capitalKo: '아디스아바바', continent: 'Africa', shortOk: false },
  { en: 'Morocco', ko: '모로코', capitalEn: 'Rabat', capitalKo: '라바트', continent: 'Africa', shortOk: true },
  { en: 'Ghana', ko: '가나', capitalEn: 'Accra', capitalKo: '아크라', continent: 'Africa', shortOk: true },
  { en: 'Canada', ko: '캐나다', capitalEn: 'Ottawa', capitalKo: '오타와', continent: 'North America', shortOk: true },
  { en: 'the United States', ko: '미국', capitalEn: 'Washington, D.C.', capitalKo: '워싱턴 D.C.', continent: 'North America', shortOk: false },
  { en: 'Mexico', ko: '멕시코', capitalEn: 'Mexico City', capitalKo: '멕시코시티', continent: 'North America', shortOk: false },
  { en: 'Cuba', ko: '쿠바', capitalEn: 'Havana', capitalKo: '아바나', continent: 'North America', shortOk: false },
  { en: 'Brazil', ko: '브라질', capitalEn: 'Brasília', capitalKo: '브라질리아', continent: 'South America', shortOk: false },
  { en: 'Argentina', ko: '아르헨티나', capitalEn: 'Buenos Aires', capitalKo: '부에노스아이레스', continent: 'South America', shortOk: false },
  { en: 'Peru', ko: '페루', capitalEn: 'Lima', capitalKo: '리마', continent: 'South America', shortOk: true },
  { en: 'Chile', ko: '칠레', capitalEn: 'Santiago', capitalKo: '산티아고', continent: 'South America', shortOk: true },
  { en: 'Colombia', ko: '콜롬비아', capitalEn: 'Bogotá', capitalKo: '보고타', continent: 'South America', shortOk: false },
  { en: 'Australia', ko: '오스트레일리아(호주)', capitalEn: 'Canberra', capitalKo: '캔버라', continent: 'Oceania', shortOk: true },
  { en: 'New Zealand', ko: '뉴질랜드', capitalEn: 'Wellington', capitalKo: '웰링턴', continent: 'Oceania', shortOk: true },
];

/** Large non-capital cities: plausible wrong answers ("Sydney" for Australia...). */
const FAMOUS_NON_CAPITALS: Record<string, [string, string][]> = {
  Australia: [['Sydney', '시드니'], ['Melbourne', '멜버른']],
  Canada: [['Toronto', '토론토'], ['Vancouver', '밴쿠버']],
  Brazil: [['Rio de Janeiro', '리우데자네이루'], ['São Paulo', '상파울루']],
  'the United States': [['New York City', '뉴욕'], ['Los Angeles', '로스앤젤레스']],
  India: [['Mumbai', '뭄바이']],
  China: [['Shanghai', '상하이']],
  Nigeria: [['Lagos', '라고스']],
  Morocco: [['Casablanca', '카사블랑카']],
  Vietnam: [['Ho Chi Minh City', '호찌민']],
  'New Zealand': [['Auckland', '오클랜드']],
  Pakistan: [['Karachi', '카라치']],
  Japan: [['Osaka', '오사카']],
  Spain: [['Barcelona', '바르셀로나']],
  Italy: [['Milan', '밀라노']],
  Germany: [['Munich', '뮌헨']],
};

function geoMeta(topic: string, target: 'General' | 'Local', taskType: ItemMeta['taskType'] = 'Knowledge'): ItemMeta {
  return { subject: SUBJECTS.geography, taskType, targetType: target, category: 'geography', level: 'general', topic };
}

const capitalOf = (lang: Language, c: Country): string => (lang === 'Korean' ? c.capitalKo : c.capitalEn);
const nameOf = (lang: Language, c: Country): string => (lang === 'Korean' ? c.ko : c.en);

function capitalDistractors(rng: Rng, lang: Language, c: Country): string[] {
  const famous = (FAMOUS_NON_CAPITALS[c.en] ?? []).map(([en, ko]) => (lang === 'Korean' ? ko : en));
  const sameContinent = COUNTRIES.filter((o) => o !== c && o.continent === c.continent).map((o) => capitalOf(lang, o));
  return pickDistractors(rng, capitalOf(lang, c), [...famous, ...rng.shuffle(sameContinent)], COUNTRIES.map((o) => capitalOf(lang, o)));
}

function worldItem(rng: Rng, lang: Language, c: Country, template: number): Draft | null {
  const name = nameOf(lang, c);
  const capital = capitalOf(lang, c);
  switch (template) {
    case 0:
      if (!c.shortOk) return null;
      return shortDraft(
        lang,
        geoMeta('capital', 'General'),
        t(
          lang,
          `What is the capital city of ${name}? Answer with the city name in English only.`,
          `${name}의 수도는 어디입니까? 도시 이름만 한글로 쓰시오.`,
        ),
        capital,
      );
    case 1:
      return mcqaDraft(
        rng,
        lang,
        geoMeta('capital', 'General'),
        t(lang, `What is the capital of ${name}?`, `${name}의 수도는 어디입니까?`),
        capital,
        capitalDistractors(rng, lang, c),
      );
    case 2: {
      const truth = rng.bool();
      const claimed = truth ? capital : (capitalDistractors(rng, lang, c)[0] as string);
      return binaryDraft(
        lang,
        geoMeta('capital', 'General'),
        t(lang, `The capital of ${name} is ${claimed}.`, `${name}의 수도는 ${claimed}이다.`),
        truth,
      );
    }
    default: {
      if (c.continent === null) return null;
      const all = Object.keys(CONTINENT_KO) as Continent[];
      const label = (k: Continent) => (lang === 'Korean' ? CONTINENT_KO[k] : k);
      const others = rng.sample(
        all.filter((k) => k !== c.continent),
        3,
      );
      return mcqaDraft(
        rng,
        lang,
        geoMeta('continent', 'General'),
        t(lang, `On which continent is ${name} located?`, `${eunNeun(name)} 어느 대륙에 있는 나라입니까?`),
        label(c.continent),
        others.map(label),
      );
    }
  }
}

interface FactItem {
  en: { q: string; a: string; d: [string, string, string]; short?: string; claimTrue: string; claimFalse: string };
  ko: { q: string; a: string; d: [string, string, string]; short?: string; claimTrue: string; claimFalse: string };
  target: 'General' | 'Local';
  topic: string;
}

/** Hand-checked facts; short = short-form prompt (answer is `a`). */
const GEO_FACTS: FactItem[] = [
  {
    en: {
      q: 'Which is the largest ocean on Earth?',
      a: 'Pacific Ocean',
      d: ['Atlantic Ocean', 'Indian Ocean', 'Arctic Ocean'],
      claimTrue: 'The Pacific Ocean is the largest ocean on Earth.',
      claimFalse: 'The Atlantic Ocean is the largest ocean on Earth.',
    },
    ko: {
      q: '지구에서 가장 넓은 바다(대양)는 무엇입니까?',
      a: '태평양',
      d: ['대서양', '인도양', '북극해'],
      claimTrue: '지구에서 가장 넓은 대양은 태평양이다.',
      claimFalse: '지구에서 가장 넓은 대양은 대서양이다.',
    },
    target: 'General',
    topic: 'oceans',
  },
  {
    en: {
      q: 'What is the highest mountain on Earth above sea level?',
      a: 'Mount Everest',
      d: ['K2', 'Kilimanjaro', 'Mont Blanc'],
      claimTrue: 'Mount Everest is the highest mountain on Earth above sea level.',
      claimFalse: 'Kilimanjaro is the highest mountain on Earth above sea level.',
    },
    ko: {
      q: '해발 고도를 기준으로 세계에서 가장 높은 산은 무엇입니까?',
      a: '에베레스트산',
      d: ['K2', '킬리만자로산', '몽블랑'],
      claimTrue: '해발 고도 기준 세계에서 가장 높은 산은 에베레스트산이다.',
      claimFalse: '해발 고도 기준 세계에서 가장 높은 산은 킬리만자로산이다.',
    },
    target: 'General',
    topic: 'mountains',
  },
  {
    en: {
      q: 'Which country has the largest land area in the world?',
      a: 'Russia',
      d: ['Canada', 'China', 'the United States'],
      claimTrue: 'Russia is the largest country in the world by area.',
      claimFalse: 'China is the largest country in the world by area.',
    },
    ko: {
      q: '세계에서 면적이 가장 넓은 나라는 어디입니까?',
      a: '러시아',
      d: ['캐나다', '중국', '미국'],
      claimTrue: '세계에서 면적이 가장 넓은 나라는 러시아이다.',
      claimFalse: '세계에서 면적이 가장 넓은 나라는 중국이다.',
    },
    target: 'General',
    topic: 'countries',
  },
  {
    en: {
      q: 'On which continent is the Sahara Desert located?',
      a: 'Africa',
      d: ['Asia', 'South America', 'Oceania'],
      claimTrue: 'The Sahara Desert is located in Africa.',
      claimFalse: 'The Sahara Desert is located in South America.',
    },
    ko: {
      q: '사하라 사막은 어느 대륙에 있습니까?',
      a: '아프리카',
      d: ['아시아', '남아메리카', '오세아니아'],
      claimTrue: '사하라 사막은 아프리카 대륙에 있다.',
      claimFalse: '사하라 사막은 남아메리카 대륙에 있다.',
    },
    target: 'General',
    topic: 'deserts',
  },
  {
    en: {
      q: 'Off the coast of which country is the Great Barrier Reef?',
      a: 'Australia',
      d: ['New Zealand', 'Indonesia', 'the Philippines'],
      claimTrue: 'The Great Barrier Reef lies off the coast of Australia.',
      claimFalse: 'The Great Barrier Reef lies off the coast of New Zealand.',
    },
    ko: {
      q: '그레이트배리어리프(대보초)는 어느 나라의 앞바다에 있습니까?',
      a: '오스트레일리아(호주)',
      d: ['뉴질랜드', '인도네시아', '필리핀'],
      claimTrue: '그레이트배리어리프는 오스트레일리아(호주) 앞바다에 있다.',
      claimFalse: '그레이트배리어리프는 뉴질랜드 앞바다에 있다.',
    },
    target: 'General',
    topic: 'landmarks',
  },
  {
    en: {
      q: 'Which continent has the largest population?',
      a: 'Asia',
      d: ['Africa', 'Europe', 'North America'],
      claimTrue: 'Asia is the most populous continent.',
      claimFalse: 'Europe is the most populous continent.',
    },
    ko: {
      q: '인구가 가장 많은 대륙은 어디입니까?',
      a: '아시아',
      d: ['아프리카', '유럽', '북아메리카'],
      claimTrue: '인구가 가장 많은 대륙은 아시아이다.',
      claimFalse: '인구가 가장 많은 대륙은 유럽이다.',
    },
    target: 'General',
    topic: 'population',
  },
  // ---- Korea (Local)
  {
    en: {
      q: 'Which city is the largest port city in South Korea?',
      a: 'Busan',
      d: ['Incheon', 'Ulsan', 'Mokpo'],
      short: 'Which South Korean city is the country’s largest port? Answer with the city name in English only.',
      claimTrue: 'Busan is the largest port city in South Korea.',
      claimFalse: 'Mokpo is the largest port city in South Korea.',
    },
    ko: {
      q: '우리나라 최대의 항구 도시는 어디입니까?',
      a: '부산',
      d: ['인천', '울산', '목포'],
      short: '우리나라 최대의 항구 도시는 어디입니까? 도시 이름만 쓰시오.',
      claimTrue: '우리나라 최대의 항구 도시는 부산이다.',
      claimFalse: '우리나라 최대의 항구 도시는 목포이다.',
    },
    target: 'Local',
    topic: 'korea-cities',
  },
  {
    en: {
      q: 'What is the capital of South Korea?',
      a: 'Seoul',
      d: ['Busan', 'Sejong', 'Incheon'],
      short: 'What is the capital city of South Korea? Answer with the city name in English only.',
      claimTrue: 'Seoul is the capital of South Korea.',
      claimFalse: 'Busan is the capital of South Korea.',
    },
    ko: {
      q: '대한민국의 수도는 어디입니까?',
      a: '서울',
      d: ['부산', '세종', '인천'],
      short: '대한민국의 수도는 어디입니까? 도시 이름만 쓰시오.',
      claimTrue: '대한민국의 수도는 서울이다.',
      claimFalse: '대한민국의 수도는 부산이다.',
    },
    target: 'Local',
    topic: 'korea-cities',
  },
  {
    en: {
      q: 'Which is the largest island of South Korea?',
      a: 'Jeju Island',
      d: ['Geoje Island', 'Ulleung Island', 'Ganghwa Island'],
      claimTrue: 'Jeju Island is the largest island of South Korea.',
      claimFalse: 'Ganghwa Island is the largest island of South Korea.',
    },
    ko: {
      q: '우리나라에서 가장 큰 섬은 어디입니까?',
      a: '제주도',
      d: ['거제도', '울릉도', '강화도'],
      short: '우리나라에서 가장 큰 섬은 어디입니까? 섬 이름만 쓰시오.',
      claimTrue: '우리나라에서 가장 큰 섬은 제주도이다.',
      claimFalse: '우리나라에서 가장 큰 섬은 강화도이다.',
    },
    target: 'Local',
    topic: 'korea-landforms',
  },
  {
    en: {
      q: 'Which is the highest mountain in South Korea?',
      a: 'Hallasan',
      d: ['Jirisan', 'Seoraksan', 'Bukhansan'],
      claimTrue: 'Hallasan on Jeju Island is the highest mountain in South Korea.',
      claimFalse: 'Seoraksan is the highest mountain in South Korea.',
    },
    ko: {
      q: '남한에서 가장 높은 산은 무엇입니까?',
      a: '한라산',
      d: ['지리산', '설악산', '북한산'],
      short: '남한에서 가장 높은 산은 무엇입니까? 산 이름만 쓰시오.',
      claimTrue: '남한에서 가장 높은 산은 제주도에 있는 한라산이다.',
      claimFalse: '남한에서 가장 높은 산은 설악산이다.',
    },
    target: 'Local',
    topic: 'korea-landforms',
  },
  {
    en: {
      q: 'Which is the highest mountain on the Korean Peninsula?',
      a: 'Baekdusan (Mount Paektu)',
      d: ['Hallasan', 'Jirisan', 'Geumgangsan'],
      claimTrue: 'Baekdusan (Mount Paektu) is the highest mountain on the Korean Peninsula.',
      claimFalse: 'Jirisan is the highest mountain on the Korean Peninsula.',
    },
    ko: {
      q: '한반도에서 가장 높은 산은 무엇입니까?',
      a: '백두산',
      d: ['한라산', '지리산', '금강산'],
      short: '한반도에서 가장 높은 산은 무엇입니까? 산 이름만 쓰시오.',
      claimTrue: '한반도에서 가장 높은 산은 백두산이다.',
      claimFalse: '한반도에서 가장 높은 산은 지리산이다.',
    },
    target: 'Local',
    topic: 'korea-landforms',
  },
  {
    en: {
      q: 'Which river flows through the center of Seoul?',
      a: 'Han River',
      d: ['Nakdong River', 'Geum River', 'Yeongsan River'],
      claimTrue: 'The Han River flows through Seoul.',
      claimFalse: 'The Nakdong River flows through the center of Seoul.',
    },
    ko: {
      q: '서울의 한가운데를 가로질러 흐르는 강은 무엇입니까?',
      a: '한강',
      d: ['낙동강', '금강', '영산강'],
      short: '서울의 한가운데를 가로질러 흐르는 강은 무엇입니까? 강 이름만 쓰시오.',
      claimTrue: '서울의 한가운데를 가로질러 흐르는 강은 한강이다.',
      claimFalse: '서울의 한가운데를 가로질러 흐르는 강은 낙동강이다.',
    },
    target: 'Local',
    topic: 'korea-rivers',
  },
  {
    en: {
      q: 'Which is the longest river in South Korea?',
      a: 'Nakdong River',
      d: ['Han River', 'Geum River', 'Seomjin River'],
      claimTrue: 'The Nakdong River is the longest river in South Korea.',
      claimFalse: 'The Seomjin River is the longest river in South Korea.',
    },
    ko: {
      q: '남한에서 가장 긴 강은 무엇입니까?',
      a: '낙동강',
      d: ['한강', '금강', '섬진강'],
      claimTrue: '남한에서 가장 긴 강은 낙동강이다.',
      claimFalse: '남한에서 가장 긴 강은 섬진강이다.',
    },
    target: 'Local',
    topic: 'korea-rivers',
  },
  {
    en: {
      q: 'In which city is South Korea’s largest international airport, opened in 2001, located?',
      a: 'Incheon',
      d: ['Seoul', 'Gimpo', 'Suwon'],
      claimTrue: 'Incheon International Airport is located in the city of Incheon.',
      claimFalse: 'Incheon International Airport is located in Suwon.',
    },
    ko: {
      q: '2001년에 개항한 우리나라 최대의 국제공항은 어느 도시에 있습니까?',
      a: '인천',
      d: ['서울', '김포', '수원'],
      claimTrue: '인천국제공항은 인천광역시에 있다.',
      claimFalse: '인천국제공항은 수원시에 있다.',
    },
    target: 'Local',
    topic: 'korea-cities',
  },
  {
    en: {
      q: 'Which South Korean city was purpose-built to house many central government ministries and is a special self-governing city?',
      a: 'Sejong',
      d: ['Daejeon', 'Cheongju', 'Gwacheon'],
      claimTrue: 'Sejong is a special self-governing city that houses many central government ministries.',
      claimFalse: 'Cheongju is South Korea’s special self-governing city built to house central government ministries.',
    },
    ko: {
      q: '여러 중앙 행정 기관이 옮겨 간 우리나라의 특별자치시는 어디입니까?',
      a: '세종',
      d: ['대전', '청주', '과천'],
      claimTrue: '세종특별자치시에는 여러 중앙 행정 기관이 자리 잡고 있다.',
      claimFalse: '우리나라의 유일한 특별자치시는 청주이다.',
    },
    target: 'Local',
    topic: 'korea-cities',
  },
  {
    en: {
      q: 'Which is the second most populous city in South Korea?',
      a: 'Busan',
      d: ['Incheon', 'Daegu', 'Daejeon'],
      claimTrue: 'Busan is South Korea’s second most populous city after Seoul.',
      claimFalse: 'Daejeon is South Korea’s second most populous city after Seoul.',
    },
    ko: {
      q: '서울 다음으로 인구가 많은 우리나라의 도시는 어디입니까?',
      a: '부산',
      d: ['인천', '대구', '대전'],
      claimTrue: '부산은 서울 다음으로 인구가 많은 도시이다.',
      claimFalse: '대전은 서울 다음으로 인구가 많은 도시이다.',
    },
    target: 'Local',
    topic: 'korea-cities',
  },
];

interface KoreanCity {
  en: string;
  ko: string;
  province: number;
}

const PROVINCES: ReadonlyArray<{ en: string; ko: string }> = [
  { en: 'Gyeonggi Province', ko: '경기도' },
  { en: 'Gangwon Province', ko: '강원특별자치도' },
  { en: 'North Chungcheong Province', ko: '충청북도' },
  { en: 'South Chungcheong Province', ko: '충청남도' },
  { en: 'North Jeolla Province', ko: '전북특별자치도' },
  { en: 'South Jeolla Province', ko: '전라남도' },
  { en: 'North Gyeongsang Province', ko: '경상북도' },
  { en: 'South Gyeongsang Province', ko: '경상남도' },
];

/** Cities and the province they belong to (index into PROVINCES). */
const KOREAN_CITIES: readonly KoreanCity[] = [
  { en: 'Suwon', ko: '수원', province: 0 },
  { en: 'Goyang', ko: '고양', province: 0 },
  { en: 'Seongnam', ko: '성남', province: 0 },
  { en: 'Yongin', ko: '용인', province: 0 },
  { en: 'Chuncheon', ko: '춘천', province: 1 },
  { en: 'Gangneung', ko: '강릉', province: 1 },
  { en: 'Sokcho', ko: '속초', province: 1 },
  { en: 'Wonju', ko: '원주', province: 1 },
  { en: 'Cheongju', ko: '청주', province: 2 },
  { en: 'Chungju', ko: '충주', province: 2 },
  { en: 'Cheonan', ko: '천안', province: 3 },
  { en: 'Gongju', ko: '공주', province: 3 },
  { en: 'Jeonju', ko: '전주', province: 4 },
  { en: 'Gunsan', ko: '군산', province: 4 },
  { en: 'Iksan', ko: '익산', province: 4 },
  { en: 'Mokpo', ko: '목포', province: 5 },
  { en: 'Yeosu', ko: '여수', province: 5 },
  { en: 'Suncheon', ko: '순천', province: 5 },
  { en: 'Pohang', ko: '포항', province: 6 },
  { en: 'Gyeongju', ko: '경주', province: 6 },
  { en: 'Andong', ko: '안동', province: 6 },
  { en: 'Changwon', ko: '창원', province: 7 },
  { en: 'Jinju', ko: '진주', province: 7 },
  { en: 'Tongyeong', ko: '통영', province: 7 },
];

const METROPOLITAN: ReadonlyArray<[string, string, boolean]> = [
  ['Ulsan', '울산', true],
  ['Daejeon', '대전', true],
  ['Incheon', '인천', true],
  ['Busan', '부산', true],
  ['Daegu', '대구', true],
  ['Suwon', '수원', false],
  ['Jeonju', '전주', false],
  ['Cheongju', '청주', false],
  ['Changwon', '창원', false],
];

function factItems(rng: Rng, lang: Language, f: FactItem, out: Draft[]): void {
  const s = lang === 'Korean' ? f.ko : f.en;
  const m = geoMeta(f.topic, f.target);
  out.push(mcqaDraft(rng, lang, m, s.q, s.a, s.d));
  const truth = rng.bool();
  out.push(binaryDraft(lang, m, truth ? s.claimTrue : s.claimFalse, truth));
  if (s.short) out.push(shortDraft(lang, m, s.short, s.a));
}

function koreaCityItems(rng: Rng, lang: Language, out: Draft[]): void {
  KOREAN_CITIES.forEach((c, i) => {
    const m = geoMeta('korea-provinces', 'Local');
    const province = PROVINCES[c.province]!;
    const provName = (p: { en: string; ko: string }) => (lang === 'Korean' ? p.ko : p.en);
    const others = PROVINCES.filter((p) => p !== province);
    if ((i + (lang === 'Korean' ? 1 : 0)) % 2 === 0) {
      out.push(
        mcqaDraft(
          rng,
          lang,
          m,
          t(lang, `In which province is the city of ${c.en} located?`, `${iGa(c.ko)} 속한 도는 어디입니까?`),
          provName(province),
          rng.sample(others, 3).map(provName),
        ),
      );
    } else {
      const truth = rng.bool();
      const claimed = truth ? province : rng.pick(others);
      out.push(
        binaryDraft(
          lang,
          m,
          t(lang, `The city of ${c.en} is in ${claimed.en}.`, `${eunNeun(c.ko)} ${claimed.ko}에 속한 도시이다.`),
          truth,
        ),
      );
    }
  });
  for (const [en, ko, isMetro] of METROPOLITAN) {
    out.push(
      binaryDraft(
        lang,
        geoMeta('korea-metropolitan-cities', 'Local'),
        t(lang, `${en} is one of South Korea’s metropolitan cities (gwangyeok-si).`, `${eunNeun(ko)} 광역시이다.`),
        isMetro,
      ),
    );
  }
}

export function geographyDrafts(): Draft[] {
  const out: Draft[] = [];
  for (const lang of LANGS) {
    const rng = new Rng(`geography:${lang}`);
    COUNTRIES.forEach((c, i) => {
      const offset = lang === 'Korean' ? 2 : 0;
      for (const k of [0, 1]) {
        const item = worldItem(rng, lang, c, (i + offset + k * 2) % 4);
        if (item) out.push(item);
      }
    });
    for (const f of GEO_FACTS) factItems(rng, lang, f, out);
    koreaCityItems(rng, lang, out);
  }
  return out;
}
