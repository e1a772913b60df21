/**
 * The typed message client's rules, the same for every surface that talks to
 * the background worker (popup, dashboard, overlay, content script): one
 * request in, the matching ResponseMap entry out, or a readable error. The
 * surfaces pass their own transport (the extension runtime, a test's fake).
 * Type-only imports: a content script bundles this without zod.
 */
import type { CampaignRequest, CampaignRequestType, CampaignResponseMap } from './campaign-messages';
import type { ErrorCode, Reply, Request, RequestType, ResponseMap } from './messages';

export type RequestOf<T extends RequestType> = Extract<Request, { type: T }>;
export type Send = <T extends RequestType>(req: RequestOf<T>) => Promise<ResponseMap[T]>;

/** The campaign requests (campaign-messages.ts) travel the same way; typed by their own map. */
export type CampaignRequestOf<T extends CampaignRequestType> = Extract<CampaignRequest, { type: T }>;
export type CampaignSend = <T extends CampaignRequestType>(
  req: CampaignRequestOf<T>,
) => Promise<CampaignResponseMap[T]>;

/** What a surface says when the worker gave no reply at all (restarting, or nothing listened). */
export const NO_ANSWER = 'Microlens background did not answer';

export class MessageError extends Error {
  constructor(
    readonly code: ErrorCode | 'no-reply',
    message: string,
  ) {
    super(message);
    this.name = 'MessageError';
  }
}

/** A worker's reply, or null when what came back is not one. */
export function asReply<T>(reply: unknown): Reply<T> | null {
  return reply && typeof reply === 'object' && 'ok' in reply ? (reply as Reply<T>) : null;
}

/** Turns a reply into its data, or throws what went wrong in words. */
export function unwrapReply<T>(reply: unknown): T {
  const r = asReply<T>(reply);
  // The worker was restarting or nothing listened: say so rather than show undefined.
  if (!r) throw new MessageError('no-reply', NO_ANSWER);
  if (r.ok) return r.data;
  throw new MessageError(r.error.code, r.error.message || r.error.code);
}
