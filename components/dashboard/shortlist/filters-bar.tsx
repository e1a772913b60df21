/** Search and filters above the shortlist. Every control has a visible label. */

import { t as tc, tierLabel } from '@/components/dashboard/shared/common-strings';
import { useEnv } from '@/components/dashboard/shared/env';
import type { Brief } from '@/lib/schema/brief';
import { ShortlistStatusSchema } from '@/lib/schema/creator';
import { ANY_BRIEF, type ShortlistFilter } from './table-model';

interface Props {
  filter: ShortlistFilter;
  onChange: (f: ShortlistFilter) => void;
  briefs: Brief[];
  tags: string[];
  tiers: string[];
}

export function FiltersBar({ filter, onChange, briefs, tags, tiers }: Props) {
  const { t, lang } = useEnv();
  const set = (patch: Partial<ShortlistFilter>) => onChange({ ...filter, ...patch });
  const fitBrief = filter.minFit?.briefId ?? '';
  return (
    <fieldset class="ml-filters">
      <legend class="ml-sr">{t('filter.label')}</legend>
      <label class="ml-field ml-field-search">
        <span>{t('filter.search')}</span>
        <input
          type="search"
          value={filter.search}
          placeholder={t('filter.searchPlaceholder')}
          onInput={(e) => set({ search: (e.currentTarget as HTMLInputElement).value })}
        />
      </label>
      <label class="ml-field">
        <span>{t('filter.platform')}</span>
        <select
          value={filter.platform ?? ''}
          onChange={(e) => {
            const v = (e.currentTarget as HTMLSelectElement).value;
            set({ platform: v === 'instagram' || v === 'tiktok' ? v : null });
          }}
        >
          <option value="">{t('any')}</option>
          <option value="instagram">Instagram</option>
          <option value="tiktok">TikTok</option>
        </select>
      </label>
      <label class="ml-field">
        <span>{t('filter.status')}</span>
        <select
          value={filter.statuses[0] ?? ''}
          onChange={(e) => {
            const v = ShortlistStatusSchema.safeParse((e.currentTarget as HTMLSelectElement).value);
            set({ statuses: v.success ? [v.data] : [] });
          }}
        >
          <option value="">{t('any')}</option>
          {ShortlistStatusSchema.options.map((s) => (
            <option key={s} value={s}>
              {tc(lang, `status.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label class="ml-field">
        <span>{t('filter.tier')}</span>
        <select
          value={filter.tier ?? ''}
          onChange={(e) => set({ tier: (e.currentTarget as HTMLSelectElement).value || null })}
        >
          <option value="">{t('any')}</option>
          {tiers.map((tier) => (
            <option key={tier} value={tier}>
              {tierLabel(tier, lang)}
            </option>
          ))}
        </select>
      </label>
      <label class="ml-field">
        <span>{t('filter.tag')}</span>
        <select
          value={filter.tag ?? ''}
          onChange={(e) => set({ tag: (e.currentTarget as HTMLSelectElement).value || null })}
        >
          <option value="">{t('any')}</option>
          {tags.map((tag) => (
            <option key={tag} value={tag}>
              {tag}
            </option>
          ))}
        </select>
      </label>
      {briefs.length > 0 && (
        <>
          <label class="ml-field">
            <span>{t('filter.fitBrief')}</span>
            <select
              value={fitBrief}
              onChange={(e) => {
                const id = (e.currentTarget as HTMLSelectElement).value;
                set({ minFit: id ? { briefId: id, score: filter.minFit?.score ?? 50 } : null });
              }}
            >
              <option value="">{t('any')}</option>
              {briefs.length > 1 ? <option value={ANY_BRIEF}>{t('filter.bestFit')}</option> : null}
              {briefs.map((b) => (
                <option key={b.id} value={b.id}>
                  {b.name}
                </option>
              ))}
            </select>
          </label>
          <label class="ml-field ml-field-narrow ml-minfit">
            <span>{t('filter.minFit')}</span>
            <input
              type="number"
              min={0}
              max={100}
              step={5}
              disabled={!filter.minFit}
              // Empty until a brief is chosen: a greyed "50" read as a filter already set.
              value={filter.minFit ? filter.minFit.score : ''}
              placeholder={filter.minFit ? undefined : '—'}
              title={filter.minFit ? undefined : t('filter.minFitHint')}
              onInput={(e) => {
                const n = Number((e.currentTarget as HTMLInputElement).value);
                if (filter.minFit && Number.isFinite(n))
                  set({ minFit: { ...filter.minFit, score: Math.max(0, Math.min(100, n)) } });
              }}
            />
          </label>
        </>
      )}
    </fieldset>
  );
}
