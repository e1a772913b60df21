/** Create or edit one brief. Validated with BriefSchema; errors beside their fields. */
import { useRef, useState } from 'preact/hooks';
import { tierLabel } from '@/components/dashboard/shared/common-strings';
import { errorText, useEnv } from '@/components/dashboard/shared/env';
import { CheckGroup, FormField } from '@/components/dashboard/shared/form-field';
import { nicheLabel } from '@/lib/fit/explain';
import { TAXONOMY } from '@/lib/fit/taxonomy';
import type { Brief } from '@/lib/schema/brief';
import { ContentTypeSchema } from '@/lib/schema/brief';
import { CurrencySchema } from '@/lib/schema/creator';
import type { Settings } from '@/lib/schema/settings';
import {
  type BriefField,
  type BriefForm,
  briefToForm,
  emptyBriefForm,
  type FieldErrors,
  formToBrief,
} from './brief-form';

interface Props {
  brief: Brief | null;
  newId: string;
  settings: Settings;
  onSave: (brief: Brief) => Promise<void>;
  onCancel: () => void;
}

export function BriefEditor(props: Props) {
  const { t, lang, now } = useEnv();
  const [form, setForm] = useState<BriefForm>(() =>
    props.brief
      ? briefToForm(props.brief, props.settings.currency)
      : emptyBriefForm(props.newId, props.settings.currency),
  );
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);

  const set = <K extends keyof BriefForm>(key: K, value: BriefForm[K]) => {
    setForm((f) => ({ ...f, [key]: value }));
    // Editing a field clears its error; the rest stay until the next save.
    if (errors[key as BriefField]) setErrors((e) => ({ ...e, [key]: undefined }));
  };
  const err = (f: BriefField) => (errors[f] ? t(errors[f]) : undefined);
  const text = (
    field: BriefField & keyof BriefForm,
    label: string,
    opts: { hint?: string; inputMode?: 'numeric' | 'decimal' } = {},
  ) => (
    <FormField id={`ml-brief-${field}`} label={label} hint={opts.hint} error={err(field)}>
      {(ids) => (
        <input
          id={ids.id}
          type="text"
          inputMode={opts.inputMode}
          value={form[field] as string}
          aria-invalid={ids.invalid}
          aria-describedby={ids.describedBy}
          onInput={(e) => set(field, (e.currentTarget as HTMLInputElement).value as never)}
        />
      )}
    </FormField>
  );

  const submit = async (e: Event) => {
    e.preventDefault();
    setSaveError(null);
    const result = formToBrief(form, now());
    if (!result.ok) {
      setErrors(result.errors);
      // Take the keyboard to the first field that needs fixing.
      setTimeout(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), 0);
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      await props.onSave(result.brief);
    } catch (x) {
      setSaveError(errorText(x));
    } finally {
      setSaving(false);
    }
  };

  const hasErrors = Object.values(errors).some(Boolean);
  const tierNames = props.settings.tierScheme.tiers.map((x) => x.name);

  return (
    <section class="ml-section" aria-labelledby="ml-brief-h">
      <h1 id="ml-brief-h" class="ml-h1">
        {props.brief ? t('briefs.edit') : t('briefs.create')}
      </h1>
      <form ref={formRef} class="ml-form" noValidate onSubmit={submit}>
        {hasErrors ? (
          <p class="ml-error" role="alert">
            {t('briefs.fixErrors')}
          </p>
        ) : null}
        <div class="ml-form-grid">
          {text('name', t('field.name'))}
          <CheckGroup
            id="ml-brief-niches"
            legend={t('field.niches')}
            options={TAXONOMY.map((n) => ({ value: n.id, label: nicheLabel(n.id, lang) }))}
            value={form.niches}
            onChange={(v) => set('niches', v)}
            error={err('niches')}
            columns={4}
          />
          {text('keywords', t('field.keywords'), { hint: t('field.keywordsHint') })}
          {text('excludeKeywords', t('field.excludeKeywords'), { hint: t('field.excludeKeywordsHint') })}
          <CheckGroup
            id="ml-brief-platforms"
            legend={t('field.platforms')}
            options={[
              { value: 'instagram' as const, label: 'Instagram' },
              { value: 'tiktok' as const, label: 'TikTok' },
            ]}
            value={form.platforms}
            onChange={(v) => set('platforms', v)}
            hint={t('field.platformsHint')}
            error={err('platforms')}
          />
          <div class="ml-form-row">
            {text('followersMin', t('field.followersMin'), { inputMode: 'numeric' })}
            {text('followersMax', t('field.followersMax'), { inputMode: 'numeric' })}
          </div>
          <CheckGroup
            id="ml-brief-tiers"
            legend={t('field.tiers')}
            options={tierNames.map((n) => ({ value: n, label: tierLabel(n, lang) }))}
            value={form.tiers}
            onChange={(v) => set('tiers', v)}
            hint={t('field.tiersHint')}
            error={err('tiers')}
          />
          {text('minEngagement', t('field.minEngagement'), { inputMode: 'decimal' })}
          <CheckGroup
            id="ml-brief-languages"
            legend={t('field.languages')}
            options={[
              { value: 'id' as const, label: t('lang.id') },
              { value: 'en' as const, label: t('lang.en') },
            ]}
            value={form.languages}
            onChange={(v) => set('languages', v)}
            error={err('languages')}
          />
          {text('locationWords', t('field.locationWords'), { hint: t('field.locationWordsHint') })}
          {text('places', t('field.places'), { hint: t('field.placesHint') })}
          <CheckGroup
            id="ml-brief-contentTypes"
            legend={t('field.contentTypes')}
            options={ContentTypeSchema.options.map((c) => ({ value: c, label: t(`ct.${c}`) }))}
            value={form.contentTypes}
            onChange={(v) => set('contentTypes', v)}
            error={err('contentTypes')}
          />
          <div class="ml-form-row">
            {text('budgetAmount', t('field.budget'), { inputMode: 'decimal' })}
            <FormField
              id="ml-brief-budgetCurrency"
              label={t('field.budgetCurrency')}
              error={err('budgetCurrency')}
            >
              {(ids) => (
                <select
                  id={ids.id}
                  value={form.budgetCurrency}
                  aria-invalid={ids.invalid}
                  aria-describedby={ids.describedBy}
                  onChange={(e) =>
                    set('budgetCurrency', CurrencySchema.parse((e.currentTarget as HTMLSelectElement).value))
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
          </div>
        </div>
        {saveError ? (
          <p class="ml-error" role="alert">
            {t('load.error', { message: saveError })}
          </p>
        ) : null}
        <div class="ml-actions ml-form-actions">
          <button type="button" class="ml-btn" onClick={props.onCancel}>
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
