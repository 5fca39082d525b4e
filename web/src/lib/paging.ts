/** Cursor of a paged list: forward from `after`, or backward from `before`. */
export interface PageCursor {
  after?: string;
  before?: string;
}

/** Relay connection arguments for a page of `size` at `cursor`. */
export function pageVariables(cursor: PageCursor, size: number): { first: number; after?: string } | { last: number; before: string } {
  if (cursor.before) return { last: size, before: cursor.before };
  return { first: size, ...(cursor.after ? { after: cursor.after } : {}) };
}
