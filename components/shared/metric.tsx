/** One labelled figure of a card: known value with its note, or "unknown" with the reason. */
import type { ComponentChildren } from 'preact';
import type { Lang } from '@/lib/i18n/core';
import { ft as t } from '@/lib/i18n/figure-t';
import { Described } from './described';
import type { Shown } from './figures';

export function UnknownValue(props: { reason: string; lang: Lang }) {
  return (
    <Described class="ml-value ml-unknown" desc={props.reason} focusable>
      {t(props.lang, 'unknown')}
    </Described>
  );
}

export function Metric(props: {
  testid?: string;
  label: string;
  shown: Shown;
  lang: Lang;
  /** Chips after the value (benchmark band…). */
  children?: ComponentChildren;
  /** Small line under the value ("from 12 posts"); defaults to the note of a known figure. */
  sub?: string | null;
  /** Spans both columns of the grid. */
  wide?: boolean;
  /** A placeholder rather than a figure ("no briefs yet"): shown small and muted. */
  quiet?: boolean;
}) {
  const { shown } = props;
  const sub = props.sub === undefined ? (shown.known ? shown.note : null) : props.sub;
  return (
    <div
      class={`ml-metric${props.wide ? ' ml-wide' : ''}${props.quiet ? ' ml-quiet' : ''}`}
      data-testid={props.testid}
    >
      <dt class="ml-label">{props.label}</dt>
      <dd class="ml-value-row">
        {shown.known && !shown.note ? <span class="ml-value">{shown.text}</span> : null}
        {shown.known && shown.note ? (
          <Described class="ml-value" desc={shown.note}>
            {shown.text}
          </Described>
        ) : null}
        {!shown.known ? <UnknownValue reason={shown.reason} lang={props.lang} /> : null}
        {props.children}
      </dd>
      {sub ? <dd class="ml-sub">{sub}</dd> : null}
    </div>
  );
}
