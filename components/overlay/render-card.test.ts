// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CreatorView } from '@/lib/messages';
import {
  NOW,
  sampleReading,
  sampleTiktokReading,
  sampleTiktokView,
  sampleUnknownView,
  sampleView,
} from '@/tests/fixtures/ui-sample-views';
import type { Send } from '../shared/send';
import { OverlayApp, type OverlayAppProps } from './OverlayApp';

let container: HTMLElement;
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => {
  render(null, container);
  container.remove();
});

const noSend: Send = async () => {
  throw new Error('unexpected message');
};

function mount(over: Partial<OverlayAppProps> = {}) {
  const props: OverlayAppProps = {
    state: { reading: sampleReading(), view: sampleView() },
    lang: 'en',
    mode: 'shown',
    onMode: () => {},
    send: noSend,
    now: () => NOW,
    ...over,
  };
  act(() => render(<OverlayApp {...props} />, container));
}

const byTestId = (id: string) => container.querySelector<HTMLElement>(`[data-testid="${id}"]`);
const text = (id: string) => byTestId(id)?.textContent ?? '';

describe('overlay card figures', () => {
  it('shows exact followers, tier, engagement with band and post count (English)', () => {
    mount({ details: true });
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
    expect(text('ml-engagement')).toContain('wajar');
    expect(text('ml-engagement')).toContain('dari 12 postingan');
    expect(text('ml-freshness')).toBe('dibaca baru saja');
    expect(text('ml-save')).toBe('Simpan');
  });

  it('marks rounded TikTok counts with ≈, shows the range on hover, the ambiguous tier and views figures', () => {
    mount({ state: { reading: sampleTiktokReading(), view: sampleTiktokView() }, details: true });
    expect(text('ml-followers')).toContain('≈1.1M');
    expect(byTestId('ml-followers')?.querySelector('[title]')?.getAttribute('title')).toBe(
      'Rounded by the site: 1,100,000–1,199,999',
    );
    expect(text('ml-tier')).toContain('micro or macro');
    expect(text('ml-engagement')).toContain('≈4.12%');
    expect(byTestId('ml-engagement')?.querySelector('[data-band]')?.getAttribute('data-band')).toBe('high');
    expect(text('ml-views-engagement')).toContain('≈8.7%');
    expect(text('ml-view-rate')).toContain('≈31%');
    mount({ state: { reading: sampleTiktokReading(), view: sampleTiktokView() }, lang: 'id' });
    expect(text('ml-followers')).toContain('≈1,1 jt');
    expect(text('ml-tier')).toContain('mikro atau makro');
  });

  it('says unknown with the reason on hover and for screen readers', () => {
    mount({ state: { reading: sampleReading(), view: sampleUnknownView() }, details: true });
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

    mount({ state: { reading: sampleReading(), view: sampleUnknownView() }, lang: 'id' });
    const unknownId = byTestId('ml-engagement')?.querySelector('.ml-unknown');
    expect(unknownId?.textContent).toBe('tidak diketahui');
    expect(unknownId?.getAttribute('title')).toBe('Kreator menyembunyikan jumlah suka.');
  });

  it('shows the followers from the reading while the background is still computing', () => {
    mount({ state: { reading: sampleTiktokReading(), view: null } });
    expect(text('ml-followers')).toContain('≈1.1M');
    expect(text('ml-engagement')).toContain('computing…');
    expect(byTestId('ml-engagement')?.getAttribute('aria-busy')).toBe('true');
    // Nothing recorded yet: nothing to save.
    expect(byTestId('ml-save')?.hasAttribute('disabled')).toBe(true);
  });

  it('says unknown, not zero, when the page shows no follower count', () => {
    mount({ state: { reading: sampleReading({ followers: null }), view: null } });
    expect(text('ml-followers')).toContain('unknown');
    expect(text('ml-followers')).not.toMatch(/\d/);
  });

  it('shows a read error in words', () => {
    mount({ state: { reading: sampleReading(), view: null, error: 'no counts on this page' } });
    expect(container.querySelector('[role="alert"]')?.textContent).toBe(
      'Could not read this page: no counts on this page',
    );
  });
});

describe('save button', () => {
  it('saves, shows the saved state, and removes again through the message client', async () => {
    const calls: unknown[] = [];
    const send = vi.fn(async (req: { type: string }) => {
      calls.push(req);
      if (req.type === 'shortlist:save') {
        return sampleView({
          entry: {
            creatorKey: 'instagram:sari.kuliner',
            status: 'saved',
            notes: '',
            tags: [],
            rate: null,
            addedAt: NOW,
            updatedAt: NOW,
          },
        });
      }
      return { removed: 1 };
    }) as unknown as Send;
    mount({ send });
    const button = byTestId('ml-save')!;
    expect(button.getAttribute('aria-pressed')).toBe('false');
    expect(button.textContent).toBe('Save');

    await act(async () => button.click());
    expect(calls).toEqual([{ type: 'shortlist:save', key: 'instagram:sari.kuliner' }]);
    expect(byTestId('ml-save')?.getAttribute('aria-pressed')).toBe('true');
    expect(byTestId('ml-save')?.textContent).toBe('Saved ✓');

    await act(async () => byTestId('ml-save')!.click());
    expect(calls[1]).toEqual({ type: 'shortlist:remove', keys: ['instagram:sari.kuliner'] });
    expect(byTestId('ml-save')?.getAttribute('aria-pressed')).toBe('false');
  });

  it('reflects a save made elsewhere when shown again with the new view', () => {
    mount();
    expect(byTestId('ml-save')?.getAttribute('aria-pressed')).toBe('false');
    const saved: CreatorView = sampleView({
      entry: {
        creatorKey: 'instagram:sari.kuliner',
        status: 'contacted',
        notes: '',
        tags: [],
        rate: null,
        addedAt: NOW,
        updatedAt: NOW,
      },
    });
    mount({ state: { reading: sampleReading(), view: saved } });
    expect(byTestId('ml-save')?.getAttribute('aria-pressed')).toBe('true');
  });

  it('keeps the state and says why when saving fails', async () => {
    const send = (async () => {
      throw new Error('storage is full');
    }) as unknown as Send;
    mount({ send });
    await act(async () => byTestId('ml-save')!.click());
    expect(byTestId('ml-save')?.getAttribute('aria-pressed')).toBe('false');
    expect(container.querySelector('[role="alert"]')?.textContent).toBe('Could not save: storage is full');
  });
});

describe('save while the background is still recording', () => {
  it('enables Save at once and saves after the record answers, never failing a fast click', async () => {
    let answer: (view: CreatorView | null) => void = () => {};
    const recorded = new Promise<CreatorView | null>((resolve) => {
      answer = resolve;
    });
    const calls: unknown[] = [];
    const send = vi.fn(async (req: { type: string }) => {
      calls.push(req);
      return sampleView({
        entry: {
          creatorKey: 'instagram:sari.kuliner',
          status: 'saved',
          notes: '',
          tags: [],
          rate: null,
          addedAt: NOW,
          updatedAt: NOW,
        },
      });
    }) as unknown as Send;
    mount({ state: { reading: sampleReading(), view: null, recorded }, send });
    expect(text('ml-tier')).toContain('computing…');
    const button = byTestId('ml-save')!;
    expect(button.hasAttribute('disabled')).toBe(false);

    await act(async () => button.click());
    // Queued: nothing sent before the creator is recorded.
    expect(calls).toEqual([]);
    expect(byTestId('ml-save')?.hasAttribute('disabled')).toBe(true);

    await act(async () => {
      answer(sampleView());
      // The queued save continues: the record's answer, then the save's.
      for (let i = 0; i < 5; i++) await Promise.resolve();
    });
    expect(calls).toEqual([{ type: 'shortlist:save', key: 'instagram:sari.kuliner' }]);
    expect(byTestId('ml-save')?.getAttribute('aria-pressed')).toBe('true');
    expect(container.querySelector('[role="alert"]')).toBeNull();
  });

  it('says why when the record it waited for failed, and sends nothing', async () => {
    mount({ state: { reading: sampleReading(), view: null, recorded: Promise.resolve(null) } });
    await act(async () => byTestId('ml-save')!.click());
    expect(container.querySelector('[role="alert"]')?.textContent).toBe(
      'Could not save: Microlens could not record this creator.',
    );
  });
});

describe('reader notices', () => {
  const META_ONLY =
    'Only the page summary was readable (logged-out view?): counts may be rounded or lag, posts are not listed.';
  const FREE = 'The page header shows @someone.else, not @sari.kuliner: its figures were not read.';

  it('shows the first notice as one quiet line (not an alert), the others on hover', () => {
    mount({ state: { reading: sampleReading({ notices: [META_ONLY, FREE] }), view: sampleView() } });
    const line = byTestId('ml-notice')!;
    expect(line.textContent).toBe(`${META_ONLY} · 1 more note`);
    expect(line.getAttribute('title')).toBe(`${META_ONLY}\n${FREE}`);
    expect(line.getAttribute('role')).toBeNull();
    expect(container.querySelector('[role="alert"]')).toBeNull();
  });

  it('translates a known notice and keeps free text in English', () => {
    mount({
      state: { reading: sampleReading({ notices: [META_ONLY, FREE] }), view: sampleView() },
      lang: 'id',
    });
    const line = byTestId('ml-notice')!;
    expect(line.textContent).toMatch(/^Hanya ringkasan halaman yang terbaca/);
    expect(line.getAttribute('title')).toContain(FREE);
  });

  it('shows nothing without notices, and does not repeat the one the error already says', () => {
    mount();
    expect(byTestId('ml-notice')).toBeNull();
    const why = 'No counts found on this page.';
    mount({ state: { reading: sampleReading({ notices: [why] }), view: null, error: why }, lang: 'id' });
    expect(byTestId('ml-notice')).toBeNull();
    expect(container.querySelector('[role="alert"]')?.textContent).toBe(
      'Halaman ini tidak bisa dibaca: Tidak ada angka di halaman ini.',
    );
  });
});

describe('compact card and more figures', () => {
  it('shows the key figures and Save by default; the rest behind "More figures"', () => {
    const asked: boolean[] = [];
    mount({
      state: { reading: sampleTiktokReading(), view: sampleTiktokView() },
      onDetails: (open) => asked.push(open),
    });
    for (const id of ['ml-followers', 'ml-tier', 'ml-engagement', 'ml-best-fit', 'ml-save']) {
      expect(byTestId(id), id).not.toBeNull();
    }
    for (const id of ['ml-views-engagement', 'ml-view-rate', 'ml-growth', 'ml-sponsored']) {
      expect(byTestId(id), id).toBeNull();
    }
    const more = byTestId('ml-details')!;
    expect(more.textContent).toBe('More figures');
    expect(more.getAttribute('aria-expanded')).toBe('false');
    act(() => more.click());
    expect(asked).toEqual([true]);
  });

  it('shows every figure when open, and offers to close them again', () => {
    const asked: boolean[] = [];
    mount({
      state: { reading: sampleTiktokReading(), view: sampleTiktokView() },
      details: true,
      onDetails: (open) => asked.push(open),
      lang: 'id',
    });
    for (const id of ['ml-views-engagement', 'ml-view-rate', 'ml-growth', 'ml-sponsored']) {
      expect(byTestId(id), id).not.toBeNull();
    }
    const less = byTestId('ml-details')!;
    expect(less.getAttribute('aria-expanded')).toBe('true');
    expect(container.querySelector(`#${less.getAttribute('aria-controls')}`)).not.toBeNull();
    expect(less.textContent).toBe('Lebih sedikit');
    act(() => less.click());
    expect(asked).toEqual([false]);
  });

  it('gives a long display name two lines and its full text on hover', () => {
    const name = 'Nadia Putri | Skincare Lokal Jujur untuk Kulit Berminyak';
    mount({ state: { reading: sampleReading({ displayName: name }), view: sampleView() } });
    const el = container.querySelector<HTMLElement>('.ml-name')!;
    expect(el.textContent).toBe(name);
    expect(el.getAttribute('title')).toBe(name);
    expect(el.classList.contains('ml-trunc')).toBe(false);
  });
});

describe('collapse and hide', () => {
  it('collapses to a pill, expands back, and hides', () => {
    const modes: string[] = [];
    mount({ onMode: (m) => modes.push(m) });
    const [collapse, hide] = [...container.querySelectorAll<HTMLButtonElement>('.ml-head button')];
    expect(collapse?.getAttribute('aria-label')).toBe('Collapse the Microlens card');
    expect(hide?.getAttribute('aria-label')).toContain('Hide Microlens on Instagram');
    act(() => collapse!.click());
    act(() => hide!.click());
    expect(modes).toEqual(['collapsed', 'hidden']);

    mount({ mode: 'collapsed', onMode: (m) => modes.push(m) });
    const pill = container.querySelector<HTMLButtonElement>('.ml-pill')!;
    expect(pill.textContent).toContain('3,351 · 5.34%');
    expect(byTestId('ml-save')).toBeNull();
    act(() => pill.click());
    expect(modes.at(-1)).toBe('shown');

    mount({ mode: 'hidden' });
    expect(container.childElementCount).toBe(0);
  });
});

describe('keyboard', () => {
  it('reaches collapse, hide, every unknown reason, the figures toggle and save in order, all labelled', () => {
    mount({ state: { reading: sampleReading(), view: sampleUnknownView() }, details: true });
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
    mount({ state: { reading: sampleReading({ displayName: hostile }), view } });
    expect(container.querySelector('img')).toBeNull();
    const name = container.querySelector('.ml-name')!;
    expect(name.tagName).toBe('BDI');
    expect(name.textContent).toBe(hostile);
    // Clamped to two lines by CSS; the whole text is only ever text (and the hover title).
    expect(name.getAttribute('title')).toBe(hostile);
    expect(text('ml-best-fit')).toContain('<img src=y onerror=alert(2)>');
  });
});
