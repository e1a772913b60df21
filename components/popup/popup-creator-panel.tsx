/**
 * The popup's creator card: who, the key figures, fit per brief (the question
 * the popup answers first), shortlist controls, then signals.
 */

import { ShortlistControls } from '@/components/popup/shortlist-controls';
import { BandChip } from '@/components/shared/band-chip';
import {
  countShown,
  engagementShown,
  medianViewsShown,
  tierShown,
  viewRateShown,
} from '@/components/shared/figures';
import { FitList } from '@/components/shared/fit-list';
import { Metric } from '@/components/shared/metric';
import { SignalList } from '@/components/shared/signal-list';
import { createT, type Lang, t } from '@/lib/i18n';
import { overlayStrings } from '@/lib/i18n/strings/overlay';
import { popupStrings } from '@/lib/i18n/strings/popup';
import type { Send } from '@/lib/protocol/client';
import type { CreatorView } from '@/lib/schema/views';

/** Up to two letters for the avatar, from the name's first words (or the handle). */
export function initials(name: string | null, handle: string): string {
  const words = (name ?? '').split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  const letters =
    words.length > 0
      ? words.slice(0, 2).map((w) => [...w.replace(/^[^\p{L}\p{N}]+/u, '')][0] ?? '')
      : [...handle].slice(0, 2);
  return letters.join('').toLocaleUpperCase() || '?';
}

/** A stable hue per creator so avatars differ at a glance. */
function hueOf(key: string): number {
  let h = 0;
  for (const ch of key) h = (h * 31 + ch.charCodeAt(0)) % 360;
  return h;
}

export function PopupCreatorPanel(props: {
  view: CreatorView;
  lang: Lang;
  send: Send;
  onView: (view: CreatorView) => void;
}) {
  const { view, lang } = props;
  const tr = createT(lang, popupStrings);
  const to = createT(lang, overlayStrings);
  const c = view.creator;
  const m = c.metrics;
  const pending = { known: false as const, reason: to('reason.not-recorded') };
  return (
    <article class="ml-creator" aria-labelledby="ml-creator-name">
      <header class="ml-creator-head">
        <span class="ml-avatar" aria-hidden="true" style={{ '--ml-hue': String(hueOf(c.key)) }}>
          {initials(c.displayName, c.handle)}
        </span>
        <div class="ml-who">
          <bdi id="ml-creator-name" class="ml-name ml-trunc" title={c.displayName ?? c.handle}>
            {c.displayName ?? `@${c.handle}`}
          </bdi>
          <span class="ml-handle ml-trunc">
            <bdi>@{c.handle}</bdi> · {t(lang, `platform.${c.platform}`)}
            {c.verified ? ` · ${tr('verified')}` : ''}
            {c.private ? ` · ${tr('private')}` : ''}
          </span>
        </div>
      </header>
      <dl class="ml-grid ml-grid-3">
        <Metric
          testid="ml-followers"
          label={t(lang, 'followers')}
          shown={countShown(c.followers, lang)}
          lang={lang}
        />
        <Metric
          testid="ml-tier"
          label={t(lang, 'tier')}
          shown={m ? tierShown(m.tier, lang) : pending}
          lang={lang}
          sub={null}
        />
        {c.platform === 'tiktok' ? (
          <>
            {/* TikTok: the views-based rate is the headline and carries the band; median views next. */}
            <Metric
              testid="ml-views-engagement"
              label={to('viewsEngagement')}
              shown={m ? engagementShown(m.views, lang) : pending}
              lang={lang}
            >
              {m ? <BandChip band={m.band} platform="tiktok" figure="viewsEngagement" lang={lang} /> : null}
            </Metric>
            <Metric
              testid="ml-median-views"
              label={t(lang, 'medianViews')}
              shown={m ? medianViewsShown(m.viewRate, lang) : pending}
              lang={lang}
            />
            <Metric
              testid="ml-view-rate"
              label={to('viewRate')}
              shown={m ? viewRateShown(m.viewRate, lang, to('viewRateNote')) : pending}
              lang={lang}
            />
            <Metric
              testid="ml-engagement"
              label={t(lang, 'engagementByFollowers')}
              shown={m ? engagementShown(m.engagement, lang) : pending}
              lang={lang}
            >
              {m ? <BandChip band={m.band} platform="tiktok" figure="engagement" lang={lang} /> : null}
            </Metric>
          </>
        ) : (
          <Metric
            testid="ml-engagement"
            label={t(lang, 'engagement')}
            shown={m ? engagementShown(m.engagement, lang) : pending}
            lang={lang}
          >
            {m ? <BandChip band={m.band} platform={c.platform} figure="engagement" lang={lang} /> : null}
          </Metric>
        )}
      </dl>
      {/* Above the fold at 600 px: figures, the shortlist status, the three best briefs (one
          reason each); notes, the other briefs and signals follow. */}
      <section class="ml-section" aria-labelledby="ml-h-short">
        {/* Named for screen readers; on screen the Status label says it (room above the fold). */}
        <h2 id="ml-h-short" class="ml-sr">
          {tr('sectionShortlist')}
        </h2>
        <ShortlistControls view={view} lang={lang} send={props.send} onView={props.onView} part="status" />
      </section>
      <section class="ml-section" aria-labelledby="ml-h-fit">
        <h2 id="ml-h-fit" class="ml-h">
          {tr('sectionFit')}
        </h2>
        <FitList fits={view.fits} lang={lang} lowReasons={1} topReasons={1} limit={3} />
      </section>
      {view.entry ? (
        <section class="ml-section" aria-label={tr('notes')}>
          <ShortlistControls view={view} lang={lang} send={props.send} onView={props.onView} part="notes" />
        </section>
      ) : null}
      <section class="ml-section" aria-labelledby="ml-h-signals">
        <h2 id="ml-h-signals" class="ml-h">
          {tr('sectionSignals')}
        </h2>
        <SignalList signals={view.signals} lang={lang} empty={tr('noSignals')} />
      </section>
    </article>
  );
}
