import { describe, expect, it } from 'vitest';
import { formToQuotaInput, quotaToForm, usage } from './quotas';

describe('quota form', () => {
  it('shows overrides and leaves defaults empty', () => {
    expect(quotaToForm({ itemsPerDay: 5000, itemsPerDayIsDefault: false, concurrentTasks: 3, concurrentTasksIsDefault: true })).toEqual({
      itemsPerDay: '5000',
      concurrentTasks: '',
    });
  });

  it('sends numbers as overrides and empty fields as null (the default)', () => {
    expect(formToQuotaInput({ itemsPerDay: ' 200 ', concurrentTasks: '' })).toEqual({ ok: true, input: { itemsPerDay: 200, concurrentTasks: null } });
    expect(formToQuotaInput({ itemsPerDay: '0', concurrentTasks: '0' })).toEqual({ ok: true, input: { itemsPerDay: 0, concurrentTasks: 0 } });
  });

  it('refuses negative, fractional and non-numeric values by field', () => {
    expect(formToQuotaInput({ itemsPerDay: '-1', concurrentTasks: '1.5' })).toEqual({ ok: false, invalid: ['itemsPerDay', 'concurrentTasks'] });
    expect(formToQuotaInput({ itemsPerDay: 'ten', concurrentTasks: '2' })).toEqual({ ok: false, invalid: ['itemsPerDay'] });
  });

  it('writes usage with ∞ for unlimited', () => {
    expect(usage(12, 0)).toBe('12 / ∞');
    expect(usage(1, 3)).toBe('1 / 3');
  });
});
