/**
 * Professions → subjects (Korean and English words). A user who names a profession and no subject
 * ("간호사가 쓸 모델", "a model for a pharmacist") means the subjects of that work.
 *
 * `fit` says how well the taxonomy expresses the profession: 'close' when a subject is the work
 * (lawyer → Law, developer → Coding and IT), 'loose' when the subjects only approximate it (nurse →
 * Life Science: the taxonomy has no nursing category); a loose fit is named in the plan's notes.
 * Teachers teach a subject: "수학 선생님" plans Math, and "teacher" alone falls back to Education
 * (strength 'fallback'). "engineer" alone is the Tech. area, dropped when a Tech. fine is named.
 */
import { en, ko, type SubjectCue } from './cues';

export const PROFESSION_CUES: readonly SubjectCue[] = [
  {
    subject: 'Science/Life Science',
    profession: { label: 'doctor', fit: 'loose' },
    patterns: [
      ...en('doctors?', 'physicians?', 'surgeons?', 'clinicians?', 'medical doctors?', 'medical professionals?'),
      ...ko('의사(?!\\s*(?:결정|소통|표현|표시|록|진행|일정))', '의료인', '전문의', '외과 의사', '내과 의사', '레지던트'),
    ],
  },
  {
    subject: 'Science/Life Science',
    profession: { label: 'nurse', fit: 'loose' },
    patterns: [...en('nurses?', 'nursing staff'), ...ko('간호사', '간호 조무사')],
  },
  {
    subject: 'Science/Life Science',
    also: ['Science/Chemistry'],
    profession: { label: 'pharmacist', fit: 'loose' },
    patterns: [...en('pharmacists?', 'druggists?'), ...ko('(?<![요절])약사(?!항)')],
  },
  {
    subject: 'Science/Life Science',
    profession: { label: 'dentist', fit: 'loose' },
    patterns: [...en('dentists?'), ...ko('치과 의사', '치과의')],
  },
  {
    subject: 'Science/Biology',
    also: ['Science/Life Science'],
    profession: { label: 'veterinarian', fit: 'loose' },
    patterns: [...en('veterinarians?', 'vets'), ...ko('수의사')],
  },
  {
    subject: 'HASS/Law',
    profession: { label: 'lawyer', fit: 'close' },
    patterns: [
      ...en('lawyers?', 'attorneys?', 'paralegals?', 'judges?', 'prosecutors?', 'legal professionals?', 'law firms?'),
      ...ko('변호사', '법조인', '판사', '법무사', '법률가', '로펌', '법무팀'),
    ],
  },
  {
    subject: 'HASS/Economics',
    profession: { label: 'accountant', fit: 'loose' },
    patterns: [...en('accountants?', 'cpas?', 'auditors?', 'bookkeepers?'), ...ko('회계사', '회계 담당자', '감사인')],
  },
  {
    subject: 'HASS/Economics',
    also: ['HASS/Law'],
    profession: { label: 'tax accountant', fit: 'loose' },
    patterns: [...en('tax (?:accountants?|advisors?|advisers?|attorneys?)'), ...ko('세무사')],
  },
  {
    subject: 'HASS/Economics',
    profession: { label: 'economist', fit: 'close' },
    patterns: [...en('economists?', 'bankers?', 'financial analysts?', 'fund managers?'), ...ko('경제학자', '은행원', '애널리스트', '펀드 매니저')],
  },
  {
    subject: 'Tech./Coding',
    also: ['Tech./IT'],
    profession: { label: 'developer', fit: 'close' },
    patterns: [
      ...en('developers?', 'programmers?', 'software engineers?', 'coders?', 'web developers?', 'devops engineers?'),
      ...ko('개발자', '프로그래머', '코더', '소프트웨어 엔지니어'),
    ],
  },
  {
    subject: 'Science/Statistics',
    also: ['Tech./AI'],
    profession: { label: 'data scientist', fit: 'close' },
    patterns: [...en('data scientists?', 'data analysts?', 'ml engineers?', 'machine learning engineers?'), ...ko('데이터 (?:과학자|분석가|사이언티스트)')],
  },
  {
    subject: 'Tech./Civil Eng.',
    profession: { label: 'civil engineer', fit: 'close' },
    patterns: en('civil engineers?', 'structural engineers?'),
  },
  {
    subject: 'Tech./Chemical Eng.',
    profession: { label: 'chemical engineer', fit: 'close' },
    patterns: en('chemical engineers?'),
  },
  {
    subject: 'Tech.',
    profession: { label: 'engineer', fit: 'loose' },
    strength: 'weakCoarse',
    patterns: [...en('engineers?'), ...ko('엔지니어', '기술자', '공학자')],
  },
  {
    subject: 'HASS/Education',
    profession: { label: 'teacher', fit: 'loose' },
    strength: 'fallback',
    patterns: [
      ...en('teachers?', 'instructors?', 'tutors?', 'educators?', 'lecturers?', 'professors?'),
      ...ko('선생님?', '교사', '교원', '강사', '교수(?!법)', '과외 선생님?'),
    ],
  },
  {
    subject: 'HASS/Media',
    profession: { label: 'journalist', fit: 'close' },
    patterns: [...en('journalists?', 'reporters?', 'news editors?'), ...ko('기자(?!재)', '언론인')],
  },
  {
    subject: 'HASS/Administration',
    profession: { label: 'civil servant', fit: 'close' },
    patterns: en('civil servants?', 'public officials?', 'government officials?'),
  },
  {
    subject: 'HASS/Language',
    profession: { label: 'translator', fit: 'close' },
    patterns: [...en('translators?', 'interpreters?'), ...ko('번역가', '통역사')],
  },
  {
    subject: 'HASS/Politics',
    profession: { label: 'diplomat', fit: 'close' },
    patterns: [...en('diplomats?', 'politicians?'), ...ko('외교관', '정치인')],
  },
  {
    subject: 'HASS/Welfare',
    profession: { label: 'social worker', fit: 'close' },
    patterns: [...en('social workers?', 'caregivers?'), ...ko('사회 복지사', '요양 보호사')],
  },
  {
    subject: 'HASS/Cognitive Studies',
    profession: { label: 'counselor', fit: 'loose' },
    patterns: [...en('counsell?ors?', 'therapists?', 'psychologists?'), ...ko('상담사', '상담 교사', '심리 상담사', '임상 심리사')],
  },
  {
    subject: 'Culture/Food',
    profession: { label: 'chef', fit: 'close' },
    patterns: [...en('chefs?', 'cooks'), ...ko('요리사', '셰프', '조리사')],
  },
  {
    subject: 'Tech./Agricultural Eng.',
    profession: { label: 'farmer', fit: 'close' },
    patterns: [...en('farmers?'), ...ko('농부', '농민', '농업인')],
  },
  {
    subject: 'Tech./Aerospace Eng.',
    profession: { label: 'pilot', fit: 'loose' },
    patterns: [...en('airline pilots?', 'aircraft pilots?'), ...ko('조종사', '파일럿')],
  },
  {
    subject: 'Tech./Mechanics',
    profession: { label: 'mechanic', fit: 'close' },
    patterns: [...en('car mechanics', 'auto mechanics'), ...ko('정비사')],
  },
];
