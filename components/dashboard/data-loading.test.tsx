// @vitest-environment happy-dom
/** The dashboard's data paths at scale: lean list + creator:get on open, one bulk-tag request, chunked restore. */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Send } from '@/lib/protocol/client';
import { BACKUP_CHUNK_CHARS, SHORTLIST_PAGE_MAX } from '@/lib/protocol/messages';
import { fakeViews, NOW } from '@/tests/support/dashboard/fake-views';
import { type MockOptions, mockSend } from '@/tests/support/preview/dashboard/mock-send';
import { DashboardApp, type Tab } from './app';

let root: HTMLDivElement;
let log: { type: string; body: unknown }[];

beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
  log = [];
});
afterEach(() => {
  render(null, root);
  root.remove();
});

async function flush(times = 4) {
  for (let i = 0; i < times; i++) {
    await act(async () => {
      await new Promise((r) => setTimeout(r, 0));
    });
  }
}

/** The mock worker, but shortlist:page answers lean rows (scores and hard reasons only, no signals). */
function leanSend(opts: MockOptions): Send {
  const send = mockSend({ ...opts, log });
  return (async (req: { type: string }) => {
    const data = await (send as (r: unknown) => Promise<unknown>)(req);
    if (req.type !== 'shortlist:page') return data;
    const page = data as { items: ReturnType<typeof fakeViews> };
    return {
      ...page,
      items: page.items.map(({ creator, entry, fits }) => ({
        creator,
        entry,
        fits: fits.map((f) => ({ ...f, reasons: f.reasons.filter((r) => r.hard) })),
      })),
    };
  }) as Send;
}

async function mount(opts: MockOptions & { tab?: Tab } = {}) {
  await act(async () => {
    render(
      <DashboardApp
        send={leanSend(opts)}
        browserLanguages={['en-US']}
        now={() => NOW}
        initialTab={opts.tab ?? 'shortlist'}
      />,
      root,
    );
  });
  await flush();
}

const rows = () => [...root.querySelectorAll<HTMLElement>('[data-testid="ml-shortlist-row"]')];

async function click(el: Element | null | undefined) {
  if (!el) throw new Error('nothing to click');
  await act(async () => {
    (el as HTMLElement).click();
  });
  await flush();
}

describe('opening a creator', () => {
  it('fetches its full view with creator:get and shows its reasons and signals', async () => {
    await mount({ rows: 30 });
    const key = rows()[0]!.dataset.key!;
    const full = fakeViews(30).find((v) => v.creator.key === key)!;
    expect(full.signals.length).toBeGreaterThan(0);
    await act(async () => {
      rows()[0]!.focus();
      rows()[0]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    });
    await flush();
    expect(log.filter((l) => l.type === 'creator:get').map((l) => (l.body as { key: string }).key)).toEqual([
      key,
    ]);
    const panel = root.querySelector('.ml-panel')!;
    expect(panel).not.toBeNull();
    // Signals exist only in the full view: the panel shows them.
    expect(panel.querySelectorAll('.ml-signals li').length).toBe(full.signals.length);
  });
});

describe('bulk tagging', () => {
  it('adds a tag to every selected creator with ONE request', async () => {
    await mount({ rows: 20 });
    const boxes = rows().map((r) => r.querySelector<HTMLInputElement>('input[type="checkbox"]')!);
    await click(boxes[0]);
    await click(boxes[1]);
    await click(boxes[2]);
    const keys = rows()
      .slice(0, 3)
      .map((r) => r.dataset.key);
    const field = root.querySelector<HTMLInputElement>('.ml-bulk form input')!;
    await act(async () => {
      field.value = 'q3-launch';
      field.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => {
      field.closest('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    await flush();
    const updates = log.filter((l) => l.type === 'shortlist:update');
    expect(updates).toHaveLength(1);
    expect(updates[0]!.body).toMatchObject({ patch: { addTags: ['q3-launch'] } });
    expect(((updates[0]!.body as { keys: string[] }).keys ?? []).sort()).toEqual([...keys].sort());
    for (const key of keys) {
      const row = rows().find((r) => r.dataset.key === key)!;
      expect(row.querySelector('.ml-tags')?.getAttribute('title')).toContain('q3-launch');
    }
  });
});

describe('restoring a big backup', () => {
  it('sends a file longer than one message in chunks, showing progress, then the report', async () => {
    await mount({ tab: 'backup', rows: 5, chunkChars: 3 * 1024 * 1024 });
    const text = `{"format":"microlens-backup","pad":"${'x'.repeat(BACKUP_CHUNK_CHARS)}"}`;
    const file = root.querySelector<HTMLInputElement>('#ml-restore-file')!;
    Object.defineProperty(file, 'files', {
      value: [new File([text], 'big.json', { type: 'application/json' })],
    });
    await act(async () => {
      file.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await flush(10);
    expect(log.some((l) => l.type === 'backup:import')).toBe(false);
    const chunks = log
      .filter((l) => l.type === 'backup:import-chunk')
      .map((l) => l.body as { index: number; text: string });
    expect(chunks.map((c) => c.index)).toEqual([0, 1, 2]);
    expect(chunks.map((c) => c.text).join('')).toBe(text);
    expect(log.filter((l) => l.type === 'backup:import-commit')).toHaveLength(1);
    expect(root.querySelector('.ml-report')?.textContent).toContain('Rejected (2)');
  });
});

describe('first screenful before the whole list', () => {
  /** The mock worker, answering the first shortlist:page at once and holding the later pages until released. */
  function heldListSend(total: number) {
    const send = mockSend({ rows: total, log }) as (r: unknown) => Promise<unknown>;
    let release: () => void = () => undefined;
    const held = new Promise<void>((r) => {
      release = r;
    });
    const wrapped = (async (req: { type: string; after?: unknown }) => {
      if (req.type === 'shortlist:page' && req.after) await held;
      return send(req);
    }) as Send;
    return { send: wrapped, release };
  }

  it('paints the first rows from shortlist:page, inert and saying the rest is loading, then the whole list', async () => {
    const { send, release } = heldListSend(300);
    await act(async () => {
      render(<DashboardApp send={send} browserLanguages={['en-US']} now={() => NOW} />, root);
    });
    await flush();
    const pageReq = log.find((l) => l.type === 'shortlist:page');
    expect(pageReq?.body).toMatchObject({ limit: expect.any(Number) });
    const firstKeys = rows().map((r) => r.dataset.key);
    expect(firstKeys.length).toBeGreaterThan(0);
    const count = root.querySelector('.ml-count')!.textContent!;
    expect(count).toContain('300');
    expect(count).toContain('loading the rest');
    expect(root.querySelector('.ml-table-wrap')!.hasAttribute('inert')).toBe(true);
    expect(root.querySelector('.ml-shortlist')!.getAttribute('aria-busy')).toBe('true');
    // The first page was asked for alone: the rest waits for it (so the rest's work cannot delay it).
    expect(log.filter((l) => l.type === 'shortlist:page').map((l) => l.body)).toEqual([
      { type: 'shortlist:page', limit: 40 },
    ]);

    await act(async () => release());
    await flush();
    const pages = log.filter((l) => l.type === 'shortlist:page').map((l) => l.body);
    expect(pages.slice(1)).toEqual([
      {
        type: 'shortlist:page',
        limit: SHORTLIST_PAGE_MAX,
        after: expect.objectContaining({ lastSeen: expect.any(Number) }),
      },
    ]);
    expect(root.querySelector('.ml-count')!.textContent).toBe('300 of 300 creators');
    expect(root.querySelector('.ml-table-wrap')!.hasAttribute('inert')).toBe(false);
    expect(root.querySelector('.ml-shortlist')!.hasAttribute('aria-busy')).toBe(false);
    // Same default order: the rows painted first are still the first rows.
    expect(
      rows()
        .map((r) => r.dataset.key)
        .slice(0, firstKeys.length),
    ).toEqual(firstKeys);
  });

  it('reads the whole list in bounded pages, each starting where the last ended, every row once', async () => {
    await mount({ rows: 1_234 });
    const pages = log
      .filter((l) => l.type === 'shortlist:page')
      .map((l) => l.body as Record<string, unknown>);
    // 40 first, then pages of at most SHORTLIST_PAGE_MAX: 40 + 500 + 500 + 194.
    expect(pages.map((p) => p.limit)).toEqual([
      40,
      SHORTLIST_PAGE_MAX,
      SHORTLIST_PAGE_MAX,
      SHORTLIST_PAGE_MAX,
    ]);
    expect(root.querySelector('.ml-count')!.textContent).toBe('1,234 of 1,234 creators');
  });

  it('a list the first page holds whole is shown without a second request', async () => {
    await mount({ rows: 12 });
    expect(log.filter((l) => l.type === 'shortlist:page')).toHaveLength(1);
    expect(root.querySelector('.ml-count')!.textContent).toBe('12 of 12 creators');
    expect(rows()).toHaveLength(12);
  });
});
