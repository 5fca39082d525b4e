import { seededRandom, shuffleInPlace } from './random';

export interface SamplingCandidate {
  id: string;
  /** "Coarse/Fine" subjects of the item. */
  subjects: string[];
}

export interface SamplingRequest {
  /** Plan subjects, coarse ("Science") or fine ("Science/Math"); empty means every subject. */
  subjects: string[];
  sampleSize: number;
  seed: number;
}

export interface SampleSelection {
  itemIds: string[];
  requested: number;
  /** Candidates matching the plan. */
  available: number;
  /** requested − selected, when fewer items exist than asked for. */
  shortfall: number;
  /** Selected items per plan subject (stratum). */
  perSubject: Record<string, number>;
}

const isCoarse = (subject: string) => !subject.includes('/');

function matches(planSubject: string, itemSubject: string): boolean {
  return isCoarse(planSubject) ? itemSubject.startsWith(`${planSubject}/`) : itemSubject === planSubject;
}

/**
 * Deterministic stratified sample: the same candidates, plan and seed always give the same items,
 * whatever order the candidates arrive in. Each item joins the stratum of the first plan subject it
 * matches; strata are shuffled by (seed, stratum) and drawn round-robin so every subject is represented
 * as evenly as the data allows. Never returns more than is available.
 */
export function sampleItems(candidates: SamplingCandidate[], request: SamplingRequest): SampleSelection {
  const strataNames = request.subjects.length > 0 ? [...new Set(request.subjects)] : ['*'];
  const strata = new Map<string, string[]>(strataNames.map((name) => [name, []]));
  const sorted = [...candidates].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  let available = 0;
  for (const candidate of sorted) {
    const stratum =
      request.subjects.length === 0
        ? '*'
        : strataNames.find((planSubject) => candidate.subjects.some((s) => matches(planSubject, s)));
    if (stratum === undefined) continue;
    strata.get(stratum)!.push(candidate.id);
    available++;
  }
  for (const [name, ids] of strata) shuffleInPlace(ids, seededRandom(request.seed, name));

  const target = Math.max(0, Math.min(Math.floor(request.sampleSize), available));
  const itemIds: string[] = [];
  const perSubject: Record<string, number> = Object.fromEntries(strataNames.map((n) => [n, 0]));
  const cursors = new Map(strataNames.map((n) => [n, 0]));
  while (itemIds.length < target) {
    for (const name of strataNames) {
      if (itemIds.length >= target) break;
      const ids = strata.get(name)!;
      const cursor = cursors.get(name)!;
      if (cursor < ids.length) {
        itemIds.push(ids[cursor]!);
        cursors.set(name, cursor + 1);
        perSubject[name] = (perSubject[name] ?? 0) + 1;
      }
    }
  }
  return {
    itemIds,
    requested: request.sampleSize,
    available,
    shortfall: Math.max(0, request.sampleSize - itemIds.length),
    perSubject,
  };
}
