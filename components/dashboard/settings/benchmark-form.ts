/**
 * The benchmark part of the settings form: which set is chosen, and the marketer's own copy of a
 * set with its figures as editable percent text. Converted back with BenchmarkSetSchema, so an
 * edited set can never be stored with a row that has min above max or no figure. Pure.
 */

import { parseNumberField } from '@/components/dashboard/briefs/brief-form';
import {
  type BenchmarkSet,
  BenchmarkSetSchema,
  type PlatformBenchmarks,
} from '@/lib/metrics/benchmark-sets/schema';
import { BENCHMARK_SETS, benchmarkSetById } from '@/lib/metrics/benchmark-sets/sets';

export const CUSTOM_BENCHMARK_ID = 'custom';

export interface BenchmarkRowForm {
  label: string;
  minFollowers: number;
  maxFollowers: number | null;
  /** Percent text ("1.78"); a row keeps the kind it was published with. */
  average: string | null;
  min: string | null;
  max: string | null;
}

export interface BenchmarkTableForm {
  basis: PlatformBenchmarks['basis'];
  source: PlatformBenchmarks['source'];
  rows: BenchmarkRowForm[];
}

export interface BenchmarkForm {
  chosen: string;
  custom: { name: string; instagram: BenchmarkTableForm | null; tiktok: BenchmarkTableForm | null } | null;
}

/** Percent text for a fraction, without float noise (0.0178 → "1.78"). */
export function percentText(fraction: number): string {
  return String(Number((fraction * 100).toPrecision(10)));
}

function tableToForm(t: PlatformBenchmarks | undefined): BenchmarkTableForm | null {
  if (!t) return null;
  return {
    basis: t.basis,
    source: { ...t.source },
    rows: t.rows.map((r) => ({
      label: r.label,
      minFollowers: r.minFollowers,
      maxFollowers: r.maxFollowers,
      average: r.average === undefined ? null : percentText(r.average),
      min: r.min === undefined ? null : percentText(r.min),
      max: r.max === undefined ? null : percentText(r.max),
    })),
  };
}

export function benchmarkToForm(chosen: string, custom: BenchmarkSet | null): BenchmarkForm {
  return {
    chosen,
    custom: custom
      ? { name: custom.name, instagram: tableToForm(custom.instagram), tiktok: tableToForm(custom.tiktok) }
      : null,
  };
}

/**
 * An editable copy of a set, chosen at once. Its source says it was edited, so the chip's hover
 * never passes the marketer's figures off as the publisher's.
 */
export function copyForEditing(fromId: string, name: string): BenchmarkForm {
  const from = benchmarkSetById(fromId);
  const edited = (t: PlatformBenchmarks | undefined) => {
    const f = tableToForm(t);
    if (!f) return null;
    return { ...f, source: { ...f.source, publisher: `${f.source.publisher} — edited` } };
  };
  return {
    chosen: CUSTOM_BENCHMARK_ID,
    custom: { name, instagram: edited(from.instagram), tiktok: edited(from.tiktok) },
  };
}

export type BenchmarkResult =
  | { ok: true; chosen: string; custom: BenchmarkSet | null }
  | {
      ok: false;
      errors: Record<string, 'error.required' | 'error.number' | 'error.percent' | 'error.minAboveMax'>;
    };

/** Error keys: "bench.<platform>.<row>.<field>". */
export function formToBenchmarks(form: BenchmarkForm): BenchmarkResult {
  const errors: Extract<BenchmarkResult, { ok: false }>['errors'] = {};
  if (!form.custom) {
    const chosen = BENCHMARK_SETS.some((s) => s.id === form.chosen) ? form.chosen : 'reports';
    return { ok: true, chosen, custom: null };
  }
  const pct = (key: string, text: string | null): number | undefined => {
    if (text === null) return undefined;
    const n = parseNumberField(text);
    if (n === undefined) errors[key] = 'error.required';
    else if (Number.isNaN(n)) errors[key] = 'error.number';
    else if (n < 0 || n > 100) errors[key] = 'error.percent';
    else return Number((n / 100).toPrecision(12));
    return 0;
  };
  const table = (platform: 'instagram' | 'tiktok', t: BenchmarkTableForm | null) => {
    if (!t) return undefined;
    return {
      basis: t.basis,
      source: t.source,
      rows: t.rows.map((r, i) => {
        const key = `bench.${platform}.${i}`;
        const row = {
          label: r.label,
          minFollowers: r.minFollowers,
          maxFollowers: r.maxFollowers,
          average: pct(`${key}.average`, r.average),
          min: pct(`${key}.min`, r.min),
          max: pct(`${key}.max`, r.max),
        };
        const unreadable = errors[`${key}.min`] || errors[`${key}.max`];
        if (row.min !== undefined && row.max !== undefined && row.min > row.max && !unreadable) {
          errors[`${key}.min`] = 'error.minAboveMax';
        }
        return row;
      }),
    };
  };
  const candidate = {
    id: CUSTOM_BENCHMARK_ID,
    name: form.custom.name.trim() || 'Custom',
    instagram: table('instagram', form.custom.instagram),
    tiktok: table('tiktok', form.custom.tiktok),
  };
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const parsed = BenchmarkSetSchema.safeParse(candidate);
  if (!parsed.success) return { ok: false, errors: { 'bench.form': 'error.number' } };
  return { ok: true, chosen: form.chosen, custom: parsed.data };
}
