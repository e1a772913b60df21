/**
 * A fake worker for the dashboard: answers every request from in-memory fake
 * data, so the real components can be rendered in tests and in the screenshot
 * preview without an extension runtime.
 */

import { DEFAULT_RATE_CARD } from '@/lib/cost/rate-card';
import type { Send } from '@/lib/protocol/client';
import type { Brief } from '@/lib/schema/brief';
import type { Snapshot } from '@/lib/schema/creator';
import type { Settings } from '@/lib/schema/settings';
import { patchTags } from '@/lib/schema/shortlist-tags';
import type { ImportReport, ShortlistPatch } from '@/lib/schema/views';
import { sampleOverview } from '@/tests/support/campaigns/sample-overview';
import { DAY, FAKE_BRIEFS, FAKE_SETTINGS, fakeViews, NOW, rng } from '@/tests/support/dashboard/fake-views';

export interface MockOptions {
  rows?: number;
  settings?: Partial<Settings>;
  briefs?: Brief[];
  /** Request types that fail, to show error paths. */
  failing?: string[];
  log?: { type: string; body: unknown }[];
  /** Chunk size the fake worker asks for in backup:import-begin. */
  chunkChars?: number;
}

export function fakeHistory(key: string, now = NOW): Snapshot[] {
  const r = rng(key.length * 7919);
  let followers = 20_000 + Math.floor(r() * 20_000);
  return Array.from({ length: 14 }, (_, i) => {
    followers = Math.round(followers * (1 + (r() - 0.35) * 0.03));
    return {
      creatorKey: key as Snapshot['creatorKey'],
      at: now - (13 - i) * 7 * DAY,
      followers,
      followersExact: true,
      following: 500,
      posts: 300 + i,
      likesTotal: null,
      engagement: 0.03 + r() * 0.03,
    };
  });
}

export const SAMPLE_REPORT: ImportReport = {
  added: { creators: 12, snapshots: 340, shortlist: 8, briefs: 1 },
  updated: { creators: 3, shortlist: 2, settings: 1 },
  unchanged: { creators: 40, snapshots: 1210, briefs: 1 },
  rejected: [
    { where: 'creators[17]', reason: 'handle "Bad Handle!" is not a valid handle' },
    { where: 'shortlist[4].rate.amount', reason: 'must be a number ≥ 0' },
  ],
};

type Position = { lastSeen: number; key: string };

/** shortlist:page as the worker answers it: the table's default order, `limit` rows after `after`. */
export function pageOf<T extends { creator: { lastSeen: number; key: string } }>(
  views: T[],
  limit: number,
  after?: Position,
): { items: T[]; total: number; next: Position | null } {
  const sorted = [...views].sort(
    (a, b) => b.creator.lastSeen - a.creator.lastSeen || (a.creator.key < b.creator.key ? -1 : 1),
  );
  const start = after
    ? sorted.findIndex(
        (v) =>
          v.creator.lastSeen < after.lastSeen ||
          (v.creator.lastSeen === after.lastSeen && v.creator.key > after.key),
      )
    : 0;
  const items = start < 0 ? [] : sorted.slice(start, start + limit);
  const last = items.at(-1);
  const ended = start < 0 || start + limit >= sorted.length;
  return {
    items,
    total: views.length,
    next: ended || !last ? null : { lastSeen: last.creator.lastSeen, key: last.creator.key },
  };
}

export function mockSend(opts: MockOptions = {}): Send {
  let views = fakeViews(opts.rows ?? 240);
  let briefs = opts.briefs ?? FAKE_BRIEFS;
  // The real default rate card, so the planner preview shows real-world magnitudes.
  let settings: Settings = { ...FAKE_SETTINGS, rateCard: DEFAULT_RATE_CARD, ...opts.settings };
  let importedChars = 0;
  const handler = async (req: { type: string } & Record<string, unknown>): Promise<unknown> => {
    opts.log?.push({ type: req.type, body: req });
    if (opts.failing?.includes(req.type)) throw new Error('storage is full (mock)');
    switch (req.type) {
      case 'shortlist:page':
        return pageOf(views, req.limit as number, req.after as Position | undefined);
      case 'briefs:list':
        return briefs;
      case 'settings:get':
        return settings;
      case 'settings:save':
        settings = req.settings as Settings;
        return settings;
      case 'briefs:save': {
        const b = req.brief as Brief;
        briefs = briefs.some((x) => x.id === b.id)
          ? briefs.map((x) => (x.id === b.id ? b : x))
          : [...briefs, b];
        return b;
      }
      case 'briefs:delete':
        briefs = briefs.filter((b) => b.id !== req.id);
        return { deleted: true };
      case 'shortlist:update': {
        const keys = new Set(req.keys as string[]);
        const { addTags, removeTags, ...fields } = req.patch as ShortlistPatch;
        views = views.map((v) =>
          keys.has(v.creator.key) && v.entry
            ? {
                ...v,
                entry: {
                  ...v.entry,
                  ...fields,
                  tags: patchTags(v.entry.tags, { tags: fields.tags, addTags, removeTags }),
                },
              }
            : v,
        );
        return { updated: keys.size };
      }
      case 'shortlist:remove': {
        const keys = new Set(req.keys as string[]);
        const before = views.length;
        views = views.filter((v) => !keys.has(v.creator.key));
        return { removed: before - views.length };
      }
      case 'creator:get':
        // The full view (every reason and signal), as the worker answers when a creator is opened.
        return views.find((v) => v.creator.key === req.key) ?? null;
      case 'creator:history':
        return fakeHistory(req.key as string);
      case 'backup:export':
        return {
          json: JSON.stringify({ version: 1, views: views.length }),
          counts: { creators: views.length },
        };
      case 'backup:import':
        return SAMPLE_REPORT;
      case 'backup:export-begin':
        return { id: 'export-1' };
      case 'backup:export-chunk':
        return {
          text: JSON.stringify({ version: 1, views: views.length }),
          done: true,
          counts: { creators: views.length },
        };
      case 'backup:import-begin':
        // Smaller chunks than the real worker, so a test file need not be huge to travel in parts.
        return { id: 'import-1', chunkChars: opts.chunkChars ?? 4 * 1024 * 1024 };
      case 'backup:import-chunk':
        importedChars += (req.text as string).length;
        return { received: importedChars, resume: null, written: 0, rejected: 0 };
      case 'backup:import-commit':
      case 'backup:import-abort':
        return req.type === 'backup:import-commit' ? SAMPLE_REPORT : { aborted: true };
      case 'campaigns:overview':
        return sampleOverview(String(req.today), req.includeArchived === true);
      default:
        throw new Error(`mock: unhandled ${req.type}`);
    }
  };
  return handler as Send;
}
