/**
 * The Cost planner tab: what the chosen creators are expected to deliver and cost, every input
 * with its source, plans compared by tier, and the typical micro-vs-mega question.
 */

import { useMemo, useState } from 'preact/hooks';
import { microVsMega, planViews } from '@/components/dashboard/planner/planner-model';
import { tierLabel } from '@/components/dashboard/shared/common-strings';
import { useEnv } from '@/components/dashboard/shared/env';
import { filterRows, type ShortlistFilter, toRows } from '@/components/dashboard/shortlist/table-model';
import { moneyWriter } from '@/lib/cost/money';
import type { PlanFigure, PlanLine } from '@/lib/cost/plan';
import { formatNumber, formatPercent } from '@/lib/i18n';
import { benchmarkSetById } from '@/lib/metrics/benchmark-sets/sets';
import type { CreatorKey } from '@/lib/schema/creator';
import type { Settings } from '@/lib/schema/settings';
import type { ShortlistItem } from '@/lib/schema/views';

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
  const { lines, plans } = useMemo(() => planViews(chosen, settings, posts), [chosen, settings, posts]);
  const set = benchmarkSetById(settings.benchmarkSet, settings.customBenchmarks);
  const compare = useMemo(
    () => microVsMega(settings.rateCard, settings.tierScheme, currency, set),
    [settings, currency, set],
  );
  // Amounts shown together are written one way (lib/cost/money moneyWriter).
  const moneyFor = (...amounts: number[]) => moneyWriter(amounts, currency, lang);
  const one = (n: number) => moneyFor(n)(n);
  const moneyOf = (f: PlanFigure) => moneyFor(f.value, f.low ?? f.value, f.high ?? f.value);
  // Counts shown together likewise: all compact from 100,000, all in full below.
  const countFor =
    (...values: number[]) =>
    (n: number) =>
      formatNumber(Math.round(n), lang, {
        notation: values.some((v) => v >= 100_000) ? 'compact' : 'standard',
      });
  const count = (n: number) => countFor(n)(n);
  const countOf = (f: PlanFigure) => countFor(f.value, f.low ?? f.value, f.high ?? f.value);
  const overall = plans[0]?.summary;

  const cell = (f: PlanFigure | null, writer: (f: PlanFigure) => (n: number) => string, n: number) => {
    const fmt = f ? writer(f) : String;
    return (
      <td>
        {f ? (
          <span class="ml-stack">
            <span class="ml-plan-value">{fmt(f.value)}</span>
            <span class="ml-stack-sub">
              {f.low !== null && f.high !== null
                ? t('planner.spread', { min: fmt(f.low), max: fmt(f.high) })
                : t('planner.noRange')}
            </span>
            <span class="ml-stack-sub">{t('planner.known', { known: f.known, n })}</span>
          </span>
        ) : (
          <span class="ml-muted">{t('none')}</span>
        )}
      </td>
    );
  };

  const basis = (l: PlanLine) => t(l.rate.basis === 'views' ? 'planner.byViews' : 'planner.byFollowers');
  const rateText = (l: PlanLine) =>
    l.rate.value === null
      ? t('planner.srcUnknown')
      : `${formatPercent(l.rate.value, lang, 2)} · ${
          l.rate.source === 'measured'
            ? t('planner.srcMeasured', { basis: basis(l) })
            : t('planner.srcBenchmark', { basis: basis(l), from: l.rate.from ?? '' })
        }`;
  const priceText = (l: PlanLine) =>
    l.price.value === null
      ? t(`planner.unknown.${l.price.unknown ?? 'no-rate'}`)
      : (() => {
          const price = l.price.value;
          const m = moneyFor(price, l.price.cardMin ?? price, l.price.cardMax ?? price);
          return `${m(price)} · ${
            l.price.source === 'agreed'
              ? t('planner.srcAgreed')
              : t('planner.srcCard', { min: m(l.price.cardMin ?? 0), max: m(l.price.cardMax ?? 0) })
          }`;
        })();

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
        {[
          { id: 'ml-plan-cost', label: t('planner.cost'), f: overall?.cost ?? null, fmt: moneyOf },
          {
            id: 'ml-plan-engagements',
            label: t('planner.engagements'),
            f: overall?.engagements ?? null,
            fmt: countOf,
          },
          { id: 'ml-plan-views', label: t('planner.views'), f: overall?.views ?? null, fmt: countOf },
          { id: 'ml-plan-cpe', label: t('planner.cpe'), f: overall?.costPerEngagement ?? null, fmt: moneyOf },
          { id: 'ml-plan-cpm', label: t('planner.cpm'), f: overall?.costPer1000Views ?? null, fmt: moneyOf },
        ].map(({ id, label, f, fmt }) => (
          <div key={id} class="ml-stat" data-testid={id}>
            <div class="ml-stat-label">{label}</div>
            <div class="ml-stat-value">{f ? fmt(f)(f.value) : t('none')}</div>
            <div class="ml-stat-sub">
              {f
                ? f.low !== null && f.high !== null
                  ? t('planner.spread', { min: fmt(f)(f.low), max: fmt(f)(f.high) })
                  : t('planner.noRange')
                : ''}
            </div>
            <div class="ml-stat-sub">{t('planner.known', { known: f?.known ?? 0, n: lines.length })}</div>
          </div>
        ))}
      </div>
      {lines.some((l) => l.cost === null) ? (
        <p class="ml-hint">{t('planner.unpriced', { n: lines.filter((l) => l.cost === null).length })}</p>
      ) : null}

      <h2 class="ml-h2 ml-gap-top">{t('planner.plans')}</h2>
      <p class="ml-hint">{t('planner.plansHint')}</p>
      <div class="ml-table-scroll">
        <table class="ml-edit-table ml-plan-table" data-testid="ml-plan-compare">
          <thead>
            <tr>
              <th scope="col">{t('planner.plan')}</th>
              <th scope="col">{t('planner.reach')}</th>
              <th scope="col">{t('planner.engagements')}</th>
              <th scope="col">{t('planner.views')}</th>
              <th scope="col">{t('planner.cpe')}</th>
              <th scope="col">{t('planner.cpm')}</th>
            </tr>
          </thead>
          <tbody>
            {plans.map((p) => (
              <tr key={p.tier ?? 'all'}>
                <th scope="row">
                  {p.tier === null
                    ? t('planner.planAll', { n: p.summary.creators })
                    : t('planner.planTier', { n: p.summary.creators, tier: tierLabel(p.tier, lang) })}
                </th>
                {cell(p.summary.reach, countOf, p.summary.creators)}
                {cell(p.summary.engagements, countOf, p.summary.creators)}
                {cell(p.summary.views, countOf, p.summary.creators)}
                {cell(p.summary.costPerEngagement, moneyOf, p.summary.creators)}
                {cell(p.summary.costPer1000Views, moneyOf, p.summary.creators)}
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h2 class="ml-h2 ml-gap-top">{t('planner.inputs')}</h2>
      <div class="ml-table-scroll">
        <table class="ml-edit-table ml-plan-inputs" data-testid="ml-plan-inputs">
          <thead>
            <tr>
              <th scope="col">{t('planner.colCreator')}</th>
              <th scope="col">{t('planner.colRate')}</th>
              <th scope="col">{t('planner.colViews')}</th>
              <th scope="col">{t('planner.colPrice')}</th>
            </tr>
          </thead>
          <tbody>
            {lines.map((l) => (
              <tr key={l.key} data-key={l.key}>
                <th scope="row">
                  <span class="ml-stack">
                    <bdi>@{l.handle}</bdi>
                    {l.tier ? <span class="ml-stack-sub">{tierLabel(l.tier, lang)}</span> : null}
                  </span>
                </th>
                <td data-source={l.rate.source}>{rateText(l)}</td>
                <td data-source={l.views.source}>
                  {l.views.value === null
                    ? t('planner.srcUnknown')
                    : `${count(l.views.value)} · ${t('planner.srcMeasured', { basis: t('planner.byViews') })}`}
                </td>
                <td data-source={l.price.source}>{priceText(l)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h2 class="ml-h2 ml-gap-top">{t('planner.compare')}</h2>
      <p class="ml-hint">{t('planner.compareHint')}</p>
      <p class="ml-hint ml-source">
        {t('planner.compareSources', { set: set.name, card: settings.rateCard.source })}
      </p>
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
                {t('planner.engagements')} · {one(p.cost.mid)} ·{' '}
                {formatPercent(p.engagements / Math.max(1, p.reach), lang, 2)}
              </div>
              <div class="ml-stat-sub">
                {t('planner.cpe')}: {p.costPerEngagement === null ? t('none') : one(p.costPerEngagement)}
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
