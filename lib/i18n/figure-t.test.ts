import { describe, expect, it } from 'vitest';
import { commonStrings } from '@/lib/i18n/strings/common';
import { figureStrings } from '@/lib/i18n/strings/figures';
import { ft, isFigureKey } from './figure-t';
import { t } from './index';

describe('figure strings', () => {
  it('are part of the common strings, so ft() and t() say the same for each of them', () => {
    for (const lang of ['en', 'id'] as const) {
      for (const key of Object.keys(figureStrings.en) as (keyof typeof figureStrings.en)[]) {
        expect(commonStrings[lang][key]).toBe(figureStrings[lang][key]);
        expect(ft(lang, key, { n: 3, min: 'a', max: 'b', label: 'x', a: 'p', b: 'q' })).toBe(
          t(lang, key, { n: 3, min: 'a', max: 'b', label: 'x', a: 'p', b: 'q' }),
        );
      }
    }
  });

  it('know which keys are theirs (the other common strings stay out)', () => {
    expect(isFigureKey('tier.micro')).toBe(true);
    expect(isFigureKey('reason.likes-hidden')).toBe(true);
    expect(isFigureKey('status.contacted')).toBe(false);
    expect(isFigureKey('signal.ok')).toBe(false);
    expect(isFigureKey('toString')).toBe(false);
  });
});
