/**
 * Test helper: a Document from HTML, in node, with happy-dom — no script runs,
 * nothing is fetched (the captures reference TikTok's CDN).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Window } from 'happy-dom';

const FIXTURES = resolve(__dirname, '../../../../shared/fixtures/tiktok');
const PAGES = resolve(__dirname, '../../pages/tiktok');

export function documentFrom(html: string, url = 'https://www.tiktok.com/'): Document {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      navigation: { disableChildFrameNavigation: true, disableMainFrameNavigation: true },
    },
  });
  const parser = new window.DOMParser();
  return parser.parseFromString(html, 'text/html') as unknown as Document;
}

/** A real capture from ../shared/fixtures/tiktok (read in place, never copied). */
export function fixtureHtml(name: string): string {
  return readFileSync(resolve(FIXTURES, name), 'utf8');
}

/** A hand-made page from tests/pages/tiktok. */
export function pageHtml(name: string): string {
  return readFileSync(resolve(PAGES, name), 'utf8');
}
