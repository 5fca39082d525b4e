/** The quota editor of the Users page: text fields ↔ setUserQuotas input (empty = the configured default). */

export interface QuotaValues {
  itemsPerDay: number;
  itemsPerDayIsDefault: boolean;
  concurrentTasks: number;
  concurrentTasksIsDefault: boolean;
}

export interface QuotaForm {
  itemsPerDay: string;
  concurrentTasks: string;
}

export type QuotaField = keyof QuotaForm;

/** Overrides show their number; defaults show empty (so saving unchanged keeps following the default). */
export function quotaToForm(quotas: QuotaValues): QuotaForm {
  return {
    itemsPerDay: quotas.itemsPerDayIsDefault ? '' : String(quotas.itemsPerDay),
    concurrentTasks: quotas.concurrentTasksIsDefault ? '' : String(quotas.concurrentTasks),
  };
}

/** null: back to the default; a whole number ≥ 0 overrides it (0: unlimited). */
export function formToQuotaInput(form: QuotaForm): { ok: true; input: { itemsPerDay: number | null; concurrentTasks: number | null } } | { ok: false; invalid: QuotaField[] } {
  const invalid: QuotaField[] = [];
  const parse = (field: QuotaField): number | null => {
    const text = form[field].trim();
    if (text === '') return null;
    if (!/^\d+$/.test(text) || !Number.isSafeInteger(Number(text))) {
      invalid.push(field);
      return null;
    }
    return Number(text);
  };
  const itemsPerDay = parse('itemsPerDay');
  const concurrentTasks = parse('concurrentTasks');
  if (invalid.length > 0) return { ok: false, invalid };
  return { ok: true, input: { itemsPerDay, concurrentTasks } };
}

/** "used / limit" with ∞ for unlimited (0). */
export function usage(used: number, limit: number): string {
  return `${used} / ${limit === 0 ? '∞' : limit}`;
}
