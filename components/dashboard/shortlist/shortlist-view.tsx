/** The Shortlist tab: filters, bulk actions, export and the virtualized table. */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { ConfirmDialog } from '@/components/dashboard/shared/confirm-dialog';
import { useEnv } from '@/components/dashboard/shared/env';
import { ExportButton } from '@/components/dashboard/shared/export-button';
import type { Brief } from '@/lib/schema/brief';
import type { CreatorKey } from '@/lib/schema/creator';
import type { Settings } from '@/lib/schema/settings';
import type { ShortlistItem } from '@/lib/schema/views';
import { BulkBar } from './bulk-bar';
import { ColumnMenu } from './column-menu';
import { type ColumnPrefs, loadColumnPrefs, saveColumnPrefs } from './column-prefs';
import { buildColumns } from './columns';
import { EmptyShortlist } from './empty-shortlist';
import { FiltersBar } from './filters-bar';
import type { RowActions } from './row-cells';
import { ShortlistTable } from './shortlist-table';
import { columnsThatFit } from './table-fit';
import {
  EMPTY_FILTER,
  facets,
  nextSort,
  queryRows,
  type ShortlistFilter,
  type ShortlistRow,
  type SortSpec,
  toRow,
} from './table-model';
import { TotalsRow } from './totals-row';

interface Props {
  /**
   * Set while `views` is only the first screenful: the whole list's length. The
   * rows are shown, the controls wait (inert) until the rest is in, so no filter,
   * sort, export or edit ever acts on part of the list.
   */
  loadingTotal?: number | null;
  views: ShortlistItem[];
  briefs: Brief[];
  settings: Settings;
  selected: ReadonlySet<CreatorKey>;
  setSelected: (s: Set<CreatorKey>) => void;
  actions: RowActions;
  onRemove: (keys: CreatorKey[]) => Promise<void>;
  notify: (message: string, isError?: boolean) => void;
  filter: ShortlistFilter;
  setFilter: (f: ShortlistFilter) => void;
}

export function ShortlistView(props: Props) {
  const env = useEnv();
  const { t } = env;
  const { views, briefs, settings, selected, setSelected, filter, setFilter } = props;
  const [sort, setSort] = useState<SortSpec>({ key: 'lastSeen', dir: 'desc' });
  const [confirming, setConfirming] = useState(false);

  const tierOrder = useMemo(() => settings.tierScheme.tiers.map((x) => x.name), [settings.tierScheme]);
  // One row object per view, reused while the view is unchanged: an edit to one creator then
  // re-renders that row only (table rows are memoized on their row object).
  const rowCache = useRef<{
    tierOrder: readonly string[];
    rows: WeakMap<ShortlistItem, ShortlistRow>;
  } | null>(null);
  const rows = useMemo(() => {
    if (rowCache.current?.tierOrder !== tierOrder) rowCache.current = { tierOrder, rows: new WeakMap() };
    const cache = rowCache.current.rows;
    return views.map((v) => {
      let row = cache.get(v);
      if (!row) {
        row = toRow(v, tierOrder);
        cache.set(v, row);
      }
      return row;
    });
  }, [views, tierOrder]);
  const loading = props.loadingTotal != null;
  const shown = useMemo(() => queryRows(rows, filter, sort), [rows, filter, sort]);
  const { tags, tiers } = useMemo(() => {
    const f = facets(rows);
    // Tiers in scheme order, then any others seen (from an older scheme).
    const ordered = [
      ...tierOrder.filter((x) => f.tiers.includes(x)),
      ...f.tiers.filter((x) => !tierOrder.includes(x)),
    ];
    return { tags: f.tags, tiers: ordered };
  }, [rows, tierOrder]);
  const [columnPrefs, setColumnPrefs] = useState<ColumnPrefs>(() => loadColumnPrefs(pageStorage()));
  const changeColumns = (prefs: ColumnPrefs) => {
    setColumnPrefs(prefs);
    saveColumnPrefs(pageStorage(), prefs);
  };
  const allColumns = useMemo(() => buildColumns(env, briefs, columnPrefs), [env, briefs, columnPrefs]);
  // The section's width decides which columns give way (table-fit.ts); unmeasured (0), all show.
  const section = useRef<HTMLElement>(null);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const el = section.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setWidth(el.clientWidth));
    observer.observe(el);
    setWidth(el.clientWidth);
    return () => observer.disconnect();
  }, []);
  const { shown: columns, hidden: columnsHidden } = useMemo(
    // 2 px of border and room for the table's own vertical scrollbar.
    () => (width > 0 ? columnsThatFit(allColumns, width - 2 - 17) : { shown: allColumns, hidden: [] }),
    [allColumns, width],
  );

  const toggle = (key: CreatorKey) => {
    const next = new Set(selected);
    if (next.has(key)) next.delete(key);
    else next.add(key);
    setSelected(next);
  };
  const toggleAll = () => {
    const all = shown.length > 0 && shown.every((r) => selected.has(r.key));
    const next = new Set(selected);
    for (const r of shown) {
      if (all) next.delete(r.key);
      else next.add(r.key);
    }
    setSelected(next);
  };
  const selectedKeys = [...selected];
  const selectedViews = () => rows.filter((r) => selected.has(r.key)).map((r) => r.view);
  const filtered = filter !== EMPTY_FILTER && JSON.stringify(filter) !== JSON.stringify(EMPTY_FILTER);

  return (
    <section
      ref={section}
      class="ml-shortlist"
      aria-labelledby="ml-shortlist-h"
      aria-busy={loading ? 'true' : undefined}
    >
      <div class="ml-toolbar">
        <h1 id="ml-shortlist-h" class="ml-h1">
          {t('nav.shortlist')}
          <span class="ml-count" aria-live="polite">
            {loading
              ? t('list.loadingRest', { shown: rows.length, total: props.loadingTotal ?? rows.length })
              : t('list.count', { shown: shown.length, total: rows.length })}
          </span>
        </h1>
        <div class="ml-toolbar-actions" inert={loading}>
          {rows.length > 0 ? (
            <ColumnMenu prefs={columnPrefs} briefs={briefs} onChange={changeColumns} />
          ) : null}
          <ExportButton
            views={() => shown.map((r) => r.view)}
            briefs={briefs}
            settings={settings}
            label={t('export.csv')}
            testId="ml-export-csv"
            onDone={props.notify}
            primary
          />
        </div>
      </div>
      <div class="ml-contents" inert={loading}>
        <FiltersBar filter={filter} onChange={setFilter} briefs={briefs} tags={tags} tiers={tiers} />
      </div>
      {selected.size > 0 && (
        <BulkBar
          count={selected.size}
          onSetStatus={(status) => void props.actions.update(selectedKeys, { status })}
          onAddTag={(tag) => {
            // One request for the whole selection; each creator keeps its own tags (the worker adds where missing).
            void props.actions.update(selectedKeys, { addTags: [tag] });
          }}
          onRemove={() => setConfirming(true)}
          onClear={() => setSelected(new Set())}
          exportButton={
            <ExportButton
              views={selectedViews}
              briefs={briefs}
              settings={settings}
              label={t('bulk.export')}
              onDone={props.notify}
            />
          }
        />
      )}
      {rows.length === 0 ? (
        <EmptyShortlist />
      ) : shown.length === 0 ? (
        <p class="ml-empty">
          {t('list.noMatch')}{' '}
          <button type="button" class="ml-btn ml-btn-small" onClick={() => setFilter(EMPTY_FILTER)}>
            {t('list.clearFilters')}
          </button>
        </p>
      ) : (
        <ShortlistTable
          inert={loading}
          rows={shown}
          columns={columns}
          selected={selected}
          onToggle={toggle}
          onToggleAll={toggleAll}
          actions={props.actions}
          sort={sort}
          onSort={(c) => c.sortKey && setSort(nextSort(sort, c.sortKey))}
        />
      )}
      {/* Totals only once every page is in (shortlist:page): a first screenful's sums would be wrong. */}
      {shown.length > 0 && !loading ? (
        <TotalsRow rows={shown} hiddenColumns={columnsHidden.map((c) => c.label)} />
      ) : null}
      {filtered && shown.length > 0 && (
        <p class="ml-muted ml-small">
          <button type="button" class="ml-linkbtn" onClick={() => setFilter(EMPTY_FILTER)}>
            {t('list.clearFilters')}
          </button>
        </p>
      )}
      {confirming && (
        <ConfirmDialog
          title={t('bulk.confirmTitle', { n: selected.size })}
          body={t('bulk.confirmBody')}
          confirmLabel={t('bulk.remove')}
          danger
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            void props.onRemove(selectedKeys);
          }}
        />
      )}
    </section>
  );
}

/** The page's localStorage, or null where it is blocked (column choices then last for the visit). */
function pageStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}
