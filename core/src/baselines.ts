/** Built-in baselines: not LLMs, labelled as such everywhere they appear. */
import type { BenchmarkItem } from './benchmark';
import { resolveGoldBinary } from './scoring/binary';
import { MAX_CHOICES } from './scoring/choice';

export const BASELINE_MODELS = {
  random: {
    name: 'baseline/random',
    description: 'Baseline (not an LLM): uniform random choice among the options, seeded.',
  },
  majority: {
    name: 'baseline/majority',
    description:
      'Baseline (not an LLM): always picks the most common gold answer position among the sample items with the same number of options.',
  },
  paced: {
    name: 'baseline/paced',
    description:
      'Baseline (not an LLM): uniform random choice like baseline/random, answering one item every 100 ms as a slow model would, so that live progress can be watched without any LLM.',
  },
} as const;

/** How long baseline/paced takes per item; it answers one item at a time. */
export const PACED_BASELINE_MS = 100;

export type BaselineName = (typeof BASELINE_MODELS)[keyof typeof BASELINE_MODELS]['name'];

/**
 * The options an item is answered from by choosing one (MCQA, and Binary items whose options are not
 * verdicts, e.g. "Agree"/"Disagree"), or null when the answer is not a choice among options.
 */
export function choiceOptionsOf(item: Pick<BenchmarkItem, 'problemType' | 'options' | 'answer'>): string[] | null {
  const options = item.options;
  if (!options || options.length < 2 || options.length > MAX_CHOICES) return null;
  if (item.problemType === 'MCQA') return options;
  if (item.problemType === 'Binary' && resolveGoldBinary(item.answer, options) === null) return options;
  return null;
}

/**
 * Chance level of one item: the probability that a uniform random guess is right — 1/k for a choice
 * among k options (2–10), ½ for true/false, 0 for short-form; null for open-ended (not scored by rule).
 */
export function chanceLevel(item: Pick<BenchmarkItem, 'problemType' | 'options' | 'answer'>): number | null {
  const options = choiceOptionsOf(item);
  if (options) return 1 / options.length;
  if (item.problemType === 'Binary') return 0.5;
  if (item.problemType === 'short-form') return 0;
  return null;
}
