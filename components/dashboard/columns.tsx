/**
 * The shortlist table's columns: header, width, sort key and cell renderer.
 * Fit columns are added per brief. Widths are fixed so virtualized rows and the
 * header line up without measuring.
 */
import type { ComponentChildren } from 'preact';
import { formatPercent, formatRelative } from '../../lib/i18n';
import type { Brief } from '../../lib/schema/brief';
import { BandChip } from '../shared/BandChip';
import { countShown, tierShown } from '../shared/figures';
import type { DashboardEnv } from './env';
import { formatMoney } from './money';
import type { RowActions } from './row-cells';
import { RateCell, StatusCell, TagsCell } from './row-cells';
import type { ShortlistRow, SortKey } from './table-model';

export interface Column {
  id: string;
  label: string;
  /** CSS grid track. */
  width: string;
  sortKey: SortKey | null;
  numeric?: boolean;
  render: (row: ShortlistRow, ctx: CellContext) => ComponentChildren;
}

export interface CellContext {
  env: DashboardEnv;
  actions: RowActions;
  /** Only the active row's controls are in the Tab order (roving focus). */
  tabbable: boolean;
}

const PLATFORM_SHORT = { instagram: 'IG', tiktok: 'TT' } as const;

export function profileHref(row: { platform: 'instagram' | 'tiktok'; handle: string }): string {
  return row.platform === 'instagram'
    ? `https://www.instagram.com/${row.handle}/`
    : `https://www.tiktok.com/@${row.handle}`;
}

function fitClass(score: number): string {
  return score >= 70 ? 'ml-fitcell-good' : score >= 40 ? 'ml-fitcell-mid' : 'ml-fitcell-low';
}

export function buildColumns(env: DashboardEnv, briefs: Brief[]): Column[] {
  const { t, lang } = env;
  const platformName = (p: 'instagram' | 'tiktok') => (p === 'instagram' ? 'Instagram' : 'TikTok');
  const fixed: Column[] = [
    {
      id: 'platform',
      label: t('col.platform'),
      width: '92px',
      sortKey: 'platform',
      render: (r) => (
        <span class={`ml-platform ml-platform-${r.platform}`} title={platformName(r.platform)}>
          <span aria-hidden="true">{PLATFORM_SHORT[r.platform]}</span>
          <span class="ml-sr">{platformName(r.platform)}</span>
        </span>
      ),
    },
    {
      id: 'handle',
      label: t('col.handle'),
      width: 'minmax(130px, 1.2fr)',
      sortKey: 'handle',
      render: (r, c) => (
        <a
          class="ml-handle"
          title={`@${r.handle}`}
          href={profileHref(r)}
          target="_blank"
          rel="noopener noreferrer"
          tabIndex={c.tabbable ? 0 : -1}
          aria-label={t('row.profile', { handle: `@${r.handle}`, platform: platformName(r.platform) })}
        >
          @{r.handle}
        </a>
      ),
    },
    {
      id: 'name',
      label: t('col.name'),
      width: 'minmax(110px, 1fr)',
      sortKey: 'name',
      render: (r, c) => (
        <button
          type="button"
          class="ml-linkbtn ml-name"
          tabIndex={c.tabbable ? 0 : -1}
          onClick={() => c.actions.open(r.key)}
          aria-label={t('row.open', { handle: `@${r.handle}` })}
          title={r.name}
        >
          {r.name || t('none')}
        </button>
      ),
    },
    {
      id: 'tier',
      label: t('col.tier'),
      width: '72px',
      sortKey: 'tier',
      render: (r) => {
        const m = r.view.creator.metrics;
        if (!m) return <span class="ml-muted">{t('none')}</span>;
        const s = tierShown(m.tier, lang);
        return s.known ? (
          <span class="ml-tier">{s.text}</span>
        ) : (
          <span class="ml-muted" title={s.reason}>
            ?
          </span>
        );
      },
    },
    {
      id: 'followers',
      label: t('col.followers'),
      width: '100px',
      sortKey: 'followers',
      numeric: true,
      render: (r) => {
        const s = countShown(r.view.creator.followers, lang);
        return s.known ? (
          <span title={s.note}>{s.text}</span>
        ) : (
          <span class="ml-muted" title={s.reason}>
            ?
          </span>
        );
      },
    },
    {
      id: 'engagement',
      label: t('col.engagement'),
      width: '168px',
      sortKey: 'engagement',
      numeric: true,
      render: (r) => {
        const m = r.view.creator.metrics;
        const e = m?.engagement;
        if (!m || !e?.known) {
          return (
            <span class="ml-muted" title={e && !e.known ? e.reason : undefined}>
              ?
            </span>
          );
        }
        const med = e.byFollowers.median;
        return (
          <span class="ml-eng">
            <span>{`${e.exact ? '' : '≈'}${formatPercent(med, lang, med < 0.1 ? 2 : 1)}`}</span>
            <BandChip band={m.band} lang={lang} />
          </span>
        );
      },
    },
  ];
  const fits: Column[] = briefs.map((b) => ({
    id: `fit:${b.id}`,
    label: t('col.fit', { name: b.name }),
    width: '80px',
    sortKey: `fit:${b.id}` as SortKey,
    numeric: true,
    render: (r) => {
      const score = r.fit[b.id];
      if (score === undefined) return <span class="ml-muted">{t('none')}</span>;
      return (
        <span class={`ml-fitcell ${fitClass(score)}`}>
          <span class="ml-fitcell-bar" style={{ width: `${Math.round(score)}%` }} aria-hidden="true" />
          <span class="ml-fitcell-num">{Math.round(score)}</span>
        </span>
      );
    },
  }));
  const tail: Column[] = [
    {
      id: 'status',
      label: t('col.status'),
      width: '140px',
      sortKey: 'status',
      render: (r, c) => <StatusCell row={r} actions={c.actions} tabbable={c.tabbable} />,
    },
    {
      id: 'tags',
      label: t('col.tags'),
      width: 'minmax(120px, 1fr)',
      sortKey: 'tags',
      render: (r, c) => <TagsCell row={r} actions={c.actions} tabbable={c.tabbable} />,
    },
    {
      id: 'rate',
      label: t('col.rate'),
      width: '120px',
      sortKey: 'rate',
      numeric: true,
      render: (r, c) => <RateCell row={r} actions={c.actions} tabbable={c.tabbable} />,
    },
    {
      id: 'lastSeen',
      label: t('col.lastSeen'),
      width: '124px',
      sortKey: 'lastSeen',
      render: (r) => (
        <span title={new Date(r.lastSeen).toLocaleString(lang === 'id' ? 'id-ID' : 'en-US')}>
          {formatRelative(r.lastSeen, env.now(), lang)}
        </span>
      ),
    },
  ];
  return [...fixed, ...fits, ...tail];
}

export { formatMoney };
