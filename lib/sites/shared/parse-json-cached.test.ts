import { describe, expect, it } from 'vitest';
import { parseJsonCached } from './parse-json-cached';

describe('parseJsonCached', () => {
  it('parses a text once: the same text again gives the same value without parsing', () => {
    const text = JSON.stringify({ stats: { followerCount: 783427 } });
    const first = parseJsonCached(text);
    expect(first).toEqual({ stats: { followerCount: 783427 } });
    // An equal string built anew (as textContent gives on each read) is a hit too.
    expect(parseJsonCached(`${text.slice(0, 5)}${text.slice(5)}`)).toBe(first);
  });

  it('gives undefined for text that is not JSON, and new values for new texts', () => {
    expect(parseJsonCached('{"followers": 3')).toBeUndefined();
    const a = parseJsonCached('{"n":1}');
    const b = parseJsonCached('{"n":2}');
    expect(a).toEqual({ n: 1 });
    expect(b).toEqual({ n: 2 });
  });

  it('keeps only the last few texts (a long session does not hold every page it saw)', () => {
    const old = parseJsonCached('{"page":0}');
    for (let i = 1; i <= 4; i++) parseJsonCached(`{"page":${i}}`);
    const again = parseJsonCached('{"page":0}');
    expect(again).toEqual(old);
    expect(again).not.toBe(old);
  });
});
