import type { BenchmarkItem } from '@benchhub/core/benchmark';
import { choiceOptionsOf } from '@benchhub/core/baselines';
import { seededRandom } from '@benchhub/core/random';
import { choiceLetter, resolveGoldBinary, resolveGoldChoice } from '@benchhub/core/scoring';
import type { ModelCaller, ModelReply } from './model-caller';

export { BASELINE_MODELS } from '@benchhub/core/baselines';
import { PACED_BASELINE_MS } from '@benchhub/core/baselines';

/**
 * Built-in baselines: no network, clearly labelled, giving every leaderboard a chance-level floor.
 * They only guess where guessing is defined (choices among 2–10 options, true/false); for short-form
 * and open-ended items they abstain, which the scorer reports as unparsed / unscored rather than
 * inventing answers.
 */

const ABSTAIN = '';

/** [true word, false word] in the item's language; the scorer reads both languages' words. */
const binaryWords = (item: BenchmarkItem): [string, string] =>
  item.language === 'Korean' ? ['참', '거짓'] : ['True', 'False'];

export class RandomBaseline implements ModelCaller {
  readonly cacheIdentity = null;
  constructor(private readonly seed: number) {}

  async call(_prompt: unknown, item: BenchmarkItem): Promise<ModelReply> {
    const random = seededRandom(this.seed, item.id);
    const options = choiceOptionsOf(item);
    let output = ABSTAIN;
    if (options) output = `Answer: ${choiceLetter(Math.floor(random() * options.length))}`;
    else if (item.problemType === 'Binary') output = binaryWords(item)[random() < 0.5 ? 0 : 1];
    return { output, tokensIn: null, tokensOut: null };
  }
}

/**
 * Random choices at a slow model's pace (PACED_BASELINE_MS an item, one at a time): live progress to watch in the UI
 * and GraphiQL without any LLM. Its answers are baseline/random's for the same seed.
 */
export class PacedBaseline extends RandomBaseline {
  /** The previous call's turn: calls wait in line (baselines are not behind the endpoint limiter). */
  private turn: Promise<void> = Promise.resolve();

  constructor(
    seed: number,
    private readonly paceMs = PACED_BASELINE_MS,
  ) {
    super(seed);
  }

  override async call(prompt: unknown, item: BenchmarkItem): Promise<ModelReply> {
    const mine = this.turn.then(() => new Promise<void>((resolve) => setTimeout(resolve, this.paceMs)));
    this.turn = mine;
    await mine;
    return super.call(prompt, item);
  }
}

/** The most common value of a count map; ties go to the lowest key, so the choice is deterministic. */
function mostCommon(counts: ReadonlyMap<number, number>): number | null {
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  return ranked[0]?.[0] ?? null;
}

export class MajorityBaseline implements ModelCaller {
  readonly cacheIdentity = null;
  /** Most common gold position per number of options (items with 5 options have their own majority). */
  private readonly choiceIndexByCount = new Map<number, number>();
  private readonly overallChoiceIndex: number | null;
  private readonly binaryTrue: boolean | null;

  /** `items` is the whole sample of the run: the majority is computed over its gold answers. */
  constructor(items: BenchmarkItem[]) {
    const byCount = new Map<number, Map<number, number>>();
    const overall = new Map<number, number>();
    let trues = 0;
    let falses = 0;
    for (const item of items) {
      const options = choiceOptionsOf(item);
      if (options) {
        const gold = resolveGoldChoice(item.answer, options);
        if (gold === null) continue;
        const counts = byCount.get(options.length) ?? new Map<number, number>();
        counts.set(gold, (counts.get(gold) ?? 0) + 1);
        byCount.set(options.length, counts);
        overall.set(gold, (overall.get(gold) ?? 0) + 1);
      } else if (item.problemType === 'Binary') {
        const gold = resolveGoldBinary(item.answer, item.options);
        if (gold === true) trues++;
        else if (gold === false) falses++;
      }
    }
    for (const [count, counts] of byCount) this.choiceIndexByCount.set(count, mostCommon(counts)!);
    this.overallChoiceIndex = mostCommon(overall);
    this.binaryTrue = trues + falses === 0 ? null : trues >= falses;
  }

  async call(_prompt: unknown, item: BenchmarkItem): Promise<ModelReply> {
    const options = choiceOptionsOf(item);
    let output = ABSTAIN;
    const index = options ? (this.choiceIndexByCount.get(options.length) ?? this.overallChoiceIndex) : null;
    if (options && index !== null) output = `Answer: ${choiceLetter(Math.min(index, options.length - 1))}`;
    else if (item.problemType === 'Binary' && !options && this.binaryTrue !== null) output = binaryWords(item)[this.binaryTrue ? 0 : 1];
    return { output, tokensIn: null, tokensOut: null };
  }
}
