import type { BenchmarkItem } from '@benchhub/core/benchmark';
import { seededRandom } from '@benchhub/core/random';
import { extractBinary, resolveGoldChoice } from '@benchhub/core/scoring';
import type { ModelCaller, ModelReply } from './model-caller';

export { BASELINE_MODELS } from '@benchhub/core/baselines';

/**
 * Built-in baselines: no network, clearly labelled, giving every leaderboard a chance-level floor.
 * They only guess where guessing is defined (choices); for short-form and open-ended items they
 * abstain, which the scorer reports as unparsed / unscored rather than inventing answers.
 */

const letter = (index: number) => String.fromCharCode(65 + index);
const ABSTAIN = '';

/** [true word, false word] in the item's language; the scorer reads both languages' words. */
const binaryWords = (item: BenchmarkItem): [string, string] =>
  item.language === 'Korean' ? ['참', '거짓'] : ['True', 'False'];

export class RandomBaseline implements ModelCaller {
  readonly cacheIdentity = null;
  constructor(private readonly seed: number) {}

  async call(_prompt: unknown, item: BenchmarkItem): Promise<ModelReply> {
    const random = seededRandom(this.seed, item.id);
    let output = ABSTAIN;
    if (item.problemType === 'MCQA' && item.options && item.options.length > 0) {
      output = `Answer: ${letter(Math.floor(random() * item.options.length))}`;
    } else if (item.problemType === 'Binary') {
      output = binaryWords(item)[random() < 0.5 ? 0 : 1];
    }
    return { output, tokensIn: null, tokensOut: null };
  }
}

export class MajorityBaseline implements ModelCaller {
  readonly cacheIdentity = null;
  private readonly choiceIndex: number | null;
  private readonly binaryTrue: boolean | null;

  /** `items` is the whole sample of the run: the majority is computed over its gold answers. */
  constructor(items: BenchmarkItem[]) {
    const positions = new Map<number, number>();
    let trues = 0;
    let falses = 0;
    for (const item of items) {
      if (item.problemType === 'MCQA' && item.options) {
        const gold = resolveGoldChoice(item.answer, item.options);
        if (gold !== null) positions.set(gold, (positions.get(gold) ?? 0) + 1);
      } else if (item.problemType === 'Binary') {
        const gold = extractBinary(item.answer);
        if (gold === true) trues++;
        else if (gold === false) falses++;
      }
    }
    // Ties go to the lowest position, so the choice is deterministic.
    const ranked = [...positions].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    this.choiceIndex = ranked[0]?.[0] ?? null;
    this.binaryTrue = trues + falses === 0 ? null : trues >= falses;
  }

  async call(_prompt: unknown, item: BenchmarkItem): Promise<ModelReply> {
    let output = ABSTAIN;
    if (item.problemType === 'MCQA' && item.options && this.choiceIndex !== null) {
      output = `Answer: ${letter(Math.min(this.choiceIndex, item.options.length - 1))}`;
    } else if (item.problemType === 'Binary' && this.binaryTrue !== null) {
      output = binaryWords(item)[this.binaryTrue ? 0 : 1];
    }
    return { output, tokensIn: null, tokensOut: null };
  }
}
