/**
 * The Prisma plugin's `query` for a field whose selection reads no column of the object (a mutation
 * answered with `{ __typename }` only, without `data`) is `{ select: {} }`, which Prisma rejects
 * after the mutation has committed. Such a query selects the default columns instead.
 */
export function selectable<Q extends object>(query: Q): Q | Record<string, never> {
  const select = (query as { select?: object }).select;
  return select !== undefined && Object.keys(select).length === 0 ? {} : query;
}
