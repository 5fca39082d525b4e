/** Pure FNV-1a 64-bit hash over the UTF-8 bytes of a string (no node:crypto). */

/** Reused between calls: the sample's ids hash thousands of short strings at every `npm start`. */
let scratch = new Uint8Array(1024);

/** UTF-8 encodes `text` into `scratch` (lone surrogates as U+FFFD, as TextEncoder does); returns the byte length. */
function encodeUtf8(text: string): number {
  if (scratch.length < text.length * 3) scratch = new Uint8Array(text.length * 3);
  const out = scratch;
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    let cp = text.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00);
        i++;
      }
    }
    if (cp >= 0xd800 && cp <= 0xdfff) cp = 0xfffd; // lone surrogate
    if (cp < 0x80) {
      out[n++] = cp;
    } else if (cp < 0x800) {
      out[n++] = 0xc0 | (cp >> 6);
      out[n++] = 0x80 | (cp & 0x3f);
    } else if (cp < 0x10000) {
      out[n++] = 0xe0 | (cp >> 12);
      out[n++] = 0x80 | ((cp >> 6) & 0x3f);
      out[n++] = 0x80 | (cp & 0x3f);
    } else {
      out[n++] = 0xf0 | (cp >> 18);
      out[n++] = 0x80 | ((cp >> 12) & 0x3f);
      out[n++] = 0x80 | ((cp >> 6) & 0x3f);
      out[n++] = 0x80 | (cp & 0x3f);
    }
  }
  return n;
}

/** UTF-8 encode without relying on TextEncoder. */
export function utf8Bytes(text: string): number[] {
  return Array.from(scratch.subarray(0, encodeUtf8(text)));
}

/**
 * FNV-1a 64 of the string's UTF-8 bytes, as 16 lowercase hex digits. The 64-bit state is kept as four 16-bit limbs
 * in plain numbers (BigInt arithmetic per byte made generating the sample take 0.25 s of every start): the prime
 * 2^40 + 0x1b3 multiplies as `h * 0x1b3 + (h << 40)`, carries propagated limb by limb, bits past 64 dropped.
 */
export function fnv1a64Hex(text: string): string {
  // Offset basis 0xcbf29ce484222325, lowest limb first.
  let h0 = 0x2325;
  let h1 = 0x8422;
  let h2 = 0x9ce4;
  let h3 = 0xcbf2;
  const length = encodeUtf8(text);
  const bytes = scratch;
  for (let i = 0; i < length; i++) {
    h0 ^= bytes[i]!;
    const t0 = h0 * 0x1b3;
    const t1 = h1 * 0x1b3 + (t0 >>> 16);
    const t2 = h2 * 0x1b3 + (h0 << 8) + (t1 >>> 16);
    const t3 = h3 * 0x1b3 + (h1 << 8) + (t2 >>> 16);
    h0 = t0 & 0xffff;
    h1 = t1 & 0xffff;
    h2 = t2 & 0xffff;
    h3 = t3 & 0xffff;
  }
  const hex = (limb: number) => limb.toString(16).padStart(4, '0');
  return hex(h3) + hex(h2) + hex(h1) + hex(h0);
}
