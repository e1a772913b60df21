/**
 * The overlay's UI, separate from the mounting code so tests render it into a
 * plain container: the card, or a small pill when collapsed. The card is
 * compact by default (followers, tier, engagement, best fit, Save) so it hides
 * little of the profile grid behind it; "More figures" opens the rest.
 *
 * State lives in one class component rather than in hooks: nothing else in the
 * overlay's content script uses hooks, and preact/hooks would add ~2.5 KB to
 * every Instagram/TikTok page.
 */
import { Component } from 'preact';
import { createT, type Lang } from '@/lib/i18n/core';
import { ft as t } from '@/lib/i18n/figure-t';
import { formatRelative } from '@/lib/i18n/format';
import { translateNotice } from '@/lib/i18n/strings/notices';
import { overlayStrings } from '@/lib/i18n/strings/overlay';
import type { CreatorView } from '@/lib/messages';
import type { Platform } from '@/lib/schema/reading';
import { BandChip } from '../shared/BandChip';
import type { Shown } from '../shared/figures';
import { Metric } from '../shared/Metric';
import type { Send } from '../shared/send';
import { type OverlayFigures, type OverlayState, overlayFigures } from './overlay-figures';

export type OverlayMode = 'shown' | 'collapsed' | 'hidden';

export interface OverlayAppProps {
  state: OverlayState;
  lang: Lang;
  mode: OverlayMode;
  onMode: (mode: OverlayMode) => void;
  send: Send;
  /** The card's secondary figures (TikTok views figures, growth, sponsored) are open. */
  details?: boolean;
  onDetails?: (open: boolean) => void;
  /** Clock for "read just now"; injectable for tests and screenshots. */
  now?: () => number;
}

const SITE: Record<Platform, string> = { instagram: 'Instagram', tiktok: 'TikTok' };

/** A metric that may still be computing in the background. */
function Figure(props: {
  testid?: string;
  label: string;
  shown: Shown | null;
  lang: Lang;
  wide?: boolean;
  /** Line under the value when it differs from the hover note. */
  sub?: string;
  quiet?: boolean;
  children?: preact.ComponentChildren;
}) {
  const tr = createT(props.lang, overlayStrings);
  if (!props.shown) {
    return (
      <div class={`ml-metric${props.wide ? ' ml-wide' : ''}`} data-testid={props.testid} aria-busy="true">
        <dt class="ml-label">{props.label}</dt>
        <dd class="ml-value-row">
          <span class="ml-pending">{tr('computing')}</span>
        </dd>
      </div>
    );
  }
  return (
    <Metric
      testid={props.testid}
      label={props.label}
      shown={props.shown}
      lang={props.lang}
      wide={props.wide}
      quiet={props.quiet}
      sub={props.shown.known ? props.sub : undefined}
    >
      {props.children}
    </Metric>
  );
}

type SaveState = {
  /** A save or unsave made here: the view it produced, and the caller's view it replaced. */
  local: { from: CreatorView | null; view: CreatorView | null } | null;
  busy: boolean;
  saveError: string | null;
};

export class OverlayApp extends Component<OverlayAppProps, SaveState> {
  override state: SaveState = { local: null, busy: false, saveError: null };

  /** The caller's view, or the one a save here produced until the caller sends a newer one. */
  private view(): CreatorView | null {
    const { local } = this.state;
    const given = this.props.state.view;
    return local && local.from === given ? local.view : given;
  }

  private toggleSave = async () => {
    if (this.state.busy) return;
    let view = this.view();
    const { recorded } = this.props.state;
    if (!view && !recorded) return;
    const { send, lang } = this.props;
    this.setState({ busy: true, saveError: null });
    try {
      // Painted before the background recorded the creator: the save waits for the record.
      if (!view) view = (await recorded) ?? null;
      if (!view) throw new Error(createT(lang, overlayStrings)('notRecorded'));
      // The caller may have sent the recorded view meanwhile: the local one replaces that.
      const from = this.props.state.view;
      if (view.entry) {
        await send({ type: 'shortlist:remove', keys: [view.creator.key] });
        this.setState({ local: { from, view: { ...view, entry: null } } });
      } else {
        this.setState({
          local: { from, view: await send({ type: 'shortlist:save', key: view.creator.key }) },
        });
      }
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      this.setState({ saveError: createT(lang, overlayStrings)('saveFailed', { message }) });
    } finally {
      this.setState({ busy: false });
    }
  };

  override render(props: OverlayAppProps) {
    if (props.mode === 'hidden') return null;
    const state = { ...props.state, view: this.view() };
    if (props.mode === 'collapsed') return <Pill {...props} state={state} />;
    return (
      <Card
        {...props}
        state={state}
        busy={this.state.busy}
        saveError={this.state.saveError}
        onSave={this.toggleSave}
      />
    );
  }
}

function Pill(props: OverlayAppProps) {
  const { lang } = props;
  const tr = createT(lang, overlayStrings);
  const f = overlayFigures(props.state, lang);
  const parts = [f.followers.known ? f.followers.text : null, f.engagement?.known ? f.engagement.text : null];
  return (
    <button
      type="button"
      class="ml-pill"
      aria-expanded="false"
      // The ✓ is decorative: the label carries the saved state.
      aria-label={f.saved ? `${tr('expandLabel')} (${t(lang, 'status.saved')})` : tr('expandLabel')}
      title={tr('expandLabel')}
      onClick={() => props.onMode('shown')}
    >
      <span class="ml-logo" aria-hidden="true">
        M
      </span>
      <span class="ml-pill-text">
        {parts.filter(Boolean).join(' · ') || (f.handle ? `@${f.handle}` : 'Microlens')}
      </span>
      {f.saved ? (
        <span class="ml-pill-saved" aria-hidden="true">
          ✓
        </span>
      ) : null}
    </button>
  );
}

function Card(props: OverlayAppProps & { busy: boolean; saveError: string | null; onSave: () => void }) {
  const { lang, state, busy, saveError } = props;
  const tr = createT(lang, overlayStrings);
  const f = overlayFigures(state, lang);
  const now = (props.now ?? Date.now)();

  const stale = f.computedAt !== null && f.readAt - f.computedAt > 60_000;
  const details = props.details ?? false;
  // The full name stays reachable on hover when two lines cannot hold it.
  const who = f.name ?? (f.handle ? `@${f.handle}` : SITE[f.platform]);
  return (
    <section class="ml-card" aria-label={tr('region')}>
      <header class="ml-head">
        <span class="ml-logo" aria-hidden="true">
          M
        </span>
        <div class="ml-who">
          <bdi class="ml-name" title={who}>
            {who}
          </bdi>
          {f.handle && f.name ? <bdi class="ml-handle ml-trunc">@{f.handle}</bdi> : null}
        </div>
        <button
          type="button"
          class="ml-icon-btn"
          aria-expanded="true"
          aria-label={tr('collapseLabel')}
          title={tr('collapse')}
          onClick={() => props.onMode('collapsed')}
        >
          <svg viewBox="0 0 16 16" aria-hidden="true">
            <path d="M3.5 8h9" />
          </svg>
        </button>
        <button
          type="button"
          class="ml-icon-btn"
          aria-label={tr('hideLabel', { site: SITE[f.platform] })}
          title={tr('hide', { site: SITE[f.platform] })}
          onClick={() => props.onMode('hidden')}
        >
          <svg viewBox="0 0 16 16" aria-hidden="true">
            <path d="M4 4l8 8M12 4l-8 8" />
          </svg>
        </button>
      </header>
      {state.error ? (
        <p class="ml-error" role="alert">
          {tr('readError', { message: translateNotice(state.error, lang) })}
        </p>
      ) : null}
      <Notices notices={state.reading.notices} except={state.error} lang={lang} />
      <dl class="ml-grid">
        <Figure testid="ml-followers" label={t(lang, 'followers')} shown={f.followers} lang={lang} />
        <Figure testid="ml-tier" label={t(lang, 'tier')} shown={f.tier} lang={lang} />
        <Figure testid="ml-engagement" label={t(lang, 'engagement')} shown={f.engagement} lang={lang} wide>
          {f.band ? <BandChip band={f.band} lang={lang} /> : null}
        </Figure>
        <Figure
          testid="ml-best-fit"
          label={tr('bestFit')}
          shown={f.bestFit}
          lang={lang}
          wide
          quiet={f.bestFit?.quiet}
        />
      </dl>
      <button
        type="button"
        class="ml-more"
        data-testid="ml-details"
        aria-expanded={details}
        aria-controls={details ? 'ml-details' : undefined}
        onClick={() => props.onDetails?.(!details)}
      >
        {details ? tr('fewerFigures') : tr('moreFigures')}
      </button>
      {details ? <DetailFigures f={f} lang={lang} /> : null}
      {saveError ? (
        <p class="ml-error" role="alert">
          {saveError}
        </p>
      ) : null}
      <footer class="ml-foot">
        <span class="ml-fresh" data-testid="ml-freshness">
          {tr('readAt', { when: formatRelative(f.readAt, now, lang) })}
          {stale && f.computedAt !== null
            ? ` · ${tr('updatedAt', { when: formatRelative(f.computedAt, now, lang) })}`
            : ''}
        </span>
        <button
          type="button"
          class="ml-btn ml-btn-primary"
          data-testid="ml-save"
          aria-pressed={f.saved}
          aria-label={t(lang, 'saveHint')}
          title={f.saved ? t(lang, 'unsaveHint') : t(lang, 'saveHint')}
          disabled={!f.key || busy}
          onClick={props.onSave}
        >
          {f.saved ? t(lang, 'saved') : t(lang, 'save')}
        </button>
      </footer>
    </section>
  );
}

/**
 * What the reader noted about the page ("Only the page summary was readable",
 * a redesign that left figures unknown): the first note as one quiet line, the
 * others on hover. Not an alert: the figures beside it already say "unknown"
 * where they are; this says why.
 */
function Notices(props: { notices: readonly string[]; except: string | undefined; lang: Lang }) {
  const { lang } = props;
  const notes = props.notices.filter((n) => n !== props.except).map((n) => translateNotice(n, lang));
  const [first, ...rest] = notes;
  if (first === undefined) return null;
  const tr = createT(lang, overlayStrings);
  return (
    <p class="ml-notice" data-testid="ml-notice" title={notes.join('\n')}>
      {first}
      {rest.length > 0 ? (
        <span class="ml-notice-more"> · {tr('moreNotices', { n: rest.length })}</span>
      ) : null}
    </p>
  );
}

/** The figures behind "More figures": views-based ones on TikTok, growth, sponsored share. */
function DetailFigures(props: { f: OverlayFigures; lang: Lang }) {
  const { f, lang } = props;
  const tr = createT(lang, overlayStrings);
  return (
    <dl class="ml-grid" id="ml-details">
      {f.viewsEngagement !== undefined ? (
        <Figure
          testid="ml-views-engagement"
          label={tr('viewsEngagement')}
          shown={f.viewsEngagement}
          lang={lang}
        />
      ) : null}
      {f.viewRate !== undefined ? (
        <Figure testid="ml-view-rate" label={tr('viewRate')} shown={f.viewRate} lang={lang} />
      ) : null}
      <Figure testid="ml-growth" label={tr('growth')} shown={f.growth} lang={lang} />
      <Figure
        testid="ml-sponsored"
        label={tr('sponsored')}
        shown={f.sponsored}
        lang={lang}
        sub={tr('sponsoredNote')}
      />
    </dl>
  );
}
