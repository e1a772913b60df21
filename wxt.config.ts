import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// Site access is the only host permission Microlens asks for: it reads pages the
// marketer already has open and never fetches anything itself.
const SITE_HOSTS = ['https://www.instagram.com/*', 'https://www.tiktok.com/*'];

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
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
    permissions: ['unlimitedStorage'],
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
