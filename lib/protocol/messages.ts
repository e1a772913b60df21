/**
 * The one message protocol between content scripts, popup, dashboard and the
 * background worker. Every request is validated on arrival (`RequestSchema`);
 * a malformed one gets an error reply and changes nothing.
 */
import { z } from 'zod';
import type { OverlayCard } from '@/lib/overlay-card/model';
import type { OverlayPrefs } from '@/lib/overlay-card/prefs';
import { BriefSchema } from '@/lib/schema/brief';
import { CreatorKeySchema, type Snapshot } from '@/lib/schema/creator';
import { ReadingSchema } from '@/lib/schema/reading';
import { OverlayModeSchema, SettingsSchema } from '@/lib/schema/settings';
import {
  type CreatorView,
  type ImportReport,
  type ShortlistItem,
  ShortlistPatchSchema,
  type ShortlistSummary,
} from '@/lib/schema/views';
import { isAllowedApiUrl, MAX_BRIDGE_BODY_CHARS } from './bridge-urls';

/**
 * Characters per backup chunk. Chrome serializes a message as JSON, where one
 * character of the text can take up to 6 bytes (a control character becomes
 * \u0000): 8 Mi characters stay under the 64 MiB message limit whatever the file holds.
 */
export const BACKUP_CHUNK_CHARS = 8 * 1024 * 1024;

/** Rows per shortlist:page reply at most: about 2 KB each, so a reply stays around 1 MB at any store size. */
export const SHORTLIST_PAGE_MAX = 500;

export const RequestSchema = z.discriminatedUnion('type', [
  /** A content script read a creator page. */
  z.object({ type: z.literal('reading:record'), reading: ReadingSchema }),
  /**
   * An API response the page itself loaded, passed on by the main-world bridge.
   * Page data: validated here, and it can only ever add readings (lib/background/page-data-readings.ts).
   */
  z.object({
    type: z.literal('page-data:record'),
    /** The page the content script is on: decides whose figures these are. */
    pageUrl: z.string().max(2_000),
    url: z
      .string()
      .max(4_000)
      .refine((u) => isAllowedApiUrl(u), { message: 'not an allowed API URL' }),
    body: z.string().max(MAX_BRIDGE_BODY_CHARS),
  }),
  /** The overlay's collapse/hide choice for one site; the only setting a page may change. */
  z.object({
    type: z.literal('settings:overlay'),
    platform: z.enum(['instagram', 'tiktok']),
    mode: OverlayModeSchema,
  }),
  z.object({ type: z.literal('creator:get'), key: CreatorKeySchema }),
  /**
   * The overlay card in words (lib/overlay-card/build-card.ts) for a reading and
   * the stored view of its creator: the worker holds the string tables, so a
   * content script does not. Reads only; records nothing.
   */
  z.object({
    type: z.literal('overlay:card'),
    reading: ReadingSchema,
    lang: z.enum(['en', 'id']),
    /** The read or record error the card shows (an English notice or a message). */
    error: z.string().max(500).optional(),
  }),
  /** The overlay's settings and card words (lib/overlay-card/prefs.ts), when the stored copy is missing. */
  z.object({ type: z.literal('overlay:prefs') }),
  z.object({
    type: z.literal('creator:history'),
    key: CreatorKeySchema,
    limit: z.number().int().positive().max(10_000).optional(),
  }),
  z.object({ type: z.literal('shortlist:save'), key: CreatorKeySchema }),
  z.object({ type: z.literal('shortlist:remove'), keys: z.array(CreatorKeySchema).min(1).max(10_000) }),
  z.object({
    type: z.literal('shortlist:update'),
    keys: z.array(CreatorKeySchema).min(1).max(10_000),
    patch: ShortlistPatchSchema,
  }),
  /**
   * `limit` rows of the shortlist in the table's default order (last seen,
   * newest first; equal times by key), starting after `after` (the `next` of
   * the page before; none: from the top), and the total. The dashboard reads
   * the whole list this way, so no reply grows with the store
   * (lib/store/shortlist-page.ts).
   */
  z.object({
    type: z.literal('shortlist:page'),
    limit: z.number().int().positive().max(SHORTLIST_PAGE_MAX),
    after: z
      .object({
        lastSeen: z.number().finite(),
        // '' = from the first key seen at that time; else a creator key.
        key: z.union([z.literal(''), CreatorKeySchema]),
      })
      .optional(),
  }),
  z.object({ type: z.literal('shortlist:summary') }),
  z.object({ type: z.literal('briefs:list') }),
  z.object({ type: z.literal('briefs:save'), brief: BriefSchema }),
  z.object({ type: z.literal('briefs:delete'), id: z.string().min(1).max(64) }),
  z.object({ type: z.literal('settings:get') }),
  z.object({ type: z.literal('settings:save'), settings: SettingsSchema }),
  z.object({ type: z.literal('backup:export') }),
  /** The backup file's text; parsed and validated fully before anything is written. */
  z.object({ type: z.literal('backup:import'), text: z.string().max(60 * 1024 * 1024) }),
  /**
   * A backup of any size travels in pieces (Chrome carries at most 64 MiB per
   * message, and no one string holds 100,000 creators): export-begin opens a
   * session and export-chunk gives the next piece of the file, read from the
   * store as it is asked for, until `done`; import-begin opens a session (or
   * resumes one that broke off, from the `resume` point its last chunk gave),
   * each import-chunk is read, validated and written before its reply, and
   * import-commit checks the file ended whole (lib/background/backup-sessions.ts).
   */
  z.object({ type: z.literal('backup:export-begin') }),
  z.object({
    type: z.literal('backup:export-chunk'),
    id: z.string().min(1).max(64),
    index: z.number().int().nonnegative().max(1_000_000),
  }),
  z.object({
    type: z.literal('backup:import-begin'),
    resume: z
      .object({
        chars: z.number().int().nonnegative(),
        section: z.enum(['creators', 'snapshots', 'posts', 'briefs', 'shortlist']),
        index: z.number().int().nonnegative(),
      })
      .optional(),
  }),
  z.object({
    type: z.literal('backup:import-chunk'),
    id: z.string().min(1).max(64),
    index: z.number().int().nonnegative().max(1_000_000),
    text: z.string().max(BACKUP_CHUNK_CHARS),
  }),
  z.object({ type: z.literal('backup:import-commit'), id: z.string().min(1).max(64) }),
  z.object({ type: z.literal('backup:import-abort'), id: z.string().min(1).max(64) }),
]);
export type Request = z.infer<typeof RequestSchema>;
export type BackupResumePoint = NonNullable<Extract<Request, { type: 'backup:import-begin' }>['resume']>;
export type RequestType = Request['type'];

export type ErrorCode = 'invalid-request' | 'not-found' | 'forbidden' | 'storage' | 'quota' | 'internal';

export type Reply<T> = { ok: true; data: T } | { ok: false; error: { code: ErrorCode; message: string } };

/** Messages a content script (a page of the two sites) may send; everything else is refused from there. */
export const CONTENT_SCRIPT_ALLOWED: ReadonlySet<RequestType> = new Set([
  'reading:record',
  'page-data:record',
  'settings:overlay',
  'shortlist:save',
  'shortlist:remove',
  // Read-only: the card in words, and the card's settings and fixed words (the storage copy's
  // fallback). The card no longer asks for settings:get or creator:get: neither is allowed.
  'overlay:card',
  'overlay:prefs',
]);

/** The reply each request gets. */
export interface ResponseMap {
  'reading:record': CreatorView;
  /** The open creator's view after recording, or null when the response added nothing for them. */
  'page-data:record': CreatorView | null;
  'settings:overlay': z.infer<typeof SettingsSchema>;
  'creator:get': CreatorView | null;
  'overlay:card': OverlayCard;
  'overlay:prefs': OverlayPrefs;
  'creator:history': Snapshot[];
  'shortlist:save': CreatorView;
  'shortlist:remove': { removed: number };
  'shortlist:update': { updated: number };
  'shortlist:page': { items: ShortlistItem[]; total: number; next: { lastSeen: number; key: string } | null };
  'shortlist:summary': ShortlistSummary;
  'briefs:list': z.infer<typeof BriefSchema>[];
  'briefs:save': z.infer<typeof BriefSchema>;
  'briefs:delete': { deleted: boolean };
  'settings:get': z.infer<typeof SettingsSchema>;
  'settings:save': z.infer<typeof SettingsSchema>;
  'backup:export': { json: string; counts: Record<string, number> };
  'backup:import': ImportReport;
  'backup:export-begin': { id: string };
  /** `counts`: records written into the file so far; `done` with the last piece. */
  'backup:export-chunk': { text: string; done: boolean; counts: Record<string, number> };
  'backup:import-begin': { id: string; chunkChars: number };
  /** `resume`: where a new session would start if this one broke off now; `written`: records so far. */
  'backup:import-chunk': {
    received: number;
    resume: BackupResumePoint | null;
    written: number;
    rejected: number;
  };
  'backup:import-commit': ImportReport;
  'backup:import-abort': { aborted: boolean };
}
