import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NOTICES } from '@/lib/sites/instagram/reader';
import { KNOWN_NOTICES, translateNotice } from './notices';

describe('translateNotice', () => {
  it('knows every Instagram reader notice, so none reaches an Indonesian card in English', () => {
    for (const text of Object.values(NOTICES)) {
      expect(translateNotice(text, 'id'), text).not.toBe(text);
      expect(translateNotice(text, 'en')).toBe(text);
    }
  });

  it("knows the TikTok reader's and the content script's fixed notices, word for word", () => {
    const sources = [
      'lib/sites/tiktok/reader.ts',
      'lib/sites/tiktok/json.ts',
      'lib/page-runtime/creator-page.ts',
      'lib/protocol/client.ts',
    ]
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    const fromSources = KNOWN_NOTICES.filter((t) => !Object.values(NOTICES).includes(t as never));
    for (const text of fromSources) expect(sources, text).toContain(text);
  });

  it('leaves free text (a notice with page text in it) in English', () => {
    const free = 'Embedded page data is for @someone, not this page: ignored.';
    expect(translateNotice(free, 'id')).toBe(free);
  });
});
