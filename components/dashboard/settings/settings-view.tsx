/** The Settings tab: language, tier scheme, currency, CSV delimiter, overlay, rate card. */
import { useEffect, useState } from 'preact/hooks';
import { parseNumberField } from '@/components/dashboard/briefs/brief-form';
import { BenchmarkSettings } from '@/components/dashboard/settings/benchmark-settings';
import { tierLabel } from '@/components/dashboard/shared/common-strings';
import { errorText, useEnv } from '@/components/dashboard/shared/env';
import { CellField, FormField } from '@/components/dashboard/shared/form-field';
import { rateCardSourceText } from '@/lib/cost/rate-card';
import { formatAmountInput } from '@/lib/i18n/format';
import { TIER_PRESETS, type TierPresetId } from '@/lib/metrics/tiers';
import { CurrencySchema } from '@/lib/schema/creator';
import type { Settings } from '@/lib/schema/settings';
import { DEFAULT_RATES } from './rate-defaults';
import {
  formToSettings,
  type RateRow,
  type SettingsErrors,
  type SettingsForm,
  settingsToForm,
  storedTierName,
  withPreset,
} from './settings-form';

interface Props {
  settings: Settings;
  onSaved: (s: Settings) => void;
  notify: (message: string, isError?: boolean) => void;
}

export function SettingsView({ settings, onSaved, notify }: Props) {
  const { t, lang, send } = useEnv();
  const [form, setForm] = useState<SettingsForm>(() => settingsToForm(settings, lang));
  const [errors, setErrors] = useState<SettingsErrors>({});
  const [saving, setSaving] = useState(false);
  // Saves not yet announced. Announced after the render that follows the save, so the message is in
  // the language just chosen ('auto' included), not the one the form was shown in.
  const [unannounced, setUnannounced] = useState(0);
  useEffect(() => {
    if (unannounced === 0) return;
    setUnannounced(0);
    notify(t('settings.saved'));
  }, [unannounced, t, notify]);
  const err = (key: string) => (errors[key] ? t(errors[key]) : undefined);
  const set = (patch: Partial<SettingsForm>) => setForm((f) => ({ ...f, ...patch }));
  const setTier = (i: number, patch: Partial<SettingsForm['tiers'][number]>) =>
    setForm((f) => ({
      ...f,
      preset: 'custom',
      tiers: f.tiers.map((x, j) => (j === i ? { ...x, ...patch } : x)),
    }));
  const setRate = (i: number, patch: Partial<RateRow>) =>
    setForm((f) => ({ ...f, rates: f.rates.map((x, j) => (j === i ? { ...x, ...patch } : x)) }));

  const submit = async (e: Event) => {
    e.preventDefault();
    const result = formToSettings(form);
    if (!result.ok) {
      setErrors(result.errors);
      setTimeout(() => document.querySelector<HTMLElement>('.ml-settings [aria-invalid="true"]')?.focus(), 0);
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      const saved = await send({ type: 'settings:save', settings: result.settings });
      onSaved(saved);
      setUnannounced((n) => n + 1);
    } catch (x) {
      notify(t('load.error', { message: errorText(x) }), true);
    } finally {
      setSaving(false);
    }
  };

  const overlayModes = ['shown', 'collapsed', 'hidden'] as const;
  const overlayLabel = {
    shown: 'settings.overlayShown',
    collapsed: 'settings.overlayCollapsed',
    hidden: 'settings.overlayHidden',
  } as const;
  // Stored names (the form shows preset tiers in the UI language): rate rows are keyed by them.
  const tierNames = form.tiers.map((x) => storedTierName(x.name)).filter(Boolean);
  // Rate rows for tiers this scheme lacks (the narrow preset's "mid") are kept but not listed.
  const inScheme = (r: RateRow) => tierNames.length === 0 || tierNames.includes(r.tier);
  const otherTierRows = form.rates.filter((r) => !inScheme(r)).length;
  const regroup = (text: string) => {
    const n = parseNumberField(text);
    return n === undefined || Number.isNaN(n) ? text : formatAmountInput(n, lang);
  };

  return (
    <section class="ml-section ml-settings" aria-labelledby="ml-settings-h">
      <h1 id="ml-settings-h" class="ml-h1">
        {t('settings.title')}
      </h1>
      <form class="ml-form" noValidate onSubmit={submit}>
        <div class="ml-settings-grid">
          <div class="ml-card ml-card-pad">
            <FormField id="ml-set-language" label={t('settings.language')}>
              {(ids) => (
                <select
                  id={ids.id}
                  value={form.language}
                  onChange={(e) =>
                    set({
                      language: (e.currentTarget as HTMLSelectElement).value as SettingsForm['language'],
                    })
                  }
                >
                  <option value="auto">{t('settings.languageAuto')}</option>
                  <option value="en">English</option>
                  <option value="id">Bahasa Indonesia</option>
                </select>
              )}
            </FormField>
            <FormField id="ml-set-currency" label={t('settings.currency')}>
              {(ids) => (
                <select
                  id={ids.id}
                  value={form.currency}
                  onChange={(e) =>
                    set({ currency: CurrencySchema.parse((e.currentTarget as HTMLSelectElement).value) })
                  }
                >
                  {CurrencySchema.options.map((c) => (
                    <option key={c} value={c}>
                      {c}
                    </option>
                  ))}
                </select>
              )}
            </FormField>
            <fieldset class="ml-checkgroup" aria-describedby="ml-set-csv-hint">
              <legend class="ml-form-label">{t('settings.csv')}</legend>
              {([',', ';'] as const).map((d) => (
                <label key={d} class="ml-check">
                  <input
                    type="radio"
                    name="csv"
                    value={d}
                    checked={form.csvDelimiter === d}
                    onChange={() => set({ csvDelimiter: d })}
                  />
                  <span>{d === ',' ? t('settings.csvComma') : t('settings.csvSemicolon')}</span>
                </label>
              ))}
              <p id="ml-set-csv-hint" class="ml-hint">
                {t('settings.csvHint')}
              </p>
            </fieldset>
            <fieldset class="ml-checkgroup">
              <legend class="ml-form-label">{t('settings.overlay')}</legend>
              {(['instagram', 'tiktok'] as const).map((site) => (
                <label key={site} class="ml-inline ml-overlay-row">
                  <span class="ml-overlay-site">{site === 'instagram' ? 'Instagram' : 'TikTok'}</span>
                  <select
                    value={form.overlay[site]}
                    onChange={(e) =>
                      set({
                        overlay: {
                          ...form.overlay,
                          [site]: (e.currentTarget as HTMLSelectElement)
                            .value as (typeof overlayModes)[number],
                        },
                      })
                    }
                  >
                    {overlayModes.map((m) => (
                      <option key={m} value={m}>
                        {t(overlayLabel[m])}
                      </option>
                    ))}
                  </select>
                </label>
              ))}
            </fieldset>
          </div>

          <div class="ml-card ml-card-pad">
            <h2 class="ml-h2">{t('settings.tiers')}</h2>
            <p class="ml-hint">{t('settings.tiersHint')}</p>
            <FormField id="ml-set-preset" label={t('settings.preset')}>
              {(ids) => (
                <select
                  id={ids.id}
                  value={form.preset}
                  onChange={(e) => {
                    const v = (e.currentTarget as HTMLSelectElement).value;
                    if (v in TIER_PRESETS) setForm(withPreset(form, v as TierPresetId, lang));
                    else set({ preset: 'custom' });
                  }}
                >
                  {(Object.keys(TIER_PRESETS) as TierPresetId[]).map((id) => (
                    <option key={id} value={id}>
                      {t(`settings.preset.${id}`)}
                    </option>
                  ))}
                  <option value="custom">{t('settings.presetCustom')}</option>
                </select>
              )}
            </FormField>
            <table class="ml-edit-table" aria-describedby={errors.tiers ? 'ml-set-tiers-error' : undefined}>
              <thead>
                <tr>
                  <th scope="col">{t('settings.tierName')}</th>
                  <th scope="col">{t('settings.tierMin')}</th>
                  <th scope="col">
                    <span class="ml-sr">{t('delete')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {form.tiers.map((tier, i) => (
                  <tr key={i}>
                    <td>
                      <CellField
                        id={`ml-tier-${i}-name`}
                        error={err(`tier.${i}.name`)}
                        alsoInvalid={!!errors.tiers}
                      >
                        {(ids) => (
                          <input
                            id={ids.id}
                            value={tier.name}
                            aria-label={`${t('settings.tierName')} ${i + 1}`}
                            aria-invalid={ids.invalid}
                            aria-describedby={ids.describedBy}
                            onInput={(e) => setTier(i, { name: (e.currentTarget as HTMLInputElement).value })}
                          />
                        )}
                      </CellField>
                    </td>
                    <td>
                      <CellField
                        id={`ml-tier-${i}-min`}
                        error={err(`tier.${i}.min`)}
                        alsoInvalid={!!errors.tiers}
                        alsoDescribedBy={errors.tiers ? 'ml-set-tiers-error' : undefined}
                      >
                        {(ids) => (
                          <input
                            id={ids.id}
                            inputMode="numeric"
                            value={tier.min}
                            aria-label={`${t('settings.tierMin')}: ${tierLabel(tier.name, lang) || i + 1}`}
                            aria-invalid={ids.invalid}
                            aria-describedby={ids.describedBy}
                            onInput={(e) => setTier(i, { min: (e.currentTarget as HTMLInputElement).value })}
                            onBlur={(e) => {
                              const v = regroup((e.currentTarget as HTMLInputElement).value);
                              if (v !== tier.min) setTier(i, { min: v });
                            }}
                          />
                        )}
                      </CellField>
                    </td>
                    <td>
                      <button
                        type="button"
                        class="ml-icon-btn"
                        disabled={form.tiers.length <= 1}
                        aria-label={t('settings.removeTier', { name: tier.name || String(i + 1) })}
                        onClick={() => set({ preset: 'custom', tiers: form.tiers.filter((_, j) => j !== i) })}
                      >
                        ×
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            {errors.tiers ? (
              <p id="ml-set-tiers-error" class="ml-field-error" role="alert">
                {t(errors.tiers)}
              </p>
            ) : null}
            <button
              type="button"
              class="ml-btn ml-btn-small"
              disabled={form.tiers.length >= 10}
              onClick={() => set({ preset: 'custom', tiers: [...form.tiers, { name: '', min: '' }] })}
            >
              + {t('settings.addTier')}
            </button>
          </div>

          <div class="ml-card ml-card-pad ml-span-2">
            <h2 class="ml-h2">{t('settings.rateCard')}</h2>
            <p class="ml-hint">{t('settings.rateCardHint')}</p>
            <p class="ml-hint ml-source">
              {t('settings.rateSource', { source: rateCardSourceText(form.rateSource, lang) })}
            </p>
            <table class="ml-edit-table">
              <thead>
                <tr>
                  <th scope="col">{t('col.platform')}</th>
                  <th scope="col">{t('col.tier')}</th>
                  <th scope="col">{t('rate.currency')}</th>
                  <th scope="col">{t('settings.rateMin')}</th>
                  <th scope="col">{t('settings.rateMax')}</th>
                  <th scope="col">
                    <span class="ml-sr">{t('delete')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {form.rates.map((r, i) =>
                  inScheme(r) ? (
                    <tr key={i}>
                      <td>
                        <select
                          value={r.platform}
                          aria-label={`${t('col.platform')} ${i + 1}`}
                          onChange={(e) =>
                            setRate(i, {
                              platform: (e.currentTarget as HTMLSelectElement).value as RateRow['platform'],
                            })
                          }
                        >
                          <option value="instagram">Instagram</option>
                          <option value="tiktok">TikTok</option>
                        </select>
                      </td>
                      <td>
                        <select
                          value={r.tier}
                          aria-label={`${t('col.tier')} ${i + 1}`}
                          onChange={(e) => setRate(i, { tier: (e.currentTarget as HTMLSelectElement).value })}
                        >
                          {[...new Set([...tierNames, r.tier])].map((n) => (
                            <option key={n} value={n}>
                              {tierLabel(n, lang)}
                            </option>
                          ))}
                        </select>
                      </td>
                      <td>
                        <select
                          value={r.currency}
                          aria-label={`${t('rate.currency')} ${i + 1}`}
                          onChange={(e) =>
                            setRate(i, {
                              currency: CurrencySchema.parse((e.currentTarget as HTMLSelectElement).value),
                            })
                          }
                        >
                          {CurrencySchema.options.map((c) => (
                            <option key={c} value={c}>
                              {c}
                            </option>
                          ))}
                        </select>
                      </td>
                      {(['min', 'max'] as const).map((k) => (
                        <td key={k}>
                          <CellField id={`ml-rate-${i}-${k}`} error={err(`rate.${i}.${k}`)}>
                            {(ids) => (
                              <input
                                id={ids.id}
                                inputMode="decimal"
                                value={r[k]}
                                aria-label={`${k === 'min' ? t('settings.rateMin') : t('settings.rateMax')} ${i + 1}`}
                                aria-invalid={ids.invalid}
                                aria-describedby={ids.describedBy}
                                onInput={(e) =>
                                  setRate(i, { [k]: (e.currentTarget as HTMLInputElement).value })
                                }
                                onBlur={(e) =>
                                  setRate(i, { [k]: regroup((e.currentTarget as HTMLInputElement).value) })
                                }
                              />
                            )}
                          </CellField>
                        </td>
                      ))}
                      <td>
                        <button
                          type="button"
                          class="ml-icon-btn"
                          aria-label={t('settings.removeRate', { n: i + 1 })}
                          onClick={() => set({ rates: form.rates.filter((_, j) => j !== i) })}
                        >
                          ×
                        </button>
                      </td>
                    </tr>
                  ) : null,
                )}
              </tbody>
            </table>
            {otherTierRows > 0 ? (
              <p class="ml-hint">{t('settings.ratesOtherTiers', { n: otherTierRows })}</p>
            ) : null}
            <div class="ml-actions ml-actions-start">
              <button
                type="button"
                class="ml-btn ml-btn-small"
                disabled={form.rates.length >= 200}
                onClick={() =>
                  set({
                    rates: [
                      ...form.rates,
                      {
                        platform: 'instagram',
                        tier: tierNames[0] ?? 'micro',
                        currency: form.currency,
                        min: '',
                        max: '',
                      },
                    ],
                  })
                }
              >
                + {t('settings.addRate')}
              </button>
              <button
                type="button"
                class="ml-btn ml-btn-small ml-btn-quiet"
                disabled={DEFAULT_RATES.entries.length === 0}
                onClick={() =>
                  set({
                    rates: DEFAULT_RATES.entries.map((e) => ({
                      ...e,
                      min: formatAmountInput(e.min, lang),
                      max: formatAmountInput(e.max, lang),
                    })),
                    rateSource: DEFAULT_RATES.source,
                  })
                }
              >
                {t('settings.resetRates')}
              </button>
            </div>
          </div>
          <BenchmarkSettings
            form={form.benchmarks}
            errors={Object.fromEntries(
              Object.entries(errors)
                .filter(([k]) => k.startsWith('bench.'))
                .map(([k, v]) => [k, t(v)]),
            )}
            onChange={(benchmarks) => set({ benchmarks })}
          />
        </div>
        <div class="ml-actions ml-form-actions">
          <button
            type="button"
            class="ml-btn"
            onClick={() => {
              setForm(settingsToForm(settings, lang));
              setErrors({});
            }}
          >
            {t('cancel')}
          </button>
          <button type="submit" class="ml-btn ml-btn-primary" disabled={saving}>
            {saving ? t('saving') : t('save')}
          </button>
        </div>
      </form>
    </section>
  );
}
