import { describe, expect, it } from 'vitest';
import {
  COARSE_CATEGORIES,
  FINE_CATEGORIES,
  FINE_KO_NAMES,
  coarseOf,
  expandSubjects,
  fineNameOf,
  finesOf,
  isCoarse,
  isFine,
  koreanNameOf,
  normalizeLanguage,
  normalizeProblemType,
  normalizeSubject,
  normalizeTargetType,
  normalizeTaskType,
  sortSubjects,
} from './index';

describe('taxonomy data', () => {
  it('has 6 coarse and 63 unique fine categories', () => {
    expect(COARSE_CATEGORIES).toHaveLength(6);
    expect(FINE_CATEGORIES).toHaveLength(63);
    expect(new Set(FINE_CATEGORIES).size).toBe(63);
  });

  it('every fine belongs to a known coarse (split on the first slash)', () => {
    for (const f of FINE_CATEGORIES) expect(coarseOf(f)).not.toBeNull();
    expect(coarseOf('Social Intelligence/Value/Alignment')).toBe('Social Intelligence');
    expect(fineNameOf('Social Intelligence/Value/Alignment')).toBe('Value/Alignment');
    expect(coarseOf('Tech./Coding')).toBe('Tech.');
    expect(coarseOf('Science')).toBe('Science');
    expect(coarseOf('Science/Alchemy')).toBeNull();
    expect(coarseOf('nonsense')).toBeNull();
  });

  it('fine names are unique across coarse categories', () => {
    const names = FINE_CATEGORIES.map(fineNameOf);
    expect(new Set(names).size).toBe(names.length);
  });

  it('counts per coarse match the leaderboard seed', () => {
    expect(finesOf('Art & Sports')).toHaveLength(9);
    expect(finesOf('Culture')).toHaveLength(9);
    expect(finesOf('HASS')).toHaveLength(15);
    expect(finesOf('Science')).toHaveLength(10);
    expect(finesOf('Social Intelligence')).toHaveLength(4);
    expect(finesOf('Tech.')).toHaveLength(16);
  });

  it('isCoarse / isFine are exact', () => {
    expect(isCoarse('Science')).toBe(true);
    expect(isCoarse('science')).toBe(false);
    expect(isCoarse('Science/Math')).toBe(false);
    expect(isFine('Science/Math')).toBe(true);
    expect(isFine('Science')).toBe(false);
    expect(isFine(42)).toBe(false);
  });

  it('has Korean display names for everything', () => {
    for (const f of FINE_CATEGORIES) expect(FINE_KO_NAMES[f].length).toBeGreaterThan(0);
    expect(koreanNameOf('Science/Math')).toBe('수학');
    expect(koreanNameOf('Culture')).toBe('문화');
    expect(koreanNameOf('x')).toBeNull();
  });

  it('sorts subjects into taxonomy order', () => {
    expect(sortSubjects(['Tech./Coding', 'Science/Math', 'Science', 'Art & Sports/Music'])).toEqual([
      'Art & Sports/Music',
      'Science',
      'Science/Math',
      'Tech./Coding',
    ]);
  });
});

describe('normalizeSubject', () => {
  it.each([
    ['Science/Math', 'Science/Math'],
    ['science/math', 'Science/Math'],
    ['  SCIENCE / math ', 'Science/Math'],
    ['Math', 'Science/Math'],
    ['mathematics', 'Science/Math'],
    ['수학', 'Science/Math'],
    ['Tech/Coding', 'Tech./Coding'],
    ['tech./coding', 'Tech./Coding'],
    ['Technology/Coding', 'Tech./Coding'],
    ['coding', 'Tech./Coding'],
    ['Tech', 'Tech.'],
    ['technology', 'Tech.'],
    ['Tech./Civil Engineering', 'Tech./Civil Eng.'],
    ['civil eng', 'Tech./Civil Eng.'],
    ['arts & sports', 'Art & Sports'],
    ['Art and Sports/Music', 'Art & Sports/Music'],
    ['hass/history', 'HASS/History'],
    ['history', 'HASS/History'],
    ['Social Intelligence/Value/Alignment', 'Social Intelligence/Value/Alignment'],
    ['social intelligence/value alignment', 'Social Intelligence/Value/Alignment'],
    ['Value/Alignment', 'Social Intelligence/Value/Alignment'],
    ['culture/celebration holiday', 'Culture/Celebration Holiday'],
    ['Celebration-Holiday', 'Culture/Celebration Holiday'],
    ['culture/work_life', 'Culture/Work Life'],
    ['IT', 'Tech./IT'],
    ['humanities', 'HASS'],
    ['과학', 'Science'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeSubject(input)).toBe(expected);
  });

  it.each(['', '   ', 'Alchemy', 'Science/Alchemy', 'HASS/Math', 'Culture/Coding', 'Tech./Music'])(
    'rejects %j',
    (input) => {
      expect(normalizeSubject(input)).toBeNull();
    },
  );

  it('rejects non-strings', () => {
    expect(normalizeSubject(3)).toBeNull();
    expect(normalizeSubject(null)).toBeNull();
  });

  it('round-trips every canonical category, also lower-cased', () => {
    for (const c of [...COARSE_CATEGORIES, ...FINE_CATEGORIES]) {
      expect(normalizeSubject(c)).toBe(c);
      expect(normalizeSubject(c.toLowerCase())).toBe(c);
      expect(normalizeSubject(c.toUpperCase())).toBe(c);
    }
  });

  it('resolves every bare fine name', () => {
    for (const f of FINE_CATEGORIES) expect(normalizeSubject(fineNameOf(f))).toBe(f);
  });
});

describe('normalizeSubject — spellings of published BenchHub files', () => {
  it.each([
    // BenchHub-En/Ko exports: the taxonomy's own spelling, its abbreviations and their variants.
    ['Tech./Electrical Eng.', 'Tech./Electrical Eng.'],
    ['tech./electrical eng', 'Tech./Electrical Eng.'],
    ['Tech/Electrical Engineering', 'Tech./Electrical Eng.'],
    ['TECH./ELECTRICAL ENG.', 'Tech./Electrical Eng.'],
    ['tech/electrical_engineering', 'Tech./Electrical Eng.'],
    ['HASS/Politics', 'HASS/Politics'],
    ['hass/law', 'HASS/Law'],
    ['Science / Life Science', 'Science/Life Science'],
    // Multilingual exports: lower-case coarse/fine names with their own coarse spellings.
    ['science/math', 'Science/Math'],
    ['science/chemistry', 'Science/Chemistry'],
    ['social&humanity/history', 'HASS/History'],
    ['Social & Humanity / Economics', 'HASS/Economics'],
    ['social&humanity/psychology', 'HASS/Cognitive Studies'],
    ['arts&sports/music', 'Art & Sports/Music'],
    ['tech/programming', 'Tech./Coding'],
    ['misc/commonsense', 'Social Intelligence/Commonsense'],
    ['misc/norm', 'Social Intelligence/Norms'],
    ['misc', 'Social Intelligence'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeSubject(input)).toBe(expected);
  });
});

describe('expandSubjects', () => {
  it('expands coarse categories and keeps fines', () => {
    const out = expandSubjects(['Social Intelligence', 'Science/Math']);
    expect(out).toEqual([
      'Science/Math',
      'Social Intelligence/Bias',
      'Social Intelligence/Commonsense',
      'Social Intelligence/Norms',
      'Social Intelligence/Value/Alignment',
    ]);
  });

  it('deduplicates, normalizes and ignores unknown entries', () => {
    expect(expandSubjects(['math', 'Science/Math', 'bogus', 'tech/coding'])).toEqual([
      'Science/Math',
      'Tech./Coding',
    ]);
  });

  it('expands all coarse categories to all 63 fines', () => {
    expect(expandSubjects([...COARSE_CATEGORIES])).toHaveLength(63);
    expect(expandSubjects([])).toEqual([]);
  });
});

describe('vocabulary normalizers', () => {
  it.each([
    ['knowledge', 'Knowledge'],
    ['Knowledge', 'Knowledge'],
    ['지식', 'Knowledge'],
    ['reasoning', 'Reasoning'],
    ['REASONING', 'Reasoning'],
    ['추론', 'Reasoning'],
    ['Value/alignment', 'Value/Alignment'],
    ['value / alignment', 'Value/Alignment'],
    ['value', 'Value/Alignment'],
    ['alignment', 'Value/Alignment'],
    ['value_alignment', 'Value/Alignment'],
  ])('task %s → %s', (input, expected) => {
    expect(normalizeTaskType(input)).toBe(expected);
  });

  it.each([
    ['general', 'General'],
    ['GENERAL', 'General'],
    ['global', 'General'],
    ['local', 'Local'],
    ['Local', 'Local'],
    ['culture-specific', 'Local'],
    // The BenchHub authors' loader reads "cultural" as local.
    ['Cultural', 'Local'],
    ['cultural', 'Local'],
    ['CULTURAL', 'Local'],
  ])('target %s → %s', (input, expected) => {
    expect(normalizeTargetType(input)).toBe(expected);
  });

  it.each([
    ['mcqa', 'MCQA'],
    ['MCQ', 'MCQA'],
    ['multiple choice', 'MCQA'],
    ['Multiple-Choice', 'MCQA'],
    ['객관식', 'MCQA'],
    ['binary', 'Binary'],
    ['True/False', 'Binary'],
    ['yes-no', 'Binary'],
    ['OX', 'Binary'],
    ['short form', 'short-form'],
    ['short_form', 'short-form'],
    ['Short-Form', 'short-form'],
    ['short answer', 'short-form'],
    ['단답형', 'short-form'],
    ['open ended', 'open-ended'],
    ['open_ended', 'open-ended'],
    ['Open-Ended', 'open-ended'],
    ['서술형', 'open-ended'],
  ])('problem %s → %s', (input, expected) => {
    expect(normalizeProblemType(input)).toBe(expected);
  });

  it.each([
    ['ko', 'Korean'],
    ['KO', 'Korean'],
    ['kor', 'Korean'],
    ['korean', 'Korean'],
    ['Korean', 'Korean'],
    ['한국어', 'Korean'],
    ['en', 'English'],
    ['eng', 'English'],
    ['english', 'English'],
    ['English', 'English'],
    ['영어', 'English'],
    ['en-US', 'English'],
  ])('language %s → %s', (input, expected) => {
    expect(normalizeLanguage(input)).toBe(expected);
  });

  it('returns null for unknown values', () => {
    expect(normalizeTaskType('creativity')).toBeNull();
    expect(normalizeTargetType('national')).toBeNull();
    expect(normalizeProblemType('matching')).toBeNull();
    expect(normalizeLanguage('ja')).toBeNull();
    expect(normalizeLanguage(undefined)).toBeNull();
    expect(normalizeTaskType('')).toBeNull();
    expect(normalizeTaskType('constructor')).toBeNull();
  });
});
