/**
 * Fit in the shortlist table: a score per brief and the one best fit.
 * Colour only where a score means something (≥ 70 green, 40–69 amber); low
 * scores stay grey so a column of zeros does not read as a wall of alarms. A
 * missed must-have shows "—" with the reason on hover, not a small number.
 */

import type { DashboardEnv } from '@/components/dashboard/shared/env';
import { describeReason } from '@/lib/fit/explain';
import type { ShortlistRow } from './table-model';

export type FitLevel = 'good' | 'mid' | 'low';

export function fitLevel(score: number): FitLevel {
  return score >= 70 ? 'good' : score >= 40 ? 'mid' : 'low';
}

/** Hover text for a missed must-have: which one(s), in words. */
function missedText(row: ShortlistRow, briefId: string, briefName: string, env: DashboardEnv): string | null {
  const missed = row.fitMissed[briefId];
  if (!missed?.length) return null;
  return env.t('fit.missed', {
    brief: briefName,
    reasons: missed.map((r) => describeReason(r, env.lang)).join('; '),
  });
}

export function BriefFitCell(props: {
  row: ShortlistRow;
  briefId: string;
  briefName: string;
  env: DashboardEnv;
}) {
  const { row, briefId, briefName, env } = props;
  const { t } = env;
  const score = row.fit[briefId];
  if (score === undefined) return <span class="ml-muted">{t('none')}</span>;
  const missed = missedText(row, briefId, briefName, env);
  if (missed) {
    return (
      <span class="ml-fitcell ml-fitcell-miss" title={missed}>
        <span aria-hidden="true">—</span>
        <span class="ml-sr">{missed}</span>
      </span>
    );
  }
  const n = Math.round(score);
  const label = t('fit.cellTitle', { brief: briefName, score: n });
  return (
    <span class={`ml-fitcell ml-fitcell-${fitLevel(n)}`} title={label}>
      <span class="ml-fitcell-bar" style={{ width: `${n}%` }} aria-hidden="true" />
      <span class="ml-fitcell-num" aria-hidden="true">
        {n}
      </span>
      <span class="ml-sr">{label}</span>
    </span>
  );
}

/** Every brief's score, best first, one per line: the best-fit cell's hover stands in for hidden columns. */
function allFitsText(row: ShortlistRow, briefName: (id: string) => string, env: DashboardEnv): string {
  return Object.entries(row.fit)
    .sort((a, b) => b[1] - a[1])
    .map(([id, score]) =>
      row.fitMissed[id]?.length
        ? `${briefName(id)}: — (${env.t('fit.hardShort')})`
        : `${briefName(id)}: ${Math.round(score)}`,
    )
    .join('\n');
}

export function BestFitCell(props: {
  row: ShortlistRow;
  briefName: (id: string) => string;
  env: DashboardEnv;
}) {
  const { row, env } = props;
  const { t } = env;
  const best = row.bestFit;
  const all = allFitsText(row, props.briefName, env);
  if (!best) {
    const none = Object.keys(row.fit).length === 0 ? t('none') : t('fit.noBest');
    return (
      <span class="ml-bestfit ml-bestfit-none" title={all ? `${t('fit.noBestTitle')}\n\n${all}` : undefined}>
        {none}
      </span>
    );
  }
  const n = Math.round(best.score);
  const name = props.briefName(best.briefId);
  const label = t('fit.cellTitle', { brief: name, score: n });
  return (
    <span class="ml-bestfit" title={`${label}\n\n${all}`}>
      <span class={`ml-fitpill ml-fitpill-${fitLevel(n)}`} aria-hidden="true">
        {n}
      </span>
      <bdi class="ml-bestfit-name" aria-hidden="true">
        {name}
      </bdi>
      <span class="ml-sr">{label}</span>
    </span>
  );
}
