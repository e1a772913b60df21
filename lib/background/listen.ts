/**
 * Wires the router to the extension APIs. Takes the `browser` object (the
 * entrypoint passes the real one, tests WXT's fakeBrowser) and the store.
 */
import { OVERLAY_PREFS_KEY, SETTINGS_WRITERS } from '@/lib/overlay-card/prefs';
import { overlayPrefsOf } from '@/lib/overlay-card/prefs-of';
import type { Store } from '@/lib/store/store';
import { handleRequest } from './handle-request';
import { type RuntimeSender, senderOf } from './sender';
import type { ViewDeps } from './view-deps';

/** The slice of the WebExtension API the worker uses. */
export interface WorkerBrowser {
  runtime: {
    id: string;
    getURL(path: string): string;
    onMessage: {
      addListener(listener: (message: unknown, sender: RuntimeSender) => Promise<unknown> | undefined): void;
    };
  };
  commands?: { onCommand: { addListener(listener: (command: string) => void): void } };
  tabs: {
    query(query: { active: boolean; currentWindow: boolean }): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
  /** Where the overlay's settings are mirrored for content scripts (lib/overlay-card/prefs.ts). */
  storage?: { local: { set(items: Record<string, unknown>): Promise<void> } };
}

export interface ListenOptions {
  now?: () => number;
  deps?: ViewDeps;
}

/** Sent to the active tab's content script by the keyboard shortcut; it answers with shortlist:save. */
export const SAVE_CURRENT_MESSAGE = { type: 'microlens:save-current' } as const;

/**
 * `store` may be a function opening it: opening starts at once, and a failed
 * open (storage unavailable at start-up) is retried on the next message.
 */
export function listen(
  api: WorkerBrowser,
  store: Store | (() => Promise<Store>),
  options: ListenOptions = {},
): void {
  const now = options.now ?? Date.now;
  const baseUrl = api.runtime.getURL('');
  let opening: Promise<Store> | null = null;
  const getStore = (): Promise<Store> => {
    if (typeof store !== 'function') return Promise.resolve(store);
    if (!opening) {
      const attempt = store();
      opening = attempt;
      attempt.catch(() => {
        if (opening === attempt) opening = null;
      });
    }
    return opening;
  };
  // The overlay's settings, copied where content scripts read them without waking the worker:
  // at start (an install, an update, a copy lost) and after every request that may change them.
  const mirrorPrefs = (s: Store) =>
    s
      .getSettings()
      .then((settings) => api.storage?.local.set({ [OVERLAY_PREFS_KEY]: overlayPrefsOf(settings) }))
      .catch(() => undefined);
  void getStore().then(mirrorPrefs, () => undefined);

  api.runtime.onMessage.addListener((message, rawSender) => {
    // 'microlens:*' messages are for pages and content scripts, not for the worker: stay silent.
    if (
      message &&
      typeof message === 'object' &&
      String((message as { type?: unknown }).type).startsWith('microlens:')
    ) {
      return undefined;
    }
    const sender = senderOf(rawSender, api.runtime.id, baseUrl);
    if (!sender) {
      return Promise.resolve({ ok: false, error: { code: 'forbidden', message: 'Unknown sender.' } });
    }
    return getStore().then(
      async (s) => {
        const reply = await handleRequest(s, message, sender, now(), options.deps);
        if (reply.ok && SETTINGS_WRITERS.has(String((message as { type?: unknown }).type))) {
          await mirrorPrefs(s);
        }
        return reply;
      },
      (error: unknown) => ({
        ok: false,
        error: { code: 'storage', message: `The local database could not be opened: ${String(error)}` },
      }),
    );
  });

  api.commands?.onCommand.addListener((command) => {
    if (command !== 'save-creator') return;
    void saveActiveTab(api);
  });
}

async function saveActiveTab(api: WorkerBrowser): Promise<void> {
  const [tab] = await api.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return;
  // No content script on this tab (not a creator site): nothing to save, nothing to report.
  await api.tabs.sendMessage(tab.id, SAVE_CURRENT_MESSAGE).catch(() => undefined);
}
