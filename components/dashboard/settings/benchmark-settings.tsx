/**
 * Settings → engagement benchmarks: choose a set, read its figures and sources, or edit a copy.
 * Every table names its publisher, report, year, where in it, what it measures and the sample,
 * so the marketer can tell a client where a band comes from.
 */

import {
  type BenchmarkForm,
  type BenchmarkRowForm,
  type BenchmarkTableForm,
  CUSTOM_BENCHMARK_ID,
  copyForEditing,
} from '@/components/dashboard/settings/benchmark-form';
import { useEnv } from '@/components/dashboard/shared/env';
import { formatNumber, formatPercent } from '@/lib/i18n';
import type { PlatformBenchmarks } from '@/lib/metrics/benchmark-sets/schema';
import { BENCHMARK_SETS, benchmarkSetById } from '@/lib/metrics/benchmark-sets/sets';

interface Props {
  form: BenchmarkForm;
  errors: Record<string, string>;
  onChange: (next: BenchmarkForm) => void;
}

const PLATFORMS = ['instagram', 'tiktok'] as const;
const PLATFORM_NAME = { instagram: 'Instagram', tiktok: 'TikTok' } as const;

export function BenchmarkSettings({ form, errors, onChange }: Props) {
  const { t, lang } = useEnv();
  const editing = form.chosen === CUSTOM_BENCHMARK_ID && form.custom !== null;
  const builtIn = editing ? null : benchmarkSetById(form.chosen);
  const followers = (r: { minFollowers: number; maxFollowers: number | null }) =>
    r.maxFollowers === null
      ? `${formatNumber(r.minFollowers, lang, { notation: 'compact' })}+`
      : `${formatNumber(r.minFollowers, lang, { notation: 'compact' })}–${formatNumber(r.maxFollowers, lang, { notation: 'compact' })}`;
  const setRow = (platform: 'instagram' | 'tiktok', i: number, patch: Partial<BenchmarkRowForm>) => {
    const custom = form.custom;
    const table = custom?.[platform];
    if (!custom || !table) return;
    onChange({
      ...form,
      custom: {
        ...custom,
        [platform]: { ...table, rows: table.rows.map((r, j) => (j === i ? { ...r, ...patch } : r)) },
      },
    });
  };

  const sourceBlock = (platform: 'instagram' | 'tiktok', table: PlatformBenchmarks | BenchmarkTableForm) => (
    <div class="ml-bench-source" data-testid={`ml-bench-source-${platform}`}>
      <p class="ml-hint ml-source">
        {t('settings.benchmarkSourceLine', {
          platform: PLATFORM_NAME[platform],
          basis: t(table.basis === 'views' ? 'settings.benchmarkByViews' : 'settings.benchmarkByFollowers'),
          source: `${table.source.publisher}, ${table.source.report} (${table.source.year})${table.source.where ? ` — ${table.source.where}` : ''}`,
        })}
      </p>
      <p class="ml-hint">
        {t('settings.benchmarkMeasures', {
          definition: table.source.definition,
          sample: table.source.sample || '—',
        })}
      </p>
      {table.source.url ? <p class="ml-hint ml-source">{table.source.url}</p> : null}
    </div>
  );

  const input = (key: string, label: string, value: string, onInput: (v: string) => void) => (
    <>
      <input
        type="text"
        inputMode="decimal"
        class="ml-input ml-input-narrow"
        value={value}
        aria-label={label}
        aria-invalid={errors[key] ? 'true' : undefined}
        aria-describedby={errors[key] ? `ml-${key.replace(/\./g, '-')}-error` : undefined}
        onInput={(e) => onInput((e.currentTarget as HTMLInputElement).value)}
      />
      {errors[key] ? (
        <p id={`ml-${key.replace(/\./g, '-')}-error`} class="ml-field-error">
          {errors[key]}
        </p>
      ) : null}
    </>
  );

  return (
    <div class="ml-card ml-card-pad ml-span-2" data-testid="ml-benchmark-settings">
      <h2 class="ml-h2">{t('settings.benchmarks')}</h2>
      <p class="ml-hint">{t('settings.benchmarksHint')}</p>
      <label class="ml-form-label" for="ml-set-benchmarks">
        {t('settings.benchmarkSet')}
      </label>
      <select
        id="ml-set-benchmarks"
        value={form.chosen}
        onChange={(e) => onChange({ ...form, chosen: (e.currentTarget as HTMLSelectElement).value })}
      >
        {BENCHMARK_SETS.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
        {form.custom ? (
          <option
            value={CUSTOM_BENCHMARK_ID}
          >{`${t('settings.benchmarkCustom')}: ${form.custom.name}`}</option>
        ) : null}
      </select>
      <p class="ml-hint">{t('settings.benchmarkRule')}</p>
      {PLATFORMS.map((platform) => {
        const table = editing ? form.custom?.[platform] : builtIn?.[platform];
        if (!table) {
          return (
            <p key={platform} class="ml-hint">
              {t('settings.benchmarkNone', { platform: PLATFORM_NAME[platform] })}
            </p>
          );
        }
        return (
          <div key={platform}>
            {sourceBlock(platform, table)}
            <table class="ml-edit-table">
              <thead>
                <tr>
                  <th scope="col">{t('settings.benchmarkFollowers')}</th>
                  <th scope="col">{t('settings.benchmarkAverage')}</th>
                  <th scope="col">{t('settings.benchmarkRangeMin')}</th>
                  <th scope="col">{t('settings.benchmarkRangeMax')}</th>
                </tr>
              </thead>
              <tbody>
                {table.rows.map((r, i) => {
                  const key = `bench.${platform}.${i}`;
                  const cell = (field: 'average' | 'min' | 'max') => {
                    const v = r[field];
                    if (v === null || v === undefined) return <td>—</td>;
                    if (editing && typeof v === 'string') {
                      return (
                        <td>
                          {input(`${key}.${field}`, `${r.label} ${field} %`, v, (text) =>
                            setRow(platform, i, { [field]: text }),
                          )}
                        </td>
                      );
                    }
                    return <td>{typeof v === 'number' ? formatPercent(v, lang, 2) : `${v}%`}</td>;
                  };
                  return (
                    <tr key={i}>
                      <th scope="row">{`${r.label} (${followers(r)})`}</th>
                      {cell('average')}
                      {cell('min')}
                      {cell('max')}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        );
      })}
      <div class="ml-actions">
        {editing ? (
          <button type="button" class="ml-btn" onClick={() => onChange({ chosen: 'reports', custom: null })}>
            {t('settings.benchmarkRemoveCustom')}
          </button>
        ) : (
          <button
            type="button"
            class="ml-btn"
            onClick={() =>
              onChange(
                copyForEditing(form.chosen, t('settings.benchmarkCopyName', { name: builtIn?.name ?? '' })),
              )
            }
          >
            {t('settings.benchmarkEditCopy')}
          </button>
        )}
      </div>
    </div>
  );
}
