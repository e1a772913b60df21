/**
 * A creator's details in a side panel (<dialog>, so focus is trapped, Escape
 * closes and focus returns to the row): figures, fit with reasons, authenticity
 * signals, history charts and notes.
 *
 * Escape is handled here rather than left to the browser: Chrome only fires a
 * cancelable `cancel` for a dialog while the page has fresh user activation,
 * and otherwise closes the <dialog> element on its own without the dashboard
 * hearing of it (the panel then stayed open in the app's state, or did not
 * close at all when focus had fallen to the page body).
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { errorText, useEnv } from '@/components/dashboard/shared/env';
import { profileHref } from '@/components/dashboard/shortlist/columns';
import type { RowActions } from '@/components/dashboard/shortlist/row-cells';
import { BandChip } from '@/components/shared/band-chip';
import {
  countShown,
  engagementShown,
  medianViewsShown,
  signed,
  signedPercent,
  tierShown,
  unknownShown,
  viewRateShown,
} from '@/components/shared/figures';
import { FitList } from '@/components/shared/fit-list';
import { Metric } from '@/components/shared/metric';
import {
  formatDate,
  formatNumber,
  formatPercent,
  formatRelative,
  formatShortDate,
  t as tc,
} from '@/lib/i18n';
import { describeSignal } from '@/lib/metrics/authenticity-explain';
import type { Brief } from '@/lib/schema/brief';
import type { Snapshot } from '@/lib/schema/creator';
import type { CreatorView } from '@/lib/schema/views';
import { HistoryChart } from './history-chart';

interface Props {
  view: CreatorView;
  briefs: Brief[];
  actions: RowActions;
  onClose: () => void;
  /** The page's toasts, shown inside the modal panel so they stay above it and clickable. */
  notices?: ComponentChildren;
}

export function CreatorPanel({ view, briefs, actions, onClose, notices }: Props) {
  const { t, lang, send, now } = useEnv();
  const dialog = useRef<HTMLDialogElement>(null);
  const closeBtn = useRef<HTMLButtonElement>(null);
  // The latest onClose, for listeners added once (the app passes a new function each render).
  const close = useRef(onClose);
  close.current = onClose;
  const { creator, entry } = view;
  const m = creator.metrics;

  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    const d = dialog.current;
    if (d && typeof d.showModal === 'function' && !d.open) d.showModal();
    closeBtn.current?.focus();
    let mounted = true;
    // Escape anywhere in the panel, or with focus lost to the page body, closes it. Not when the
    // key belongs to something else: another dialog on top, an editor that used it (defaultPrevented
    // or stopped), an input method composing text.
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented || e.isComposing || !d) return;
      const target = e.target as Node | null;
      const outside = target && target !== document.body && target !== document.documentElement;
      if (outside && !d.contains(target)) return;
      // Ours alone: the browser's own close of the <dialog> would race the app's state.
      e.preventDefault();
      close.current();
    };
    // The browser closed the <dialog> itself (a close request it would not let us cancel).
    const onNativeClose = () => {
      if (mounted) close.current();
    };
    document.addEventListener('keydown', onKey);
    d?.addEventListener('close', onNativeClose);
    return () => {
      mounted = false;
      document.removeEventListener('keydown', onKey);
      d?.removeEventListener('close', onNativeClose);
      opener?.focus?.();
    };
  }, []);

  const [history, setHistory] = useState<Snapshot[] | null>(null);
  const [historyError, setHistoryError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    setHistory(null);
    setHistoryError(null);
    send({ type: 'creator:history', key: creator.key, limit: 1000 })
      .then((h) => live && setHistory([...h].sort((a, b) => a.at - b.at)))
      .catch((e) => live && setHistoryError(errorText(e)));
    return () => {
      live = false;
    };
  }, [creator.key, send]);

  const [notes, setNotes] = useState(entry?.notes ?? '');
  const [notesState, setNotesState] = useState<'idle' | 'saving' | 'saved'>('idle');
  useEffect(() => setNotes(entry?.notes ?? ''), [entry?.notes]);

  const series = useMemo(() => {
    const h = history ?? [];
    return {
      times: h.map((s) => s.at),
      followers: h.map((s) => s.followers),
      engagement: h.map((s) => (s.engagement === null ? null : s.engagement * 100)),
    };
  }, [history]);

  const platformName = creator.platform === 'instagram' ? 'Instagram' : 'TikTok';
  const fits = view.fits.filter((f) => briefs.some((b) => b.id === f.briefId));

  return (
    <dialog
      ref={dialog}
      class="ml-panel"
      aria-labelledby="ml-panel-title"
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <header class="ml-panel-head">
        <div class="ml-panel-id">
          <span class={`ml-platform ml-platform-${creator.platform}`} aria-hidden="true">
            {creator.platform === 'instagram' ? 'IG' : 'TT'}
          </span>
          <div>
            <h2 id="ml-panel-title" class="ml-panel-title">
              <bdi>{creator.displayName || `@${creator.handle}`}</bdi>
              <span class="ml-sr">{t('panel.title', { handle: `@${creator.handle}` })}</span>
            </h2>
            <p class="ml-panel-sub">
              <a href={profileHref(creator)} target="_blank" rel="noopener noreferrer">
                @{creator.handle} · {platformName} ↗
              </a>
              <span class="ml-muted">
                {' · '}
                {t('panel.firstSeen', { date: formatDate(creator.firstSeen, lang) })},{' '}
                {t('panel.lastSeen', { when: formatRelative(creator.lastSeen, now(), lang) })}
              </span>
            </p>
          </div>
        </div>
        <button
          ref={closeBtn}
          type="button"
          class="ml-icon-btn ml-panel-close"
          aria-label={t('close')}
          onClick={onClose}
        >
          ×
        </button>
      </header>
      {notices}

      <div class="ml-panel-body">
        <section aria-labelledby="ml-p-figures">
          <h3 id="ml-p-figures" class="ml-h3">
            {t('panel.figures')}
          </h3>
          <dl class="ml-grid ml-panel-figures">
            <Metric label={t('panel.followers')} shown={countShown(creator.followers, lang)} lang={lang} />
            <Metric
              label={t('panel.tier')}
              shown={m ? tierShown(m.tier, lang) : unknownShown('no-followers', lang)}
              lang={lang}
            />
            {creator.platform === 'tiktok' && m ? (
              <>
                {/* TikTok: the views-based rate is the headline and carries the band; median views next. */}
                <Metric label={t('panel.viewsEngagement')} shown={engagementShown(m.views, lang)} lang={lang}>
                  <BandChip band={m.band} platform="tiktok" figure="viewsEngagement" lang={lang} />
                </Metric>
                <Metric
                  label={tc(lang, 'medianViews')}
                  shown={medianViewsShown(m.viewRate, lang)}
                  lang={lang}
                />
                <Metric
                  label={t('panel.viewRate')}
                  shown={viewRateShown(m.viewRate, lang, t('panel.viewRate'))}
                  sub={null}
                  lang={lang}
                />
              </>
            ) : null}
            <Metric
              label={
                creator.platform === 'tiktok' ? tc(lang, 'engagementByFollowers') : t('panel.engagement')
              }
              shown={m ? engagementShown(m.engagement, lang) : unknownShown('too-few-posts', lang)}
              lang={lang}
            >
              {m ? (
                <BandChip band={m.band} platform={creator.platform} figure="engagement" lang={lang} />
              ) : null}
            </Metric>
            {m?.engagement.known ? (
              <Metric
                label={t('panel.engagementMean')}
                shown={{
                  known: true,
                  text: `${m.engagement.exact ? '' : '≈'}${formatPercent(m.engagement.byFollowers.mean, lang, 2)}`,
                  note: tc(lang, 'fromPosts', { n: m.engagement.postsUsed }),
                }}
                lang={lang}
              />
            ) : null}
            {m ? (
              <Metric
                label={t('panel.growth')}
                shown={
                  m.growth.known
                    ? {
                        known: true,
                        text: `${m.growth.exact ? '' : '≈'}${signed(m.growth.per30Days, lang)}`,
                        note: signedPercent(m.growth.ratePer30Days, lang),
                      }
                    : unknownShown(m.growth.reason, lang)
                }
                lang={lang}
              />
            ) : null}
            {m ? (
              <Metric
                label={t('panel.cadence')}
                shown={
                  m.cadence.known
                    ? {
                        known: true,
                        text: formatNumber(m.cadence.postsPerWeek, lang),
                        note: tc(lang, 'fromPosts', { n: m.cadence.postsUsed }),
                      }
                    : unknownShown(m.cadence.reason, lang)
                }
                lang={lang}
              />
            ) : null}
            {m && m.sponsoredShare !== null ? (
              <Metric
                label={t('panel.sponsored')}
                shown={{
                  known: true,
                  text: formatPercent(m.sponsoredShare, lang, 0),
                  note: t('panel.sponsored'),
                }}
                sub={null}
                lang={lang}
              />
            ) : null}
          </dl>
        </section>

        <section aria-labelledby="ml-p-fit">
          <h3 id="ml-p-fit" class="ml-h3">
            {t('panel.fit')}
          </h3>
          {briefs.length === 0 ? (
            <p class="ml-muted">{t('panel.noBriefs')}</p>
          ) : (
            <FitList fits={fits} lang={lang} />
          )}
        </section>

        <section aria-labelledby="ml-p-signals">
          <h3 id="ml-p-signals" class="ml-h3">
            {t('panel.signals')}
          </h3>
          {view.signals.length === 0 ? (
            <p class="ml-muted">{t('panel.noSignals')}</p>
          ) : (
            <ul class="ml-signals">
              {view.signals.map((s, i) => (
                <li key={`${s.code}-${i}`} class={`ml-signal ml-signal-${s.level}`}>
                  <span class="ml-signal-level">{t(`signal.${s.level}`)}</span>
                  <span>{describeSignal(s, lang)}</span>
                </li>
              ))}
            </ul>
          )}
        </section>

        <section aria-labelledby="ml-p-history">
          <h3 id="ml-p-history" class="ml-h3">
            {t('panel.history')}
          </h3>
          {historyError ? (
            <p class="ml-error" role="alert">
              {t('panel.historyError', { message: historyError })}
            </p>
          ) : history === null ? (
            <p class="ml-muted">{t('loading')}</p>
          ) : history.length < 2 ? (
            <p class="ml-muted">{t('panel.historyEmpty')}</p>
          ) : (
            <div class="ml-charts">
              <HistoryChart
                title={t('panel.historyFollowers')}
                times={series.times}
                values={series.followers}
                format={(v) => formatNumber(v, lang, { notation: 'compact' })}
                formatTime={(ms) => formatDate(ms, lang)}
                formatTick={(ms) => formatShortDate(ms, lang)}
                empty={t('panel.historyPointsEmpty')}
                color="#4338ca"
                width={500}
              />
              <HistoryChart
                title={t('panel.historyEngagement')}
                times={series.times}
                values={series.engagement}
                format={(v) => formatNumber(v, lang, { maximumFractionDigits: 1 })}
                formatTime={(ms) => formatDate(ms, lang)}
                formatTick={(ms) => formatShortDate(ms, lang)}
                empty={t('panel.historyPointsEmpty')}
                color="#0f766e"
                width={500}
              />
            </div>
          )}
        </section>

        {entry ? (
          <section aria-labelledby="ml-p-notes">
            <h3 id="ml-p-notes" class="ml-h3">
              <label for="ml-notes">{t('panel.notes')}</label>
            </h3>
            <textarea
              id="ml-notes"
              class="ml-textarea"
              rows={5}
              maxLength={20_000}
              value={notes}
              onInput={(e) => {
                setNotes((e.currentTarget as HTMLTextAreaElement).value);
                setNotesState('idle');
              }}
            />
            <div class="ml-actions">
              <span class="ml-muted" role="status">
                {notesState === 'saving' ? t('saving') : notesState === 'saved' ? t('saved') : ''}
              </span>
              <button
                type="button"
                class="ml-btn ml-btn-primary"
                disabled={notes === entry.notes || notesState === 'saving'}
                onClick={async () => {
                  setNotesState('saving');
                  const ok = await actions.update([creator.key], { notes });
                  setNotesState(ok ? 'saved' : 'idle');
                }}
              >
                {t('panel.notesSave')}
              </button>
            </div>
          </section>
        ) : null}
      </div>
    </dialog>
  );
}
