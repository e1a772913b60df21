/**
 * Talking to the extension under test: send protocol requests as an extension
 * page would, and watch what content scripts send the background worker.
 */
import type { Page } from 'playwright-core';
import type { Reply, RequestType, ResponseMap } from '@/lib/protocol/messages';
import { openExtensionPage, type Session } from './browser';

const pages = new WeakMap<Session, Page>();

/** The bits of the `chrome` global used inside evaluate() callbacks (no @types/chrome here). */
interface ChromeRuntime {
  runtime: {
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: {
      addListener(cb: (message: unknown, sender: { url?: string; tab?: { id?: number } }) => undefined): void;
    };
  };
}

/** Sends one request from an extension page (popup.html) and returns the reply. */
export async function ask<T extends RequestType>(
  session: Session,
  request: { type: T } & Record<string, unknown>,
): Promise<Reply<ResponseMap[T]>> {
  let page = pages.get(session);
  if (!page || page.isClosed()) {
    page = await openExtensionPage(session, 'popup.html');
    pages.set(session, page);
  }
  return page.evaluate(
    (req) => (globalThis as unknown as { chrome: ChromeRuntime }).chrome.runtime.sendMessage(req),
    request,
  ) as Promise<Reply<ResponseMap[T]>>;
}

/** Unwraps an ok reply or throws with the error, so a failing store fails the test clearly. */
export function dataOf<T>(reply: Reply<T>): T {
  if (!reply.ok) throw new Error(`request failed: ${reply.error.code}: ${reply.error.message}`);
  return reply.data;
}

/**
 * Records every message the background worker receives from now on (an extra
 * onMessage listener that never answers, so the real handler still replies).
 */
export async function spyOnMessages(session: Session): Promise<void> {
  await session.worker.evaluate(() => {
    const g = globalThis as unknown as { __mlSeen?: unknown[] };
    if (g.__mlSeen) return;
    g.__mlSeen = [];
    const { chrome } = globalThis as unknown as { chrome: ChromeRuntime };
    chrome.runtime.onMessage.addListener((message, sender) => {
      g.__mlSeen!.push({ message, senderUrl: sender.url ?? null, tab: sender.tab?.id ?? null });
      return undefined;
    });
  });
}

export interface SeenMessage {
  message: { type?: string; reading?: Record<string, unknown> } & Record<string, unknown>;
  senderUrl: string | null;
  tab: number | null;
}

export async function seenMessages(session: Session): Promise<SeenMessage[]> {
  return session.worker.evaluate(
    () => (globalThis as unknown as { __mlSeen?: SeenMessage[] }).__mlSeen ?? [],
  ) as Promise<SeenMessage[]>;
}

/** Polls `probe` until it returns a non-null value (or throws after `timeoutMs`). */
export async function waitFor<T>(
  what: string,
  probe: () => Promise<T | null | undefined | false>,
  timeoutMs = 15_000,
): Promise<T> {
  const until = Date.now() + timeoutMs;
  let last: unknown = null;
  while (Date.now() < until) {
    try {
      const value = await probe();
      if (value) return value;
    } catch (error) {
      last = error;
    }
    await new Promise((ok) => setTimeout(ok, 200));
  }
  throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
}
