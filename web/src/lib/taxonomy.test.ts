import { describe, expect, it } from 'vitest';
import { buildTaxonomy, coarseOf, shortLabel, shortNameOf, sortSubjects, subjectLabel, withCount, type Categories } from './taxonomy';

/** A slice of the `categories` answer. */
const categories: Categories = [
  {
    name: 'Culture',
    koreanName: '문화',
    itemCount: 120,
    fines: [
      { name: 'Culture/Food', koreanName: '음식', itemCount: 40 },
      { name: 'Culture/Tradition', koreanName: '전통', itemCount: 80 },
    ],
  },
  {
    name: 'Science',
    koreanName: '과학',
    itemCount: 1234,
    fines: [
      { name: 'Science/Math', koreanName: '수학', itemCount: 348 },
      { name: 'Science/Physics', koreanName: null, itemCount: 0 },
    ],
  },
  {
    name: 'Social Intelligence',
    koreanName: '사회 지능',
    itemCount: 5,
    fines: [{ name: 'Social Intelligence/Value/Alignment', koreanName: '가치·정렬', itemCount: 5 }],
  },
];

describe('taxonomy from the categories query', () => {
  const taxonomy = buildTaxonomy(categories);

  it('indexes coarse and fine subjects in server order, with counts', () => {
    expect(taxonomy.groups.map((g) => [g.coarse.name, g.fines.map((f) => f.name)])).toEqual([
      ['Culture', ['Culture/Food', 'Culture/Tradition']],
      ['Science', ['Science/Math', 'Science/Physics']],
      ['Social Intelligence', ['Social Intelligence/Value/Alignment']],
    ]);
    expect(taxonomy.subjects.get('Science/Math')).toMatchObject({ coarse: 'Science', isCoarse: false, shortName: 'Math', itemCount: 348 });
    expect(taxonomy.subjects.get('Science')).toMatchObject({ isCoarse: true, itemCount: 1234 });
    expect(taxonomy.subjects.get('Social Intelligence/Value/Alignment')?.shortName).toBe('Value/Alignment');
    expect(taxonomy.subjects.size).toBe(8);
  });

  it('builds one index per answer', () => {
    expect(buildTaxonomy(categories)).toBe(taxonomy);
  });

  it('splits subjects at the first slash', () => {
    expect(coarseOf('Social Intelligence/Value/Alignment')).toBe('Social Intelligence');
    expect(shortNameOf('Social Intelligence/Value/Alignment')).toBe('Value/Alignment');
    expect(coarseOf('Science')).toBe('Science');
  });

  it('labels subjects: canonical in English, Korean names in Korean', () => {
    expect(subjectLabel('Science/Math', 'en', taxonomy)).toBe('Science/Math');
    expect(subjectLabel('Science/Math', 'ko', taxonomy)).toBe('과학 · 수학');
    expect(subjectLabel('Science', 'ko', taxonomy)).toBe('과학');
    // No Korean name, unknown subject, or no taxonomy yet: the canonical name.
    expect(subjectLabel('Science/Physics', 'ko', taxonomy)).toBe('Science/Physics');
    expect(subjectLabel('Zzz/Unknown', 'ko', taxonomy)).toBe('Zzz/Unknown');
    expect(subjectLabel('Science/Math', 'ko', null)).toBe('Science/Math');
    expect(shortLabel(taxonomy.subjects.get('Science/Math')!, 'en')).toBe('Math');
    expect(shortLabel(taxonomy.subjects.get('Science/Math')!, 'ko')).toBe('수학');
  });

  it('puts item counts next to labels', () => {
    expect(withCount('Math', 348, 'en')).toBe('Math (348)');
    expect(withCount('Science', 1234, 'en')).toBe('Science (1,234)');
    expect(withCount('수학', 0, 'ko')).toBe('수학 (0)');
  });

  it('orders subjects by taxonomy, unknown last in input order', () => {
    expect(sortSubjects(['Science/Math', 'Zzz', 'Culture/Food', 'Yyy', 'Culture'], taxonomy)).toEqual([
      'Culture',
      'Culture/Food',
      'Science/Math',
      'Zzz',
      'Yyy',
    ]);
    expect(sortSubjects(['Science', 'Culture'], null)).toEqual(['Science', 'Culture']);
  });
});
