import { describe, expect, it } from 'vitest';
import {
  benchmarkToForm,
  CUSTOM_BENCHMARK_ID,
  copyForEditing,
  formToBenchmarks,
  percentText,
} from '@/components/dashboard/settings/benchmark-form';
import { formToSettings, settingsToForm } from '@/components/dashboard/settings/settings-form';
import { BENCHMARK_SETS } from '@/lib/metrics/benchmark-sets/sets';
import { SettingsSchema } from '@/lib/schema/settings';
import { defaultSettings } from '@/lib/store/default-settings';

describe('benchmark settings', () => {
  it('loads settings stored before benchmark sets existed, with the default set', () => {
    const { benchmarkSet: _a, customBenchmarks: _b, ...old } = defaultSettings();
    const parsed = SettingsSchema.parse(old);
    expect(parsed.benchmarkSet).toBe('reports');
    expect(parsed.customBenchmarks).toBeNull();
  });

  it('chooses a built-in set and round-trips through the settings form', () => {
    const form = settingsToForm({ ...defaultSettings(), benchmarkSet: 'popular-articles' });
    expect(form.benchmarks.chosen).toBe('popular-articles');
    const back = formToSettings(form);
    expect(back.ok && back.settings.benchmarkSet).toBe('popular-articles');
  });

  it('edits a copy: figures as percent text, saved as fractions under the user’s own id', () => {
    const form = copyForEditing('popular-articles', 'My set');
    expect(form.chosen).toBe(CUSTOM_BENCHMARK_ID);
    expect(form.custom?.instagram?.rows[0]).toMatchObject({ min: '3', max: '5', average: null });
    expect(form.custom?.instagram?.source.publisher).toBe('Untapper — edited');
    const rows = form.custom!.instagram!.rows.map((r, i) => (i === 0 ? { ...r, min: '2,5' } : r));
    const result = formToBenchmarks({
      ...form,
      custom: { ...form.custom!, instagram: { ...form.custom!.instagram!, rows } },
    });
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.custom?.id).toBe(CUSTOM_BENCHMARK_ID);
      expect(result.custom?.instagram?.rows[0]?.min).toBeCloseTo(0.025, 12);
    }
  });

  it('refuses a row with min above max or a figure that is not a percentage, naming the field', () => {
    const form = copyForEditing('popular-articles', 'Mine');
    const ig = form.custom!.instagram!;
    const bad = {
      ...form,
      custom: {
        ...form.custom!,
        instagram: {
          ...ig,
          rows: ig.rows.map((r, i) => (i === 1 ? { ...r, min: '9' } : i === 2 ? { ...r, max: 'abc' } : r)),
        },
      },
    };
    expect(formToBenchmarks(bad)).toEqual({
      ok: false,
      errors: { 'bench.instagram.1.min': 'error.minAboveMax', 'bench.instagram.2.max': 'error.number' },
    });
  });

  it('writes percent text without float noise, and keeps every built-in figure through a copy', () => {
    expect(percentText(0.0178)).toBe('1.78');
    for (const set of BENCHMARK_SETS) {
      const result = formToBenchmarks(copyForEditing(set.id, 'copy'));
      expect(result.ok).toBe(true);
      if (result.ok)
        expect(result.custom?.instagram?.rows.map((r) => r.average ?? r.min)).toEqual(
          set.instagram?.rows.map((r) => r.average ?? r.min),
        );
    }
    expect(benchmarkToForm('reports', null).custom).toBeNull();
  });
});
