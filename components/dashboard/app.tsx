/**
 * The dashboard page: loads shortlist, briefs and settings from the worker,
 * owns the data and selection, and applies shortlist edits optimistically
 * (shown at once, undone with a message if the worker refuses).
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { BackupView } from '@/components/dashboard/backup/backup-view';
import { BriefsView } from '@/components/dashboard/briefs/briefs-view';
import { CampaignListView } from '@/components/dashboard/campaigns/campaign-list-view';
import { CreatorPanel } from '@/components/dashboard/creator/creator-panel';
import { PlannerView } from '@/components/dashboard/planner/planner-view';
import { SettingsView } from '@/components/dashboard/settings/settings-view';
import { EnvContext, errorText, makeEnv } from '@/components/dashboard/shared/env';
import { ErrorBanner, LoadingSkeleton } from '@/components/dashboard/shared/load-states';
import { type Notice, NoticeList } from '@/components/dashboard/shared/notices';
import { fetchShortlist } from '@/components/dashboard/shortlist/list-pages';
import type { RowActions } from '@/components/dashboard/shortlist/row-cells';
import { ShortlistView } from '@/components/dashboard/shortlist/shortlist-view';
import { applyPatch, EMPTY_FILTER, type ShortlistFilter } from '@/components/dashboard/shortlist/table-model';
import { type Lang, resolveLang } from '@/lib/i18n';
import type { CampaignSend, Send } from '@/lib/protocol/client';
import type { Brief } from '@/lib/schema/brief';
import type { CreatorKey } from '@/lib/schema/creator';
import type { Settings } from '@/lib/schema/settings';
import type { CreatorView, ShortlistItem, ShortlistPatch } from '@/lib/schema/views';

export type Tab = 'campaigns' | 'shortlist' | 'briefs' | 'planner' | 'settings' | 'backup';
const TABS: Tab[] = ['campaigns', 'shortlist', 'briefs', 'planner', 'settings', 'backup'];

interface Props {
  send: Send;
  browserLanguages: readonly string[];
  now?: () => number;
  initialTab?: Tab;
  /** Opens a creator's panel at start (preview and deep links). */
  initialOpen?: CreatorKey;
}

interface Data {
  /** Lean rows (cached fit scores, no reasons or signals): opening a creator fetches its full view. */
  views: ShortlistItem[];
  briefs: Brief[];
  settings: Settings;
  /**
   * Set while only the first screenful is in (shortlist:page): how many rows the
   * whole list has. The shortlist is shown but not editable until the rest
   * arrives (an edit then could be overwritten by the list requested before it).
   */
  partial: { total: number } | null;
}

export function DashboardApp(props: Props) {
  const now = props.now ?? Date.now;
  const [data, setData] = useState<Data | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [tab, setTab] = useState<Tab>(props.initialTab ?? 'shortlist');
  const [selected, setSelected] = useState<Set<CreatorKey>>(new Set());
  const [openKey, setOpenKey] = useState<CreatorKey | null>(props.initialOpen ?? null);
  const [filter, setFilter] = useState<ShortlistFilter>(EMPTY_FILTER);
  const [notices, setNotices] = useState<Notice[]>([]);
  const noticeId = useRef(0);
  // The latest data for async callbacks (a failed save reverts against it).
  const dataRef = useRef<Data | null>(null);
  dataRef.current = data;

  const lang: Lang = resolveLang(data?.settings.language ?? 'auto', props.browserLanguages);
  const env = useMemo(() => makeEnv(props.send, lang, now), [props.send, lang, now]);
  const { t } = env;

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('title');
  }, [lang, t]);

  const notify = useCallback((text: string, error = false) => {
    const id = ++noticeId.current;
    setNotices((list) => [...list.slice(-2), { id, text, error }]);
    // Errors stay until dismissed; confirmations fade.
    if (!error) setTimeout(() => setNotices((list) => list.filter((n) => n.id !== id)), 5000);
  }, []);

  // Each load has a number, so a slow answer to an earlier load never lands over a newer one.
  const loadSeq = useRef(0);
  const load = useCallback(async () => {
    const seq = ++loadSeq.current;
    setLoadError(null);
    try {
      const meta = Promise.all([props.send({ type: 'briefs:list' }), props.send({ type: 'settings:get' })]);
      meta.catch(() => undefined);
      // First screenful first, painted while the rest comes page by page (the whole list of
      // 100,000 creators would be more than one message may carry).
      const full = fetchShortlist(props.send, (page) => {
        void meta.then(
          ([briefs, settings]) => {
            if (seq !== loadSeq.current) return;
            setData((d) =>
              d && !d.partial ? d : { views: page.items, briefs, settings, partial: { total: page.total } },
            );
          },
          () => undefined,
        );
      });
      full.catch(() => undefined);
      const [views, [briefs, settings]] = await Promise.all([full, meta]);
      if (seq !== loadSeq.current) return;
      setData({ views, briefs, settings, partial: null });
    } catch (e) {
      if (seq === loadSeq.current) setLoadError(errorText(e));
    }
  }, [props.send]);

  useEffect(() => {
    void load();
  }, [load]);

  const update = useCallback(
    async (keys: CreatorKey[], patch: ShortlistPatch): Promise<boolean> => {
      const before = dataRef.current;
      if (!before) return false;
      const wanted = new Set(keys);
      const previous = new Map(
        before.views.filter((v) => wanted.has(v.creator.key)).map((v) => [v.creator.key, v]),
      );
      const at = now();
      setData((d) =>
        d
          ? { ...d, views: d.views.map((v) => (wanted.has(v.creator.key) ? applyPatch(v, patch, at) : v)) }
          : d,
      );
      try {
        await props.send({ type: 'shortlist:update', keys, patch });
        if (keys.length > 1) notify(t('update.done', { n: keys.length }));
        return true;
      } catch (e) {
        // Undo only these creators, keeping edits made to others meanwhile. A copy of the old view,
        // not the old object: if the edit never reached the screen, the row (memoized on its view)
        // must still re-render to put back what the user changed in its select or field.
        setData((d) => {
          if (!d) return d;
          const undo = (v: ShortlistItem) => {
            const old = previous.get(v.creator.key);
            return old ? { ...old } : v;
          };
          return { ...d, views: d.views.map(undo) };
        });
        const what =
          keys.length === 1 ? `@${keys[0]?.split(':')[1]}` : t('bulk.selected', { n: keys.length });
        notify(t('update.failed', { what, message: errorText(e) }), true);
        return false;
      }
    },
    [props.send, notify, t, now],
  );

  const remove = useCallback(
    async (keys: CreatorKey[]) => {
      try {
        const { removed } = await props.send({ type: 'shortlist:remove', keys });
        const gone = new Set(keys);
        setData((d) => (d ? { ...d, views: d.views.filter((v) => !gone.has(v.creator.key)) } : d));
        setSelected(new Set());
        notify(t('bulk.removed', { n: removed }));
      } catch (e) {
        notify(
          t('update.failed', { what: t('bulk.selected', { n: keys.length }), message: errorText(e) }),
          true,
        );
      }
    },
    [props.send, notify, t],
  );

  const actions: RowActions = useMemo(
    () => ({ open: setOpenKey, update, defaultCurrency: data?.settings.currency ?? 'IDR' }),
    [update, data?.settings.currency],
  );

  const onTabKey = (e: KeyboardEvent, i: number) => {
    const delta =
      e.key === 'ArrowRight' || e.key === 'ArrowDown'
        ? 1
        : e.key === 'ArrowLeft' || e.key === 'ArrowUp'
          ? -1
          : 0;
    if (!delta) return;
    e.preventDefault();
    const next = TABS[(i + delta + TABS.length) % TABS.length] as Tab;
    setTab(next);
    document.getElementById(`ml-tab-${next}`)?.focus();
  };

  const noticeList = (
    <NoticeList notices={notices} onDismiss={(id) => setNotices((list) => list.filter((x) => x.id !== id))} />
  );
  // The panel shows every fit reason and signal: the list has only scores, so the opened creator's
  // full view is fetched; its entry and figures still come from the list, where edits land at once.
  const [opened, setOpened] = useState<{ key: CreatorKey; view: CreatorView } | null>(null);
  useEffect(() => {
    if (!openKey) return;
    let live = true;
    props
      .send({ type: 'creator:get', key: openKey })
      .then((view) => {
        if (!live) return;
        if (view) setOpened({ key: openKey, view });
        else setOpenKey(null);
      })
      .catch((e) => {
        if (!live) return;
        setOpenKey(null);
        notify(t('load.error', { message: errorText(e) }), true);
      });
    return () => {
      live = false;
    };
  }, [openKey, props.send, notify, t]);
  const openItem = openKey ? data?.views.find((v) => v.creator.key === openKey) : undefined;
  const openView: CreatorView | undefined =
    openItem && opened?.key === openKey
      ? { ...opened.view, creator: openItem.creator, entry: openItem.entry }
      : undefined;

  return (
    <EnvContext.Provider value={env}>
      <div class="ml-app">
        <header class="ml-topbar">
          <div class="ml-brand">
            <span class="ml-logo" aria-hidden="true">
              ◎
            </span>
            <span>Microlens</span>
          </div>
          <div role="tablist" aria-label={t('nav.label')} class="ml-tabs">
            {TABS.map((id, i) => (
              <button
                key={id}
                id={`ml-tab-${id}`}
                type="button"
                role="tab"
                aria-selected={tab === id}
                aria-controls={`ml-panel-${id}`}
                tabIndex={tab === id ? 0 : -1}
                class="ml-tab"
                onClick={() => setTab(id)}
                onKeyDown={(e) => onTabKey(e, i)}
              >
                {t(`nav.${id}`)}
              </button>
            ))}
          </div>
        </header>
        {openView && data ? null : noticeList}
        <main class="ml-main">
          <div id={`ml-panel-${tab}`} role="tabpanel" aria-labelledby={`ml-tab-${tab}`}>
            {tab === 'campaigns' ? (
              // Campaign requests travel like every request; the view loads its own data.
              <CampaignListView send={props.send as unknown as CampaignSend} />
            ) : loadError ? (
              <ErrorBanner message={t('load.error', { message: loadError })} onRetry={() => void load()} />
            ) : !data || (data.partial && tab !== 'shortlist') ? (
              <LoadingSkeleton />
            ) : tab === 'shortlist' ? (
              <ShortlistView
                loadingTotal={data.partial?.total ?? null}
                views={data.views}
                briefs={data.briefs}
                settings={data.settings}
                selected={selected}
                setSelected={setSelected}
                actions={actions}
                onRemove={remove}
                notify={notify}
                filter={filter}
                setFilter={setFilter}
              />
            ) : tab === 'briefs' ? (
              <BriefsView
                briefs={data.briefs}
                settings={data.settings}
                onChanged={async (briefs) => {
                  // Fit scores depend on briefs: reload the list so they are current.
                  setData((d) => (d ? { ...d, briefs } : d));
                  try {
                    const views = await fetchShortlist(props.send);
                    setData((d) => (d ? { ...d, views } : d));
                  } catch {
                    /* keep the old scores; the next load refreshes them */
                  }
                }}
                notify={notify}
              />
            ) : tab === 'planner' ? (
              <PlannerView views={data.views} settings={data.settings} selected={selected} filter={filter} />
            ) : tab === 'settings' ? (
              <SettingsView
                settings={data.settings}
                onSaved={(settings) => setData((d) => (d ? { ...d, settings } : d))}
                notify={notify}
              />
            ) : (
              <BackupView
                views={data.views}
                briefs={data.briefs}
                settings={data.settings}
                notify={notify}
                onRestored={() => void load()}
              />
            )}
          </div>
        </main>
        {openView && data && (
          <CreatorPanel
            view={openView}
            briefs={data.briefs}
            actions={actions}
            onClose={() => setOpenKey(null)}
            notices={noticeList}
          />
        )}
      </div>
    </EnvContext.Provider>
  );
}
