import type { Prisma } from '../generated/client/client';

/**
 * A JSON column value that Prisma's client passes on without walking it.
 *
 * Before a query, Prisma serializes its arguments key by key, allocating an argument-path context per key; for a
 * plain JSON document the walk returns an identical copy. A cached createEvaluation writes a 28 KB task result and
 * ten run summaries, and that walk was its largest CPU cost. An object with `toJSON()` is taken as already
 * serialized (Prisma's escape for custom types: "Serialize the object to JSON or implement a .toJSON() method"), so
 * its result is sent as it is. Use it only for plain JSON data: no Date, BigInt or Decimal inside (they would not
 * be converted as the walk converts them).
 */
export function jsonValue(value: unknown): Prisma.InputJsonValue {
  return { toJSON: () => value } as unknown as Prisma.InputJsonValue;
}
