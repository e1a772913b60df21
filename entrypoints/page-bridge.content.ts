/**
 * Main-world bridge. Content scripts cannot see the responses the page's own
 * code fetches, and those carry the per-post likes/comments a profile's DOM
 * lacks. This script observes the page's fetch/XHR responses for a short list
 * of API paths and posts a copy of their text to the content script.
 *
 * Rules: it never makes a request, never alters a response (it reads a clone),
 * and never throws into the page (every hook is wrapped in try/catch).
 */
import { BRIDGE_CHANNEL, isAllowedApiUrl, MAX_BRIDGE_BODY_CHARS } from '@/lib/protocol/bridge-urls';

export default defineContentScript({
  matches: ['https://www.instagram.com/*', 'https://www.tiktok.com/*'],
  world: 'MAIN',
  runAt: 'document_start',
  main() {
    const origin = location.origin;

    const pass = (url: string, body: string) => {
      if (body.length > MAX_BRIDGE_BODY_CHARS) return;
      window.postMessage({ channel: BRIDGE_CHANNEL, url, body }, origin);
    };

    const wanted = (url: string) => {
      try {
        return new URL(url, location.href).origin === origin && isAllowedApiUrl(url, location.href);
      } catch {
        return false;
      }
    };

    const tooBig = (lengthHeader: string | null) =>
      lengthHeader !== null && Number(lengthHeader) > MAX_BRIDGE_BODY_CHARS;

    // fetch: return the page's own promise untouched; read a clone on the side.
    const pageFetch = window.fetch;
    if (typeof pageFetch === 'function') {
      const observedFetch = function (this: unknown, ...args: Parameters<typeof fetch>) {
        const result = pageFetch.apply(this, args);
        try {
          result.then(
            (response) => {
              try {
                const url = new URL(response.url || '', location.href).href;
                if (!response.ok || !wanted(url) || tooBig(response.headers.get('content-length'))) return;
                response
                  .clone()
                  .text()
                  .then(
                    (text) => pass(url, text),
                    () => undefined,
                  );
              } catch {
                // never disturb the page
              }
            },
            () => undefined,
          );
        } catch {
          // never disturb the page
        }
        return result;
      };
      try {
        window.fetch = observedFetch as typeof fetch;
      } catch {
        // a frozen window.fetch: nothing to observe
      }
    }

    // XHR: remember the URL at open(), read the finished response on load.
    try {
      const proto = XMLHttpRequest.prototype;
      const pageOpen = proto.open;
      const urls = new WeakMap<XMLHttpRequest, string>();
      const onLoad = function (this: XMLHttpRequest) {
        try {
          const url = new URL(this.responseURL || urls.get(this) || '', location.href).href;
          if (this.status < 200 || this.status >= 300 || !wanted(url)) return;
          if (this.responseType === '' || this.responseType === 'text') {
            pass(url, this.responseText);
          } else if (this.responseType === 'json' && this.response != null) {
            pass(url, JSON.stringify(this.response));
          }
        } catch {
          // never disturb the page
        }
      };
      proto.open = function (this: XMLHttpRequest, ...args: unknown[]) {
        try {
          const url = String(args[1]);
          if (wanted(url) && !urls.has(this)) {
            urls.set(this, url);
            this.addEventListener('load', onLoad);
          }
        } catch {
          // never disturb the page
        }
        return (pageOpen as (...a: unknown[]) => void).apply(this, args);
      } as typeof proto.open;
    } catch {
      // no XHR to observe
    }
  },
});
