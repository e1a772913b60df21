/** Authenticity signals as sentences with a level mark: reassuring, worth a look, likely a problem. */

import { type Lang, t } from '@/lib/i18n';
import { describeSignal } from '@/lib/metrics/authenticity-explain';
import type { AuthenticitySignal } from '@/lib/schema/fit';

const MARK = { ok: '✓', watch: '!', concern: '⚠' } as const;
const ORDER = { concern: 0, watch: 1, ok: 2 } as const;

export function SignalList(props: { signals: readonly AuthenticitySignal[]; lang: Lang; empty: string }) {
  const { lang } = props;
  if (props.signals.length === 0) return <p class="ml-muted">{props.empty}</p>;
  // Problems first: what a marketer must not miss.
  const signals = [...props.signals].sort((a, b) => ORDER[a.level] - ORDER[b.level]);
  return (
    <ul class="ml-signals">
      {signals.map((s, i) => (
        <li key={`${s.code}-${i}`} class={`ml-signal ml-signal-${s.level}`} data-level={s.level}>
          <span class="ml-signal-mark" aria-hidden="true">
            {MARK[s.level]}
          </span>
          <span class="ml-sr">{t(lang, `signal.${s.level}`)}: </span>
          <span>{describeSignal(s, lang)}</span>
        </li>
      ))}
    </ul>
  );
}
