/**
 * The bundled synthetic sample benchmark ("BenchHub-Plus Synthetic Sample").
 *
 * Generated entirely in code — no downloads — so the product works offline. Math, statistics,
 * physics-formula and coding answers are computed by the generators; fact items come from small
 * hand-checked tables. Output is deterministic (fixed-seed mulberry32 per section).
 */

import type { BenchmarkItem } from '../benchmark';
import { type Draft, finalize } from './builder';
import { codingDrafts } from './coding';
import { cultureDrafts } from './culture';
import { geographyDrafts } from './geography';
import { historyDrafts } from './history';
import { mathDrafts } from './math';
import { openEndedDrafts } from './openEnded';
import { probabilityDrafts } from './probability';
import { scienceDrafts } from './science';
import { socialDrafts } from './social';

export { SAMPLE_BENCHMARK_NAME, SAMPLE_BENCHMARK_VERSION } from './builder';

/** All sample items, in a stable order. Each call builds fresh objects. */
export function generateSampleBenchmark(): BenchmarkItem[] {
  const drafts: Draft[] = [
    ...mathDrafts(),
    ...probabilityDrafts(),
    ...scienceDrafts(),
    ...geographyDrafts(),
    ...historyDrafts(),
    ...cultureDrafts(),
    ...codingDrafts(),
    ...socialDrafts(),
    ...openEndedDrafts(),
  ];
  return finalize(drafts);
}
