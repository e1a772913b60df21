/** Builds a Document from saved HTML in node (happy-dom, scripts never run), for the Instagram reader tests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';

export const FIXTURES = join(process.cwd(), '..', 'shared', 'fixtures', 'instagram');
export const PAGES = join(process.cwd(), 'tests', 'pages', 'instagram');

const windows: Window[] = [];

export function documentFromHtml(html: string, url: string): Document {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      navigation: { disableChildFrameNavigation: true, disableChildPageNavigation: true },
    },
  });
  windows.push(window);
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

export function fixtureHtml(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

export function fixtureJson(name: string): unknown {
  return JSON.parse(readFileSync(join(FIXTURES, name), 'utf8'));
}

export function pageHtml(name: string): string {
  return readFileSync(join(PAGES, name), 'utf8');
}

/** Closes every window opened by documentFromHtml (call in afterAll). */
export async function closeDocuments(): Promise<void> {
  await Promise.all(windows.splice(0).map((w) => w.happyDOM.close()));
}
