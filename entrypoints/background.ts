// First: zod must never evaluate code (see lib/schema/zod-jitless.ts).
import '@/lib/schema/zod-jitless';
import { listen } from '@/lib/background/listen';
import { type ReinjectBrowser, reinjectContentScripts } from '@/lib/background/reinject';
import { openStore } from '@/lib/store/store';

// Thin: open the store on the worker's IndexedDB and route messages/commands (lib/background/listen).
export default defineBackground(() => {
  // The version tags cached fit scores: after an update (maybe a new fit engine) they are recomputed.
  const fitTag = browser.runtime.getManifest().version;
  listen(browser, () => openStore(indexedDB, undefined, { fitTag }));
  // Chrome does not give open creator tabs the new content scripts after an
  // install or update (Firefox does): bring the overlay back there (lib/background/reinject).
  if (!import.meta.env.FIREFOX) {
    browser.runtime.onInstalled.addListener(({ reason }) => {
      if (reason === 'install' || reason === 'update') {
        void reinjectContentScripts(browser as unknown as ReinjectBrowser);
      }
    });
  }
});
