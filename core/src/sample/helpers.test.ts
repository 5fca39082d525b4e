import { describe, expect, it } from 'vitest';
import { finalize, mcqaDraft, numericDistractors, type ItemMeta } from './builder';
import { pyFloatRepr, pyFloorDiv, pyMod } from './coding';
import { formatDecimal, formatFrac, frac } from './fraction';
import { fnv1a64Hex, utf8Bytes } from './hash';
import { eulReul, eunNeun, euroRo, iGa } from './korean';
import { mulberry32, Rng } from './prng';

describe('fnv1a64Hex', () => {
  it('matches the published FNV-1a 64 test vectors', () => {
    expect(fnv1a64Hex('')).toBe('cbf29ce484222325');
    expect(fnv1a64Hex('a')).toBe('af63dc4c8601ec8c');
    expect(fnv1a64Hex('foobar')).toBe('85944171f73967e8');
  });

  it('hashes the UTF-8 bytes of non-ASCII text', () => {
    expect(utf8Bytes('한')).toEqual([0xed, 0x95, 0x9c]);
    expect(utf8Bytes('😀')).toEqual([0xf0, 0x9f, 0x98, 0x80]);
    expect(fnv1a64Hex('한글')).toBe('5900dac74a762e41');
  });

  it('equals the 64-bit arithmetic over TextEncoder bytes for any text (lone surrogates, every UTF-8 length)', () => {
    const reference = (text: string) => {
      let hash = 0xcbf29ce484222325n;
      for (const byte of new TextEncoder().encode(text)) hash = ((hash ^ BigInt(byte)) * 0x100000001b3n) & 0xffffffffffffffffn;
      return hash.toString(16).padStart(16, '0');
    };
    const rng = new Rng('fnv-equivalence');
    const units = [0x41, 0x7f, 0x80, 0x7ff, 0x800, 0xd7ff, 0xd800, 0xdbff, 0xdc00, 0xdfff, 0xe000, 0xffff, 0x1d, 0xac00];
    for (let i = 0; i < 500; i++) {
      const length = rng.int(0, 40);
      const text = String.fromCharCode(...Array.from({ length }, () => (rng.bool() ? units[rng.int(0, units.length - 1)]! : rng.int(0, 0xffff))));
      expect(fnv1a64Hex(text), JSON.stringify(text)).toBe(reference(text));
      expect(utf8Bytes(text)).toEqual([...new TextEncoder().encode(text)]);
    }
    const long = 'é😀'.repeat(2000); // longer than the reused buffer
    expect(fnv1a64Hex(long)).toBe(reference(long));
  });
});

describe('prng', () => {
  it('is deterministic per seed', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const xs = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(xs);
    for (const x of xs) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
  });

  it('Rng helpers stay in range and shuffle is a permutation', () => {
    const rng = new Rng('test');
    for (let i = 0; i < 200; i++) {
      const v = rng.int(-3, 3);
      expect(v).toBeGreaterThanOrEqual(-3);
      expect(v).toBeLessThanOrEqual(3);
      expect(rng.nonZero(-2, 2)).not.toBe(0);
    }
    const s = rng.shuffle([1, 2, 3, 4, 5]);
    expect([...s].sort()).toEqual([1, 2, 3, 4, 5]);
  });
});

describe('fractions', () => {
  it('reduces and formats', () => {
    expect(formatFrac(frac(6, 36))).toBe('1/6');
    expect(formatFrac(frac(12, 2652))).toBe('1/221');
    expect(formatDecimal(frac(3, 8))).toBe('0.375');
    expect(formatDecimal(frac(1, 32))).toBe('0.03125');
    expect(() => formatDecimal(frac(1, 3))).toThrow();
  });
});

describe('Python semantics helpers', () => {
  it('floor division and modulo follow Python', () => {
    expect(pyFloorDiv(7, 2)).toBe(3);
    expect(pyFloorDiv(-7, 2)).toBe(-4);
    expect(pyMod(-7, 3)).toBe(2);
    expect(pyMod(7, -3)).toBe(-2);
    expect(pyFloatRepr(2)).toBe('2.0');
    expect(pyFloatRepr(0.375)).toBe('0.375');
  });
});

describe('Korean particles', () => {
  it('chooses the right 조사 after Hangul and numbers', () => {
    expect(eunNeun('서울')).toBe('서울은');
    expect(eunNeun('부산')).toBe('부산은');
    expect(eunNeun('수원')).toBe('수원은');
    expect(eunNeun('대구')).toBe('대구는');
    expect(iGa('포항')).toBe('포항이');
    expect(iGa('여수')).toBe('여수가');
    expect(eulReul('송편')).toBe('송편을');
    expect(eunNeun('오스트레일리아(호주)')).toBe('오스트레일리아(호주)는');
    expect(eunNeun('30')).toBe('30은');
    expect(eunNeun('5')).toBe('5는');
    expect(euroRo('60')).toBe('60으로');
    expect(euroRo('45')).toBe('45로');
    expect(euroRo('47')).toBe('47로');
    expect(euroRo('서울')).toBe('서울로');
    expect(euroRo('부산')).toBe('부산으로');
  });
});

describe('builder', () => {
  const meta: ItemMeta = {
    subject: 'Science/Math',
    taskType: 'Reasoning',
    targetType: 'General',
    category: 'arithmetic',
    level: 'elementary',
  };

  it('MCQA drafts keep the correct option under the answer letter', () => {
    const rng = new Rng(1);
    for (let i = 0; i < 20; i++) {
      const d = mcqaDraft(rng, 'English', meta, `What is ${i} + 1?`, String(i + 1), ['x', 'y', 'z']);
      expect(d.options![['A', 'B', 'C', 'D'].indexOf(d.answer)]).toBe(String(i + 1));
    }
    expect(() => mcqaDraft(rng, 'English', meta, 'q', 'a', ['a', 'b', 'c'])).toThrow();
  });

  it('numeric distractors are distinct near misses without float noise', () => {
    const rng = new Rng(2);
    const d = numericDistractors(rng, 3.8, [0.38, 380, 3.8 - 3]);
    expect(new Set(d).size).toBe(3);
    expect(d).not.toContain('3.8');
    for (const x of d) expect(x).toMatch(/^-?\d+(\.\d{1,3})?$/);
  });

  it('finalize drops exact duplicates', () => {
    const rng = new Rng(3);
    const a = mcqaDraft(rng, 'English', meta, 'Same?', '1', ['2', '3', '4']);
    const items = finalize([a, { ...a }]);
    expect(items).toHaveLength(1);
  });
});
