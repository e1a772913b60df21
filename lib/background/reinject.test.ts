import { describe, expect, it } from 'vitest';
import { type ReinjectBrowser, reinjectContentScripts } from './reinject';

function fakeBrowser(tabsByPattern: Record<string, { id?: number; discarded?: boolean }[]>, failOn = -1) {
  const injected: { tabId: number; files: string[] }[] = [];
  const browser: ReinjectBrowser = {
    runtime: {
      getManifest: () => ({
        content_scripts: [
          { matches: ['https://www.instagram.com/*'], js: ['content-scripts/instagram.js'] },
          {
            matches: ['https://www.instagram.com/*', 'https://www.tiktok.com/*'],
            js: ['content-scripts/page-bridge.js'],
            world: 'MAIN',
          },
          { matches: ['https://www.tiktok.com/*'], js: ['content-scripts/tiktok.js'] },
        ],
      }),
    },
    tabs: { query: async ({ url }) => url.flatMap((u) => tabsByPattern[u] ?? []) },
    scripting: {
      executeScript: async ({ target, files }) => {
        if (target.tabId === failOn) throw new Error('tab closed');
        injected.push({ tabId: target.tabId, files });
      },
    },
  };
  return { browser, injected };
}

describe('reinjectContentScripts', () => {
  it("gives each open site tab its site's isolated-world script, never a second main-world bridge", async () => {
    const { browser, injected } = fakeBrowser(
      {
        'https://www.instagram.com/*': [{ id: 1 }, { id: 2, discarded: true }, {}],
        'https://www.tiktok.com/*': [{ id: 3 }, { id: 4 }],
      },
      4,
    );
    expect(await reinjectContentScripts(browser)).toBe(2);
    expect(injected).toEqual([
      { tabId: 1, files: ['content-scripts/instagram.js'] },
      { tabId: 3, files: ['content-scripts/tiktok.js'] },
    ]);
  });
});
