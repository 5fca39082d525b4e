import { describe, expect, it } from 'vitest';
import { choiceLetter, extractChoice, resolveGoldChoice } from './choice';

const CITIES = ['London', 'Paris', 'Berlin', 'Madrid'];
const KO_CITIES = ['서울', '부산', '대구', '인천'];
const A = 0, B = 1, C = 2, D = 3;

describe('extractChoice: explicit answer markers', () => {
  it.each([
    ['The answer is (B)', B],
    ['The answer is B.', B],
    ['Answer: b', B],
    ['answer: d', D],
    ['Final Answer: (A) London', A],
    ['The correct answer is: B) Paris', B],
    ['I think the correct option is C because Berlin is the capital of Germany.', C],
    ['The answer to this question is D.', D],
    ['My final answer is option C.', C],
    ['The answer is clearly (b).', B],
  ])('English %j', (output, expected) => {
    expect(extractChoice(output, CITIES)).toBe(expected);
  });

  it.each([
    ['정답: C', C],
    ['정답은 B입니다.', B],
    ['정답은 ② 부산입니다', B],
    ['정답: 3번', C],
    ['답: ④', D],
    ['최종 정답: (A)', A],
    ['정답은 b입니다', B],
    ['정답 D', D],
  ])('Korean %j', (output, expected) => {
    expect(extractChoice(output, KO_CITIES)).toBe(expected);
  });

  it.each([
    ['C가 정답입니다.', C],
    ['따라서 ③이 정답입니다.', C],
    ['2번이 정답이다.', B],
    ['C is the correct answer.', C],
    ['Option B would be the best answer.', B],
  ])('answer stated before its marker: %j', (output, expected) => {
    expect(extractChoice(output, KO_CITIES)).toBe(expected);
  });

  it.each([
    ['Therefore, B.', B],
    ['So, A is correct.', A],
    ['I choose D.', D],
    ["I'd go with (c).", C],
    ['따라서 C입니다.', C],
    ["I believe it's A.", A],
    ['It is C.', C],
  ])('concluding words %j', (output, expected) => {
    expect(extractChoice(output, CITIES)).toBe(expected);
  });
});

describe('extractChoice: the final stated answer wins', () => {
  it('after reasoning', () => {
    const output = 'A seems plausible, but London is in England, not France, so the answer is C';
    expect(extractChoice(output, CITIES)).toBe(C);
  });
  it('a corrected answer', () => {
    expect(extractChoice('Answer: A\nWait, that is wrong. The answer is B.', CITIES)).toBe(B);
  });
  it('Korean reasoning that changes its mind', () => {
    const output = '처음에는 A가 정답이라고 생각했지만, 다시 보니 부산이 맞습니다.\n정답: B';
    expect(extractChoice(output, KO_CITIES)).toBe(B);
  });
  it('a bare last line after reasoning', () => {
    expect(extractChoice('Option A is London, option B is Paris.\n\n(B)', CITIES)).toBe(B);
  });
  it('ignores later explanation that merely contains the word "answer"', () => {
    expect(extractChoice('Answer: B\n\nThe answer is correct because Paris is the capital.', CITIES)).toBe(B);
  });
  it('does not read "the answer is not A" as A', () => {
    expect(extractChoice('The answer is not A. Answer: D', CITIES)).toBe(D);
  });
  it('"C가 정답이 아닙니다" is not a vote for C', () => {
    expect(extractChoice('정답: B\nC가 정답이 아닙니다.', KO_CITIES)).toBe(B);
  });
});

describe('extractChoice: bare answers', () => {
  it.each([
    ['B', B],
    ['B.', B],
    ['b', B],
    ['(C)', C],
    ['**B**', B],
    ['B) Paris', B],
    ['C. Berlin', C],
    ['Ｃ', C],
    ['B\n\nExplanation: Paris is the capital of France.', B],
  ])('%j', (output, expected) => {
    expect(extractChoice(output, CITIES)).toBe(expected);
  });
  it.each([
    ['②', B],
    ['3번', C],
    ['4', D],
    ['② 부산', B],
    ['정답：Ｂ', B],
  ])('Korean-style %j', (output, expected) => {
    expect(extractChoice(output, KO_CITIES)).toBe(expected);
  });
});

describe('extractChoice: option text', () => {
  it('after a marker', () => {
    expect(extractChoice('The answer is Paris.', CITIES)).toBe(B);
    expect(extractChoice('정답은 부산입니다', KO_CITIES)).toBe(B);
  });
  it('the first option named after the marker wins', () => {
    expect(extractChoice('Answer: Paris, not London', CITIES)).toBe(B);
  });
  it('a unique mention without marker', () => {
    expect(extractChoice('The capital of France is Paris.', CITIES)).toBe(B);
  });
  it('an option that starts with a number is not read as a label', () => {
    expect(extractChoice('Answer: 3 apples', ['1 apple', '2 apples', '3 apples'])).toBe(0 + 2);
    expect(extractChoice('Answer: 2 apples', ['2 apples', '3 apples', '1 apple'])).toBe(0);
  });
  it('numeric options are values, not labels', () => {
    expect(extractChoice('1990', ['1988', '1989', '1990', '1991'])).toBe(C);
    expect(extractChoice('Answer: 3', ['3', '1', '4', '2'])).toBe(0);
  });
  it('a longer option is not also counted as its shorter prefix', () => {
    expect(extractChoice('It is Seoul Station.', ['Seoul', 'Seoul Station', 'Busan'])).toBe(1);
  });
  it('mentions of several options without a marker are ambiguous', () => {
    expect(extractChoice('Paris or London, hard to say.', CITIES)).toBeNull();
  });
  it('options stored with their own labels', () => {
    expect(extractChoice('The answer is Paris', ['A. London', 'B. Paris', 'C. Berlin'])).toBe(B);
    expect(extractChoice('정답: ② 부산', ['① 서울', '② 부산', '③ 대구'])).toBe(B);
  });
});

describe('extractChoice: not fooled', () => {
  it('by a lone article "A" in English prose', () => {
    expect(extractChoice('A cat is an animal that likes to sleep.', ['Dog', 'Bird', 'Fish'])).toBeNull();
    expect(extractChoice('A good way to think about it is geography.', CITIES)).toBeNull();
  });
  it('by "so a" in prose', () => {
    expect(extractChoice('So a city with a tower is needed.', CITIES)).toBeNull();
  });
  it('by the pronoun "I" when there are 10 options', () => {
    const ten = ['a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7', 'a8', 'a9', 'a10'];
    expect(extractChoice("The answer is: I don't know", ten)).toBeNull();
  });
  it('by "the answer is a bit unclear"', () => {
    expect(extractChoice('The answer is a bit unclear.', CITIES)).toBeNull();
  });
  it('by reasoning inside <think>', () => {
    expect(extractChoice('<think>The answer is A</think>\nAnswer: D', CITIES)).toBe(D);
    expect(extractChoice('hmm, A is wrong</think>The answer is B', CITIES)).toBe(B);
  });
  it('a stated label that does not exist is unparsed, not a guess', () => {
    expect(extractChoice('Answer: F', CITIES)).toBeNull();
    expect(extractChoice('정답: 5번', KO_CITIES)).toBeNull();
  });
  it('by an output that only restates the option list', () => {
    expect(extractChoice('A. London\nB. Paris\nC. Berlin\nD. Madrid', CITIES)).toBeNull();
    expect(extractChoice('Let us review:\nA. London - England\nD. Madrid - Spain', CITIES)).toBeNull();
  });
  it('by hedges in prose ("It is a city…", "I think so")', () => {
    expect(extractChoice('It is a city in Europe. I think so.', CITIES)).toBeNull();
  });
  it('by an out-of-range letter after a mere concluding word', () => {
    expect(extractChoice('Answer: B\nSo E is not an option here.', CITIES)).toBe(B);
  });
  it('empty or whitespace output', () => {
    expect(extractChoice('', CITIES)).toBeNull();
    expect(extractChoice('   \n ', CITIES)).toBeNull();
  });
});

describe('extractChoice: \\boxed and many options', () => {
  it('uses the boxed letter', () => {
    expect(extractChoice('Thinking about A... $\\boxed{C}$', CITIES)).toBe(C);
    expect(extractChoice('\\boxed{\\text{B}}', CITIES)).toBe(B);
  });
  it('supports up to 10 options (A–J)', () => {
    const ten = Array.from({ length: 10 }, (_, i) => `option ${i + 1}`);
    expect(extractChoice('Answer: J', ten)).toBe(9);
    expect(extractChoice('정답: ⑩', ten)).toBe(9);
    expect(extractChoice('Answer: 10', ten)).toBe(9);
  });
  it('supports 2 options', () => {
    expect(extractChoice('Answer: B', ['yes', 'no'])).toBe(1);
    expect(extractChoice('Answer: C', ['yes', 'no'])).toBeNull();
  });
});

describe('resolveGoldChoice', () => {
  it.each([
    ['B', B],
    ['b', B],
    ['(B)', B],
    ['2', B],
    ['2번', B],
    ['②', B],
    ['Paris', B],
    ['paris', B],
  ])('%j', (answer, expected) => {
    expect(resolveGoldChoice(answer, CITIES)).toBe(expected);
  });
  it('prefers exact option text for numeric options', () => {
    expect(resolveGoldChoice('3', ['3', '1', '4', '2'])).toBe(0);
    expect(resolveGoldChoice('1990', ['1988', '1989', '1990'])).toBe(2);
  });
  it('rejects gold that matches nothing', () => {
    expect(resolveGoldChoice('F', CITIES)).toBeNull();
    expect(resolveGoldChoice('Rome', CITIES)).toBeNull();
    expect(resolveGoldChoice('', CITIES)).toBeNull();
  });
});

describe('choiceLetter', () => {
  it('maps indexes to letters', () => {
    expect(choiceLetter(0)).toBe('A');
    expect(choiceLetter(9)).toBe('J');
    expect(() => choiceLetter(10)).toThrow(RangeError);
  });
});

describe('extractChoice: realistic long outputs', () => {
  const ORGANELLES = ['Mitochondria', 'Nucleus', 'Ribosome', 'Golgi apparatus'];
  it.each([
    [
      `Let's analyze each option:
A. Mitochondria - produce ATP, the powerhouse of the cell.
B. Nucleus - stores DNA.
C. Ribosome - synthesizes proteins.
D. Golgi apparatus - packages proteins.

The question asks which organelle produces ATP. So the answer is A.`,
      A,
    ],
    [
      `The correct answer is **A. Mitochondria**.

Explanation: Cellular respiration occurs there. Option B (Nucleus) is incorrect because it stores DNA.`,
      A,
    ],
    [
      `Answer: A. Wait, I need to reconsider whether ribosomes make ATP. They don't.
Final answer: A`,
      A,
    ],
    [
      `문제를 분석해 보겠습니다.
- A는 미토콘드리아로 ATP를 생산합니다.
- B는 핵입니다.
따라서 정답은 A입니다.`,
      A,
    ],
    [
      `<think>
The user asks about ATP. Maybe C? No, ribosomes make proteins. Answer: C is wrong.
</think>
The organelle that produces ATP is the mitochondrion.

Answer: A`,
      A,
    ],
    ['Both B and C are wrong. A is the right answer.', A],
    ['Hmm, B or D? Golgi packages proteins, so D is not it. The answer is B.', B],
  ])('#%# picks the final answer', (output, expected) => {
    expect(extractChoice(output, ORGANELLES)).toBe(expected);
  });
});
