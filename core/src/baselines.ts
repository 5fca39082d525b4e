/** Built-in baselines: not LLMs, labelled as such everywhere they appear. */
export const BASELINE_MODELS = {
  random: {
    name: 'baseline/random',
    description: 'Baseline (not an LLM): uniform random choice among the options, seeded.',
  },
  majority: {
    name: 'baseline/majority',
    description: 'Baseline (not an LLM): always picks the most common gold answer position in the sample.',
  },
} as const;

export type BaselineName = (typeof BASELINE_MODELS)[keyof typeof BASELINE_MODELS]['name'];
