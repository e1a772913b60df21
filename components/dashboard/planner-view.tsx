/** The Cost planner tab: cost, engagements and cost per engagement of a set of creators. */
import { useMemo, useState } from 'preact/hooks';
import { formatNumber, formatPercent } from '../../lib/i18n';
import type { CreatorView } from '../../lib/messages';
import type { CreatorKey } from '../../lib/schema/creator';
import type { Settings } from '../../lib/schema/settings';
import { tierLabel } from './common-strings';
import { useEnv } from './env';
import { formatMoney } from './money';
import { microVsMega, planFor, type Range } from './planner-model';
import { filterRows, type ShortlistFilter, toRows } from './table-model';

interface Props {
  views: CreatorView[];
  settings: Settings;
  selected: ReadonlySet<CreatorKey>;
  filter: ShortlistFilter;
}

type Scope = 'all' | 'selected' | 'filtered';

export function PlannerView({ views, settings, selected, filter }: Props) {
  const { t, lang } = useEnv();
  const [scope, setScope] = useState<Scope>(selected.size > 0 ? 'selected' : 'all');
  const [posts, setPosts] = useState(1);
  const currency = settings.currency;
  const filtered = useMemo(
    () =>
      filterRows(
        toRows(
          views,
          settings.tierScheme.tiers.map((x) => x.name),
        ),
        filter,
      ).map((r) => r.view),
    [views, filter, settings.tierScheme],
  );
  const chosen =
    scope === 'selected'
      ? views.filter((v) => selected.has(v.creator.key))
      : scope === 'filtered'
        ? filtered
        : views;
  const plan = useMemo(
    () => planFor(chosen, settings.rateCard, currency, posts),
    [chosen, settings.rateCard, currency, posts],
  );
  const compare = useMemo(
    () => microVsMega(settings.rateCard, settings.tierScheme, currency),
    [settings, currency],
  );
  const money = (n: number) => formatMoney(n, currency, lang);
  // Big totals compact ("IDR 1.3B" / "Rp 1,3 M"), so a range fits its card; full value on hover.
  const big = (n: number) => (n >= 10_000_000 ? formatMoney(n, currency, lang, true) : money(n));
  const range = (r: Range) =>
    Math.round(r.min) === Math.round(r.max)
      ? big(r.min)
      : t('planner.range', { min: big(r.min), max: big(r.max) });
  const cpe = (r: Range) => {
    const f = (n: number) => formatMoney(n, currency, lang).replace(/\s+/g, ' ');
    return Math.abs(r.max - r.min) < 0.005 * r.max
      ? f(r.min)
      : t('planner.range', { min: f(r.min), max: f(r.max) });
  };

  return (
    <section class="ml-section" aria-labelledby="ml-planner-h">
      <h1 id="ml-planner-h" class="ml-h1">
        {t('planner.title')}
      </h1>
      <p class="ml-intro">{t('planner.intro')}</p>
      <div class="ml-filters">
        <label class="ml-field">
          <span>{t('planner.scope')}</span>
          <select
            value={scope}
            onChange={(e) => setScope((e.currentTarget as HTMLSelectElement).value as Scope)}
          >
            <option value="all">
              {t('planner.scopeAll')} ({views.length})
            </option>
            <option value="filtered">{t('planner.scopeFiltered', { n: filtered.length })}</option>
            <option value="selected" disabled={selected.size === 0}>
              {t('planner.scopeSelected', { n: selected.size })}
            </option>
          </select>
        </label>
        <label class="ml-field ml-field-narrow">
          <span>{t('planner.postsPer')}</span>
          <input
            type="number"
            min={1}
            max={100}
            value={posts}
            onInput={(e) => {
              const n = Math.round(Number((e.currentTarget as HTMLInputElement).value));
              if (Number.isFinite(n) && n >= 1 && n <= 100) setPosts(n);
            }}
          />
        </label>
      </div>
      <div class="ml-stats" aria-live="polite">
        <div class="ml-stat">
          <div class="ml-stat-label">{t('planner.cost')}</div>
          <div
            class="ml-stat-value"
            title={
              plan.priced
                ? t('planner.range', { min: money(plan.cost.min), max: money(plan.cost.max) })
                : undefined
            }
          >
            {plan.priced ? range(plan.cost) : t('none')}
          </div>
          <div class="ml-stat-sub">
            {t('planner.creators')}: {plan.priced} / {plan.creators}
          </div>
        </div>
        <div class="ml-stat">
          <div class="ml-stat-label">{t('planner.engagements')}</div>
          <div class="ml-stat-value">
            {plan.withEngagement ? formatNumber(Math.round(plan.engagements), lang) : t('none')}
          </div>
          <div class="ml-stat-sub">
            {t('planner.creators')}: {plan.withEngagement} / {plan.creators}
          </div>
        </div>
        <div class="ml-stat">
          <div class="ml-stat-label">{t('planner.cpe')}</div>
          <div class="ml-stat-value">{plan.costPerEngagement ? cpe(plan.costPerEngagement) : t('none')}</div>
        </div>
      </div>
      {plan.unpriced > 0 ? <p class="ml-hint">{t('planner.unpriced', { n: plan.unpriced })}</p> : null}

      <h2 class="ml-h2" style={{ marginTop: '24px' }}>
        {t('planner.compare')}
      </h2>
      <p class="ml-hint">{t('planner.compareHint')}</p>
      {compare ? (
        <div class="ml-compare" style={{ marginTop: '10px' }}>
          {[compare.micro, compare.mega].map((s) => (
            <div key={s.tier} class="ml-stat">
              <div class="ml-stat-label">
                {s.creators} × {tierLabel(s.tier, lang)} (~
                {formatNumber(s.followers, lang, { notation: 'compact' })})
              </div>
              <div class="ml-stat-value">{formatNumber(Math.round(s.engagements), lang)}</div>
              <div class="ml-stat-sub">
                {t('planner.engagements')} · {money(s.cost)} · {formatPercent(s.rate, lang, 1)}
              </div>
              <div class="ml-stat-sub">
                {t('planner.cpe')}: {formatMoney(s.cost / Math.max(1, s.engagements), currency, lang)}
              </div>
            </div>
          ))}
        </div>
      ) : (
        <p class="ml-muted">{t('planner.unavailable')}</p>
      )}
    </section>
  );
}
