/**
 * Fit against each saved brief, best first: score bar and the reasons that
 * matter most (a missed must-have, then what counts against, then for — so a
 * low score shows why it is low before any reassuring line); each row expands
 * to every reason.
 */
import { useState } from 'preact/hooks';
import { describeReason } from '@/lib/fit/explain';
import { type Lang, t } from '@/lib/i18n';
import type { FitReason, FitResult } from '@/lib/schema/fit';

const TOP_REASONS = 3;

function reasonRank(r: FitReason): number {
  if (r.hard) return 0;
  if (r.polarity === 'negative') return 1;
  if (r.polarity === 'positive') return 2;
  return 3;
}

/** Reasons in the order a marketer should read them; stable within a rank. */
export function orderReasons(reasons: readonly FitReason[]): FitReason[] {
  return reasons
    .map((r, i) => ({ r, i }))
    .sort((a, b) => reasonRank(a.r) - reasonRank(b.r) || a.i - b.i)
    .map((x) => x.r);
}

function FitRow(props: { fit: FitResult; lang: Lang; lowReasons: number; topReasons: number }) {
  const { fit, lang } = props;
  const [open, setOpen] = useState(false);
  const reasons = orderReasons(fit.reasons);
  const score = Math.round(fit.score);
  const top = score < 40 ? Math.min(props.lowReasons, props.topReasons) : props.topReasons;
  const shown = open ? reasons : reasons.slice(0, top);
  const level = score >= 70 ? 'good' : score >= 40 ? 'fair' : 'poor';
  return (
    <li class="ml-fit-row" data-testid="ml-fit-row" data-score={score}>
      <div class="ml-fit-head">
        {/* The name wraps rather than being cut; the must-have badge has a line of its own below. */}
        <bdi class="ml-fit-name">{fit.briefName}</bdi>
        <span class={`ml-fit-score ml-fit-${level}`} aria-hidden="true">
          {score}
        </span>
        <span class="ml-sr">{t(lang, 'fit.scoreLabel', { brief: fit.briefName, score })}</span>
      </div>
      {reasons[0]?.hard ? (
        <div class="ml-fit-badges">
          <span class="ml-fit-miss">{t(lang, 'fit.hard')}</span>
        </div>
      ) : null}
      <div class="ml-bar" aria-hidden="true">
        <span class={`ml-bar-fill ml-fit-${level}`} style={{ width: `${score}%` }} />
      </div>
      {shown.length > 0 ? (
        <ul class="ml-reasons">
          {shown.map((r, i) => (
            <li key={i} class={`ml-reason ml-reason-${r.hard ? 'hard' : r.polarity}`}>
              <span class="ml-reason-mark" aria-hidden="true">
                {r.polarity === 'positive' ? '+' : r.polarity === 'negative' ? '−' : '·'}
              </span>
              <span>
                {describeReason(r, lang)}
                {r.hard ? <span class="ml-hard"> ({t(lang, 'fit.hard')})</span> : null}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      {reasons.length > top ? (
        <button type="button" class="ml-link" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? t(lang, 'fit.less') : t(lang, 'fit.more', { n: reasons.length })}
        </button>
      ) : null}
    </li>
  );
}

/**
 * `lowReasons`: how many reasons a poor fit (< 40) shows before "All n reasons";
 * `topReasons`: how many any fit shows; `limit`: how many briefs show before "All n
 * briefs". The popup (600 px tall) shows the best three with one reason each, so the
 * status control below them is in view without scrolling.
 */
export function FitList(props: {
  fits: readonly FitResult[];
  lang: Lang;
  lowReasons?: number;
  topReasons?: number;
  limit?: number;
}) {
  const [all, setAll] = useState(false);
  if (props.fits.length === 0) return <p class="ml-muted">{t(props.lang, 'fit.none')}</p>;
  // Best first even if a caller passes them unsorted; ties keep the caller's order.
  const fits = [...props.fits].sort((a, b) => b.score - a.score);
  const limit = props.limit ?? fits.length;
  const shown = all ? fits : fits.slice(0, limit);
  return (
    <>
      <ul class="ml-fit-list">
        {shown.map((f) => (
          <FitRow
            key={f.briefId}
            fit={f}
            lang={props.lang}
            lowReasons={props.lowReasons ?? TOP_REASONS}
            topReasons={props.topReasons ?? TOP_REASONS}
          />
        ))}
      </ul>
      {fits.length > limit ? (
        <button type="button" class="ml-link" aria-expanded={all} onClick={() => setAll(!all)}>
          {all
            ? t(props.lang, 'fit.fewerBriefs', { n: limit })
            : t(props.lang, 'fit.allBriefs', { n: fits.length })}
        </button>
      ) : null}
    </>
  );
}
