/**
 * The shortlist as a virtualized grid: only the rows in view (plus overscan)
 * exist in the DOM, placed by transform in a spacer as tall as all rows, so
 * 10,000 creators scroll as smoothly as 10. Keyboard: arrows / Page / Home /
 * End move between rows, Enter opens details, Space selects; Tab reaches the
 * active row's controls (roving focus).
 *
 * Scrolling cost (what keeps a 9,000 px/s scroll at 60 fps): row elements are
 * a fixed pool of slots (row i lives in slot i % slots, and the DOM keeps slot
 * order), so a row boundary crossed rewrites the text of the few slots that
 * changed rows instead of creating and moving elements; and the pinned columns
 * are not `position: sticky` per row (every sticky cell was a composited layer
 * of its own, re-layerized and committed each frame) but follow sideways
 * scrolling through one CSS variable, written only when scrollLeft changes.
 */
import { Component, createRef, type RefObject } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { type DashboardEnv, useEnv } from '@/components/dashboard/shared/env';
import type { CreatorKey } from '@/lib/schema/creator';
import type { CellContext, Column } from './columns';
import type { RowActions } from './row-cells';
import type { ShortlistRow, SortSpec } from './table-model';
import { scrollToShow, visibleRange } from './virtual-range';

export const ROW_HEIGHT = 48;
const HEADER_HEIGHT = 44;
/** Rows rendered beyond the view in the direction of scrolling (about three frames of a fast flick)… */
const OVERSCAN = 8;
/** …and behind it: enough for a small step back, not a screenful that only costs paint. */
const OVERSCAN_BEHIND = 2;
/** The selection checkbox column; pinned columns start right after it. */
const CHECK_WIDTH = 40;
/** Used until the real size is measured (and in test DOMs without layout). */
const FALLBACK_VIEWPORT = 600;

interface Props {
  /** Shown but not usable yet (the rest of the list is loading). */
  inert?: boolean;
  rows: ShortlistRow[];
  columns: Column[];
  selected: ReadonlySet<CreatorKey>;
  onToggle: (key: CreatorKey) => void;
  onToggleAll: () => void;
  actions: RowActions;
  sort: SortSpec;
  onSort: (column: Column) => void;
}

export function ShortlistTable(props: Props) {
  const { rows, columns, selected, actions, sort } = props;
  const env = useEnv();
  const { t } = env;
  const scroller = useRef<HTMLDivElement>(null);
  const spacer = useRef<HTMLDivElement>(null);
  // The first row in view, not the scroll offset: scrolling within a row changes nothing rendered,
  // so the table re-renders only when a row enters or leaves (and then only the new rows render: RowView is memoized).
  const [firstRow, setFirstRow] = useState(0);
  // Which way the last scroll went: the overscan goes ahead of it.
  const scrolledUp = useRef(false);
  const lastFirst = useRef(0);
  if (firstRow !== lastFirst.current) {
    scrolledUp.current = firstRow < lastFirst.current;
    lastFirst.current = firstRow;
  }
  const [viewport, setViewport] = useState(FALLBACK_VIEWPORT);
  // Columns hidden past the right edge: a soft shadow there says the table scrolls sideways.
  const [moreRight, setMoreRight] = useState(false);
  const lastLeft = useRef(0);
  const [active, setActive] = useState(0);
  const focusWanted = useRef(false);

  const template = useMemo(() => [`${CHECK_WIDTH}px`, ...columns.map((c) => c.width)].join(' '), [columns]);
  // Narrowest the grid may get before it scrolls sideways: every track's minimum.
  const minWidth = useMemo(
    () => CHECK_WIDTH + columns.reduce((sum, c) => sum + Number(/(\d+)px/.exec(c.width)?.[1] ?? 80), 0),
    [columns],
  );

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const measure = () => {
      setViewport(el.clientHeight > 0 ? el.clientHeight - HEADER_HEIGHT : FALLBACK_VIEWPORT);
      setMoreRight(hasMoreRight(el));
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  // Keep the active row inside the list when filters shrink it.
  const activeIndex = Math.min(active, Math.max(0, rows.length - 1));
  const range = scrolledUp.current
    ? visibleRange(firstRow * ROW_HEIGHT, viewport, ROW_HEIGHT, rows.length, OVERSCAN_BEHIND, OVERSCAN)
    : visibleRange(firstRow * ROW_HEIGHT, viewport, ROW_HEIGHT, rows.length, OVERSCAN, OVERSCAN_BEHIND);

  useEffect(() => {
    if (!focusWanted.current) return;
    focusWanted.current = false;
    scroller.current?.querySelector<HTMLElement>(`[data-index="${activeIndex}"]`)?.focus();
  });

  const moveTo = (index: number) => {
    const next = Math.max(0, Math.min(rows.length - 1, index));
    setActive(next);
    const el = scroller.current;
    if (el) {
      const top = scrollToShow(next, el.scrollTop, viewport, ROW_HEIGHT);
      if (top !== null) {
        el.scrollTop = top;
        setFirstRow(Math.floor(top / ROW_HEIGHT));
      }
    }
    focusWanted.current = true;
  };

  const onRowKey = (e: KeyboardEvent, row: ShortlistRow, index: number) => {
    // Only when the row itself has focus: inside a select, arrows change its value.
    if (e.target !== e.currentTarget) return;
    const page = Math.max(1, Math.floor(viewport / ROW_HEIGHT) - 1);
    const moves: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      PageDown: index + page,
      PageUp: index - page,
      Home: 0,
      End: rows.length - 1,
    };
    const to = moves[e.key];
    if (to !== undefined) {
      e.preventDefault();
      moveTo(to);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      actions.open(row.key);
    } else if (e.key === ' ') {
      e.preventDefault();
      props.onToggle(row.key);
    }
  };

  // Rows get one handler object that never changes (it calls the latest props through a ref),
  // so a memoized row re-renders only when its own data, selection or focus changes.
  const latest = useRef({ onRowKey, onToggle: props.onToggle, setActive, open: actions.open });
  latest.current = { onRowKey, onToggle: props.onToggle, setActive, open: actions.open };
  const handlers = useMemo<RowHandlers>(
    () => ({
      key: (e, row, i) => latest.current.onRowKey(e, row, i),
      toggle: (key) => latest.current.onToggle(key),
      focus: (i) => latest.current.setActive(i),
      open: (key) => latest.current.open(key),
    }),
    [],
  );

  // Over the whole list, so once per list or selection change, not on every scrolled row.
  const { allSelected, someSelected } = useMemo(() => {
    const all = rows.length > 0 && rows.every((r) => selected.has(r.key));
    return { allSelected: all, someSelected: !all && rows.some((r) => selected.has(r.key)) };
  }, [rows, selected]);

  // Enough slots for the longest range this viewport can ask for, so no two rows in range share one.
  const slots = Math.ceil(Math.max(0, viewport) / ROW_HEIGHT) + 1 + OVERSCAN + OVERSCAN_BEHIND;
  const bySlot: (preact.JSX.Element | undefined)[] = new Array(slots);
  for (let i = range.start; i < range.end; i++) {
    const row = rows[i] as ShortlistRow;
    const slot = i % slots;
    bySlot[slot] = (
      <RowView
        key={slot}
        row={row}
        index={i}
        isActive={i === activeIndex}
        isSelected={selected.has(row.key)}
        columns={columns}
        template={template}
        minWidth={minWidth}
        env={env}
        actions={actions}
        handlers={handlers}
      />
    );
  }
  // Slot order, not row order: a row that scrolls in takes over the slot (and element) of one that left,
  // in place; assistive tech reads the position from aria-rowindex, and keys move focus by data-index.
  const visible = bySlot.filter((el) => el !== undefined);

  return (
    <div class={`ml-table-wrap${moreRight ? ' ml-more-right' : ''}`} inert={props.inert}>
      {/* biome-ignore lint/a11y/useSemanticElements: a virtualized grid cannot be a <table> (rows are absolutely positioned) */}
      <div
        ref={scroller}
        class="ml-table"
        role="grid"
        aria-label={t('list.label')}
        aria-rowcount={rows.length + 1}
        aria-colcount={columns.length + 1}
        aria-multiselectable="true"
        // A short list gets a short box, not a tall empty one; long lists scroll inside the window's height.
        style={{ height: `min(calc(100vh - 250px), ${HEADER_HEIGHT + rows.length * ROW_HEIGHT + 2}px)` }}
        onScroll={(e) => {
          const el = e.currentTarget as HTMLDivElement;
          // Scroll events come at most once a frame; state changes only when a row boundary is crossed.
          setFirstRow(Math.floor(el.scrollTop / ROW_HEIGHT));
          // Sideways scrolling is rare: measure the right edge (a layout read) and move the pinned
          // cells only when it happened; vertical scrolling writes nothing but the rows that change.
          if (el.scrollLeft !== lastLeft.current) {
            lastLeft.current = el.scrollLeft;
            spacer.current?.style.setProperty('--ml-pin-x', `${el.scrollLeft}px`);
            setMoreRight(hasMoreRight(el));
          }
        }}
      >
        {/* biome-ignore lint/a11y: div-based virtualized grid (rows cannot be <tr> when absolutely positioned); focus is roving on rows — header of a div-based grid */}
        <div
          role="row"
          class="ml-head"
          aria-rowindex={1}
          style={{ gridTemplateColumns: template, minWidth: `${minWidth}px` }}
        >
          {/* biome-ignore lint/a11y: div-based virtualized grid (rows cannot be <tr> when absolutely positioned); focus is roving on rows — the checkbox inside takes focus */}
          <div role="columnheader" class="ml-cell ml-cell-check ml-sticky">
            <input
              type="checkbox"
              checked={allSelected}
              indeterminate={someSelected}
              aria-label={t('row.selectAll', { n: rows.length })}
              onChange={props.onToggleAll}
            />
          </div>
          {columns.map((c) => {
            const sorted = sort.key === c.sortKey;
            const ariaSort = sorted ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none';
            return (
              // biome-ignore lint/a11y: div-based virtualized grid (rows cannot be <tr> when absolutely positioned); focus is roving on rows — the sort button inside takes focus
              <div
                key={c.id}
                role="columnheader"
                data-col={c.id}
                aria-sort={ariaSort}
                class={`ml-cell${c.numeric ? ' ml-num' : ''}${c.sticky ? ' ml-sticky ml-sticky-last' : ''}`}
                style={c.sticky ? { left: `${CHECK_WIDTH}px` } : undefined}
                title={c.sortKey ? undefined : (c.title ?? c.label)}
              >
                {c.sortKey ? (
                  <button
                    type="button"
                    class="ml-sort"
                    onClick={() => props.onSort(c)}
                    aria-label={t('sort.by', { column: c.label })}
                    title={c.title ?? c.label}
                  >
                    {/* The arrow inside the label, so a wrapped header keeps it beside its last word. */}
                    <span class="ml-sort-label">
                      {c.label}
                      <span class="ml-sort-icon" aria-hidden="true">
                        {sorted ? (sort.dir === 'asc' ? '▲' : '▼') : '↕'}
                      </span>
                    </span>
                  </button>
                ) : (
                  c.label
                )}
              </div>
            );
          })}
        </div>
        <div
          ref={spacer}
          class="ml-spacer"
          style={{ height: `${rows.length * ROW_HEIGHT}px`, minWidth: `${minWidth}px` }}
        >
          {visible}
        </div>
      </div>
    </div>
  );
}

interface RowHandlers {
  key: (e: KeyboardEvent, row: ShortlistRow, index: number) => void;
  toggle: (key: CreatorKey) => void;
  focus: (index: number) => void;
  open: (key: CreatorKey) => void;
}

interface RowProps {
  row: ShortlistRow;
  index: number;
  isActive: boolean;
  isSelected: boolean;
  columns: Column[];
  template: string;
  minWidth: number;
  env: DashboardEnv;
  actions: RowActions;
  handlers: RowHandlers;
}

/**
 * One grid row slot. Memoized: its props are the row's data (a new object only
 * when that creator changed), its index and flags, and objects shared by every
 * row, so scrolling renders only the slots that take a new row. (A class rather
 * than preact/compat's memo: the same check without the compat layer in the bundle.)
 */
class RowView extends Component<RowProps> {
  private readonly el = createRef<HTMLDivElement>();

  override shouldComponentUpdate(next: RowProps): boolean {
    const now = this.props as unknown as Record<string, unknown>;
    const then = next as unknown as Record<string, unknown>;
    for (const k in then) if (now[k] !== then[k]) return true;
    return false;
  }

  override componentDidUpdate(prev: RowProps): void {
    // The slot now shows another creator: focus inside it would silently move to that creator
    // (Enter would open the wrong one), so drop it, as removing the element used to.
    if (prev.row.key === this.props.row.key) return;
    const focused = document.activeElement;
    if (focused instanceof HTMLElement && this.el.current?.contains(focused)) focused.blur();
  }

  override render() {
    return renderRow(this.props, this.el);
  }
}

function renderRow(props: RowProps, ref: RefObject<HTMLDivElement | null>) {
  const { row, index: i, isActive, isSelected, columns, template, minWidth, env, actions, handlers } = props;
  const { t } = env;
  const ctx: CellContext = { env, actions, tabbable: isActive };
  return (
    // biome-ignore lint/a11y: div-based virtualized grid (rows cannot be <tr> when absolutely positioned); focus is roving on rows — a virtualized grid row cannot be a <tr>
    <div
      ref={ref}
      role="row"
      data-testid="ml-shortlist-row"
      data-index={i}
      data-key={row.key}
      aria-rowindex={i + 2}
      aria-selected={isSelected ? 'true' : 'false'}
      tabIndex={isActive ? 0 : -1}
      class={`ml-row${isSelected ? ' ml-row-selected' : ''}${i % 2 ? ' ml-row-odd' : ''}`}
      style={{
        transform: `translateY(${i * ROW_HEIGHT}px)`,
        gridTemplateColumns: template,
        minWidth: `${minWidth}px`,
      }}
      onKeyDown={(e) => handlers.key(e, row, i)}
      onFocus={() => handlers.focus(i)}
      onDblClick={(e) => {
        if (e.target === e.currentTarget || (e.target as HTMLElement).classList.contains('ml-cell'))
          handlers.open(row.key);
      }}
    >
      {/* biome-ignore lint/a11y: div-based virtualized grid (rows cannot be <tr> when absolutely positioned); focus is roving on rows — focus stays on the row (roving); the checkbox inside is focusable */}
      <div role="gridcell" class="ml-cell ml-cell-check ml-pinned">
        <input
          type="checkbox"
          checked={isSelected}
          tabIndex={isActive ? 0 : -1}
          aria-label={t('row.select', { handle: `@${row.handle}` })}
          onChange={() => handlers.toggle(row.key)}
        />
      </div>
      {columns.map((c) => (
        // biome-ignore lint/a11y: div-based virtualized grid (rows cannot be <tr> when absolutely positioned); focus is roving on rows — focus stays on the row (roving)
        <div
          key={c.id}
          role="gridcell"
          class={`ml-cell ml-cell-${c.id.split(':')[0]}${c.numeric ? ' ml-num' : ''}${c.sticky ? ' ml-pinned ml-sticky-last' : ''}`}
        >
          {c.render(row, ctx)}
        </div>
      ))}
    </div>
  );
}

function hasMoreRight(el: HTMLElement): boolean {
  return el.scrollLeft + el.clientWidth < el.scrollWidth - 1;
}
