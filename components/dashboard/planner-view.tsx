/** The Cost planner tab: cost, engagements and cost per engagement of a set of creators. */

import { useMemo, useState } from 'preact/hooks';
import type { Range } from '../../lib/cost/planner';
import { formatNumber, formatPercent } from '../../lib/i18n';
import type { ShortlistItem } from '../../lib/messages';
import { benchmarkSetById } from '../../lib/metrics/benchmark-sets/sets';
import type { CreatorKey } from '../../lib/schema/creator';
import type { Settings } from '../../lib/schema/settings';
import { tierLabel } from './common-strings';
import { useEnv } from './env';
import { formatMoney } from './money';
import { estimateViews, microVsMega } from './planner-model';
import { filterRows, type ShortlistFilter, toRows } from './table-model';

interface Props {
  views: ShortlistItem[];
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
    () => estimateViews(chosen, settings.rateCard, currency, posts),
    [chosen, settings.rateCard, currency, posts],
  );
  const compare = useMemo(
    () =>
      microVsMega(
        settings.rateCard,
        settings.tierScheme,
        currency,
        benchmarkSetById(settings.benchmarkSet, settings.customBenchmarks),
      ),
    [settings, currency],
  );
  const money = (n: number) => formatMoney(n, currency, lang);
  // Big totals compact ("IDR 1.3B" / "Rp 1,3 M"), so a range fits its card; full value on hover.
  const big = (n: number) => (n >= 10_000_000 ? formatMoney(n, currency, lang, true) : money(n));
  const range = (r: Range, fmt: (n: number) => string) =>
    Math.abs(r.max - r.min) <= 0.005 * r.max
      ? fmt(r.mid)
      : t('planner.range', { min: fmt(r.min), max: fmt(r.max) });
  const n = plan.lines.length;

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
              const v = Math.round(Number((e.currentTarget as HTMLInputElement).value));
              if (Number.isFinite(v) && v >= 1 && v <= 100) setPosts(v);
            }}
          />
        </label>
      </div>
      <div class="ml-stats" aria-live="polite">
        <div class="ml-stat" data-testid="ml-plan-cost">
          <div class="ml-stat-label">{t('planner.cost')}</div>
          <div
            class="ml-stat-value"
            title={
              plan.costKnown
                ? t('planner.range', { min: money(plan.total.min), max: money(plan.total.max) })
                : undefined
            }
          >
            {plan.costKnown ? range(plan.total, big) : t('none')}
          </div>
          <div class="ml-stat-sub">
            {t('planner.creators')}: {plan.costKnown} / {n}
          </div>
        </div>
        <div class="ml-stat" data-testid="ml-plan-engagements">
          <div class="ml-stat-label">{t('planner.engagements')}</div>
          <div class="ml-stat-value">
            {plan.engagementsKnown ? formatNumber(Math.round(plan.expectedEngagements), lang) : t('none')}
          </div>
          <div class="ml-stat-sub">
            {t('planner.creators')}: {plan.engagementsKnown} / {n}
          </div>
        </div>
        <div class="ml-stat" data-testid="ml-plan-cpe">
          <div class="ml-stat-label">{t('planner.cpe')}</div>
          <div class="ml-stat-value">
            {plan.costPerEngagement ? range(plan.costPerEngagement, money) : t('none')}
          </div>
        </div>
      </div>
      {plan.costUnknown > 0 ? <p class="ml-hint">{t('planner.unpriced', { n: plan.costUnknown })}</p> : null}

      <h2 class="ml-h2 ml-gap-top">{t('planner.compare')}</h2>
      <p class="ml-hint">{t('planner.compareHint')}</p>
      {compare ? (
        <div class="ml-compare">
          {[
            { tier: 'micro', plan: compare.planA },
            { tier: 'mega', plan: compare.planB },
          ].map(({ tier, plan: p }) => (
            <div key={tier} class="ml-stat">
              <div class="ml-stat-label">
                {p.creators} × {tierLabel(tier, lang)} (~
                {formatNumber(p.reach / Math.max(1, p.creators), lang, { notation: 'compact' })})
              </div>
              <div class="ml-stat-value">{formatNumber(Math.round(p.engagements), lang)}</div>
              <div class="ml-stat-sub">
                {t('planner.engagements')} · {money(p.cost.mid)} ·{' '}
                {formatPercent(p.engagements / Math.max(1, p.reach), lang, 1)}
              </div>
              <div class="ml-stat-sub">
                {t('planner.cpe')}: {p.costPerEngagement === null ? t('none') : money(p.costPerEngagement)}
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
