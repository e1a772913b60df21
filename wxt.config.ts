import preact from '@preact/preset-vite';
import type { AliasOptions } from 'vite';
import { defineConfig } from 'wxt';

// Site access is the only host permission Microlens asks for: it reads pages the
// marketer already has open and never fetches anything itself.
const SITE_HOSTS = ['https://www.instagram.com/*', 'https://www.tiktok.com/*'];

/**
 * `wxt/browser` in content scripts: WXT's own native binding
 * (`globalThis.browser` on Firefox, `globalThis.chrome` on Chrome) instead of
 * webextension-polyfill. A content script uses runtime.sendMessage (promise-based
 * natively in Chrome MV3 and Firefox) and runtime.onMessage (answered through
 * sendResponse, which both support natively), so the polyfill's ~9.5 KB bought
 * it nothing on every Instagram/TikTok page. The background, popup and dashboard
 * keep the polyfill through the module below. scripts/bundle-report.ts reads
 * this constant so its breakdown resolves `wxt/browser` the same way.
 */
export const CONTENT_SCRIPT_BROWSER = '@wxt-dev/browser';

/** Puts the content-script binding ahead of the polyfill module's alias (first match wins). */
function withContentScriptBrowser(alias: AliasOptions | undefined): AliasOptions {
  const own = { find: /^wxt\/browser$/, replacement: CONTENT_SCRIPT_BROWSER };
  if (Array.isArray(alias)) return [own, ...alias];
  return [own, ...Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement }))];
}

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  hooks: {
    'vite:build:extendConfig': (entrypoints, viteConfig) => {
      if (!entrypoints.every((e) => e.type === 'content-script')) return;
      viteConfig.resolve ??= {};
      viteConfig.resolve.alias = withContentScriptBrowser(viteConfig.resolve.alias);
    },
  },
  // MV3 on Firefox too: main-world content scripts (the page-data bridge) need it.
  manifestVersion: 3,
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser }) => ({
    name: 'Microlens',
    description:
      'Vet Instagram and TikTok micro-influencers where you browse: engagement, tier, authenticity and brief fit, computed privately in your browser.',
    default_locale: undefined,
    // IndexedDB needs no permission; unlimitedStorage keeps months of history from hitting the quota.
    // scripting (Chrome only): after an update the new worker re-injects the content scripts into
    // open creator tabs, which Chrome does not do itself (lib/background/reinject.ts); it can only
    // reach the two sites of host_permissions, and Chrome shows no extra install warning for it.
    // storage: the overlay's settings, mirrored for content scripts (lib/overlay-card/prefs.ts).
    permissions:
      browser === 'firefox' ? ['unlimitedStorage', 'storage'] : ['unlimitedStorage', 'storage', 'scripting'],
    host_permissions: SITE_HOSTS,
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    action: { default_title: 'Microlens' },
    commands: {
      'save-creator': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: 'Save the creator on this page to the shortlist',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'microlens@microlens.app',
              // 140 (ESR): the first desktop Firefox that knows data_collection_permissions,
              // which addons.mozilla.org requires; web-ext lint warns on anything older.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android learned data_collection_permissions in 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
