import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PrefixFilter } from './prefix-filter';

describe('PrefixFilter', () => {
  it('never turns away a word it was given, nor one sharing its first three characters', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 12 }), { maxLength: 50 }), fc.string(), (added, tail) => {
        const filter = new PrefixFilter();
        for (const w of added) filter.add(w);
        for (const w of added) {
          expect(filter.mayContain(w)).toBe(true);
          if (w.length >= 3) expect(filter.mayContain(w.slice(0, 3) + tail)).toBe(true);
        }
      }),
    );
  });

  it('turns away most words that share no prefix with the set', () => {
    const filter = new PrefixFilter();
    for (const w of ['serum', 'kopi', 'sunscreen', 'latte']) filter.add(w);
    const others = ['makan', 'jalan', 'pagi', 'hari', 'enak', 'banget', 'video', 'baru'];
    expect(others.filter((w) => filter.mayContain(w))).toEqual([]);
    expect(filter.mayContain('serums')).toBe(true);
  });
});
