// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FAKE_BRIEFS, fakeViews, NOW } from '@/tests/support/dashboard/fake-views';
import { parseCsv } from '@/tests/support/dashboard/parse-csv';
import { type MockOptions, mockSend } from '@/tests/support/preview/dashboard/mock-send';
import { DashboardApp, type Tab } from './app';

let root: HTMLDivElement;
let log: { type: string; body: unknown }[];

beforeEach(() => {
  localStorage.clear();
  root = document.createElement('div');
  document.body.append(root);
  log = [];
});
afterEach(() => {
  render(null, root);
  root.remove();
  vi.restoreAllMocks();
});

async function flush(times = 3) {
  for (let i = 0; i < times; i++) {
    await act(async () => {
      await new Promise((r) => setTimeout(r, 0));
    });
  }
}

async function mount(opts: MockOptions & { tab?: Tab; lang?: string } = {}) {
  await act(async () => {
    render(
      <DashboardApp
        send={mockSend({ ...opts, log })}
        browserLanguages={[opts.lang ?? 'en-US']}
        now={() => NOW}
        initialTab={opts.tab ?? 'shortlist'}
      />,
      root,
    );
  });
  await flush();
}

const rows = () => [...root.querySelectorAll<HTMLElement>('[data-testid="ml-shortlist-row"]')];
const indexes = () => rows().map((r) => Number(r.dataset.index));
const grid = () => root.querySelector<HTMLElement>('[role="grid"]')!;

async function input(
  el: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement,
  value: string,
  type = 'input',
) {
  await act(async () => {
    el.value = value;
    el.dispatchEvent(new Event(type, { bubbles: true }));
  });
}
async function click(el: Element | null) {
  if (!el) throw new Error('nothing to click');
  await act(async () => {
    (el as HTMLElement).click();
  });
  await flush();
}

describe('shortlist table', () => {
  it('renders only the visible rows of 10,000, and the right ones after scrolling', async () => {
    await mount({ rows: 10_000 });
    expect(grid().getAttribute('aria-rowcount')).toBe('10001');
    const first = indexes();
    expect(first.length).toBeGreaterThan(5);
    expect(first.length).toBeLessThan(45);
    expect(Math.min(...first)).toBe(0);
    await act(async () => {
      grid().scrollTop = 48 * 5000;
      grid().dispatchEvent(new Event('scroll'));
    });
    const after = indexes();
    expect(after).toContain(5000);
    expect(after.length).toBeLessThan(45);
    expect(Math.min(...after)).toBeGreaterThan(4950);
    // Rows sit at their own offset in the tall spacer.
    const row = rows().find((r) => r.dataset.index === '5000')!;
    expect(row.style.transform).toBe(`translateY(${48 * 5000}px)`);
  });

  it('reuses row elements when scrolling a few rows: the same nodes show the new rows', async () => {
    await mount({ rows: 1000 });
    const scrollTo = (top: number) =>
      act(async () => {
        grid().scrollTop = top;
        grid().dispatchEvent(new Event('scroll'));
      });
    await scrollTo(48 * 100);
    const before = rows();
    const firstBefore = Math.min(...indexes());
    await scrollTo(48 * 103);
    const after = rows();
    // No element created or removed: the slots of rows that left now hold the rows that came in.
    expect(after).toHaveLength(before.length);
    expect(after.every((el, i) => el === before[i])).toBe(true);
    const shown = indexes();
    expect(new Set(shown).size).toBe(shown.length);
    expect(Math.min(...shown)).toBe(firstBefore + 3);
    for (const el of after) {
      expect(el.style.transform).toBe(`translateY(${48 * Number(el.dataset.index)}px)`);
      expect(el.getAttribute('aria-rowindex')).toBe(String(Number(el.dataset.index) + 2));
    }
  });

  it('moves the pinned cells by the sideways scroll, not by sticky positioning', async () => {
    await mount({ rows: 20 });
    await act(async () => {
      grid().scrollLeft = 120;
      grid().dispatchEvent(new Event('scroll'));
    });
    const spacer = root.querySelector<HTMLElement>('.ml-spacer')!;
    expect(spacer.style.getPropertyValue('--ml-pin-x')).toBe('120px');
    expect(rows()[0]!.querySelector('.ml-cell-check')?.classList.contains('ml-pinned')).toBe(true);
  });

  it('sorts when a header is clicked and reports it with aria-sort', async () => {
    await mount({ rows: 300 });
    const header = [...root.querySelectorAll('[role="columnheader"]')].find((h) =>
      h.textContent?.includes('Followers'),
    )!;
    expect(header.getAttribute('aria-sort')).toBe('none');
    await click(header.querySelector('button'));
    expect(header.getAttribute('aria-sort')).toBe('descending');
    const views = fakeViews(300).filter((v) => v.creator.followers);
    const byFollowers = [...views].sort((a, b) => b.creator.followers!.value - a.creator.followers!.value);
    expect(
      rows()
        .slice(0, 3)
        .map((r) => r.dataset.key),
    ).toEqual(byFollowers.slice(0, 3).map((v) => v.creator.key));
    await click(header.querySelector('button'));
    expect(header.getAttribute('aria-sort')).toBe('ascending');
    const lowest = byFollowers.at(-1)!.creator.followers!.value;
    const firstKey = rows()[0]!.dataset.key;
    expect(views.find((v) => v.creator.key === firstKey)?.creator.followers?.value).toBe(lowest);
  });

  it('searches handle, name, notes and tags', async () => {
    await mount({ rows: 500 });
    const search = root.querySelector<HTMLInputElement>('input[type="search"]')!;
    const handle = rows()[3]!.dataset.key!.split(':')[1]!;
    await input(search, `@${handle}`);
    expect(rows()).toHaveLength(1);
    expect(rows()[0]!.dataset.key).toContain(handle);
    await input(search, 'zzz-no-such');
    expect(rows()).toHaveLength(0);
    expect(root.textContent).toContain('No creator matches these filters.');
  });

  it('changes status inline at once and saves it', async () => {
    await mount({ rows: 50 });
    const row = rows()[0]!;
    const select = row.querySelector<HTMLSelectElement>('select.ml-status-select')!;
    const next = select.value === 'active' ? 'done' : 'active';
    await input(select, next, 'change');
    await flush();
    expect(log.find((l) => l.type === 'shortlist:update')?.body).toMatchObject({
      keys: [row.dataset.key],
      patch: { status: next },
    });
    expect(rows()[0]!.querySelector<HTMLSelectElement>('select.ml-status-select')!.value).toBe(next);
  });

  it('undoes an edit the worker refuses and says so', async () => {
    await mount({ rows: 50, failing: ['shortlist:update'] });
    const key = rows()[0]!.dataset.key!;
    const select = rows()[0]!.querySelector<HTMLSelectElement>('select.ml-status-select')!;
    const before = select.value;
    await input(select, before === 'rejected' ? 'done' : 'rejected', 'change');
    await flush();
    const row = rows().find((r) => r.dataset.key === key)!;
    expect(row.querySelector<HTMLSelectElement>('select.ml-status-select')!.value).toBe(before);
    const alert = root.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('It was undone');
  });

  it('edits tags inline from a comma-separated list', async () => {
    await mount({ rows: 20 });
    const row = rows()[0]!;
    await click(row.querySelector('.ml-tags'));
    const field = rows()[0]!.querySelector<HTMLInputElement>('.ml-cell-input')!;
    await input(field, 'vip, Jakarta ,, vip, ramadan-2026');
    await act(async () => {
      field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    });
    await flush();
    expect(log.find((l) => l.type === 'shortlist:update')?.body).toMatchObject({
      patch: { tags: ['vip', 'Jakarta', 'ramadan-2026'] },
    });
    const cell = rows()[0]!.querySelector('.ml-tags')!;
    expect(cell.getAttribute('title')).toBe('vip, Jakarta, ramadan-2026');
    // Two short tags fit side by side; the rest is counted.
    expect([...cell.querySelectorAll('.ml-tag')].map((c) => c.textContent)).toEqual(['vip', 'Jakarta']);
    expect(cell.querySelector('.ml-tag-more')?.textContent).toBe('+1');
  });

  it('moves between rows with the keyboard and opens one with Enter', async () => {
    await mount({ rows: 1000 });
    const first = rows()[0]!;
    first.focus();
    const key = (k: string) =>
      act(async () => {
        (document.activeElement as HTMLElement).dispatchEvent(
          new KeyboardEvent('keydown', { key: k, bubbles: true }),
        );
      });
    await key('ArrowDown');
    await flush();
    expect((document.activeElement as HTMLElement).dataset.index).toBe('1');
    await key('End');
    await flush();
    expect((document.activeElement as HTMLElement).dataset.index).toBe('999');
    // Only the active row's controls are in the Tab order.
    expect(rows().filter((r) => r.tabIndex === 0)).toHaveLength(1);
    await key('Enter');
    await flush();
    expect(root.querySelector('.ml-panel')).not.toBeNull();
    expect(log.some((l) => l.type === 'creator:history')).toBe(true);
  });

  it('removes selected rows only after confirming', async () => {
    await mount({ rows: 30 });
    const boxes = rows().map((r) => r.querySelector<HTMLInputElement>('input[type="checkbox"]')!);
    await click(boxes[0]!);
    await click(boxes[1]!);
    expect(root.textContent).toContain('2 selected');
    await click([...root.querySelectorAll('button')].find((b) => b.textContent === 'Remove from shortlist')!);
    const dialog = root.querySelector('dialog.ml-dialog');
    expect(dialog).not.toBeNull();
    expect(log.some((l) => l.type === 'shortlist:remove')).toBe(false);
    await click(
      [...dialog!.querySelectorAll('button')].find((b) => b.textContent === 'Remove from shortlist')!,
    );
    expect(log.find((l) => l.type === 'shortlist:remove')?.body).toMatchObject({ keys: expect.any(Array) });
    expect(root.textContent).toContain('28 of 28 creators');
  });

  it('exports the shown rows as CSV with a BOM and a dated file name', async () => {
    const blobs: Blob[] = [];
    const names: string[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blobs.push(b as Blob);
      return 'blob:test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    await mount({ rows: 900, settings: { csvDelimiter: ';' } });
    await click(root.querySelector('[data-testid="ml-export-csv"]'));
    await flush(12);
    expect(names).toHaveLength(1);
    expect(names[0]).toMatch(/^microlens-shortlist-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = await blobs[0]!.text();
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const parsed = parseCsv(text, ';');
    expect(parsed[0]?.slice(0, 3)).toEqual(['platform', 'handle', 'display_name']);
    expect(parsed).toHaveLength(901);
  });
});

const headerTexts = () => [...root.querySelectorAll('[role="columnheader"]')].map((h) => h.textContent ?? '');

describe('shortlist fit columns and column chooser', () => {
  it('shows a best-fit column plus a column per brief for two briefs; a missed must-have is a dash with its reason', async () => {
    await mount({ rows: 30 });
    expect(headerTexts().some((h) => h.startsWith('Best fit'))).toBe(true);
    expect(headerTexts().filter((h) => h.startsWith('Fit:'))).toHaveLength(2);
    // b-food wants TikTok only: an Instagram creator misses that must-have.
    const ig = rows().find((r) => r.dataset.key?.startsWith('instagram:'))!;
    const fitCells = [...ig.querySelectorAll('.ml-cell-fit')];
    const miss = fitCells.map((c) => c.querySelector('.ml-fitcell-miss')).find(Boolean)!;
    expect(miss.textContent).toContain('—');
    expect(miss.getAttribute('title')).toMatch(
      /^Kopi Nusantara: misses a must-have\. On Instagram, but the brief wants/,
    );
    // The best fit is then the brief whose must-haves are met.
    const view = fakeViews(30).find((v) => v.creator.key === ig.dataset.key)!;
    const skin = Math.round(view.fits.find((f) => f.briefId === 'b-skin')!.score);
    const best = ig.querySelector('.ml-bestfit')!;
    // Its hover lists every brief, standing in for columns the marketer hid.
    expect(best.getAttribute('title')).toContain('Kopi Nusantara: — (misses a must-have)');
    expect(best.getAttribute('title')).toContain(`Glow serum launch: ${skin}`);
    if (skin > 0) {
      expect(best.querySelector('.ml-fitpill')?.textContent).toBe(String(skin));
      expect(best.textContent).toContain('Glow serum launch');
    } else {
      expect(best.textContent).toBe('No brief fits yet');
    }
  });

  it('colours only meaningful scores: low ones are grey', async () => {
    await mount({ rows: 60 });
    const cells = [...root.querySelectorAll<HTMLElement>('.ml-cell-fit .ml-fitcell:not(.ml-fitcell-miss)')];
    expect(cells.length).toBeGreaterThan(10);
    for (const c of cells) {
      const n = Number(c.querySelector('.ml-fitcell-num')?.textContent);
      const want = n >= 70 ? 'ml-fitcell-good' : n >= 40 ? 'ml-fitcell-mid' : 'ml-fitcell-low';
      expect(c.classList.contains(want)).toBe(true);
    }
  });

  it('from three briefs on shows only the best fit until the marketer picks brief columns, and remembers the choice', async () => {
    const briefs = [
      ...FAKE_BRIEFS,
      { ...FAKE_BRIEFS[0]!, id: 'b-3', name: 'Third' },
      { ...FAKE_BRIEFS[0]!, id: 'b-4', name: 'Fourth' },
    ];
    await mount({ rows: 20, briefs });
    expect(headerTexts().filter((h) => h.startsWith('Fit:'))).toHaveLength(0);
    const menu = root.querySelector<HTMLDetailsElement>('.ml-colmenu')!;
    const box = (label: string) =>
      [...menu.querySelectorAll('label')].find((l) => l.textContent === label)!.querySelector('input')!;
    // Opens from the keyboard-reachable summary; Escape closes it and gives focus back.
    const summary = menu.querySelector('summary')!;
    await click(summary);
    expect(menu.open).toBe(true);
    await act(async () => {
      menu
        .querySelector('input')!
        .dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(menu.open).toBe(false);
    expect(document.activeElement).toBe(summary);
    await click(box('Third'));
    expect(headerTexts().filter((h) => h.startsWith('Fit:'))).toEqual(['Fit: Third↕']);
    await click(box('Last seen'));
    expect(headerTexts().some((h) => h.startsWith('Last seen'))).toBe(false);
    // A fresh dashboard keeps the chosen columns.
    render(null, root);
    await mount({ rows: 20, briefs });
    expect(headerTexts().filter((h) => h.startsWith('Fit:'))).toEqual(['Fit: Third↕']);
    expect(headerTexts().some((h) => h.startsWith('Last seen'))).toBe(false);
    await click(
      [...root.querySelectorAll('.ml-colmenu button')].find((b) => b.textContent === 'Reset columns')!,
    );
    expect(headerTexts().some((h) => h.startsWith('Last seen'))).toBe(true);
    expect(headerTexts().filter((h) => h.startsWith('Fit:'))).toHaveLength(0);
  });

  it('puts name over @handle in one creator cell, with full text on hover', async () => {
    await mount({ rows: 5 });
    const row = rows()[0]!;
    const view = fakeViews(5).find((v) => v.creator.key === row.dataset.key)!;
    const name = row.querySelector<HTMLButtonElement>('.ml-creator button.ml-name')!;
    const link = row.querySelector<HTMLAnchorElement>('.ml-creator a.ml-handle')!;
    expect(link.textContent).toBe(`@${view.creator.handle}`);
    expect(name.getAttribute('title')).toContain(`@${view.creator.handle}`);
    if (view.creator.displayName) expect(name.textContent).toBe(view.creator.displayName);
    expect(row.querySelector('.ml-cell-creator')?.classList.contains('ml-pinned')).toBe(true);
  });
});

describe('empty, loading and failing states', () => {
  it('explains how to add the first creator', async () => {
    await mount({ rows: 0 });
    expect(root.querySelector('#ml-empty-h')?.textContent).toBe('No creators on your shortlist yet');
    expect(root.textContent).toContain('press Save in the Microlens card');
  });

  it('shows a skeleton with a status message while the data loads', async () => {
    await act(async () => {
      render(
        <DashboardApp send={() => new Promise(() => {})} browserLanguages={['id-ID']} now={() => NOW} />,
        root,
      );
    });
    const skeleton = root.querySelector('.ml-skeleton')!;
    expect(skeleton.getAttribute('role')).toBe('status');
    expect(skeleton.textContent).toBe('Memuat…');
    expect(rows()).toHaveLength(0);
  });

  it('shows an error banner whose retry loads again', async () => {
    await mount({ rows: 5, failing: ['shortlist:page'] });
    const banner = root.querySelector('.ml-banner-error')!;
    expect(banner.getAttribute('role')).toBe('alert');
    expect(banner.textContent).toContain('storage is full (mock)');
    const before = log.filter((l) => l.type === 'shortlist:page').length;
    await click(banner.querySelector('button'));
    expect(log.filter((l) => l.type === 'shortlist:page').length).toBe(before + 1);
  });

  it('shows a message inside the open creator panel, where it stays visible and clickable', async () => {
    await mount({ rows: 5, failing: ['shortlist:update'] });
    await click(rows()[0]!.querySelector('button.ml-name'));
    const panel = root.querySelector('dialog.ml-panel')!;
    await input(panel.querySelector<HTMLTextAreaElement>('#ml-notes')!, 'New note');
    await click([...panel.querySelectorAll('button')].find((b) => b.textContent === 'Save notes')!);
    const alert = panel.querySelector('.ml-notices .ml-notice-error');
    expect(alert?.textContent).toContain('It was undone');
    // Only one list of messages on the page.
    expect(root.querySelectorAll('.ml-notices')).toHaveLength(1);
    // In the panel's flow right under its header (never laid over the header or its close button).
    expect(panel.querySelector('.ml-panel-head + .ml-notices')).toBe(alert!.closest('.ml-notices'));
    await click(alert!.querySelector('button'));
    expect(panel.querySelector('.ml-notice')).toBeNull();
  });
});

describe('brief editor', () => {
  it('shows errors beside the fields, linked for screen readers, and saves a valid brief', async () => {
    await mount({ tab: 'briefs', rows: 5 });
    await click([...root.querySelectorAll('button')].find((b) => b.textContent?.includes('New brief'))!);
    await click(root.querySelector('button[type="submit"]'));
    const name = root.querySelector<HTMLInputElement>('#ml-brief-name')!;
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(name.getAttribute('aria-describedby')).toContain('ml-brief-name-error');
    expect(root.querySelector('#ml-brief-name-error')?.textContent).toBe('Required.');
    expect(root.querySelector('#ml-brief-keywords-error')?.textContent).toBe(
      'Pick at least one niche or enter a keyword.',
    );
    await input(name, 'Kopi launch');
    await input(root.querySelector<HTMLInputElement>('#ml-brief-keywords')!, 'kopi, coffee');
    await input(root.querySelector<HTMLInputElement>('#ml-brief-followersMin')!, '50000');
    await input(root.querySelector<HTMLInputElement>('#ml-brief-followersMax')!, '1000');
    await click(root.querySelector('button[type="submit"]'));
    expect(root.querySelector('#ml-brief-followersMin-error')?.textContent).toBe(
      'The minimum is above the maximum.',
    );
    expect(root.querySelector('#ml-brief-name-error')).toBeNull();
    expect(log.some((l) => l.type === 'briefs:save')).toBe(false);
    await input(root.querySelector<HTMLInputElement>('#ml-brief-followersMax')!, '100.000');
    await click(root.querySelector('button[type="submit"]'));
    await flush();
    expect(log.find((l) => l.type === 'briefs:save')?.body).toMatchObject({
      brief: { name: 'Kopi launch', keywords: ['kopi', 'coffee'], followers: { min: 50_000, max: 100_000 } },
    });
    expect(root.textContent).toContain('Kopi launch');
  });
});

describe('settings', () => {
  it('refuses falling tier thresholds and saves the CSV delimiter', async () => {
    await mount({ tab: 'settings', rows: 5 });
    const mins = [...root.querySelectorAll<HTMLInputElement>('.ml-edit-table input[inputmode="numeric"]')];
    await input(mins[2]!, '5');
    await click(root.querySelector('button[type="submit"]'));
    expect(root.querySelector('#ml-set-tiers-error')?.textContent).toBe(
      'Each threshold must be above the one before.',
    );
    expect(log.some((l) => l.type === 'settings:save')).toBe(false);
    await input(mins[2]!, '10000');
    await click(root.querySelector('input[type="radio"][value=";"]'));
    await click(root.querySelector('button[type="submit"]'));
    await flush();
    expect(log.find((l) => l.type === 'settings:save')?.body).toMatchObject({
      settings: { csvDelimiter: ';' },
    });
  });

  it('follows the language setting: auto uses the browser language', async () => {
    await mount({ tab: 'settings', rows: 5, lang: 'id-ID' });
    expect(root.querySelector('#ml-settings-h')?.textContent).toBe('Pengaturan');
    expect(document.documentElement.lang).toBe('id');
  });
});

describe('backup', () => {
  it('restores a file and shows the import report', async () => {
    await mount({ tab: 'backup', rows: 5 });
    const file = root.querySelector<HTMLInputElement>('#ml-restore-file')!;
    Object.defineProperty(file, 'files', {
      value: [new File(['{"version":1}'], 'backup.json', { type: 'application/json' })],
    });
    await act(async () => {
      file.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await flush(5);
    expect(log.find((l) => l.type === 'backup:import')?.body).toMatchObject({ text: '{"version":1}' });
    const report = root.querySelector('.ml-report')!;
    expect(report.textContent).toContain('Creators');
    expect(report.textContent).toContain('Rejected (2)');
    expect(report.textContent).toContain('creators[17]');
    // The chosen file's name replaces "No file chosen" beside the picker button.
    expect(root.querySelector('#ml-restore-chosen')?.textContent).toBe('backup.json');
  });

  it('offers a picker button in the UI language instead of the browser file control', async () => {
    await mount({ tab: 'backup', rows: 5, lang: 'id-ID' });
    const input = root.querySelector<HTMLInputElement>('#ml-restore-file')!;
    expect(input.tabIndex).toBe(-1);
    const button = root.querySelector<HTMLButtonElement>('.ml-file-pick button')!;
    expect(button.textContent).toBe('Pilih file cadangan…');
    expect(root.querySelector('#ml-restore-chosen')?.textContent).toBe('Belum ada file yang dipilih');
    let opened = false;
    input.addEventListener('click', () => {
      opened = true;
    });
    await act(async () => button.click());
    expect(opened).toBe(true);
  });
});

describe('cost planner', () => {
  it('shows cost, engagements, views and their ranges, names every input’s source, and follows the scope', async () => {
    await mount({ tab: 'shortlist', rows: 40 });
    const boxes = rows().map((r) => r.querySelector<HTMLInputElement>('input[type="checkbox"]')!);
    await click(boxes[0]!);
    await click(root.querySelector('#ml-tab-planner'));
    const cost = root.querySelector('[data-testid="ml-plan-cost"]')!;
    // Opened with one creator selected: the planner counts just that one, and one is no spread.
    expect(root.querySelectorAll('[data-testid="ml-plan-inputs"] tbody tr')).toHaveLength(1);
    expect(cost.textContent).toMatch(/of 1 creators$/);
    expect(root.querySelector('[data-testid="ml-plan-compare"]')?.textContent).not.toContain('middle half');
    const scope = root.querySelector<HTMLSelectElement>('.ml-filters select')!;
    await input(scope, 'all', 'change');
    expect(cost.textContent).toMatch(/of 40 creators$/);
    expect(cost.querySelector('.ml-stat-value')?.textContent).toMatch(/^IDR/);
    // A range from the creators' spread, in the same money format as the value.
    expect(cost.textContent).toMatch(/middle half: IDR.+ – IDR/);
    expect(root.querySelector('[data-testid="ml-plan-engagements"] .ml-stat-value')?.textContent).toMatch(
      /^[\d,.]+K?$/,
    );
    // Every creator is a line whose inputs name their source.
    const inputs = [...root.querySelectorAll('[data-testid="ml-plan-inputs"] tbody tr')];
    expect(inputs).toHaveLength(40);
    for (const row of inputs) {
      for (const td of row.querySelectorAll('td')) {
        expect(['measured', 'benchmark', 'unknown', 'agreed', 'rate-card']).toContain(td.dataset.source);
      }
    }
    expect(root.querySelector('[data-testid="ml-plan-inputs"]')?.textContent).toMatch(
      /measured from their posts/,
    );
    expect(root.querySelector('[data-testid="ml-plan-inputs"]')?.textContent).toMatch(
      /rate card middle|agreed rate/,
    );
    expect(root.querySelector('[data-testid="ml-plan-compare"] tbody tr th')?.textContent).toBe(
      'All 40 chosen',
    );
    expect(root.querySelector('.ml-compare')?.textContent).toContain('mega');
  });
});
