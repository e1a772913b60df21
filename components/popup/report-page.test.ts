// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isPageHtmlRequest, PAGE_HTML_MESSAGE, pageHtml } from '@/lib/page-runtime/page-html-listener';
import { reportActivePage } from './report-page';

const PAGE = readFileSync(
  join(process.cwd(), 'tests', 'pages', 'tiktok', 'profile-2026-swapped-json.html'),
  'utf8',
);
const URL_ = 'https://www.tiktok.com/@nadia.eats?_t=SHARE123';

describe('Report this page (popup)', () => {
  it('asks the tab with the one message, redacts, and saves one JSON file with the reading', async () => {
    const asked: unknown[] = [];
    const saved: Array<{ name: string; text: string }> = [];
    const out = await reportActivePage(
      async (m) => {
        asked.push(m);
        return {
          ok: true,
          html: PAGE.replace('<main>', '<nav><a href="/@viewer.x">me</a></nav><main>'),
          url: URL_,
        };
      },
      (name, text) => saved.push({ name, text }),
      Date.UTC(2026, 11, 6),
    );
    expect(asked).toEqual([PAGE_HTML_MESSAGE]);
    expect(out).toEqual({ ok: true, file: 'microlens-report-tiktok-nadia.eats-2026-12-06.json' });
    const report = JSON.parse(saved[0]!.text);
    expect(report.url).toBe('https://www.tiktok.com/@nadia.eats');
    expect(report.reading.followers.value).toBe(48_713);
    expect(saved[0]!.text).not.toContain('viewer.x');
    expect(saved[0]!.text).not.toContain('SHARE123');
  });

  it('says why when the page does not answer, and saves nothing', async () => {
    const saved: string[] = [];
    const out = await reportActivePage(
      async () => {
        throw new Error('no content script');
      },
      (name) => saved.push(name),
      0,
    );
    expect(out.ok).toBe(false);
    expect(saved).toEqual([]);
  });

  it('the content script answers only the exact message, with its markup and address', () => {
    expect(isPageHtmlRequest({ type: 'microlens:page-html' })).toBe(true);
    expect(isPageHtmlRequest({ type: 'microlens:page-html', extra: 1 })).toBe(false);
    expect(isPageHtmlRequest('microlens:page-html')).toBe(false);
    const doc = new DOMParser().parseFromString('<html><body><p>hi</p></body></html>', 'text/html');
    const answer = pageHtml(doc as unknown as Document, 'https://www.instagram.com/x/');
    expect(answer).toMatchObject({ ok: true, url: 'https://www.instagram.com/x/' });
    expect(answer.ok && answer.html).toContain('<p>hi</p>');
  });
});
