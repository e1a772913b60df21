// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Send } from '@/lib/protocol/client';
import type { Settings } from '@/lib/schema/settings';
import type { CreatorView, ShortlistSummary } from '@/lib/schema/views';
import { NOW, sampleTiktokView, sampleView } from '@/tests/support/ui-sample-views';
import type { PopupDeps } from './load-popup';
import { PopupApp } from './popup-app';
import { initials } from './popup-creator-panel';

let container: HTMLElement;
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => {
  render(null, container);
  container.remove();
});

const settings = (language: Settings['language'], over: Partial<Settings> = {}): Settings => ({
  tierScheme: { id: 'standard', name: 'Standard', tiers: [{ name: 'nano', min: 0 }] },
  language,
  rateCard: { entries: [], source: 'test' },
  currency: 'IDR',
  csvDelimiter: ',',
  overlay: { instagram: 'shown', tiktok: 'shown' },
  benchmarkSet: 'reports',
  customBenchmarks: null,
  ...over,
});

const SUMMARY: ShortlistSummary = {
  total: 42,
  byStatus: { saved: 30, contacted: 7, negotiating: 0, active: 3, done: 2, rejected: 0 },
  creatorsKnown: 10_000,
};

function fakeBackground(opts: { settings: Settings; views?: Record<string, CreatorView> }) {
  const log: { type: string; [k: string]: unknown }[] = [];
  let stored = opts.settings;
  const send = (async (req: { type: string; [k: string]: unknown }) => {
    log.push(req);
    switch (req.type) {
      case 'settings:get':
        return stored;
      case 'settings:save':
        stored = req.settings as Settings;
        return stored;
      case 'creator:get':
        return opts.views?.[req.key as string] ?? null;
      case 'shortlist:summary':
        return SUMMARY;
      case 'shortlist:save': {
        const v = opts.views?.[req.key as string];
        if (!v) throw new Error('not found');
        return {
          ...v,
          entry: {
            creatorKey: v.creator.key,
            status: 'saved',
            notes: '',
            tags: [],
            rate: null,
            addedAt: NOW,
            updatedAt: NOW,
          },
        };
      }
      case 'shortlist:update':
        return { updated: 1 };
      case 'shortlist:remove':
        return { removed: 1 };
      default:
        throw new Error(`unexpected ${req.type}`);
    }
  }) as unknown as Send;
  return { send, log, settings: () => stored };
}

async function open(url: string | null, bg: ReturnType<typeof fakeBackground>, languages = ['en-US']) {
  let dashboards = 0;
  const deps: PopupDeps = {
    send: bg.send,
    activeTabUrl: async () => url,
    openDashboard: () => {
      dashboards++;
    },
    languages,
  };
  await act(async () => {
    render(<PopupApp deps={deps} />, container);
  });
  // Let the loader's chained requests resolve.
  for (let i = 0; i < 5; i++) await act(async () => {});
  return { dashboards: () => dashboards };
}

const rows = () => [...container.querySelectorAll<HTMLElement>('[data-testid="ml-fit-row"]')];

describe('popup on a creator page', () => {
  const views = { 'instagram:sari.kuliner': sampleView() };

  it('shows the creator and fit rows best first with reasons (English)', async () => {
    const bg = fakeBackground({ settings: settings('en'), views });
    await open('https://www.instagram.com/sari.kuliner/', bg);
    expect(container.querySelector('.ml-name')?.textContent).toBe('Sari Kuliner Jakarta');
    expect(container.querySelector('.ml-avatar')?.textContent).toBe('SK');
    expect(container.querySelector('[data-testid="ml-followers"]')?.textContent).toContain('3,351');
    const fit = rows();
    expect(fit.map((r) => r.dataset.score)).toEqual(['82', '18']);
    expect(fit[0]?.textContent).toContain('Ramadan food campaign');
    expect(fit[0]?.textContent).toContain('Talks about food & culinary in 9 of 12 posts');
    // A missed must-have is listed first, and said to be one.
    const lowReasons = [...fit[1]!.querySelectorAll('.ml-reason')].map((r) => r.textContent);
    expect(lowReasons[0]).toContain('3,351 followers, below the brief minimum of 10,000');
    expect(lowReasons[0]).toContain('misses a must-have');
    // A poor fit shows only why it is low; the rest is one click away.
    expect(lowReasons).toHaveLength(1);
    expect(fit[1]!.querySelector('button.ml-link')?.textContent).toMatch(/^All \d+ reasons$/);
    // Signals in words, what needs a look first.
    const signals = [...container.querySelectorAll<HTMLElement>('.ml-signal')];
    expect(signals.map((s) => s.dataset.level)).toEqual(['watch', 'ok']);
    expect(signals[0]?.textContent).toContain('3 of 12 recent posts are marked as ads (25%)');
    expect(signals[0]?.textContent).toContain('worth a look');
    // The status comes before the briefs so both fit above the fold of a 600 px popup.
    const sections = [...container.querySelectorAll('.ml-creator > section')].map((s) =>
      s.getAttribute('aria-labelledby'),
    );
    // The status first (above the fold at 600 px), then the briefs; signals last.
    expect(sections).toEqual(['ml-h-short', 'ml-h-fit', 'ml-h-signals']);
    // Only creator:get and settings, no list loads.
    expect(bg.log.map((r) => r.type).sort()).toEqual(['creator:get', 'settings:get']);
  });

  it('shows the top reason of each brief and expands to all', async () => {
    const bg = fakeBackground({ settings: settings('en'), views });
    await open('https://www.instagram.com/sari.kuliner/', bg);
    const first = rows()[0]!;
    expect(first.querySelectorAll('.ml-reason')).toHaveLength(1);
    const more = first.querySelector<HTMLButtonElement>('button.ml-link')!;
    expect(more.textContent).toBe('All 5 reasons');
    expect(more.getAttribute('aria-expanded')).toBe('false');
    await act(async () => more.click());
    expect(first.querySelectorAll('.ml-reason')).toHaveLength(5);
    expect(more.getAttribute('aria-expanded')).toBe('true');
  });

  it('says it all in Indonesian when the settings say so', async () => {
    const bg = fakeBackground({ settings: settings('id'), views });
    await open('https://www.instagram.com/sari.kuliner/', bg, ['en-US']);
    expect(container.querySelector('[data-testid="ml-followers"]')?.textContent).toContain('3.351');
    expect(container.querySelector('[data-testid="ml-followers"]')?.textContent).toContain('Pengikut');
    expect(rows()[0]?.textContent).toContain('Membahas kuliner & makanan di 9 dari 12 postingan');
    expect(rows()[1]?.textContent).toContain('tidak memenuhi syarat wajib');
    expect(container.querySelector('.ml-signal')?.textContent).toContain('perlu dicek');
    expect(container.querySelector('.ml-signal')?.textContent).toContain('3 dari 12');
    expect(container.querySelector('[data-testid="ml-open-dashboard"]')?.textContent).toBe('Buka dasbor');
    expect(container.querySelector('[data-testid="ml-save"]')?.textContent).toBe('Simpan ke shortlist');
  });

  it('follows the browser language on auto', async () => {
    const bg = fakeBackground({ settings: settings('auto'), views });
    await open('https://www.instagram.com/sari.kuliner/', bg, ['id-ID', 'en']);
    expect(container.querySelector('[data-testid="ml-open-dashboard"]')?.textContent).toBe('Buka dasbor');
  });

  it('saves, then changes status and notes through shortlist:update', async () => {
    const bg = fakeBackground({ settings: settings('en'), views });
    await open('https://www.instagram.com/sari.kuliner/', bg);
    await act(async () => container.querySelector<HTMLButtonElement>('[data-testid="ml-save"]')!.click());
    expect(bg.log.at(-1)).toEqual({ type: 'shortlist:save', key: 'instagram:sari.kuliner' });
    const select = container.querySelector<HTMLSelectElement>('[data-testid="ml-status"]')!;
    expect([...select.options].map((o) => o.textContent)).toEqual([
      'Saved',
      'Contacted',
      'Negotiating',
      'Active',
      'Done',
      'Rejected',
    ]);
    select.value = 'contacted';
    await act(async () => {
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(bg.log.at(-1)).toEqual({
      type: 'shortlist:update',
      keys: ['instagram:sari.kuliner'],
      patch: { status: 'contacted' },
    });
    const notes = container.querySelector<HTMLTextAreaElement>('[data-testid="ml-notes"]')!;
    notes.value = 'Quoted Rp 1.500.000 per reel';
    await act(async () => {
      notes.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => {
      notes.dispatchEvent(new Event('blur'));
    });
    expect(bg.log.at(-1)).toEqual({
      type: 'shortlist:update',
      keys: ['instagram:sari.kuliner'],
      patch: { notes: 'Quoted Rp 1.500.000 per reel' },
    });
    expect(container.textContent).toContain('Note saved');
  });

  it('shows views-based engagement for TikTok creators', async () => {
    const v = sampleTiktokView();
    const bg = fakeBackground({ settings: settings('en'), views: { [v.creator.key]: v } });
    await open('https://www.tiktok.com/@dapur.rina', bg);
    expect(container.querySelector('[data-testid="ml-followers"]')?.textContent).toContain('≈1.1M');
    expect(container.querySelector('[data-testid="ml-views-engagement"]')?.textContent).toContain('≈8.7%');
    // The band sits beside the views-based rate it belongs to; median views next; the follower-based
    // rate is there too, without a band.
    const chips = container.querySelectorAll('[data-band]');
    expect(chips.length).toBe(1);
    expect(chips[0]?.closest('[data-testid]')?.getAttribute('data-testid')).toBe('ml-views-engagement');
    expect(chips[0]?.getAttribute('title')).toContain('Source: Untapper');
    expect(container.querySelector('[data-testid="ml-median-views"]')?.textContent).toContain('≈242.9K');
    expect(container.querySelector('[data-testid="ml-engagement"]')?.textContent).toContain('≈4.12%');
    expect(container.querySelector('[data-testid="ml-engagement"] [data-band]')).toBeNull();
  });
});

describe('popup elsewhere', () => {
  it('shows the shortlist summary and opens the dashboard when not on a creator page', async () => {
    const bg = fakeBackground({ settings: settings('en') });
    const popup = await open('https://www.instagram.com/explore/', bg);
    const summary = container.querySelector('[data-testid="ml-summary"]')!;
    expect(summary.textContent).toContain('42 creators on your shortlist');
    expect(summary.textContent).toContain('10,000 creators seen so far');
    const items = [...summary.querySelectorAll<HTMLElement>('.ml-status-item')];
    expect(items.map((i) => i.dataset.status)).toEqual(['saved', 'contacted', 'active', 'done']);
    expect(items[1]?.textContent).toBe('Contacted7');
    expect(rows()).toHaveLength(0);
    expect(bg.log.map((r) => r.type).sort()).toEqual(['settings:get', 'shortlist:summary']);
    await act(async () =>
      container.querySelector<HTMLButtonElement>('[data-testid="ml-open-dashboard"]')!.click(),
    );
    expect(popup.dashboards()).toBe(1);
  });

  it('shows the summary in Indonesian on another site', async () => {
    const bg = fakeBackground({ settings: settings('id') });
    await open('https://example.com/', bg);
    const summary = container.querySelector('[data-testid="ml-summary"]')!;
    expect(summary.textContent).toContain('42 kreator di shortlist');
    expect(summary.textContent).toContain('Dihubungi');
    expect(summary.textContent).toContain('Buka profil atau postingan kreator');
  });

  it('says the creator has not been read yet when the store does not know them', async () => {
    const bg = fakeBackground({ settings: settings('en') });
    await open('https://www.tiktok.com/@someone.new', bg);
    expect(container.textContent).toContain('Microlens has not read @someone.new yet');
    expect(bg.log.map((r) => r.type).sort()).toEqual(['creator:get', 'settings:get', 'shortlist:summary']);
  });

  it('offers to show the on-page card again where it was hidden', async () => {
    const bg = fakeBackground({
      settings: settings('en', { overlay: { instagram: 'shown', tiktok: 'hidden' } }),
    });
    await open('https://www.tiktok.com/foryou', bg);
    const link = [...container.querySelectorAll<HTMLButtonElement>('button.ml-link')].find((b) =>
      b.textContent?.includes('Show the on-page card on TikTok'),
    )!;
    await act(async () => link.click());
    expect(bg.settings().overlay).toEqual({ instagram: 'shown', tiktok: 'shown' });
  });
});

describe('initials', () => {
  it('takes the first letters of two words, skipping emoji and symbols', () => {
    expect(initials('Sari Kuliner Jakarta', 'sari')).toBe('SK');
    expect(initials('🍜 dapur rina', 'dapur.rina')).toBe('DR');
    expect(initials(null, 'gdg_rbu')).toBe('GD');
  });
});
