/**
 * Renders an OverlayCard (lib/overlay-card/model.ts: words ready to show) as
 * the card, or as the small pill when collapsed. Builds fresh elements on
 * each paint: the card repaints a few times per visit (first figures, the
 * worker's figures, a save), so there is nothing to gain from diffing, and
 * the caller keeps keyboard focus across repaints (create-overlay.ts).
 */
import type { CardFigure, OverlayCard } from '@/lib/overlay-card/model';
import { button, h, icon } from './dom';

export type OverlayMode = 'shown' | 'collapsed' | 'hidden';

/** What the card shows beside the model: local, per tab. */
export interface CardUi {
  mode: OverlayMode;
  /** "More figures" is open. */
  details: boolean;
  /** A save or unsave is under way. */
  busy: boolean;
  saveError: string | null;
}

export interface CardActions {
  onMode(mode: OverlayMode): void;
  onDetails(open: boolean): void;
  onSave(): void;
}

let lastId = 0;

/** The card's root element for this mode, or null when hidden. */
export function renderCard(card: OverlayCard, ui: CardUi, act: CardActions): HTMLElement | null {
  if (ui.mode === 'hidden') return null;
  return ui.mode === 'collapsed' ? pill(card, act) : fullCard(card, ui, act);
}

function pill(card: OverlayCard, act: CardActions): HTMLElement {
  const { labels } = card;
  return button(
    {
      class: 'ml-pill',
      'aria-expanded': 'false',
      // The ✓ is decorative: the label carries the saved state.
      'aria-label': card.saved ? `${labels.expandLabel} (${labels.savedStatus})` : labels.expandLabel,
      title: labels.expandLabel,
    },
    () => act.onMode('shown'),
    h('span', { class: 'ml-logo', 'aria-hidden': 'true' }, 'M'),
    h('span', { class: 'ml-pill-text' }, card.pill),
    card.saved && h('span', { class: 'ml-pill-saved', 'aria-hidden': 'true' }, '✓'),
  );
}

function fullCard(card: OverlayCard, ui: CardUi, act: CardActions): HTMLElement {
  const { labels, platform } = card;
  const notice = card.notice;
  return h(
    'section',
    { class: 'ml-card', 'aria-label': labels.region },
    h(
      'header',
      { class: 'ml-head' },
      h('span', { class: 'ml-logo', 'aria-hidden': 'true' }, 'M'),
      h(
        'div',
        { class: 'ml-who' },
        // The full name stays reachable on hover when two lines cannot hold it.
        h('bdi', { class: 'ml-name', title: card.who }, card.who),
        card.handle !== null && h('bdi', { class: 'ml-handle ml-trunc' }, card.handle),
      ),
      button(
        {
          class: 'ml-icon-btn',
          'aria-expanded': 'true',
          'aria-label': labels.collapseLabel,
          title: labels.collapse,
        },
        () => act.onMode('collapsed'),
        icon('M3.5 8h9'),
      ),
      button(
        { class: 'ml-icon-btn', 'aria-label': labels.hideLabel[platform], title: labels.hide[platform] },
        () => act.onMode('hidden'),
        icon('M4 4l8 8M12 4l-8 8'),
      ),
    ),
    card.error !== null && h('p', { class: 'ml-error', role: 'alert' }, card.error),
    // Not an alert: the figures beside it already say "unknown" where they are; this says why.
    notice !== null &&
      h(
        'p',
        { class: 'ml-notice', 'data-testid': 'ml-notice', title: notice.all },
        notice.first,
        notice.more !== null && h('span', { class: 'ml-notice-more' }, ` · ${notice.more}`),
      ),
    h('dl', { class: 'ml-grid' }, ...card.figures.map((f) => figure(f))),
    button(
      {
        class: 'ml-more',
        'data-testid': 'ml-details',
        'aria-expanded': String(ui.details),
        'aria-controls': ui.details && 'ml-details',
      },
      () => act.onDetails(!ui.details),
      ui.details ? labels.fewerFigures : labels.moreFigures,
    ),
    ui.details && h('dl', { class: 'ml-grid', id: 'ml-details' }, ...card.details.map((f) => figure(f))),
    ui.saveError !== null && h('p', { class: 'ml-error', role: 'alert' }, ui.saveError),
    h(
      'footer',
      { class: 'ml-foot' },
      h('span', { class: 'ml-fresh', 'data-testid': 'ml-freshness' }, card.freshness),
      button(
        {
          class: 'ml-btn ml-btn-primary',
          'data-testid': 'ml-save',
          'aria-pressed': String(card.saved),
          'aria-label': labels.saveHint,
          title: card.saved ? labels.unsaveHint : labels.saveHint,
          disabled: (!card.key || ui.busy) && '',
        },
        act.onSave,
        card.saved ? labels.saved : labels.save,
      ),
    ),
  );
}

/** One labelled figure: a value with its note on hover and for screen readers, "unknown" with why, or pending. */
function figure(f: CardFigure): HTMLElement {
  const cls = `ml-metric${f.wide ? ' ml-wide' : ''}${f.quiet && f.state !== 'pending' ? ' ml-quiet' : ''}`;
  const row = h('dd', { class: 'ml-value-row' });
  if (f.state === 'pending') {
    row.append(h('span', { class: 'ml-pending' }, f.text));
    return h(
      'div',
      { class: cls, 'data-testid': f.id, 'aria-busy': 'true' },
      h('dt', { class: 'ml-label' }, f.label),
      row,
    );
  }
  const unknown = f.state === 'unknown';
  if (f.note === '' && !unknown) row.append(h('span', { class: 'ml-value' }, f.text));
  else {
    const id = `ml-desc-${++lastId}`;
    row.append(
      h(
        'span',
        {
          class: unknown ? 'ml-value ml-unknown' : 'ml-value',
          title: f.note,
          'aria-describedby': id,
          // Unknown figures take focus so keyboard users can reach the reason too.
          tabindex: unknown && '0',
        },
        f.text,
      ),
      h('span', { id, class: 'ml-sr' }, f.note),
    );
  }
  if (f.chip) {
    row.append(
      h(
        'span',
        { class: `ml-chip ml-band-${f.chip.band}`, title: f.chip.title, 'data-band': f.chip.band },
        f.chip.text,
      ),
    );
  }
  return h(
    'div',
    { class: cls, 'data-testid': f.id },
    h('dt', { class: 'ml-label' }, f.label),
    row,
    f.sub !== '' && h('dd', { class: 'ml-sub' }, f.sub),
  );
}
