/**
 * The brief editor's form state and its conversion to a Brief, validated with
 * BriefSchema. zod issues are mapped to the form field they belong to, so each
 * error shows beside its field. Pure: tested without a DOM.
 */
import type { z } from 'zod';
import type { DashboardKey } from '@/lib/i18n/strings/dashboard';
import { type Brief, BriefSchema, type ContentType } from '@/lib/schema/brief';
import type { Currency } from '@/lib/schema/creator';
import type { Platform } from '@/lib/schema/reading';

export interface BriefForm {
  id: string;
  name: string;
  niches: string[];
  keywords: string;
  excludeKeywords: string;
  platforms: Platform[];
  followersMin: string;
  followersMax: string;
  tiers: string[];
  /** Percent as typed: "3" or "2,5". */
  minEngagement: string;
  languages: ('en' | 'id')[];
  locationWords: string;
  places: string;
  contentTypes: ContentType[];
  budgetAmount: string;
  budgetCurrency: Currency;
  createdAt?: number;
}

export type BriefField = Exclude<keyof BriefForm, 'id' | 'createdAt'>;
export type FieldErrors = Partial<Record<BriefField, DashboardKey>>;

export function emptyBriefForm(id: string, currency: Currency): BriefForm {
  return {
    id,
    name: '',
    niches: [],
    keywords: '',
    excludeKeywords: '',
    platforms: [],
    followersMin: '',
    followersMax: '',
    tiers: [],
    minEngagement: '',
    languages: [],
    locationWords: '',
    places: '',
    contentTypes: [],
    budgetAmount: '',
    budgetCurrency: currency,
  };
}

export function briefToForm(b: Brief, currency: Currency): BriefForm {
  return {
    id: b.id,
    name: b.name,
    niches: [...b.niches],
    keywords: b.keywords.join(', '),
    excludeKeywords: b.excludeKeywords.join(', '),
    platforms: [...b.platforms],
    followersMin: b.followers?.min === undefined ? '' : String(b.followers.min),
    followersMax: b.followers?.max === undefined ? '' : String(b.followers.max),
    tiers: [...b.tiers],
    minEngagement:
      b.minEngagementRate === undefined ? '' : String(Math.round(b.minEngagementRate * 10_000) / 100),
    languages: [...b.languages],
    locationWords: b.locationWords.join(', '),
    places: b.places.join(', '),
    contentTypes: [...b.contentTypes],
    budgetAmount: b.budget ? String(b.budget.amount) : '',
    budgetCurrency: b.budget?.currency ?? currency,
    ...(b.createdAt !== undefined ? { createdAt: b.createdAt } : {}),
  };
}

/** "a, b,, c" → ["a","b","c"]. Length limits are left to the schema so they get reported. */
export function splitList(text: string): string[] {
  return text
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** "", "12", "2,5", "1.000.000" → number | undefined | NaN (NaN means "not a number"). */
export function parseNumberField(text: string): number | undefined {
  const s = text.trim().replace(/\s/g, '');
  if (s === '') return undefined;
  if (/^\d{1,3}([.,]\d{3})+$/.test(s)) return Number(s.replace(/[.,]/g, ''));
  if (!/^-?\d*([.,]\d+)?$/.test(s)) return Number.NaN;
  return Number(s.replace(',', '.'));
}

/** Which form field a zod issue path points at. */
export function fieldForPath(path: readonly PropertyKey[]): BriefField {
  const [a, b] = path;
  if (a === 'followers') return b === 'max' ? 'followersMax' : 'followersMin';
  if (a === 'budget') return b === 'currency' ? 'budgetCurrency' : 'budgetAmount';
  if (a === 'minEngagementRate') return 'minEngagement';
  if (typeof a === 'string' && a in FIELD_NAMES) return a as BriefField;
  return 'name';
}

const FIELD_NAMES: Record<BriefField, true> = {
  name: true,
  niches: true,
  keywords: true,
  excludeKeywords: true,
  platforms: true,
  followersMin: true,
  followersMax: true,
  tiers: true,
  minEngagement: true,
  languages: true,
  locationWords: true,
  places: true,
  contentTypes: true,
  budgetAmount: true,
  budgetCurrency: true,
};

/** A zod issue in the user's words. */
export function messageFor(issue: z.core.$ZodIssue): DashboardKey {
  const field = fieldForPath(issue.path);
  if (issue.code === 'custom') {
    if (issue.path[0] === 'keywords') return 'error.needNicheOrKeyword';
    if (issue.path[0] === 'followers') return 'error.minAboveMax';
    return 'error.invalid';
  }
  if (issue.code === 'too_small') {
    if (issue.origin === 'string') return 'error.required';
    if (field === 'budgetAmount') return 'error.positive';
    if (field === 'followersMax') return 'error.positive';
    return 'error.nonNegative';
  }
  if (issue.code === 'too_big') {
    if (issue.origin === 'array') return 'error.tooMany';
    if (issue.origin === 'string') return 'error.tooLong';
    if (field === 'minEngagement') return 'error.percent';
    return 'error.invalid';
  }
  if (issue.code === 'invalid_type') {
    if (issue.expected === 'int') return 'error.wholeNumber';
    return 'error.number';
  }
  return 'error.invalid';
}

export type FormResult = { ok: true; brief: Brief } | { ok: false; errors: FieldErrors };

export function formToBrief(form: BriefForm, now: number): FormResult {
  const errors: FieldErrors = {};
  const num = (field: BriefField, text: string) => {
    const n = parseNumberField(text);
    if (n !== undefined && Number.isNaN(n)) errors[field] = 'error.number';
    return n;
  };
  const min = num('followersMin', form.followersMin);
  const max = num('followersMax', form.followersMax);
  const eng = num('minEngagement', form.minEngagement);
  const budget = num('budgetAmount', form.budgetAmount);
  if (eng !== undefined && !Number.isNaN(eng) && (eng < 0 || eng > 100))
    errors.minEngagement = 'error.percent';
  const followers =
    min === undefined && max === undefined
      ? undefined
      : { ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) };
  const input = {
    id: form.id,
    name: form.name,
    niches: form.niches,
    keywords: splitList(form.keywords),
    excludeKeywords: splitList(form.excludeKeywords),
    platforms: form.platforms,
    followers,
    tiers: form.tiers,
    minEngagementRate: eng === undefined || Number.isNaN(eng) ? undefined : eng / 100,
    languages: form.languages,
    locationWords: splitList(form.locationWords),
    places: splitList(form.places),
    contentTypes: form.contentTypes,
    budget: budget === undefined ? undefined : { amount: budget, currency: form.budgetCurrency },
    createdAt: form.createdAt ?? now,
    updatedAt: now,
  };
  // zod skips the brief-level refinements while a field is invalid; check this
  // one here too so the user sees every problem in one go.
  if (input.niches.length === 0 && input.keywords.length === 0) errors.keywords = 'error.needNicheOrKeyword';
  const parsed = BriefSchema.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = fieldForPath(issue.path);
      // The first problem per field is the one to fix first; parse errors above win.
      if (!errors[field]) errors[field] = messageFor(issue);
    }
  }
  if (Object.keys(errors).length > 0 || !parsed.success) return { ok: false, errors };
  return { ok: true, brief: parsed.data };
}
