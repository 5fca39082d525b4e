/**
 * Qualifiers the BenchHub taxonomy cannot express: school level ("고등학생", "high-school",
 * "college-level", "수능") and difficulty ("어려운", "hard questions"). They are not filters; the
 * plan names them as not applied so that nobody believes items were chosen by level.
 */
import { cs, en, ko } from './cues';
import { findAll, resolveOverlaps, type Match } from './match';

export interface Qualifier extends Match {
  kind: 'school-level' | 'difficulty';
}

const SCHOOL_LEVEL: readonly RegExp[] = [
  ...en(
    'high ?school(?:ers?)?',
    'middle ?school(?:ers?)?',
    'junior high',
    'elementary(?: school)?',
    'primary school',
    'grade ?school',
    'kindergarten',
    'k ?12',
    '(?:college|university|undergraduate|graduate|phd|ph\\.d\\.|doctoral|professional|expert) ?level',
    'undergraduates?',
    'university students?',
    'college students?',
    'grad(?:uate)? students?',
    'freshm[ae]n',
    'grade \\d{1,2}',
    '\\d{1,2}(?:st|nd|rd|th) grade(?:rs)?',
    'csat',
    'gcse',
    'a ?levels?',
    'advanced placement',
  ),
  ...cs('(?<![A-Za-z])AP(?=\\s+(?:exams?|tests?|courses?|level))', '(?<![A-Za-z])SAT(?![A-Za-z])'),
  ...ko(
    '고등학생',
    '고등학교',
    '고교',
    '고[123](?![0-9])',
    '중학생',
    '중학교',
    '중[123](?![0-9])',
    '초등학생',
    '초등학교',
    '초등',
    '중등',
    '대학생',
    '대학교? 수준',
    '대학원(?:생)?',
    '학부생',
    '수능',
    '유치원',
    '[1-6]학년',
    '(?:초|중|고)등 수준',
  ),
];

const DIFFICULTY: readonly RegExp[] = [
  ...en(
    '(?:very |really |extremely )?(?:hard|harder|hardest|difficult|challenging|tough|easy|easier|simple|basic|advanced|beginner|intermediate)(?: level)?(?=[\\s-]+(?:[a-z]+[\\s-]+){0,2}(?:questions?|problems?|items?|exercises?|tasks?|exams?|tests?|quiz(?:zes)?|ones))',
    'difficulty(?: levels?)?',
    'olympiad',
  ),
  ...ko('어려운', '쉬운', '난이도', '고난도', '고난이도', '심화', '킬러 문항', '올림피아드', '기초 (?:수준|문제)', '초급', '중급', '고급 (?:수준|문제)'),
];

/** School-level and difficulty qualifiers in text order (overlaps resolved, longest first). */
export function findQualifiers(text: string): Qualifier[] {
  const found: Qualifier[] = [
    ...findAll(text, SCHOOL_LEVEL).map((m) => ({ ...m, kind: 'school-level' as const })),
    ...findAll(text, DIFFICULTY).map((m) => ({ ...m, kind: 'difficulty' as const })),
  ];
  return resolveOverlaps(found);
}
