import { GENERIC_ERROR_CODES } from '$lib/i18n/core';

/**
 * Mutation results are unions of a success type and error types (BaseError: message + code; ValidationError
 * adds field issues). This turns such an error into messages attached to the controls that caused them.
 */

export interface ErrorLike {
  __typename?: string;
  message?: string;
  code?: string;
  params?: unknown;
  issues?: readonly { path: string; message: string; code?: string; params?: unknown }[];
}

export interface FormErrors {
  /** Messages by field path (first segment of the issue path, e.g. "plan.sampleSize" → "plan"). */
  fields: Record<string, string[]>;
  /** Messages not tied to a known field. */
  general: string[];
}

export const emptyFormErrors = (): FormErrors => ({ fields: {}, general: [] });

export function hasErrors(errors: FormErrors): boolean {
  return errors.general.length > 0 || Object.keys(errors.fields).length > 0;
}

/**
 * Distributes an error result over fields.
 * - ValidationError issues go to their path when it names a known field; otherwise to `general`.
 * - Other errors (ConflictError, NotFoundError) go to `routeByCode[code]` / `routeByType[__typename]` when given.
 * - A ValidationError whose issues were all placed does not repeat its summary message.
 */
export function toFormErrors(
  error: ErrorLike,
  knownFields: readonly string[],
  route: { byType?: Record<string, string>; byCode?: Record<string, string>; say?: (error: ErrorLike) => string } = {},
): FormErrors {
  const out = emptyFormErrors();
  const push = (field: string | null, message: string) => {
    if (field === null) {
      if (!out.general.includes(message)) out.general.push(message);
      return;
    }
    const list = (out.fields[field] ??= []);
    if (!list.includes(message)) list.push(message);
  };
  const known = new Set(knownFields);
  // An error the client can say in its own language (by its code): that one sentence, at the field it concerns —
  // unless its field issues say more: a general code (INVALID_INPUT), or every issue with a code of its own.
  const issuesSayMore =
    (error.issues?.length ?? 0) > 0 && (GENERIC_ERROR_CODES.includes(error.code ?? '') || error.issues!.every((issue) => issue.code && !GENERIC_ERROR_CODES.includes(issue.code)));
  const said = issuesSayMore ? undefined : route.say?.(error);
  if (said !== undefined && error.message !== undefined && said !== error.message) {
    const head = error.issues?.[0]?.path.split(/[.[]/)[0] ?? '';
    const routed = (error.code && route.byCode?.[error.code]) || (error.__typename && route.byType?.[error.__typename]) || head;
    push(known.has(routed) ? routed : null, said);
    return out;
  }
  const issues = error.issues ?? [];
  let unplaced = 0;
  for (const issue of issues) {
    const head = issue.path.split(/[.[]/)[0] ?? '';
    const field = known.has(issue.path) ? issue.path : known.has(head) ? head : null;
    if (field === null) unplaced++;
    // Each issue said by its own code in the client's language (the server's English when the code is unknown).
    push(field, route.say ? route.say(issue) : issue.message);
  }
  if (issues.length === 0) {
    const routed = (error.code && route.byCode?.[error.code]) || (error.__typename && route.byType?.[error.__typename]) || null;
    push(routed && known.has(routed) ? routed : null, error.message ?? 'Unknown error');
  } else if (unplaced > 0 && error.message) {
    // Keep the summary when some issues could not be placed, for context.
    const summary = route.say ? route.say(error) : error.message;
    if (!out.general.includes(summary)) out.general.unshift(summary);
  }
  return out;
}

/** The first message for a field, for aria-describedby'd inline errors. */
export function fieldError(errors: FormErrors, field: string): string | null {
  return errors.fields[field]?.join(' ') ?? null;
}
