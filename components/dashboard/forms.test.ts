import { describe, expect, it } from 'vitest';
import {
  briefToForm,
  emptyBriefForm,
  fieldForPath,
  formToBrief,
  parseNumberField,
} from '@/components/dashboard/briefs/brief-form';
import {
  formToSettings,
  presetOf,
  settingsToForm,
  storedTierName,
  withPreset,
} from '@/components/dashboard/settings/settings-form';
import { parseAmount } from '@/components/dashboard/shortlist/row-cells';
import { TIER_PRESETS } from '@/lib/metrics/tiers';
import { FAKE_BRIEFS, FAKE_SETTINGS } from '@/tests/support/dashboard/fake-views';

const NOW = 1_700_000_000_000;

describe('brief form', () => {
  it('turns a filled form into a valid Brief (percent → fraction, lists split, numbers parsed)', () => {
    const form = {
      ...emptyBriefForm('b1', 'IDR'),
      name: '  Serum launch ',
      niches: ['skincare'],
      keywords: 'serum, glow,, niacinamide ',
      excludeKeywords: 'alcohol',
      followersMin: '10.000',
      followersMax: '100000',
      minEngagement: '2,5',
      budgetAmount: '50000000',
    };
    const r = formToBrief(form, NOW);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.brief.name).toBe('Serum launch');
    expect(r.brief.keywords).toEqual(['serum', 'glow', 'niacinamide']);
    expect(r.brief.followers).toEqual({ min: 10_000, max: 100_000 });
    expect(r.brief.minEngagementRate).toBeCloseTo(0.025, 10);
    expect(r.brief.budget).toEqual({ amount: 50_000_000, currency: 'IDR' });
    expect(r.brief.createdAt).toBe(NOW);
  });

  it('puts each problem on its own field', () => {
    const r = formToBrief(
      {
        ...emptyBriefForm('b1', 'IDR'),
        name: '   ',
        followersMin: '50000',
        followersMax: '1000',
        minEngagement: '150',
        budgetAmount: 'lots',
      },
      NOW,
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toMatchObject({
      name: 'error.required',
      keywords: 'error.needNicheOrKeyword',
      followersMin: 'error.minAboveMax',
      minEngagement: 'error.percent',
      budgetAmount: 'error.number',
    });
  });

  it('reports too-long keywords and non-whole follower counts', () => {
    const r = formToBrief(
      { ...emptyBriefForm('b1', 'IDR'), name: 'x', keywords: 'k'.repeat(61), followersMin: '10.5' },
      NOW,
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.keywords).toBe('error.tooLong');
    expect(r.errors.followersMin).toBe('error.wholeNumber');
  });

  it('round-trips an existing brief through the form', () => {
    const brief = FAKE_BRIEFS[0]!;
    const r = formToBrief(briefToForm(brief, 'IDR'), NOW);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect({ ...r.brief, createdAt: undefined, updatedAt: undefined }).toEqual({
      ...brief,
      createdAt: undefined,
      updatedAt: undefined,
    });
  });

  it('keeps a brief’s places through the form: comma-separated, any language', () => {
    const brief = { ...FAKE_BRIEFS[0]!, places: ['Jabodetabek', 'Jawa Barat'] };
    const form = briefToForm(brief, 'IDR');
    expect(form.places).toBe('Jabodetabek, Jawa Barat');
    const r = formToBrief({ ...form, places: 'Jabodetabek, West Java, ' }, NOW);
    expect(r.ok && r.brief.places).toEqual(['Jabodetabek', 'West Java']);
  });

  it('maps zod paths to fields and parses typed numbers', () => {
    expect(fieldForPath(['followers', 'max'])).toBe('followersMax');
    expect(fieldForPath(['budget', 'amount'])).toBe('budgetAmount');
    expect(fieldForPath(['keywords', 3])).toBe('keywords');
    expect(parseNumberField('')).toBeUndefined();
    expect(parseNumberField('1.500.000')).toBe(1_500_000);
    expect(parseNumberField('2,5')).toBe(2.5);
    expect(parseNumberField('abc')).toBeNaN();
  });

  it('parseAmount reads Indonesian and English money typing', () => {
    expect(parseAmount('1.500.000')).toBe(1_500_000);
    expect(parseAmount('1,500,000')).toBe(1_500_000);
    expect(parseAmount('2,5')).toBe(2.5);
    expect(parseAmount('250000.50')).toBe(250_000.5);
    expect(parseAmount('Rp1.000')).toBe(1000);
    expect(parseAmount('-5')).toBeNull();
    expect(parseAmount('abc')).toBeNull();
  });
});

describe('settings form', () => {
  const base = { ...FAKE_SETTINGS, tierScheme: TIER_PRESETS.standard };

  it('round-trips settings and recognises a preset', () => {
    const form = settingsToForm(base);
    expect(form.preset).toBe('standard');
    const r = formToSettings(form);
    expect(r.ok && r.settings).toEqual(base);
  });

  it('shows preset tiers and amounts the Indonesian way and stores them unchanged', () => {
    const settings = {
      ...base,
      rateCard: {
        entries: [
          { platform: 'instagram' as const, tier: 'mega', currency: 'IDR' as const, min: 50e6, max: 500e6 },
        ],
        source: 'agency quotes',
      },
    };
    const form = settingsToForm(settings, 'id');
    expect(form.tiers.map((x) => x.name)).toEqual(['pemula', 'nano', 'mikro', 'makro', 'mega']);
    expect(form.tiers[4]!.min).toBe('1.000.000');
    expect([form.rates[0]!.min, form.rates[0]!.max]).toEqual(['50.000.000', '500.000.000']);
    const r = formToSettings(form);
    expect(r.ok && r.settings).toEqual(settings);
    expect(storedTierName('Makro')).toBe('macro');
    expect(storedTierName('mid-tier')).toBe('mid');
    expect(storedTierName('Premium')).toBe('Premium');
  });

  it('switching preset replaces the thresholds', () => {
    const form = withPreset(settingsToForm(base), 'narrow-micro');
    const r = formToSettings(form);
    expect(r.ok).toBe(true);
    if (r.ok) expect(presetOf(r.settings.tierScheme)).toBe('narrow-micro');
  });

  it('refuses thresholds that do not rise, a first tier above 0 and duplicate names', () => {
    const form = settingsToForm(base);
    const rising = formToSettings({
      ...form,
      preset: 'custom',
      tiers: [
        { name: 'a', min: '0' },
        { name: 'b', min: '0' },
      ],
    });
    expect(!rising.ok && rising.errors.tiers).toBe('error.tierRise');
    const start = formToSettings({ ...form, preset: 'custom', tiers: [{ name: 'a', min: '5' }] });
    expect(!start.ok && start.errors.tiers).toBe('error.tierStart');
    const names = formToSettings({
      ...form,
      preset: 'custom',
      tiers: [
        { name: 'a', min: '0' },
        { name: 'a', min: '9' },
      ],
    });
    expect(!names.ok && names.errors.tiers).toBe('error.tierNames');
    const typed = formToSettings({ ...form, preset: 'custom', tiers: [{ name: '', min: 'x' }] });
    expect(!typed.ok && typed.errors).toMatchObject({
      'tier.0.min': 'error.number',
      'tier.0.name': 'error.required',
    });
  });

  it('puts a rate card row error on that row', () => {
    const form = settingsToForm(base);
    const rates = [
      {
        platform: 'instagram' as const,
        tier: 'micro',
        currency: 'IDR' as const,
        min: '5000000',
        max: '1000000',
      },
    ];
    const r = formToSettings({ ...form, rates });
    expect(!r.ok && r.errors['rate.0.min']).toBe('error.minAboveMax');
    const neg = formToSettings({ ...form, rates: [{ ...rates[0]!, min: '-1', max: '5' }] });
    expect(!neg.ok && neg.errors['rate.0.min']).toBe('error.nonNegative');
  });
});
