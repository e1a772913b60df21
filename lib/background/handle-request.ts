/**
 * The background worker's message router. Every request is validated with
 * RequestSchema first (a malformed one changes nothing and gets
 * 'invalid-request'), the sender is checked (content scripts may only send
 * CONTENT_SCRIPT_ALLOWED), then the store answers. Failures become error
 * replies with a code the UI can act on, never exceptions across the port.
 */

import { buildOverlayCard } from '@/lib/overlay-card/build-card';
import { overlayPrefsOf } from '@/lib/overlay-card/prefs-of';
import { CampaignRequestSchema, isCampaignMessage } from '@/lib/protocol/campaign-messages';
import {
  CONTENT_SCRIPT_ALLOWED,
  type ErrorCode,
  type Reply,
  type Request,
  RequestSchema,
  type RequestType,
  type ResponseMap,
} from '@/lib/protocol/messages';
import { creatorKey, isCreatorKey } from '@/lib/schema/plain';
import { EXPORT_PIECE_CHARS } from '@/lib/store/backup-export-stream';
import { StoreError } from '@/lib/store/errors';
import type { Store } from '@/lib/store/store';
import { describeIssues } from '@/lib/store/validate';
import { sessionsOf } from './backup-sessions';
import { answerCampaignRequest } from './campaign-handlers';
import { campaignsSawReading } from './campaign-hooks';
import { viewBuilder } from './creator-view';
import { defaultViewDeps } from './default-view-deps';
import { pageCreatorKey, readingsFromPageData } from './page-data-readings';
import { SenderSchema } from './sender';
import type { ViewDeps } from './view-deps';

type Handler<T extends RequestType> = (
  store: Store,
  request: Extract<Request, { type: T }>,
  now: number,
  deps: ViewDeps,
) => Promise<ResponseMap[T]>;

async function builder(store: Store, deps: ViewDeps) {
  const [briefs, settings] = await Promise.all([store.listBriefs(), store.getSettings()]);
  return viewBuilder(deps, briefs, settings.tierScheme);
}

const handlers: { [T in RequestType]: Handler<T> } = {
  'reading:record': async (store, { reading }, now, deps) => {
    const result = await store.recordReading(reading, now);
    await campaignsSawReading(store, reading, now);
    return (await builder(store, deps))(result);
  },
  'page-data:record': async (store, { pageUrl, url, body }, now, deps) => {
    // One recording per creator the response is about (in practice the open one).
    for (const reading of readingsFromPageData(pageUrl, url, body, now))
      await store.recordReading(reading, now);
    const key = pageCreatorKey(pageUrl);
    const bundle = key ? await store.getCreator(key) : null;
    return bundle ? (await builder(store, deps))(bundle) : null;
  },
  'settings:overlay': async (store, { platform, mode }) => {
    const settings = await store.getSettings();
    return store.saveSettings({ ...settings, overlay: { ...settings.overlay, [platform]: mode } });
  },
  'creator:get': async (store, { key }, _now, deps) => {
    const bundle = await store.getCreator(key);
    return bundle ? (await builder(store, deps))(bundle) : null;
  },
  // The card for what the page shows now, with what the store knows of that creator (nothing written).
  'overlay:card': async (store, { reading, lang, error }, now, deps) => {
    const key = reading.handle ? creatorKey(reading.platform, reading.handle) : null;
    const bundle = key && isCreatorKey(key) ? await store.getCreator(key) : null;
    const view = bundle ? (await builder(store, deps))(bundle) : null;
    return buildOverlayCard({ reading, view, lang, now, ...(error === undefined ? {} : { error }) });
  },
  'overlay:prefs': async (store) => overlayPrefsOf(await store.getSettings()),
  'creator:history': (store, { key, limit }) => store.history(key, limit),
  'shortlist:save': async (store, { key }, now, deps) =>
    (await builder(store, deps))(await store.saveToShortlist(key, now)),
  'shortlist:remove': async (store, { keys }) => ({ removed: await store.removeFromShortlist(keys) }),
  'shortlist:update': async (store, { keys, patch }, now) => ({
    updated: await store.updateShortlist(keys, patch, now),
  }),
  // Lean rows with cached fit scores, a page at a time: no posts read, no reasons built (creator:get has those).
  'shortlist:page': (store, { limit, after }, now) => store.shortlistPage(now, limit, after ?? null),
  'shortlist:summary': (store) => store.shortlistSummary(),
  'briefs:list': (store) => store.listBriefs(),
  'briefs:save': (store, { brief }, now) => store.saveBrief(brief, now),
  'briefs:delete': async (store, { id }) => ({ deleted: await store.deleteBrief(id) }),
  'settings:get': (store) => store.getSettings(),
  'settings:save': (store, { settings }) => store.saveSettings(settings),
  'backup:export': (store, _request, now) => store.exportBackup(now),
  'backup:import': (store, { text }) => store.importBackup(text),
  'backup:export-begin': async (store, _request, now) => {
    const sessions = sessionsOf(store);
    const pieceChars = Math.min(EXPORT_PIECE_CHARS, sessions.limits.chunkChars);
    return sessions.beginExport(store.exportStream(now, pieceChars), now);
  },
  'backup:export-chunk': async (store, { id, index }, now) => sessionsOf(store).exportChunk(id, index, now),
  'backup:import-begin': async (store, { resume }, now) =>
    sessionsOf(store).beginImport(store.importStream({ resume: resume ?? null }), now),
  'backup:import-chunk': async (store, { id, index, text }, now) =>
    sessionsOf(store).addChunk(id, index, text, now),
  'backup:import-commit': (store, { id }, now) => sessionsOf(store).commitImport(id, now),
  'backup:import-abort': async (store, { id }) => ({ aborted: sessionsOf(store).abort(id) }),
};

function fail(code: ErrorCode, message: string): Reply<never> {
  return { ok: false, error: { code, message } };
}

const STORE_CODES: Record<StoreError['code'], ErrorCode> = {
  quota: 'quota',
  storage: 'storage',
  'not-found': 'not-found',
  invalid: 'invalid-request',
};

export async function handleRequest(
  store: Store,
  raw: unknown,
  sender: { kind: 'extension-page' | 'content-script'; url?: string },
  now: number,
  deps: ViewDeps = defaultViewDeps,
): Promise<Reply<unknown>> {
  const parsedSender = SenderSchema.safeParse(sender);
  if (!parsedSender.success) return fail('forbidden', 'Unknown sender.');
  if (isCampaignMessage(raw)) return routeCampaignRequest(store, raw, parsedSender.data, now, deps);
  const parsed = RequestSchema.safeParse(raw);
  if (!parsed.success) {
    const type = raw && typeof raw === 'object' && 'type' in raw ? String(raw.type).slice(0, 40) : '(none)';
    return fail('invalid-request', `Malformed request ${type}: ${describeIssues(parsed.error)}`);
  }
  const request = parsed.data;
  if (parsedSender.data.kind === 'content-script' && !CONTENT_SCRIPT_ALLOWED.has(request.type)) {
    return fail('forbidden', `A page script may not send ${request.type}.`);
  }
  const handler = handlers[request.type] as Handler<RequestType>;
  return answer(() => handler(store, request as never, now, deps));
}

/** Runs a handler; a failure becomes an error reply with a code the UI can act on. */
async function answer(work: () => Promise<unknown>): Promise<Reply<unknown>> {
  try {
    return { ok: true, data: await work() };
  } catch (error) {
    if (error instanceof StoreError) return fail(STORE_CODES[error.code], error.message);
    const detail = error instanceof Error ? error.message : String(error);
    return fail('internal', `Microlens hit an unexpected error: ${detail}`);
  }
}

/** Campaign requests (lib/protocol/campaign-messages.ts): extension pages only, never a content script. */
function routeCampaignRequest(
  store: Store,
  raw: unknown,
  sender: { kind: 'extension-page' | 'content-script' },
  now: number,
  deps: ViewDeps,
): Promise<Reply<unknown>> | Reply<unknown> {
  const type = String((raw as { type: unknown }).type).slice(0, 40);
  if (sender.kind !== 'extension-page') return fail('forbidden', `A page script may not send ${type}.`);
  const parsed = CampaignRequestSchema.safeParse(raw);
  if (!parsed.success)
    return fail('invalid-request', `Malformed request ${type}: ${describeIssues(parsed.error)}`);
  return answer(() => answerCampaignRequest(store, parsed.data, now, deps));
}
