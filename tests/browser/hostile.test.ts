/**
 * Hostile page text end to end: TikTok profiles whose display name, bio and
 * captions hold markup, spreadsheet formulas, bidi overrides, zero-width
 * characters and a 20,000-character string. The overlay, popup and dashboard
 * must show it as inert text (no element is ever created from it, no handler
 * runs), nothing may break, and the CSV export must neutralise every cell a
 * spreadsheet would run as a formula while staying parseable.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, openExtensionPage, type Session, screenshot } from '@/tests/support/browser';
import { ask, dataOf, waitFor } from '@/tests/support/extension';
import {
  type FixtureServer,
  fileResponse,
  OWN_PAGES,
  startFixtureServer,
} from '@/tests/support/fixture-server';
import {
  captureDownload,
  closeCreatorPanel,
  csvRecords,
  openPopupFor,
  overlayFigure,
  overlayText,
  saveFromOverlay,
} from '@/tests/support/journey';

const MARKUP = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
const LONG = `${'<b>Ω</b> '.repeat(2_500)}`.slice(0, 20_000);

/** One hostile creator per way a cell can start; `name` is its display name. */
const CREATORS: { handle: string; name: string; notes?: string }[] = [
  { handle: 'hostile.markup', name: `${MARKUP} Sari`, notes: '\t=1+1 tab first' },
  { handle: 'hostile.eq', name: '=HYPERLINK("http://evil.example","click")', notes: '\r@SUM(1+1) CR first' },
  { handle: 'hostile.plus', name: "+cmd|' /C calc'!A0" },
  { handle: 'hostile.minus', name: "-2+3+cmd|' /C calc'!A0" },
  { handle: 'hostile.at', name: '@SUM(1+1)' },
  { handle: 'hostile.rtl', name: '\u202E=1+1 gnp.exe' },
  { handle: 'hostile.zw', name: '\u200B\u200D=SUM(A1:A9)' },
  { handle: 'hostile.long', name: LONG },
];
/** The bio and captions of every page: markup, formulas, bidi and zero-width, 20,000 characters. */
const BIO = `${MARKUP}=HYPERLINK("http://evil.example","click") \u202Eevil\u202C a\u200Bb ${LONG}`.slice(
  0,
  20_000,
);
const CAPTION = `${MARKUP} +cmd|' /C calc'!A0 #ad`;
const BRIEF_NAME = `${MARKUP.slice(0, 40)} brief`;

/**
 * What the reader keeps of a display name: explicit bidi controls stripped (they
 * spoof what is read: "\u202E=1+1 gnp.exe" renders as "exe.png 1+1="), then at
 * most 300 characters (lib/sites/shared/reading-defaults.ts).
 */
const shownName = (name: string) => name.replace(/[\u202A-\u202E\u2066-\u2069]/g, '').slice(0, 300);

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const urlOf = (handle: string) => `https://www.tiktok.com/@${handle}`;

let server: FixtureServer;
let session: Session;
let profile: Page;

beforeAll(async () => {
  server = await startFixtureServer();
  const template = join(OWN_PAGES, 'hostile', 'tiktok-profile.template.html');
  for (const c of CREATORS) {
    server.route('www.tiktok.com', `/@${c.handle}`, () =>
      fileResponse(template, {
        // Inline handlers and scripts WOULD run here: if the extension ever turned
        // page text into markup, window.__pwned would be set.
        csp: "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'",
        transform: (html) =>
          html
            .replaceAll('{{HANDLE}}', c.handle)
            .replaceAll('{{NAME}}', escapeHtml(c.name))
            .replaceAll('{{BIO}}', escapeHtml(BIO))
            .replaceAll('{{CAPTION}}', escapeHtml(CAPTION)),
      }),
    );
  }
  session = await launchWithExtension(server.port);
  profile = await session.context.newPage();
  const now = Date.now();
  dataOf(
    await ask(session, {
      type: 'briefs:save',
      brief: {
        id: 'hostile-brief',
        name: BRIEF_NAME,
        niches: [],
        keywords: ['sari', 'calc'],
        excludeKeywords: [],
        platforms: [],
        tiers: [],
        languages: [],
        locationWords: [],
        contentTypes: [],
        createdAt: now,
        updatedAt: now,
      },
    }),
  );
});

afterAll(async () => {
  await session?.close({ removeProfile: true });
  await server?.close();
});

/** Elements that could only come from page text turned into markup. */
async function injected(page: Page, inShadow: boolean): Promise<{ tags: string[]; pwned: unknown }> {
  return page.evaluate((shadow) => {
    const root: ParentNode | null | undefined = shadow
      ? document.querySelector('microlens-overlay')?.shadowRoot
      : document.body;
    const found = root ? [...root.querySelectorAll('img, script, iframe, [onerror], b')] : [];
    return {
      tags: found.map((e) => e.tagName.toLowerCase()),
      pwned: (window as unknown as { __pwned?: unknown }).__pwned,
    };
  }, inShadow);
}

describe('hostile page text', () => {
  it('the overlay shows every hostile name as inert text, and Save still works', async () => {
    for (const c of CREATORS) {
      await profile.goto(urlOf(c.handle));
      const followers = await waitFor(`overlay on @${c.handle}`, async () => {
        const f = await overlayFigure(profile, 'ml-followers');
        return f?.value ? f : null;
      });
      expect(followers.value).toBe('1,234');
      const name = await profile
        .locator('microlens-overlay .ml-name')
        .evaluate((el) => ({ text: el.textContent, title: el.getAttribute('title') }));
      expect(name.text, c.handle).toBe(shownName(c.name));
      expect(name.title).toBe(shownName(c.name));
      if (c.handle === 'hostile.rtl') expect(name.text).toBe('=1+1 gnp.exe');
      const shown = await overlayText(profile);
      expect(shown.hosts).toBe(1);
      expect(/[\u202A-\u202E\u2066-\u2069]/.test(shown.html), c.handle).toBe(false);
      expect(await injected(profile, true)).toEqual({ tags: [], pwned: undefined });
      await saveFromOverlay(profile);
      // The page's own copy of the text stayed text too.
      expect(await profile.evaluate(() => document.querySelectorAll('img[src="x"], b').length)).toBe(0);
    }
    await screenshot(profile, 'hostile-overlay-long-name');
  });

  it('the popup shows the name and the hostile brief name as text', async () => {
    for (const c of CREATORS) {
      if (c.notes === undefined) continue;
      dataOf(
        await ask(session, {
          type: 'shortlist:update',
          keys: [`tiktok:${c.handle}`],
          patch: { notes: c.notes },
        }),
      );
    }
    await profile.goto(urlOf('hostile.markup'));
    await overlayText(profile);
    const popup = await openPopupFor(session, urlOf('hostile.markup'));
    await popup.locator('[data-testid="ml-fit-row"]').first().waitFor({ timeout: 15_000 });
    expect(await popup.locator('#ml-creator-name').textContent()).toBe(shownName(CREATORS[0]!.name));
    expect(await popup.locator('[data-testid="ml-fit-row"] .ml-fit-name').textContent()).toBe(BRIEF_NAME);
    expect(await popup.locator('textarea').inputValue()).toBe(CREATORS[0]!.notes);
    expect(await injected(popup, false)).toEqual({ tags: [], pwned: undefined });
    await screenshot(popup, 'hostile-popup');
    await popup.close();
  });

  it('the dashboard lists every hostile creator as text and exports a neutralised, parseable CSV', async () => {
    const dashboard = await openExtensionPage(session, 'dashboard.html');
    const rows = dashboard.locator('[data-testid="ml-shortlist-row"]');
    await rows.nth(CREATORS.length - 1).waitFor({ timeout: 15_000 });
    expect(await rows.count()).toBe(CREATORS.length);
    for (const c of CREATORS) {
      const name = dashboard.locator(`[data-key="tiktok:${c.handle}"] button.ml-name bdi`);
      expect(await name.textContent(), c.handle).toBe(shownName(c.name));
    }
    expect(await injected(dashboard, false)).toEqual({ tags: [], pwned: undefined });
    // The creator panel (name, notes, fit reasons) too.
    await dashboard.locator('[data-key="tiktok:hostile.markup"] button.ml-name').click();
    await dashboard.locator('.ml-panel').waitFor();
    expect(await dashboard.locator('#ml-notes').inputValue()).toBe(CREATORS[0]!.notes);
    expect(await dashboard.locator('.ml-panel').textContent()).toContain(MARKUP);
    expect(await injected(dashboard, false)).toEqual({ tags: [], pwned: undefined });
    await screenshot(dashboard, 'hostile-dashboard-panel');
    await closeCreatorPanel(dashboard);
    await screenshot(dashboard, 'hostile-dashboard');

    const csv = await captureDownload(dashboard, () =>
      dashboard.locator('[data-testid="ml-export-csv"]').first().click(),
    );
    // Parseable: strict RFC 4180, BOM, every row as wide as the header.
    const { header, records } = csvRecords(csv.text);
    expect(header).toContain(`fit_${BRIEF_NAME}`);
    expect(records).toHaveLength(CREATORS.length);
    const byHandle = new Map(records.map((r) => [r.handle, r]));
    const expected: Record<string, string> = {
      'hostile.markup': shownName(CREATORS[0]!.name),
      'hostile.eq': `'=HYPERLINK("http://evil.example","click")`,
      'hostile.plus': `'+cmd|' /C calc'!A0`,
      'hostile.minus': `'-2+3+cmd|' /C calc'!A0`,
      'hostile.at': `'@SUM(1+1)`,
      // The override is gone at the reader: the cell reads as written, and is neutralised.
      'hostile.rtl': `'=1+1 gnp.exe`,
      'hostile.zw': `'\u200B\u200D=SUM(A1:A9)`,
      'hostile.long': shownName(LONG),
    };
    for (const c of CREATORS) {
      const r = byHandle.get(c.handle);
      expect(r?.display_name, c.handle).toBe(expected[c.handle]);
      expect(r?.followers).toBe('1234');
    }
    expect(byHandle.get('hostile.markup')?.notes).toBe("'\t=1+1 tab first");
    expect(byHandle.get('hostile.eq')?.notes).toBe("'\r@SUM(1+1) CR first");
    // No explicit bidi control survives into any cell (names, bios, captions)…
    expect(/[\u202A-\u202E\u2066-\u2069]/.test(csv.text)).toBe(false);
    // …and no cell anywhere starts a formula (after invisible leading characters).
    for (const r of records) {
      for (const [col, cell] of Object.entries(r)) {
        expect(/^[\p{Cf}\p{Zs}]*[=+\-@\t\r]/u.test(cell), `${r.handle}.${col}: ${cell.slice(0, 40)}`).toBe(
          false,
        );
      }
    }
    await dashboard.close();
  });
});

// Keep the template honest: it must hold every placeholder the test fills.
const template = readFileSync(join(OWN_PAGES, 'hostile', 'tiktok-profile.template.html'), 'utf8');
for (const p of ['{{HANDLE}}', '{{NAME}}', '{{BIO}}', '{{CAPTION}}']) {
  if (!template.includes(p)) throw new Error(`template lacks ${p}`);
}
