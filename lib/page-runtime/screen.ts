/**
 * The paint step of the content-script runtime: what the card shows and for
 * whom. It keeps the creator on screen (its reading, and the worker's view once
 * recorded), the last reading the worker stored (an identical one is shown
 * again, not sent again), and the saves waiting for a record.
 */
import { NO_ANSWER } from '@/lib/protocol/client';
import type { CreatorKey } from '@/lib/schema/creator';
import type { Reading } from '@/lib/schema/reading';
import type { CreatorView } from '@/lib/schema/views';
import type { PageOverlay } from './host';
import { sameReading } from './same-reading';
import type { sendSafely } from './send-safely';

type Current = {
  key: CreatorKey;
  reading: Reading;
  view: CreatorView | null;
  /** The background's view once this creator's reading is recorded (null if it could not be). */
  recorded: Promise<CreatorView | null>;
};

type RecordReply = Awaited<ReturnType<typeof sendSafely<'reading:record'>>>;

export type Screen = ReturnType<typeof createScreen>;

export function createScreen(overlay: PageOverlay) {
  let current: Current | null = null;
  let lastSent: { reading: Reading; view: CreatorView } | null = null;
  // Saves waiting for the record of a reading painted before the background answered.
  let waiting: Array<(view: CreatorView | null) => void> = [];

  /** Answers the saves waiting for a record (null: it could not be recorded). */
  const settle = (view: CreatorView | null) => {
    const due = waiting;
    waiting = [];
    for (const resolve of due) resolve(view);
  };

  const show = (
    reading: Reading,
    view: CreatorView | null,
    error?: string,
    recorded?: Promise<CreatorView | null>,
  ) => {
    if (reading.pageKind !== 'profile') return overlay.clear();
    overlay.show({
      reading,
      view,
      ...(error ? { error } : {}),
      ...(recorded && !view ? { recorded } : {}),
    });
  };

  /** A creator newly on screen: its page figures now, the store's figures when recorded. */
  const paintEarly = (key: CreatorKey | null, reading: Reading) => {
    if (!key || current?.key === key) return;
    const recorded = new Promise<CreatorView | null>((resolve) => waiting.push(resolve));
    current = { key, reading, view: null, recorded };
    show(reading, null, undefined, recorded);
  };

  /** A recorded (or already seen) reading on screen with its view. */
  const present = (key: CreatorKey | null, reading: Reading, view: CreatorView | null, error?: string) => {
    current = key ? { key, reading, view, recorded: Promise.resolve(view) } : null;
    show(reading, view, error);
  };

  return {
    settle,
    paintEarly,

    /**
     * The worker's newer view of the creator on screen: after a save, or after
     * the page's own API data from `pageUrl` was recorded (then only if the
     * page and the creator are still the ones on screen).
     */
    showView(view: CreatorView, pageUrl?: string) {
      if (
        !current ||
        (pageUrl !== undefined && (location.href !== pageUrl || current.key !== view.creator.key))
      )
        return;
      current.view = view;
      if (lastSent) lastSent.view = view;
      show(current.reading, view);
    },

    /** While parsing: better figures for the creator shown (not yet recorded), or a new creator. */
    paintParsing(key: CreatorKey | null, reading: Reading) {
      if (current && current.key === key && !current.view) {
        current.reading = reading;
        show(reading, null, undefined, current.recorded);
      } else paintEarly(key, reading);
    },

    /** Not a creator page (feeds, explore, search, DMs): leave the page clean. */
    clear() {
      current = null;
      overlay.clear();
    },

    /** Shows a reading identical to the last one recorded, with its view; false when it differs. */
    showAgain(key: CreatorKey | null, reading: Reading): boolean {
      if (!lastSent || !sameReading(reading, lastSent.reading)) return false;
      const view = lastSent.view;
      present(key, reading, view);
      settle(view);
      return true;
    },

    /** The record's answer: the view, or why there is none. Only a stored reading counts as sent. */
    showRecorded(key: CreatorKey | null, reading: Reading, reply: RecordReply) {
      if (reply?.ok) lastSent = { reading, view: reply.data };
      present(
        key,
        reading,
        reply?.ok ? reply.data : null,
        !reply ? NO_ANSWER : reply.ok ? undefined : reply.error.message,
      );
    },

    /** The creator to save, once recorded: a save made before the record waits for it, never fails. */
    async savableKey(): Promise<CreatorKey | null> {
      const shown = current;
      if (!shown) return null;
      await shown.recorded;
      return shown.key;
    },
  };
}
