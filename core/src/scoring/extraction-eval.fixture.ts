/**
 * Evaluation set for answer extraction: realistic model outputs (Korean and English), each with the
 * verdict a careful human grader gives it. Written from how models actually answer — reasoning first,
 * corrections, hedges, per-option analysis, verdicts followed by explanations — not from the
 * extractor's rules, and reviewed case by case before the extractor was changed.
 *
 * Grading conventions (what "careful grader" means here):
 * - The answer is what the model commits to last. Corrections count ("Answer: A … wait … B" → B);
 *   a counterfactual after the conclusion does not ("…B. If it asked X, D would be right" → B).
 * - A negated option is not the answer ("3번이 아니고 4번" → 4, "not 12 but 14" → 14).
 * - Committing to two or more options at once (a hedge, "B or C", "B and D are both correct", "정답: 2, 4")
 *   earns no credit: status `ambiguous`, counted apart from `unparsed` (nothing readable).
 * - Short answers are compared as a grader would: number words are numbers, a date is a date in any
 *   order or with ordinals, "Canberra, Australia" names Canberra, a year keeps its meaning when
 *   another year follows in parentheses. Program output (`match: exact`) is compared exactly.
 * - `extracted` is checked when given: the option letter for MCQA, "True"/"False" for Binary.
 */
import type { ProblemType } from '../benchmark';
import type { ScoreStatus } from './score';

export const EXTRACTION_FAMILIES = [
  'negated-option',
  'hedge',
  'option-analysis',
  'counterfactual',
  'korean-labels',
  'binary-verdict-first',
  'korean-negative-verdict',
  'number-words',
  'dates',
  'city-country',
  'year-parenthetical',
  'decimal-not-label',
  'letter-case-options',
  'program-output-exact',
  'numeric-tolerance',
  'many-options',
] as const;
export type ExtractionFamily = (typeof EXTRACTION_FAMILIES)[number];

export interface ExtractionEvalCase {
  family: ExtractionFamily;
  problemType: ProblemType;
  options: string[] | null;
  answer: string;
  /** The item's additionalInfo JSON (match mode), when not the default. */
  additionalInfo?: string;
  output: string;
  expected: { status: Exclude<ScoreStatus, 'unscored'>; extracted?: string | null };
  /**
   * A known disagreement with the grader, kept in the set (and in the agreement figure) so the miss
   * stays visible; its test is expected to fail until fixed.
   */
  knownIssue?: string;
}

const EN_CITIES = ['London', 'Paris', 'Berlin', 'Madrid'];
const KO_CITIES = ['서울', '부산', '대구', '인천'];
const ORGANELLES = ['Mitochondria', 'Nucleus', 'Ribosome', 'Golgi apparatus'];
const KO_PLANETS = ['수성', '금성', '화성', '목성'];
const PRIMES = ['9', '15', '17', '21'];
const YEARS = ['1945', '1948', '1950', '1953'];
const EXACT = JSON.stringify({ match: 'exact' });

type Expected = ExtractionEvalCase['expected'];
const ok = (extracted?: string | null): Expected => (extracted === undefined ? { status: 'correct' } : { status: 'correct', extracted });
const wrong = (extracted?: string | null): Expected => (extracted === undefined ? { status: 'incorrect' } : { status: 'incorrect', extracted });
const AMBIGUOUS: Expected = { status: 'ambiguous' };
const UNPARSED: Expected = { status: 'unparsed' };

function mcqa(family: ExtractionFamily, options: string[], answer: string, cases: Array<[string, Expected]>): ExtractionEvalCase[] {
  return cases.map(([output, expected]) => ({ family, problemType: 'MCQA', options, answer, output, expected }));
}
function binary(family: ExtractionFamily, answer: string, cases: Array<[string, Expected]>): ExtractionEvalCase[] {
  return cases.map(([output, expected]) => ({ family, problemType: 'Binary', options: null, answer, output, expected }));
}
function short(family: ExtractionFamily, cases: Array<[answer: string, output: string, expected: Expected, info?: string]>): ExtractionEvalCase[] {
  return cases.map(([answer, output, expected, additionalInfo]) => ({
    family,
    problemType: 'short-form',
    options: null,
    answer,
    output,
    expected,
    ...(additionalInfo === undefined ? {} : { additionalInfo }),
  }));
}

export const EXTRACTION_EVAL_CASES: readonly ExtractionEvalCase[] = [
  // ------------------------------------------------------------------ negated option before the answer
  ...mcqa('negated-option', EN_CITIES, 'D', [
    ["It's not B — it's D.", ok('D')],
    ['The answer is not B but D.', ok('D')],
    ['Not B, but D.', ok('D')],
    ['Answer: not (B) Paris but (D) Madrid', ok('D')],
    ['Answer: D (not B)', ok('D')],
    ["The answer isn't Paris, it's Madrid.", ok('D')],
    ['B is wrong; D is the correct answer.', ok('D')],
    ['The correct answer is D, not B.', ok('D')],
    ['Rather than B, the answer is D.', ok('D')],
    ['I first thought B, but no — the answer is D rather than B.', ok('D')],
  ]),
  ...mcqa('negated-option', KO_CITIES, 'D', [
    ['3번이 아니고 4번입니다.', ok('D')],
    ['정답은 3번이 아니라 4번입니다.', ok('D')],
    ['B가 아니라 D가 정답입니다.', ok('D')],
    ['답은 C가 아닌 D입니다.', ok('D')],
    ['2번은 틀렸고 4번이 맞습니다.', ok('D')],
    ['정답은 ③번이 아니고 ④번입니다', ok('D')],
    ['대구가 아니라 인천이 정답입니다.', ok('D')],
    ['정답: ②번(X) → ④번', ok('D')],
  ]),
  ...short('negated-option', [
    ['14', 'The answer is not 12 but 14.', ok()],
    ['14', '12가 아니라 14입니다.', ok()],
    ['14', '정답: 14 (12가 아님)', ok()],
    ['12', "It's 14, not 12.", wrong()],
    ['7', '정답은 6이 아니고 7입니다.', ok()],
    ['Busan', 'The answer is Busan, not Seoul.', ok()],
    ['부산', '서울이 아니라 부산입니다.', ok()],
    ['20', 'Not 25 — the answer is 20.', ok()],
  ]),

  // ------------------------------------------------------------------ hedges: no credit
  ...mcqa('hedge', EN_CITIES, 'B', [
    ['The answer is B or C.', AMBIGUOUS],
    ["It's either A or B, I can't tell.", AMBIGUOUS],
    ["I'm torn between B and C.", AMBIGUOUS],
    ['Answer: B/C', AMBIGUOUS],
    ['Probably B, but it could also be C.', AMBIGUOUS],
    ['Final answer: A or B or C', AMBIGUOUS],
    ['Either Paris or Berlin.', AMBIGUOUS],
    ['Answer: (B) or (D)', AMBIGUOUS],
    ['B and D are both correct.', AMBIGUOUS],
    ['The answer is B. Or maybe C.', AMBIGUOUS],
    // Not hedges: one committed answer.
    ['Either way, the answer is B.', ok('B')],
    ['Between A and B, B is better supported.\nAnswer: B', ok('B')],
    ['Answer: B (not C or D)', ok('B')],
  ]),
  ...mcqa('hedge', KO_CITIES, 'B', [
    ['정답은 B 또는 C입니다.', AMBIGUOUS],
    ['2번이나 3번 중 하나입니다.', AMBIGUOUS],
    ['정답: 1번 아니면 2번', AMBIGUOUS],
    ['B와 C 둘 다 정답이 될 수 있습니다.', AMBIGUOUS],
    ['② 혹은 ④로 보입니다.', AMBIGUOUS],
    ['부산이나 대구일 것 같습니다.', AMBIGUOUS],
    ['정답: 2, 4', AMBIGUOUS],
    ['A, B, C 중에서 고민되지만 확실하지 않습니다.', AMBIGUOUS],
    // Not hedges.
    ['정답은 B입니다. A나 C는 오답입니다.', ok('B')],
    ['B와 C를 비교해 보면 B가 맞습니다.\n정답: B', ok('B')],
  ]),
  ...short('hedge', [
    ['14', 'The answer is 12 or 14.', AMBIGUOUS],
    ['Canberra', 'Answer: Canberra or Sydney', AMBIGUOUS],
    ['서울', '정답: 서울 또는 부산', AMBIGUOUS],
  ]),
  ...binary('hedge', 'True', [
    ['Answer: True or False — it depends on the interpretation.', AMBIGUOUS],
    ['참일 수도 있고 거짓일 수도 있습니다.', AMBIGUOUS],
  ]),

  // ------------------------------------------------------------------ per-option analysis ending on one option
  ...mcqa('option-analysis', EN_CITIES, 'B', [
    ['A. London — incorrect, that is the capital of the UK.\nB. Paris — correct.\nC. Berlin — incorrect.\nD. Madrid — incorrect.', ok('B')],
    ['(A) False: London is in England.\n(B) True: Paris is the capital of France.\n(C) False.\n(D) False.', ok('B')],
    ['- A: Wrong. London is the UK capital.\n- B: Correct! Paris is the capital of France.\n- C: Wrong.\n- D: Wrong.', ok('B')],
    ["Let's check each: A) London — no. B) Paris — yes, correct. C) Berlin — no. D) Madrid — no.", ok('B')],
    ['A ✗ London\nB ✓ Paris\nC ✗ Berlin\nD ✗ Madrid', ok('B')],
    ['Option A is incorrect because London is in the UK.\nOption B is correct.\nOption C is incorrect.\nOption D is incorrect since Madrid is in Spain.', ok('B')],
    ['A: incorrect\nB: incorrect\nC: correct\nD: incorrect', wrong('C')],
    ['A. London: incorrect\nB. Paris: correct\nC. Berlin: correct\nD. Madrid: incorrect', AMBIGUOUS],
    ['A. London: correct\nB. Paris: correct\nC. Berlin: incorrect\nD. Madrid: incorrect\n\nOn reflection only one can be the capital of France.\nAnswer: B', ok('B')],
    ['A. London — incorrect\nB. Paris — incorrect\nC. Berlin — incorrect\nD. Madrid — incorrect', UNPARSED],
  ]),
  ...mcqa('option-analysis', KO_CITIES, 'B', [
    ['① 서울 - 틀림\n② 부산 - 맞음\n③ 대구 - 틀림\n④ 인천 - 틀림', ok('B')],
    ['A: 오답 (수도입니다)\nB: 정답 (항구 도시)\nC: 오답\nD: 오답', ok('B')],
    ['1) 서울: 오답입니다.\n2) 부산: 이것이 정답입니다.\n3) 대구: 오답입니다.\n4) 인천: 오답입니다.', ok('B')],
    ['각 선택지를 검토하면\nA. 서울 (X)\nB. 부산 (O)\nC. 대구 (X)\nD. 인천 (X)', ok('B')],
    ['가. 틀림\n나. 맞음\n다. 틀림\n라. 틀림', ok('B')],
    ['A는 옳지 않습니다. B는 옳습니다. C는 옳지 않습니다. D도 옳지 않습니다.', ok('B')],
  ]),

  // ------------------------------------------------------------------ conclusion, then a counterfactual
  ...mcqa('counterfactual', EN_CITIES, 'B', [
    ['The answer is B. If the question asked about Germany, the answer would be C.', ok('B')],
    ["Answer: B\n\n(If the question said 'largest city' instead of 'capital', D would be correct.)", ok('B')],
    ['Therefore B. Had the question been about Spain, the answer would have been D.', ok('B')],
    ['So the answer is B. Note that if it asked for the UK, A would be the right answer.', ok('B')],
    ['The answer is B. D would only be correct if the question were about Spain.', ok('B')],
    ['I choose B. Otherwise, if it were about Germany, C would be correct.', ok('B')],
    ['Answer: B. In a question about England, the answer would have been A.', ok('B')],
    ['B is correct. If we instead asked for the capital of Spain, then D would be correct.', ok('B')],
  ]),
  ...mcqa('counterfactual', KO_CITIES, 'B', [
    ['정답은 ②입니다. 만약 수도를 물었다면 ①이 정답이었을 것입니다.', ok('B')],
    ["정답: B\n참고로, 문제에서 '경상북도'라고 했다면 C가 정답이 됩니다.", ok('B')],
    ['정답은 B입니다. 단, 조건이 없었다면 A도 가능했을 것입니다.', ok('B')],
    ['최종 답: 2번 (만약 광역시가 아니라 수도였다면 1번이 답이었을 것)', ok('B')],
    ['따라서 정답은 나입니다. 만약 공항 도시를 물었다면 라가 정답일 것입니다.', ok('B')],
  ]),
  ...short('counterfactual', [
    ['14', 'The answer is 14. If the discount were 30%, it would be 12.', ok()],
    ['서울', '정답: 서울. 만약 조선 시대라면 한양이 답이 됩니다.', ok()],
    ['1950', 'Answer: 1950. Had the armistice been asked, the answer would be 1953.', ok()],
  ]),
  ...binary('counterfactual', 'False', [
    ['False. If the statement said 1945 instead of 1948, it would be true.', ok('False')],
    ['정답: 거짓\n만약 연도가 1443년이었다면 참이 되었을 것입니다.', ok('False')],
  ]),

  // ------------------------------------------------------------------ Korean 가/나/다/라 labels
  ...mcqa('korean-labels', KO_PLANETS, 'D', [
    ['정답: 라', ok('D')],
    ['라번', ok('D')],
    ['정답은 (라)입니다.', ok('D')],
    ['따라서 정답은 라입니다.', ok('D')],
    ['라가 정답입니다.', ok('D')],
    ["정답은 '라'입니다.", ok('D')],
    ['(라)', ok('D')],
    ['라 번이 정답', ok('D')],
    ['정답: 나', wrong('B')],
    ['나번', wrong('B')],
    ['답: 가', wrong('A')],
    ['정답은 다.', wrong('C')],
    ['정답은 다음과 같습니다: D', ok('D')],
    ['정답은 가장 큰 행성인 ④입니다.', ok('D')],
    ['정답: 마', UNPARSED],
  ]),
  ...mcqa('korean-labels', ['가. 수성', '나. 금성', '다. 화성', '라. 목성'], 'D', [
    ['정답: 라. 목성', ok('D')],
    ['정답은 목성입니다.', ok('D')],
    ['나. 금성', wrong('B')],
  ]),

  // ------------------------------------------------------------------ Binary: verdict first, opposite word later
  ...binary('binary-verdict-first', 'False', [
    ['False. The statement would be true only if the war had ended in 1953.', ok('False')],
    ['No. It is true that Seoul is large, but it is not the capital of Japan.', ok('False')],
    ['거짓. 세종대왕이 한글을 창제한 것은 맞지만, 연도가 틀렸습니다.', ok('False')],
    ['**False**\n\nThe statement claims 1392. That is correct for Joseon, but the question is about Goryeo.', ok('False')],
    ['False, because the correct year is 1446, which is true of the promulgation only.', ok('False')],
    ['Incorrect. The correct year is 1492.', ok('False')],
    ['The statement is false. The true capital is Canberra.', ok('False')],
    ['아니요, 사실이 아닙니다. 흔히 맞다고 알려져 있지만 오해입니다.', ok('False')],
    ['거짓입니다. 참이 되려면 "동쪽"이어야 합니다.', ok('False')],
    ['X — 틀렸습니다. 올바른 연도는 1443년입니다.', ok('False')],
  ]),
  ...binary('binary-verdict-first', 'True', [
    ['True — although it sounds false, water boils at a lower temperature at high altitude.', ok('True')],
    ["Yes, that's correct — though some textbooks incorrectly state otherwise.", ok('True')],
    ['참입니다. 이 진술이 거짓이라고 생각할 수 있지만, 실제로는 맞습니다.', ok('True')],
    ['네, 맞습니다. 틀린 정보로 오해하기 쉽지만 사실입니다.', ok('True')],
    ['Correct. A common misconception says it is false, but the data confirm it.', ok('True')],
    ['O. 이 설명은 맞습니다. 단, 일부 교재에는 틀리게 나와 있습니다.', ok('True')],
    ['True. (It would be false if the year were 1950.)', ok('True')],
  ]),

  // ------------------------------------------------------------------ Korean negative verdicts in descriptive forms
  ...binary('korean-negative-verdict', '거짓', [
    ['이 설명은 사실이 아닙니다.', ok('False')],
    ['맞지 않는 설명이다.', ok('False')],
    ['옳지 않습니다.', ok('False')],
    ['사실과 다릅니다.', ok('False')],
    ['올바르지 않은 진술입니다.', ok('False')],
    ['틀린 내용입니다.', ok('False')],
    ['그렇지 않습니다. 조선은 1392년에 건국되었습니다.', ok('False')],
    ['잘못된 설명입니다.', ok('False')],
    ['해당 진술은 옳지 않다고 판단됩니다.', ok('False')],
    ['이 주장은 잘못되었습니다.', ok('False')],
    ['정답: 옳지 않음', ok('False')],
    ['그 설명은 정확하지 않습니다.', ok('False')],
    ['맞지 않아요.', ok('False')],
  ]),
  ...binary('korean-negative-verdict', '참', [
    ['이는 사실입니다.', ok('True')],
    ['올바른 설명입니다.', ok('True')],
    ['맞는 말입니다.', ok('True')],
    ['틀리지 않았습니다.', ok('True')],
    ['이 문장은 거짓이 아닙니다.', ok('True')],
    ['정확한 설명입니다.', ok('True')],
    ['사실이 아니다.', wrong('False')],
  ]),

  // ------------------------------------------------------------------ short-form number words
  ...short('number-words', [
    ['42', 'Answer: forty-two', ok()],
    ['12', 'The answer is twelve.', ok()],
    ['12', '정답: 열두 개', ok()],
    ['24', '정답은 스물네 명입니다.', ok()],
    ['24', '이십사', ok()],
    ['35', '정답: 삼십오', ok()],
    ['105', 'Answer: one hundred and five', ok()],
    ['8', 'Answer: seven', wrong()],
    ['5', '다섯 개입니다.', ok()],
    ['120', '정답: 백이십', ok()],
    ['12', 'The answer is a dozen.', ok()],
    ['3000', 'Answer: three thousand', ok()],
    ['30', '정답: 서른', ok()],
    ['45', '정답: 마흔다섯', ok()],
    ['7', '답: 일곱', ok()],
    ['21', 'Answer: twenty-one', ok()],
    ['3', '정답: 세 시간', ok()],
    ['6', '정답은 여섯입니다.', ok()],
    ['0', 'Answer: zero', ok()],
    ['12', '정답: 열둘 (3 × 4)', ok()],
  ]),

  // ------------------------------------------------------------------ dates in other orders and with ordinals
  ...short('dates', [
    ['March 1', 'Answer: March 1st', ok()],
    ['March 1', 'Answer: 1 March', ok()],
    ['March 1', 'The answer is the 1st of March.', ok()],
    ['October 9', 'Answer: Oct. 9', ok()],
    ['October 9', 'Answer: 9th October', ok()],
    ['October 9', 'Answer: October 9th (Hangul Day)', ok()],
    ['March 1', 'Answer: March 2nd', wrong()],
    ['August 15', 'Answer: 15 August', ok()],
    ['December 25', 'Answer: 25th December', ok()],
    ['December 25', 'Answer: Dec 25th', ok()],
    ['May 5', "The answer is May 5th, Children's Day.", ok()],
    ['May 5', 'Answer: 5 May', ok()],
    ['May 5', 'Answer: May 15', wrong()],
    ['July 17', 'Answer: the 17th of July', ok()],
    ['3월 1일', '정답: 3월 1일(삼일절)', ok()],
    ['10월 9일', '정답은 10월 9일입니다.', ok()],
    ['10월 9일', '정답: 10월 3일', wrong()],
  ]),
  ...mcqa('dates', ['March 1', 'August 15', 'October 3', 'October 9'], 'D', [
    ['Answer: October 9th', ok('D')],
    ['The answer is 9 October.', ok('D')],
    ['Answer: 3rd October', wrong('C')],
  ]),

  // ------------------------------------------------------------------ a city given with its country
  ...short('city-country', [
    ['Canberra', 'Answer: Canberra, Australia', ok()],
    ['Canberra', 'Canberra (Australia)', ok()],
    ['Ottawa', 'Answer: Ottawa, Canada.', ok()],
    ['Ottawa', 'Answer: Ottawa (in Ontario, Canada)', ok()],
    ['Canberra', 'Answer: Sydney, Australia', wrong()],
    ['오타와', '정답: 캐나다의 오타와', ok()],
    ['오타와', '정답: 오타와(캐나다)', ok()],
    ['리스본', '정답: 포르투갈 리스본', ok()],
    ['Lisbon', 'Answer: Lisbon, Portugal', ok()],
    ['Nairobi', 'The capital is Nairobi, Kenya.', ok()],
    ['Bern', 'Answer: Bern, Switzerland', ok()],
    ['Bern', 'Answer: Zurich, Switzerland', wrong()],
    ['브라질리아', '정답은 브라질의 브라질리아입니다.', ok()],
    ['Canberra', 'Answer: Canberra, ACT, Australia', ok()],
    ['Seoul', 'The answer is Seoul, South Korea.', ok()],
    ['서울', '정답: 대한민국 서울', ok()],
  ]),
  ...mcqa('city-country', ['Sydney', 'Canberra', 'Melbourne', 'Perth'], 'B', [
    ['The answer is Canberra, Australia.', ok('B')],
  ]),

  // ------------------------------------------------------------------ a year, then another year in parentheses
  ...short('year-parenthetical', [
    ['1945', 'Answer: 1945 (not 1948)', ok()],
    ['1950', 'The Korean War began in 1950 (it ended in 1953).', ok()],
    ['1392', '1392년 (고려 멸망 1392년, 한양 천도 1394년)', ok()],
    ['1443', '정답: 1443년 (반포는 1446년)', ok()],
    ['1446', '훈민정음은 1446년에 반포되었습니다(창제는 1443년).', ok()],
    ['1969', 'Apollo 11 landed on the Moon in 1969 (Apollo 8 orbited it in 1968).', ok()],
    ['1989', '1989 (the wall fell; Germany reunified in 1990)', ok()],
    ['1948', 'Answer: 1945 (liberation); the government followed later', wrong()],
    ['1592', '임진왜란은 1592년(선조 25년)에 일어났습니다.', ok()],
    ['1876', '강화도 조약은 1876년(고종 13년)에 체결되었다.', ok()],
    ['1988', 'Seoul hosted the Summer Olympics in 1988 (and co-hosted the World Cup in 2002).', ok()],
    ['1910', '1910년 (경술국치)', ok()],
    ['1919', 'The March 1st Movement took place in 1919 (on March 1, 1919).', ok()],
  ]),
  ...mcqa('year-parenthetical', YEARS, 'C', [
    ['Answer: 1950 (armistice in 1953)', ok('C')],
    ['The war started in 1950 (C), not 1953.', ok('C')],
    ['정답은 1950년(휴전은 1953년)입니다.', ok('C')],
  ]),

  // ------------------------------------------------------------------ a bare decimal is a value, never a label
  ...mcqa('decimal-not-label', ['250', '2.5', '25', '0.25'], 'B', [
    ['2.5', ok('B')],
    ['Answer: 2.5', ok('B')],
    ['The answer is 2.5.', ok('B')],
    ['정답은 2.5입니다', ok('B')],
    ['2.5입니다', ok('B')],
    ['Answer: 0.25', wrong('D')],
    ['B. 2.5', ok('B')],
    ['2) 2.5', ok('B')],
  ]),
  ...mcqa('decimal-not-label', ['15', '1.5', '0.15', '150'], 'B', [
    ['1.5', ok('B')],
    ['정답: 1.5', ok('B')],
    ['1.5 (= 3/2)', ok('B')],
  ]),
  ...mcqa('decimal-not-label', ['3.14', '314', '31.4', '0.314'], 'A', [['3.14', ok('A')]]),
  ...mcqa('decimal-not-label', ['12', '1.2', '120', '0.12'], 'B', [['1.2', ok('B')]]),
  ...mcqa('decimal-not-label', ['4', '40', '0.4', '400'], 'A', [
    ['4.0', ok('A')],
    ['Answer: 4.0', ok('A')],
  ]),
  ...mcqa('decimal-not-label', ['3', '30', '0.3', '300'], 'A', [['3.0', ok('A')]]),

  // ------------------------------------------------------------------ options that differ only by letter case
  ...mcqa('letter-case-options', ['CO', 'Co', 'cO', 'C'], 'B', [
    ['The answer is Co.', ok('B')],
    ['Answer: CO', wrong('A')],
    ['Co', ok('B')],
    ['정답: Co (코발트)', ok('B')],
  ]),
  ...mcqa('letter-case-options', ['True', 'true', 'TRUE', '1'], 'A', [
    ['The output is True', ok('A')],
    ['true', wrong('B')],
    ['The code prints `True`.', ok('A')],
  ]),
  ...mcqa('letter-case-options', ['abc', 'ABC', 'Abc', 'aBC'], 'C', [
    ['Abc', ok('C')],
    ['정답: Abc', ok('C')],
    ['The result is ABC.', wrong('B')],
    ['Answer: C', ok('C')],
  ]),
  ...mcqa('letter-case-options', ['Hello World', 'hello world', 'HELLO WORLD', 'Hello world'], 'D', [
    ['Hello world', ok('D')],
    ['hello world', wrong('B')],
    ["The output is 'Hello world'.", ok('D')],
  ]),
  ...mcqa('letter-case-options', ['NaN', 'nan', 'NAN', 'None'], 'B', [
    ['nan', ok('B')],
    ['Answer: NaN', wrong('A')],
    ['The output would be `nan`.', ok('B')],
  ]),

  // ------------------------------------------------------------------ program output: exact match
  ...short('program-output-exact', [
    ['3.0', 'Answer: 3', wrong(), EXACT],
    ['3.0', 'Answer: 3.0', ok(), EXACT],
    ['True', 'Answer: true', wrong(), EXACT],
    ['True', 'Answer: True', ok(), EXACT],
    ['[1, 2, 3]', 'Answer: (1, 2, 3)', wrong(), EXACT],
    ['[1, 2, 3]', 'Answer: [1, 2, 3]', ok(), EXACT],
    ['[1, 2, 3]', 'Answer: [1,2,3]', wrong(), EXACT],
    ['PYTHON', '```\nPYTHON\n```', ok(), EXACT],
    ['PYTHON', 'Answer: python', wrong(), EXACT],
    ['yb', 'The output is `yb`.', ok(), EXACT],
    ['2', 'Answer: 2.0', wrong(), EXACT],
    ['0.1', 'Answer: .1', wrong(), EXACT],
    ['None', 'Answer: none', wrong(), EXACT],
    ["{'a': 1}", "Answer: {'a': 1}", ok(), EXACT],
    ["{'a': 1}", 'Answer: {"a": 1}', wrong(), EXACT],
    ['5', 'Answer: five', wrong(), EXACT],
    ['PYTHON', '정답: PYTHON', ok(), EXACT],
    ['PYTHON', '출력 결과는 PYTHON입니다.', ok(), EXACT],
    ['3.0', '정답: 3.0입니다', ok(), EXACT],
    ['(1, 2)', '정답: [1, 2]', wrong(), EXACT],
    ['False', 'The code prints False because 3 > 5 is false.\n\nAnswer: False', ok(), EXACT],
  ]),

  // ------------------------------------------------------------------ numeric answers with a tolerance
  ...short('numeric-tolerance', [
    ['3.14159', 'Answer: 3.14', ok(), JSON.stringify({ match: 'numeric', tolerance: 0.01 })],
    ['3.14159', 'Answer: 3.1', wrong(), JSON.stringify({ match: 'numeric', tolerance: 0.01 })],
    ['9.81', 'g ≈ 9.8 m/s²', ok(), JSON.stringify({ match: 'numeric', tolerance: 0.05 })],
    ['0.333', 'Answer: 1/3', ok(), JSON.stringify({ match: 'numeric', tolerance: 0.001 })],
    ['2.718', '정답: 약 2.72', ok(), JSON.stringify({ match: 'numeric', tolerance: 0.01 })],
    ['100', 'Answer: 103', wrong(), JSON.stringify({ match: 'numeric', tolerance: 2 })],
    ['100', 'Answer: 101.5', ok(), JSON.stringify({ match: 'numeric', tolerance: 2 })],
    ['3.14159', 'Answer: roughly 3.2', ok(), JSON.stringify({ match: 'numeric', tolerance: 0.1 })],
    ['42', 'Answer: 42.4', wrong(), JSON.stringify({ match: 'numeric' })],
    ['1.414', '√2 ≈ 1.41이므로 정답: 1.41', ok(), JSON.stringify({ match: 'numeric', tolerance: 0.01 })],
    ['1.414', '정답: 1.5', wrong(), JSON.stringify({ match: 'numeric', tolerance: 0.01 })],
    ['0.5', '정답: 1/2', ok(), JSON.stringify({ match: 'numeric', tolerance: 0 })],
    ['273.15', 'The answer is 273 K.', ok(), JSON.stringify({ match: 'numeric', tolerance: 0.5 })],
    ['6.02e23', 'Answer: 6.022e23', ok(), JSON.stringify({ match: 'numeric', tolerance: 1e21 })],
    ['50', '정답은 약 49.7%입니다.', ok(), JSON.stringify({ match: 'numeric', tolerance: 0.5 })],
    ['12', 'Answer: twelve', ok(), JSON.stringify({ match: 'numeric', tolerance: 0 })],
    ['3.14159', 'I cannot compute this.', UNPARSED, JSON.stringify({ match: 'numeric', tolerance: 0.01 })],
  ]),

  // ------------------------------------------------------------------ 2 to 10 options, every label style
  ...mcqa('many-options', ['yes', 'no'], 'B', [
    ['Answer: B', ok('B')],
    ['정답: ②', ok('B')],
    ['Answer: C', UNPARSED],
  ]),
  ...mcqa('many-options', ['수소', '헬륨', '리튬', '베릴륨', '붕소'], 'E', [
    ['정답: E', ok('E')],
    ['정답: ⑤', ok('E')],
    ['5번', ok('E')],
    ['정답: 마', ok('E')],
    ['정답은 붕소입니다.', ok('E')],
  ]),
  ...mcqa('many-options', Array.from({ length: 7 }, (_, i) => `${i + 1} apples`), 'G', [
    ['Answer: G', ok('G')],
    ['Answer: 7 apples', ok('G')],
    ['Answer: (7)', ok('G')],
  ]),
  ...mcqa('many-options', ['H', 'He', 'Li', 'Be', 'B', 'C', 'N', 'O', 'F', 'Ne'], 'J', [
    ['Answer: J', ok('J')],
    ['정답: ⑩', ok('J')],
    ['정답: 10번', ok('J')],
    ['정답: 차', ok('J')],
    ['The answer is Ne.', ok('J')],
    ['Answer: I', wrong('I')],
  ]),
  ...mcqa('many-options', PRIMES, 'C', [['정답: 17', ok('C')]]),
  ...mcqa('many-options', ORGANELLES, 'A', [['Answer: A) Mitochondria', ok('A')]]),
];

/**
 * A second batch, written after the extractor was changed and scored once before any further change
 * (the first-run agreement is reported in the README); kept apart so that figure stays honest.
 */
export const EXTRACTION_FRESH_CASES: readonly ExtractionEvalCase[] = [
  ...mcqa('negated-option', ORGANELLES, 'A', [
    ["It can't be the nucleus (B); the powerhouse is the mitochondrion, so A.", ok('A')],
    ['Not C. Not D either. Final answer: A', ok('A')],
    ['The answer is A and not the Golgi apparatus.', ok('A')],
    ['정답은 ②번이 아니라 ①번입니다.', ok('A')],
    ['리보솜(C)은 아니고, 미토콘드리아(A)가 맞습니다.', ok('A')],
    ['Answer: A — definitely not B.', ok('A')],
  ]),
  ...short('negated-option', [
    ['9', 'Not 8 — I recount and get 9.\nAnswer: 9', ok()],
    ['9', '정답은 8이 아니라 9입니다.', ok()],
    ['Paris', 'Answer: Paris (not Lyon)', ok()],
    ['파리', '리옹이 아니고 파리입니다.', ok()],
  ]),
  ...mcqa('hedge', ORGANELLES, 'A', [
    ['I would say A or C.', AMBIGUOUS],
    ['Answer: A, C', AMBIGUOUS],
    ['It might be A, or possibly D.', AMBIGUOUS],
    ['정답은 A 아니면 D입니다.', AMBIGUOUS],
    ['① 또는 ③', AMBIGUOUS],
    ['I think the answer is A.', ok('A')],
    ['A or D? After checking, the answer is A.', ok('A')],
  ]),
  {
    family: 'hedge',
    problemType: 'MCQA',
    options: ORGANELLES,
    answer: 'A',
    output: '미토콘드리아 혹은 리보솜입니다.',
    expected: AMBIGUOUS,
    knownIssue: 'option names translated into Korean (미토콘드리아 for Mitochondria) are not matched to English option texts: read as unparsed (no credit either way)',
  },
  ...short('hedge', [
    ['Canberra', 'The capital is either Sydney or Canberra.', AMBIGUOUS],
    ['25', '정답: 24 또는 25', AMBIGUOUS],
    ['rock and roll', 'Answer: rock and roll', ok()],
  ]),
  ...mcqa('option-analysis', ORGANELLES, 'A', [
    ['A) Mitochondria: produces ATP ✔\nB) Nucleus: stores DNA ✘\nC) Ribosome: makes proteins ✘\nD) Golgi apparatus: packages proteins ✘', ok('A')],
    ['Option A — correct: site of cellular respiration.\nOption B — incorrect.\nOption C — incorrect.\nOption D — incorrect.', ok('A')],
    ['A: 맞음 (ATP 생성)\nB: 틀림\nC: 틀림\nD: 틀림', ok('A')],
    ['(A) True. (B) False. (C) False. (D) False.', ok('A')],
    ['A. Mitochondria — wrong\nB. Nucleus — right\nC. Ribosome — wrong\nD. Golgi apparatus — wrong', wrong('B')],
    ['1. A is correct.\n2. B is incorrect.\n3. C is incorrect.\n4. D is incorrect.', ok('A')],
  ]),
  ...mcqa('counterfactual', ORGANELLES, 'A', [
    ['Answer: A. If the question were about protein synthesis, C would be right.', ok('A')],
    ['The answer is A. Had it asked where DNA is stored, the answer would have been B.', ok('A')],
    ['정답은 A입니다. 만약 단백질 합성을 물었다면 C가 정답이었을 것입니다.', ok('A')],
    ['정답: ①\n(단백질을 만드는 곳을 물었다면 ③이 답)', ok('A')],
    ['So A. If we were talking about plants, chloroplasts would also be an option, but they are not listed.', ok('A')],
  ]),
  ...binary('counterfactual', 'True', [
    ['True. It would only be false if the year were 1960.', ok('True')],
    ['정답: 참\n만약 "서쪽"이라고 했다면 거짓이었을 것입니다.', ok('True')],
  ]),
  ...mcqa('korean-labels', KO_PLANETS, 'B', [
    ['정답: 나', ok('B')],
    ['나 번입니다.', ok('B')],
    ['답은 (나)', ok('B')],
    ['보기 나가 정답입니다.', ok('B')],
    ['정답은 다번이 아니라 나번입니다.', ok('B')],
    ['정답은 가나다라 중 나입니다.', ok('B')],
    ['나', ok('B')],
  ]),
  ...binary('binary-verdict-first', 'False', [
    ['False — the Eiffel Tower is in Paris; it is true that Rome has many monuments, though.', ok('False')],
    ['No, this is incorrect. Although the first part is correct, the date is wrong.', ok('False')],
    ['거짓입니다. 앞부분은 맞지만 연도가 틀렸습니다.', ok('False')],
    ['틀렸습니다. 올바른 답은 1392년입니다.', ok('False')],
    ['Incorrect — the correct capital is Canberra, which is true for Australia.', ok('False')],
  ]),
  ...binary('binary-verdict-first', 'True', [
    ['True. Some people think it is false, but it is correct.', ok('True')],
    ['맞습니다. 틀렸다고 생각하기 쉽지만 사실입니다.', ok('True')],
  ]),
  ...binary('korean-negative-verdict', '거짓', [
    ['이 진술은 사실과 맞지 않습니다.', ok('False')],
    ['올바른 설명이 아닙니다.', ok('False')],
    ['해당 내용은 틀렸다고 볼 수 있습니다.', ok('False')],
    ['정답: 아니다', ok('False')],
    ['이는 잘못 알려진 사실입니다.', ok('False')],
    ['결론적으로 옳지 않은 주장입니다.', ok('False')],
  ]),
  ...binary('korean-negative-verdict', '참', [
    ['이 설명은 맞는 설명입니다.', ok('True')],
    ['사실이 맞습니다.', ok('True')],
    ['틀린 점이 없습니다.', ok('True')],
  ]),
  ...short('number-words', [
    ['15', 'Answer: fifteen apples', ok()],
    ['100', 'The answer is one hundred.', ok()],
    ['11', '정답: 열한 개', ok()],
    ['20', '정답: 스무 살', ok()],
    ['50', '정답: 오십', ok()],
    ['1000', 'Answer: a thousand', ok()],
    ['4', '정답: 네 명', ok()],
    ['13', 'Answer: thirty', wrong()],
  ]),
  ...short('dates', [
    ['June 6', 'Answer: 6th June', ok()],
    ['June 6', 'It is observed on June 6th every year.', ok()],
    ['July 17', 'Answer: Jul 17', ok()],
    ['8월 15일', '정답: 8월 15일 광복절', ok()],
    ['August 15', 'Answer: the fifteenth of August', ok()],
    ['October 3', 'Answer: October 3rd, 2023', ok()],
  ]),
  ...short('city-country', [
    ['Canberra', 'Canberra, the capital of Australia.', ok()],
    ['Wellington', 'Answer: Wellington, New Zealand', ok()],
    ['Wellington', 'Answer: Auckland, New Zealand', wrong()],
    ['도쿄', '정답: 일본 도쿄', ok()],
    ['도쿄', '정답은 일본의 수도인 도쿄입니다.', ok()],
    ['Madrid', 'Madrid (Spain)', ok()],
  ]),
  ...short('year-parenthetical', [
    ['1945', 'Korea was liberated in 1945 (the Republic was founded in 1948).', ok()],
    ['1443', '1443년(세종 25년)', ok()],
    ['1950', 'Answer: 1950 (June 25)', ok()],
    ['1953', 'The war began in 1950 and the armistice was signed in 1953 (July 27).', ok()],
    ['1392', '조선은 1392년에 건국되었다(태조 원년).', ok()],
  ]),
  ...mcqa('decimal-not-label', ['0.5', '5', '50', '0.05'], 'A', [
    ['0.5', ok('A')],
    ['Answer: 0.50', ok('A')],
    ['5.0', wrong('B')],
    ['정답은 0.5입니다.', ok('A')],
  ]),
  ...mcqa('decimal-not-label', ['1.25', '12.5', '125', '0.125'], 'B', [
    ['12.5', ok('B')],
    ['2) 12.5', ok('B')],
    ['1.25', wrong('A')],
  ]),
  ...mcqa('letter-case-options', ['Mg', 'MG', 'mg', 'mG'], 'A', [
    ['The symbol is Mg.', ok('A')],
    ['Answer: MG', wrong('B')],
    ['mg', wrong('C')],
  ]),
  ...mcqa('letter-case-options', ['Yes', 'yes', 'YES', 'True'], 'C', [
    ['The program prints YES.', ok('C')],
    ['Answer: C', ok('C')],
  ]),
  ...short('program-output-exact', [
    ['olleh', 'The code reverses the string, so it prints `olleh`.', ok(), EXACT],
    ['olleh', 'Answer: Olleh', wrong(), EXACT],
    ["['a', 'b', 'c']", "Answer: ['a', 'b', 'c']", ok(), EXACT],
    ["['a', 'b', 'c']", 'Answer: ["a", "b", "c"]', wrong(), EXACT],
    ['13.5', 'Answer: 13.50', wrong(), EXACT],
    ['-4', '정답: -4', ok(), EXACT],
    ['a-b-c', '```python\na-b-c\n```', ok(), EXACT],
  ]),
  ...short('numeric-tolerance', [
    ['2.236', 'Answer: 2.24', ok(), JSON.stringify({ match: 'numeric', tolerance: 0.005 })],
    ['2.236', 'Answer: 2.2', wrong(), JSON.stringify({ match: 'numeric', tolerance: 0.005 })],
    ['1000', '정답: 약 1,000', ok(), JSON.stringify({ match: 'numeric', tolerance: 1 })],
  ]),
  ...mcqa('many-options', ['2', '3', '5', '7', '11', '13'], 'F', [
    ['Answer: F', ok('F')],
    ['Answer: 13', ok('F')],
    ['정답: ⑥', ok('F')],
    ['정답: 바', ok('F')],
  ]),
  ...mcqa('many-options', ['참', '거짓', '알 수 없음'], 'C', [
    ['정답: C', ok('C')],
    ['정답은 알 수 없음입니다.', ok('C')],
  ]),
];
