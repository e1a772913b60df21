import { describe, expect, it } from 'vitest';
import { RATE_CARD_SOURCE, RATE_CARD_SOURCE_ID, rateCardSourceText } from './rate-card';

describe('rateCardSourceText', () => {
  it('shows the default source in Indonesian in the Indonesian UI, and a marketer-written source as written', () => {
    expect(rateCardSourceText(RATE_CARD_SOURCE, 'en')).toBe(RATE_CARD_SOURCE);
    expect(rateCardSourceText(RATE_CARD_SOURCE, 'id')).toBe(RATE_CARD_SOURCE_ID);
    expect(RATE_CARD_SOURCE_ID).toContain('Influencer Marketing Hub');
    expect(rateCardSourceText('Quotes from our agency, 2026', 'id')).toBe('Quotes from our agency, 2026');
  });
});
