import { describe, expect, it } from 'vitest';
import { detailsSummary } from './audit';

describe('detailsSummary', () => {
  it('shows an object as key: value pairs', () => {
    expect(detailsSummary(JSON.stringify({ role: 'ADMIN', from: 'MEMBER', changed: ['role'], n: 2, ok: true, none: null }))).toBe(
      'role: ADMIN, from: MEMBER, changed: ["role"], n: 2, ok: true, none: —',
    );
  });

  it('keeps non-JSON text and shortens long values', () => {
    expect(detailsSummary('plain')).toBe('plain');
    expect(detailsSummary(null)).toBe('');
    const long = detailsSummary(JSON.stringify({ text: 'x'.repeat(500) }));
    expect(long.length).toBe(240);
    expect(long.endsWith('…')).toBe(true);
  });
});
