/**
 * The settings form: editable text for thresholds and rates, converted to
 * Settings and validated with SettingsSchema. Errors are keyed by where they
 * show: "tiers", "tier.<i>.name", "tier.<i>.min", "rate.<i>.min"… Pure.
 */

import { parseNumberField } from '@/components/dashboard/briefs/brief-form';
import {
  type BenchmarkForm,
  benchmarkToForm,
  formToBenchmarks,
} from '@/components/dashboard/settings/benchmark-form';
import { LANGS, type Lang } from '@/lib/i18n/core';
import { formatAmountInput } from '@/lib/i18n/format';
import { tierLabel } from '@/lib/i18n/shown';
import type { DashboardKey } from '@/lib/i18n/strings/dashboard';
import { TIER_PRESETS, type TierPresetId } from '@/lib/metrics/tiers';
import type { Currency } from '@/lib/schema/creator';
import { type Settings, SettingsSchema } from '@/lib/schema/settings';

export interface TierRow {
  name: string;
  min: string;
}

export interface RateRow {
  platform: 'instagram' | 'tiktok';
  tier: string;
  currency: Currency;
  min: string;
  max: string;
}

export interface SettingsForm {
  preset: TierPresetId | 'custom';
  schemeId: string;
  schemeName: string;
  tiers: TierRow[];
  language: Settings['language'];
  currency: Currency;
  csvDelimiter: Settings['csvDelimiter'];
  overlay: Settings['overlay'];
  rates: RateRow[];
  rateSource: string;
  benchmarks: BenchmarkForm;
}

export type SettingsErrors = Record<string, DashboardKey>;

export function presetOf(scheme: Settings['tierScheme']): TierPresetId | 'custom' {
  for (const [id, p] of Object.entries(TIER_PRESETS) as [TierPresetId, Settings['tierScheme']][]) {
    if (
      p.tiers.length === scheme.tiers.length &&
      p.tiers.every((t, i) => t.name === scheme.tiers[i]?.name && t.min === scheme.tiers[i]?.min)
    )
      return id;
  }
  return 'custom';
}

/** Every tier name the presets use: the names shown in the UI language and stored as written here. */
const PRESET_TIER_NAMES = [
  ...new Set(Object.values(TIER_PRESETS).flatMap((p) => p.tiers.map((t) => t.name))),
];

/**
 * The stored name of a tier typed or shown in the form: a preset tier is shown in the UI
 * language ("mikro") and stored by its preset name ("micro"), so the tier table, the
 * filters and the rate card say the same word and stored data keeps one key; any other
 * name is stored as written. Either language's word is recognised (the UI language may
 * change while the form is open).
 */
export function storedTierName(shown: string): string {
  const typed = shown.trim().toLowerCase();
  const known = PRESET_TIER_NAMES.find(
    (n) => n === typed || LANGS.some((l) => tierLabel(n, l).toLowerCase() === typed),
  );
  return known ?? shown.trim();
}

export function settingsToForm(s: Settings, lang: Lang = 'en'): SettingsForm {
  return {
    preset: presetOf(s.tierScheme),
    schemeId: s.tierScheme.id,
    schemeName: s.tierScheme.name,
    tiers: s.tierScheme.tiers.map((t) => ({
      name: tierLabel(t.name, lang),
      min: formatAmountInput(t.min, lang),
    })),
    language: s.language,
    currency: s.currency,
    csvDelimiter: s.csvDelimiter,
    overlay: { ...s.overlay },
    rates: s.rateCard.entries.map((e) => ({
      ...e,
      min: formatAmountInput(e.min, lang),
      max: formatAmountInput(e.max, lang),
    })),
    rateSource: s.rateCard.source,
    benchmarks: benchmarkToForm(s.benchmarkSet, s.customBenchmarks),
  };
}

/** Choosing a preset replaces the thresholds; editing one makes the scheme custom. */
export function withPreset(form: SettingsForm, preset: TierPresetId, lang: Lang = 'en'): SettingsForm {
  const p = TIER_PRESETS[preset];
  return {
    ...form,
    preset,
    schemeId: p.id,
    schemeName: p.name,
    tiers: p.tiers.map((t) => ({ name: tierLabel(t.name, lang), min: formatAmountInput(t.min, lang) })),
  };
}

const TIER_MESSAGES: Record<string, DashboardKey> = {
  'the first tier must start at 0': 'error.tierStart',
  'tier thresholds must rise': 'error.tierRise',
  'tier names must differ': 'error.tierNames',
};

export type SettingsResult = { ok: true; settings: Settings } | { ok: false; errors: SettingsErrors };

export function formToSettings(form: SettingsForm): SettingsResult {
  const errors: SettingsErrors = {};
  const num = (key: string, text: string): number => {
    const n = parseNumberField(text);
    if (n === undefined) {
      errors[key] = 'error.required';
      return 0;
    }
    if (Number.isNaN(n)) {
      errors[key] = 'error.number';
      return 0;
    }
    return n;
  };
  const tiers = form.tiers.map((t, i) => ({
    name: storedTierName(t.name),
    min: num(`tier.${i}.min`, t.min),
  }));
  const entries = form.rates.map((r, i) => ({
    platform: r.platform,
    tier: r.tier.trim(),
    currency: r.currency,
    min: num(`rate.${i}.min`, r.min),
    max: num(`rate.${i}.max`, r.max),
  }));
  const custom = form.preset === 'custom';
  const bench = formToBenchmarks(form.benchmarks);
  if (!bench.ok) Object.assign(errors, bench.errors);
  const candidate = {
    tierScheme: {
      id: custom ? 'custom' : form.schemeId,
      name: custom ? 'Custom' : form.schemeName,
      tiers,
    },
    language: form.language,
    rateCard: { entries, source: form.rateSource },
    currency: form.currency,
    csvDelimiter: form.csvDelimiter,
    overlay: form.overlay,
    benchmarkSet: bench.ok ? bench.chosen : 'reports',
    customBenchmarks: bench.ok ? bench.custom : null,
  };
  const parsed = SettingsSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const [a, b, c, d] = issue.path;
      let key = 'form';
      let message: DashboardKey = 'error.invalid';
      if (a === 'tierScheme' && b === 'tiers' && typeof c === 'number') {
        key = `tier.${c}.${String(d)}`;
        message =
          issue.code === 'too_small' && issue.origin === 'string'
            ? 'error.required'
            : issue.code === 'too_big'
              ? 'error.tooLong'
              : issue.code === 'invalid_type' && issue.expected === 'int'
                ? 'error.wholeNumber'
                : issue.code === 'too_small'
                  ? 'error.nonNegative'
                  : 'error.invalid';
      } else if (a === 'tierScheme') {
        key = 'tiers';
        message =
          TIER_MESSAGES[issue.message] ?? (issue.code === 'too_big' ? 'error.tooMany' : 'error.invalid');
      } else if (a === 'rateCard' && b === 'entries' && typeof c === 'number') {
        key = `rate.${c}.${String(d ?? 'min')}`;
        message =
          issue.code === 'custom'
            ? 'error.minAboveMax'
            : issue.code === 'too_small' && issue.origin === 'string'
              ? 'error.required'
              : issue.code === 'too_small'
                ? 'error.nonNegative'
                : 'error.invalid';
      } else if (a === 'rateCard') {
        key = 'rates';
        message = issue.code === 'too_big' ? 'error.tooMany' : 'error.invalid';
      }
      if (!errors[key]) errors[key] = message;
    }
  }
  if (Object.keys(errors).length > 0 || !parsed.success) return { ok: false, errors };
  return { ok: true, settings: parsed.data };
}
