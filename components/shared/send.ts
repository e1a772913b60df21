/**
 * The typed message client every extension surface uses to talk to the
 * background worker: one request in, the matching ResponseMap entry out, or a
 * readable Error (with the protocol's error code) when the worker says no.
 */
import { browser } from 'wxt/browser';
import type { ErrorCode, Reply, Request, RequestType, ResponseMap } from '@/lib/protocol/messages';

export type RequestOf<T extends RequestType> = Extract<Request, { type: T }>;
export type Send = <T extends RequestType>(req: RequestOf<T>) => Promise<ResponseMap[T]>;

export class MessageError extends Error {
  constructor(
    readonly code: ErrorCode | 'no-reply',
    message: string,
  ) {
    super(message);
    this.name = 'MessageError';
  }
}

/** Turns a reply into its data, or throws what went wrong in words. */
export function unwrapReply<T>(reply: unknown): T {
  if (!reply || typeof reply !== 'object' || !('ok' in reply)) {
    // The worker was restarting or nothing listened: say so rather than show undefined.
    throw new MessageError('no-reply', 'Microlens background did not answer');
  }
  const r = reply as Reply<T>;
  if (r.ok) return r.data;
  throw new MessageError(r.error.code, r.error.message || r.error.code);
}

export const send: Send = async (req) => unwrapReply(await browser.runtime.sendMessage(req));
