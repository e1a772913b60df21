// @vitest-environment happy-dom
/**
 * The card as the marketer sees it: the worker's words (buildOverlayCard) or the
 * page's provisional card, painted by renderCard. Saving and repainting are in
 * create-overlay.test.ts.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Lang } from '@/lib/i18n/core';
import { buildOverlayCard } from '@/lib/overlay-card/build-card';
import { cardLabels } from '@/lib/overlay-card/labels';
import type { Reading } from '@/lib/schema/reading';
import type { CreatorView } from '@/lib/schema/views';
import {
  NOW,
  sampleEntry,
  sampleReading,
  sampleTiktokReading,
  sampleTiktokView,
  sampleUnknownView,
  sampleView,
} from '@/tests/support/ui-sample-views';
import { provisionalCard } from './provisional-card';
import { type CardUi, type OverlayMode, renderCard } from './render-card';

let container: HTMLElement;
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => container.remove());

type MountOptions = {
  reading?: Reading;
  view?: CreatorView | null;
  error?: string;
  lang?: Lang;
  recording?: boolean;
  ui?: Partial<CardUi>;
};
const acted: { mode: OverlayMode[]; details: boolean[]; saves: number } = { mode: [], details: [], saves: 0 };

/** The worker's card when there is a view (or an error), else the page's provisional one. */
function mount(o: MountOptions = {}) {
  const reading = o.reading ?? sampleReading();
  const view = o.view === undefined ? sampleView() : o.view;
  const lang = o.lang ?? 'en';
  const card =
    view || o.error
      ? buildOverlayCard({ reading, view, lang, now: NOW, ...(o.error ? { error: o.error } : {}) })
      : provisionalCard(reading, cardLabels(lang), { recording: o.recording ?? false });
  acted.mode = [];
  acted.details = [];
  acted.saves = 0;
  const root = renderCard(
    card,
    { mode: 'shown', details: false, busy: false, saveError: null, ...o.ui },
    {
      onMode: (m) => acted.mode.push(m),
      onDetails: (open) => acted.details.push(open),
      onSave: () => acted.saves++,
    },
  );
  container.replaceChildren(...(root ? [root] : []));
}

const byTestId = (id: string) => container.querySelector<HTMLElement>(`[data-testid="${id}"]`);
const text = (id: string) => byTestId(id)?.textContent ?? '';

describe('overlay card figures', () => {
  it('shows exact followers, tier, engagement with band and post count (English)', () => {
    mount({ ui: { details: true } });
    expect(text('ml-followers')).toContain('3,351');
    expect(text('ml-followers')).not.toContain('≈');
    expect(byTestId('ml-followers')?.querySelector('[title]')?.getAttribute('title')).toBe('Exact count');
    expect(text('ml-tier')).toContain('micro');
    expect(text('ml-engagement')).toContain('5.34%');
    expect(text('ml-engagement')).toContain('typical');
    expect(text('ml-engagement')).toContain('from 12 posts');
    expect(text('ml-growth')).toContain('+240');
    expect(text('ml-sponsored')).toContain('25%');
    expect(text('ml-best-fit')).toContain('82');
    expect(text('ml-best-fit')).toContain('Ramadan food campaign');
    expect(text('ml-freshness')).toBe('read just now');
    // Instagram has no views-based figures.
    expect(byTestId('ml-views-engagement')).toBeNull();
  });

  it('says the same in Indonesian with Indonesian number formats', () => {
    mount({ lang: 'id' });
    expect(text('ml-followers')).toContain('3.351');
    expect(text('ml-tier')).toContain('mikro');
    expect(text('ml-engagement')).toContain('5,34%');
    expect(text('ml-engagement')).toContain('rata-rata');
    expect(text('ml-engagement')).toContain('dari 12 postingan');
    expect(text('ml-freshness')).toBe('dibaca beberapa detik yang lalu');
    expect(text('ml-save')).toBe('Simpan');
  });

  it('marks rounded TikTok counts with ≈, shows the range on hover, the ambiguous tier and views figures', () => {
    mount({ reading: sampleTiktokReading(), view: sampleTiktokView(), ui: { details: true } });
    expect(text('ml-followers')).toContain('≈1.1M');
    expect(byTestId('ml-followers')?.querySelector('[title]')?.getAttribute('title')).toBe(
      'Rounded by the site: 1,100,000–1,199,999',
    );
    expect(text('ml-tier')).toContain('micro or macro');
    // The band sits beside the views-based rate it belongs to, never beside the follower-based one.
    expect(text('ml-views-engagement')).toContain('≈8.7%');
    expect(byTestId('ml-views-engagement')?.querySelector('[data-band]')?.getAttribute('data-band')).toBe(
      'high',
    );
    expect(text('ml-median-views')).toContain('≈242.9K');
    expect(text('ml-engagement')).toContain('≈4.12%');
    expect(byTestId('ml-engagement')?.querySelector('[data-band]')).toBeNull();
    expect(container.querySelectorAll('[data-band]').length).toBe(1);
    expect(text('ml-view-rate')).toContain('≈31%');
    mount({ reading: sampleTiktokReading(), view: sampleTiktokView(), lang: 'id' });
    expect(text('ml-followers')).toContain('≈1,1 jt');
    expect(text('ml-tier')).toContain('mikro atau makro');
  });

  it('says unknown with the reason on hover and for screen readers', () => {
    mount({ view: sampleUnknownView(), ui: { details: true } });
    const unknown = byTestId('ml-engagement')?.querySelector<HTMLElement>('.ml-unknown');
    expect(unknown?.textContent).toBe('unknown');
    expect(unknown?.getAttribute('title')).toBe('The creator hides like counts.');
    const describedBy = unknown?.getAttribute('aria-describedby') ?? '';
    expect(container.querySelector(`[id="${describedBy}"]`)?.textContent).toBe(
      'The creator hides like counts.',
    );
    expect(unknown?.tabIndex).toBe(0);
    expect(byTestId('ml-engagement')?.querySelector('[data-band]')).toBeNull();
    expect(text('ml-growth')).toContain('unknown');
    expect(byTestId('ml-growth')?.querySelector('.ml-unknown')?.getAttribute('title')).toBe(
      'Growth needs two visits some days apart.',
    );
    expect(text('ml-best-fit')).toContain('no briefs yet');
    expect(byTestId('ml-best-fit')?.classList.contains('ml-quiet')).toBe(true);

    mount({ view: sampleUnknownView(), lang: 'id' });
    const unknownId = byTestId('ml-engagement')?.querySelector('.ml-unknown');
    expect(unknownId?.textContent).toBe('tidak diketahui');
    expect(unknownId?.getAttribute('title')).toBe('Kreator menyembunyikan jumlah suka.');
  });

  it('shows the followers from the page while the worker is still computing, in either language', () => {
    mount({ reading: sampleTiktokReading(), view: null });
    expect(text('ml-followers')).toContain('≈1.1M');
    expect(byTestId('ml-followers')?.querySelector('[title]')?.getAttribute('title')).toBe(
      'Rounded by the site: 1,100,000–1,199,999',
    );
    expect(text('ml-engagement')).toContain('computing…');
    expect(byTestId('ml-engagement')?.getAttribute('aria-busy')).toBe('true');
    // Nothing being recorded: nothing to save.
    expect(byTestId('ml-save')?.hasAttribute('disabled')).toBe(true);
    mount({ reading: sampleReading(), view: null, lang: 'id', recording: true });
    expect(text('ml-followers')).toContain('3.351');
    expect(byTestId('ml-followers')?.querySelector('[title]')?.getAttribute('title')).toBe('Angka persis');
    expect(text('ml-tier')).toContain('menghitung…');
    // Being recorded: Save may be pressed (it waits for the record).
    expect(byTestId('ml-save')?.hasAttribute('disabled')).toBe(false);
  });

  it('says unknown, not zero, when the page shows no follower count', () => {
    for (const view of [null, sampleUnknownView()]) {
      mount({
        reading: sampleReading({ followers: null }),
        view: view && { ...view, creator: { ...view.creator, followers: null } },
      });
      expect(text('ml-followers')).toContain('unknown');
      expect(text('ml-followers')).not.toMatch(/\d/);
    }
  });

  it('shows a read error in words', () => {
    mount({ view: null, error: 'no counts on this page' });
    expect(container.querySelector('[role="alert"]')?.textContent).toBe(
      'Could not read this page: no counts on this page',
    );
  });
});

describe('save button', () => {
  it('shows the saved state, and asks for a save on click', () => {
    mount();
    const button = byTestId('ml-save')!;
    expect(button.getAttribute('aria-pressed')).toBe('false');
    expect(button.textContent).toBe('Save');
    button.click();
    expect(acted.saves).toBe(1);
    mount({ view: sampleView({ entry: sampleEntry('instagram:sari.kuliner', 'contacted') }) });
    expect(byTestId('ml-save')?.getAttribute('aria-pressed')).toBe('true');
    expect(byTestId('ml-save')?.textContent).toBe('Saved ✓');
  });

  it('is disabled while a save is under way, and shows why one failed as an alert', () => {
    mount({ ui: { busy: true, saveError: 'Could not save: storage is full' } });
    expect(byTestId('ml-save')?.hasAttribute('disabled')).toBe(true);
    expect(container.querySelector('[role="alert"]')?.textContent).toBe('Could not save: storage is full');
  });
});

describe('reader notices', () => {
  const META_ONLY =
    'Only the page summary was readable (logged-out view?): counts may be rounded or lag, posts are not listed.';
  const FREE = 'The page header shows @someone.else, not @sari.kuliner: its figures were not read.';

  it('shows the first notice as one quiet line (not an alert), the others on hover', () => {
    mount({ reading: sampleReading({ notices: [META_ONLY, FREE] }) });
    const line = byTestId('ml-notice')!;
    expect(line.textContent).toBe(`${META_ONLY} · 1 more note`);
    expect(line.getAttribute('title')).toBe(`${META_ONLY}\n${FREE}`);
    expect(line.getAttribute('role')).toBeNull();
    expect(container.querySelector('[role="alert"]')).toBeNull();
  });

  it('translates a known notice and keeps free text in English', () => {
    mount({ reading: sampleReading({ notices: [META_ONLY, FREE] }), lang: 'id' });
    const line = byTestId('ml-notice')!;
    expect(line.textContent).toMatch(/^Hanya ringkasan halaman yang terbaca/);
    expect(line.getAttribute('title')).toContain(FREE);
  });

  it('shows nothing without notices, and does not repeat the one the error already says', () => {
    mount();
    expect(byTestId('ml-notice')).toBeNull();
    const why = 'No counts found on this page.';
    mount({ reading: sampleReading({ notices: [why] }), view: null, error: why, lang: 'id' });
    expect(byTestId('ml-notice')).toBeNull();
    expect(container.querySelector('[role="alert"]')?.textContent).toBe(
      'Halaman ini tidak bisa dibaca: Tidak ada angka di halaman ini.',
    );
  });
});

describe('compact card and more figures', () => {
  it('shows the key figures and Save by default; the rest behind "More figures"', () => {
    mount({ reading: sampleTiktokReading(), view: sampleTiktokView() });
    for (const id of [
      'ml-followers',
      'ml-tier',
      'ml-views-engagement',
      'ml-median-views',
      'ml-view-rate',
      'ml-best-fit',
      'ml-save',
    ]) {
      expect(byTestId(id), id).not.toBeNull();
    }
    for (const id of ['ml-engagement', 'ml-growth', 'ml-sponsored']) {
      expect(byTestId(id), id).toBeNull();
    }
    const more = byTestId('ml-details')!;
    expect(more.textContent).toBe('More figures');
    expect(more.getAttribute('aria-expanded')).toBe('false');
    more.click();
    expect(acted.details).toEqual([true]);
  });

  it('shows every figure when open, and offers to close them again', () => {
    mount({ reading: sampleTiktokReading(), view: sampleTiktokView(), ui: { details: true }, lang: 'id' });
    for (const id of ['ml-engagement', 'ml-growth', 'ml-sponsored']) {
      expect(byTestId(id), id).not.toBeNull();
    }
    const less = byTestId('ml-details')!;
    expect(less.getAttribute('aria-expanded')).toBe('true');
    expect(container.querySelector(`#${less.getAttribute('aria-controls')}`)).not.toBeNull();
    expect(less.textContent).toBe('Sembunyikan angka lainnya');
    less.click();
    expect(acted.details).toEqual([false]);
  });

  it('gives a long display name two lines and its full text on hover', () => {
    const name = 'Nadia Putri | Skincare Lokal Jujur untuk Kulit Berminyak';
    mount({ reading: sampleReading({ displayName: name }) });
    const el = container.querySelector<HTMLElement>('.ml-name')!;
    expect(el.textContent).toBe(name);
    expect(el.getAttribute('title')).toBe(name);
    expect(el.classList.contains('ml-trunc')).toBe(false);
    expect(container.querySelector('.ml-handle')?.textContent).toBe('@sari.kuliner');
  });
});

describe('collapse and hide', () => {
  it('collapses to a pill, expands back, and hides', () => {
    mount();
    const [collapse, hide] = [...container.querySelectorAll<HTMLButtonElement>('.ml-head button')];
    expect(collapse?.getAttribute('aria-label')).toBe('Collapse the Microlens card');
    expect(hide?.getAttribute('aria-label')).toContain('Hide Microlens on Instagram');
    collapse!.click();
    hide!.click();
    expect(acted.mode).toEqual(['collapsed', 'hidden']);

    mount({ ui: { mode: 'collapsed' } });
    const pill = container.querySelector<HTMLButtonElement>('.ml-pill')!;
    expect(pill.textContent).toContain('3,351 · 5.34%');
    expect(pill.getAttribute('aria-expanded')).toBe('false');
    expect(byTestId('ml-save')).toBeNull();
    pill.click();
    expect(acted.mode).toEqual(['shown']);

    mount({ ui: { mode: 'hidden' } });
    expect(container.childElementCount).toBe(0);
  });
});

describe('keyboard', () => {
  it('reaches collapse, hide, every unknown reason, the figures toggle and save in order, all labelled', () => {
    mount({ view: sampleUnknownView(), ui: { details: true } });
    const focusable = [...container.querySelectorAll<HTMLElement>('button, [tabindex="0"]')];
    const names = focusable.map((el) => el.getAttribute('aria-label') ?? el.textContent);
    expect(names).toEqual([
      'Collapse the Microlens card',
      'Hide Microlens on Instagram. Show it again from the toolbar popup.',
      'unknown',
      // The disclosure comes before the figures it opens.
      'Fewer figures',
      'unknown',
      'unknown',
      'Save to shortlist',
    ]);
    for (const b of container.querySelectorAll('button')) expect(b.getAttribute('type')).toBe('button');
  });
});

describe('hostile page text', () => {
  const hostile = `\u202E<img src=x onerror=alert(1)>=HYPERLINK("http://evil.example","x")${'w'.repeat(10_000)}`;

  it('renders markup, formulas, RTL overrides and huge strings as inert, isolated text', () => {
    const view = sampleView();
    view.fits[0]!.briefName = '<img src=y onerror=alert(2)>';
    for (const v of [view, null]) {
      mount({ reading: sampleReading({ displayName: hostile }), view: v });
      expect(container.querySelector('img')).toBeNull();
      const name = container.querySelector('.ml-name')!;
      expect(name.tagName).toBe('BDI');
      expect(name.textContent).toBe(hostile);
      // Clamped to two lines by CSS; the whole text is only ever text (and the hover title).
      expect(name.getAttribute('title')).toBe(hostile);
    }
    mount({ reading: sampleReading({ displayName: hostile }), view });
    expect(text('ml-best-fit')).toContain('<img src=y onerror=alert(2)>');
  });
});
