// First: zod must never evaluate code (see lib/zod-jitless.ts).
import '@/lib/zod-jitless';
import { listen } from '@/lib/background/listen';
import { openStore } from '@/lib/store/store';

// Thin: open the store on the worker's IndexedDB and route messages/commands (lib/background/listen).
export default defineBackground(() => {
  listen(browser, () => openStore(indexedDB));
});
