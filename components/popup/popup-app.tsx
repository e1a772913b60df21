/**
 * The toolbar popup: the creator on the active tab (figures, fit, signals,
 * shortlist controls) or, elsewhere, the shortlist totals; always a way to
 * the dashboard. Browser APIs come in through `deps` so tests can fake them.
 */
import { useLayoutEffect, useState } from 'preact/hooks';
import { createT, type Lang, resolveLang, t } from '@/lib/i18n';
import { popupStrings } from '@/lib/i18n/strings/popup';
import type { CreatorView } from '@/lib/schema/views';
import { loadPopup, type PopupData, type PopupDeps } from './load-popup';
import { PopupCreatorPanel } from './popup-creator-panel';
import { ReportButton } from './report-button';
import { SummaryPanel } from './summary-panel';

type Phase = { kind: 'loading' } | { kind: 'ready'; data: PopupData } | { kind: 'failed'; message: string };

const SITE = { instagram: 'Instagram', tiktok: 'TikTok' } as const;

export function PopupApp(props: {
  deps: PopupDeps;
  /** The load already under way (started when the popup's script ran, before the first render). */
  loading?: Promise<PopupData>;
}) {
  const { deps } = props;
  const [phase, setPhase] = useState<Phase>({ kind: 'loading' });
  // A layout effect, not useEffect: the answer is applied as soon as it arrives, never held back
  // until after the first paint (useEffect runs a frame later, and the round trips may be done by then).
  useLayoutEffect(() => {
    (props.loading ?? loadPopup(deps)).then(
      (data) => setPhase({ kind: 'ready', data }),
      (err) => setPhase({ kind: 'failed', message: err instanceof Error ? err.message : String(err) }),
    );
  }, [deps, props.loading]);

  const lang: Lang = phase.kind === 'ready' ? phase.data.lang : resolveLang('auto', deps.languages);
  const tr = createT(lang, popupStrings);
  const setView = (view: CreatorView) =>
    setPhase((p) => (p.kind === 'ready' ? { kind: 'ready', data: { ...p.data, view } } : p));

  return (
    <div class="ml-root ml-popup" lang={lang}>
      <header class="ml-bar-top">
        <span class="ml-logo" aria-hidden="true">
          M
        </span>
        <span class="ml-brand">Microlens</span>
      </header>
      <main class="ml-main" aria-busy={phase.kind === 'loading'}>
        {phase.kind === 'loading' ? <p class="ml-muted">{tr('loading')}</p> : null}
        {phase.kind === 'failed' ? (
          <p class="ml-error" role="alert">
            {tr('loadFailed', { message: phase.message })}
          </p>
        ) : null}
        {phase.kind === 'ready' ? <Ready data={phase.data} deps={deps} onView={setView} /> : null}
      </main>
      <footer class="ml-popup-foot">
        <button
          type="button"
          class="ml-btn ml-btn-block"
          data-testid="ml-open-dashboard"
          onClick={deps.openDashboard}
        >
          {t(lang, 'openDashboard')}
        </button>
      </footer>
    </div>
  );
}

function Ready(props: { data: PopupData; deps: PopupDeps; onView: (v: CreatorView) => void }) {
  const { data, deps } = props;
  const { lang } = data;
  const tr = createT(lang, popupStrings);
  const [overlayShownAgain, setOverlayShownAgain] = useState(false);
  const platform = data.page?.platform ?? null;
  const hiddenHere = platform !== null && data.settings?.overlay[platform] === 'hidden' && !overlayShownAgain;

  async function showOverlayAgain() {
    if (!platform || !data.settings) return;
    const settings = {
      ...data.settings,
      overlay: { ...data.settings.overlay, [platform]: 'shown' as const },
    };
    await deps.send({ type: 'settings:save', settings });
    setOverlayShownAgain(true);
  }

  const hint = data.key ? tr('notSeenYet', { handle: data.page?.handle ?? '' }) : tr('notCreatorPage');
  return (
    <>
      {data.view ? (
        <PopupCreatorPanel view={data.view} lang={lang} send={deps.send} onView={props.onView} />
      ) : data.summary ? (
        <SummaryPanel summary={data.summary} lang={lang} hint={hint} />
      ) : null}
      {hiddenHere && platform ? (
        <button type="button" class="ml-link" onClick={() => void showOverlayAgain()}>
          {tr('showOverlay', { site: SITE[platform] })}
        </button>
      ) : null}
      {data.page && data.page.kind !== 'other' && deps.askActiveTab && deps.saveFile ? (
        <ReportButton lang={lang} askActiveTab={deps.askActiveTab} saveFile={deps.saveFile} />
      ) : null}
      <p class="ml-muted ml-small">{tr('shortcutHint')}</p>
    </>
  );
}
