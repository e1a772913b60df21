import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { BOM, row } from '@/lib/csv/cells';
import { parseProfileTarget } from './profile-target';
import {
  appendTargets,
  createQueue,
  MAX_QUEUE,
  markVisited,
  nextItem,
  parseCsvTargets,
  parsePastedTargets,
  queueProgress,
  skipItem,
  unskipItem,
  VisitQueueSchema,
} from './visit-queue';

describe('parseProfileTarget', () => {
  it.each([
    ['@rina.makeup', 'instagram', 'instagram:rina.makeup'],
    ['Rina.Makeup', 'instagram', 'instagram:rina.makeup'],
    ['https://www.instagram.com/rina.makeup/', null, 'instagram:rina.makeup'],
    ['https://www.instagram.com/rina.makeup/?igsh=MXZ5c2R3&utm_source=qr', null, 'instagram:rina.makeup'],
    ['instagram.com/rina.makeup', null, 'instagram:rina.makeup'],
    ['http://m.instagram.com/rina.makeup/reels/', null, 'instagram:rina.makeup'],
    ['https://instagr.am/rina.makeup', null, 'instagram:rina.makeup'],
    ['https://www.instagram.com/rina.makeup/p/C9kelana001/', null, 'instagram:rina.makeup'],
    ['https://www.instagram.com/stories/rina.makeup/3312345678901234567/', null, 'instagram:rina.makeup'],
    ['<https://www.instagram.com/kopi.kelana/>', null, 'instagram:kopi.kelana'],
    ['https://www.tiktok.com/@bang.ozi.main', null, 'tiktok:bang.ozi.main'],
    [
      'https://www.tiktok.com/@Bang.Ozi.Main?lang=id&is_from_webapp=1&sender_device=pc',
      null,
      'tiktok:bang.ozi.main',
    ],
    [
      'https://m.tiktok.com/@hijab.daily.salsa/video/7312345678901234567?_r=1',
      null,
      'tiktok:hijab.daily.salsa',
    ],
    ['tiktok.com/@jalan.hemat.rina', 'instagram', 'tiktok:jalan.hemat.rina'],
    ['@jalan.hemat.rina', 'tiktok', 'tiktok:jalan.hemat.rina'],
  ] as const)('%s → %s', (input, platform, key) => {
    const r = parseProfileTarget(input, platform);
    expect(r.ok && r.target.key).toBe(key);
  });

  it('gives the profile address to open', () => {
    expect(parseProfileTarget('@rina.makeup', 'instagram')).toEqual({
      ok: true,
      target: {
        platform: 'instagram',
        handle: 'rina.makeup',
        key: 'instagram:rina.makeup',
        url: 'https://www.instagram.com/rina.makeup/',
      },
    });
    const t = parseProfileTarget('https://www.tiktok.com/@bang.ozi.main?lang=id', null);
    expect(t.ok && t.target.url).toBe('https://www.tiktok.com/@bang.ozi.main');
  });

  it.each([
    ['   ', 'instagram', 'empty'],
    ['@rina.makeup', null, 'no-platform'],
    ['https://www.instagram.com/p/C9kelana001/', null, 'post-link'],
    ['https://www.instagram.com/reel/C9kelana001/?igsh=x', null, 'post-link'],
    ['https://www.instagram.com/explore/tags/kopi/', null, 'not-a-profile'],
    ['https://www.instagram.com/', null, 'not-a-profile'],
    ['https://vm.tiktok.com/ZSabc123/', null, 'short-link'],
    ['https://www.tiktok.com/t/ZSabc123/', null, 'short-link'],
    ['https://www.tiktok.com/video/7312345678901234567', null, 'post-link'],
    ['https://www.youtube.com/@rina', null, 'other-site'],
    ['https://instagram.com.evil.example/rina', null, 'other-site'],
    ['javascript://www.instagram.com/%0Aalert(1)', null, 'other-site'],
    ['rina..makeup', 'instagram', 'invalid-handle'],
    ['.rina', 'instagram', 'invalid-handle'],
    ['rina makeup!', 'instagram', 'invalid-handle'],
    ['a'.repeat(31), 'instagram', 'invalid-handle'],
    ['r', 'tiktok', 'invalid-handle'],
    ['x'.repeat(2_001), 'instagram', 'too-long'],
  ] as const)('rejects %j (%s) as %s', (input, platform, reason) => {
    expect(parseProfileTarget(input, platform)).toEqual({ ok: false, reason });
  });
});

describe('pasted handles', () => {
  it('one per line or separated, duplicates kept once, rejects with line and reason', () => {
    const text = [
      '@rina.makeup, @kopi.kelana',
      'https://www.instagram.com/Rina.Makeup/?igsh=abc',
      '',
      'https://www.instagram.com/p/C9kelana001/',
      'https://www.tiktok.com/@bang.ozi.main?lang=id   rina..bad',
    ].join('\r\n');
    const r = parsePastedTargets(text, 'instagram', new Set(['instagram:kopi.kelana']));
    expect(r.targets.map((t) => t.key)).toEqual(['instagram:rina.makeup', 'tiktok:bang.ozi.main']);
    expect(r.duplicates).toBe(2);
    expect(r.rejected).toEqual([
      { where: 1, value: '@kopi.kelana', reason: 'duplicate' },
      { where: 2, value: 'https://www.instagram.com/Rina.Makeup/?igsh=abc', reason: 'duplicate' },
      { where: 4, value: 'https://www.instagram.com/p/C9kelana001/', reason: 'post-link' },
      { where: 5, value: 'rina..bad', reason: 'invalid-handle' },
    ]);
  });

  it('stops at the queue limit and says so', () => {
    const text = Array.from({ length: MAX_QUEUE + 3 }, (_, i) => `creator_${i}`).join('\n');
    const r = parsePastedTargets(text, 'tiktok');
    expect(r.targets).toHaveLength(MAX_QUEUE);
    expect(r.rejected.map((x) => x.reason)).toEqual(['queue-full', 'queue-full', 'queue-full']);
  });
});

describe('a CSV column of handles', () => {
  const clientSheet = (delimiter: ',' | ';') =>
    BOM +
    row(['No', 'Nama', 'Instagram', 'Catatan'], delimiter) +
    row([1, 'Rina', '@rina.makeup', 'Sudah follow; kirim PR'], delimiter) +
    row([2, 'Kelana', 'https://www.instagram.com/kopi.kelana/?hl=id', 'Nego "harga"'], delimiter) +
    row([3, 'Rina lagi', 'rina.makeup', ''], delimiter) +
    row([4, 'Salah', 'https://www.instagram.com/p/C9kelana001/', ''], delimiter);

  it.each([',', ';'] as const)(
    'finds the handle column by its header (delimiter %s) and reports rows',
    (d) => {
      const r = parseCsvTargets(clientSheet(d), null);
      expect('error' in r).toBe(false);
      if ('error' in r) return;
      expect(r.column).toBe('Instagram');
      // The "Instagram" header gives bare handles their platform.
      expect(r.targets.map((t) => t.key)).toEqual(['instagram:rina.makeup', 'instagram:kopi.kelana']);
      expect(r.rejected).toEqual([
        { where: 4, value: 'rina.makeup', reason: 'duplicate' },
        { where: 5, value: 'https://www.instagram.com/p/C9kelana001/', reason: 'post-link' },
      ]);
      // The same file parsed by a real CSV parser has the same column.
      const parsed = parse(clientSheet(d), { bom: true, delimiter: d }) as string[][];
      // The export protected "@rina.makeup" against formulas; the import removed that quote again.
      expect(parsed.map((x) => x[2])).toEqual([
        'Instagram',
        "'@rina.makeup",
        'https://www.instagram.com/kopi.kelana/?hl=id',
        'rina.makeup',
        'https://www.instagram.com/p/C9kelana001/',
      ]);
    },
  );

  it('a named or numbered column; a headerless single column of links', () => {
    const text = 'akun;tiktok\r\nx;@bang.ozi.main\r\ny;hijab.daily.salsa\r\n';
    const byName = parseCsvTargets(text, null, 'TikTok');
    expect('targets' in byName && byName.targets.map((t) => t.key)).toEqual([
      'tiktok:bang.ozi.main',
      'tiktok:hijab.daily.salsa',
    ]);
    const byIndex = parseCsvTargets(text, 'tiktok', 1);
    expect('targets' in byIndex && byIndex.targets).toHaveLength(2);
    const bare = parseCsvTargets(
      'https://www.tiktok.com/@bang.ozi.main\nhttps://www.instagram.com/kopi.kelana/\n',
      null,
    );
    expect('targets' in bare && bare.targets.map((t) => t.key)).toEqual([
      'tiktok:bang.ozi.main',
      'instagram:kopi.kelana',
    ]);
  });

  it('clear errors: unknown column, no recognisable column, an unclosed quote, an empty file', () => {
    expect(parseCsvTargets('a,b\n1,2\n', null, 'handle')).toEqual({ error: 'No column named "handle".' });
    expect(parseCsvTargets('a,b\n1,2\n', null)).toEqual({
      error: 'Say which column holds the handles or profile links.',
    });
    expect(parseCsvTargets('handle\n"@rina.makeup\n', 'instagram')).toEqual({
      error: 'A quoted field opened on line 2 is never closed.',
    });
    expect(parseCsvTargets('', null)).toEqual({ error: 'The file is empty.' });
  });
});

describe('queue state', () => {
  const targets = parsePastedTargets('@a.one\n@b.two\n@c.three\n@d.four', 'instagram').targets;

  it('next, visited in any order, skip and unskip, "2 of 4 visited"', () => {
    let q = createQueue('cmp_abcdefgh', targets);
    expect(VisitQueueSchema.safeParse(q).success).toBe(true);
    expect(nextItem(q)?.handle).toBe('a.one');
    expect(queueProgress(q)).toEqual({ total: 4, visited: 0, skipped: 0, remaining: 4, done: false });

    q = markVisited(q, 'instagram:a.one', 100);
    // The user opened c.three by hand: it counts, and the queue moves on past it later.
    q = markVisited(q, 'instagram:c.three', 200);
    expect(nextItem(q)?.handle).toBe('b.two');
    q = skipItem(q, 'instagram:b.two');
    expect(nextItem(q)?.handle).toBe('d.four');
    expect(queueProgress(q)).toEqual({ total: 4, visited: 2, skipped: 1, remaining: 1, done: false });

    // A second visit keeps the first time; marking an unknown key changes nothing.
    expect(markVisited(q, 'instagram:a.one', 999)).toBe(q);
    expect(markVisited(q, 'instagram:zzz', 999)).toBe(q);
    expect(q.items.find((i) => i.handle === 'a.one')?.visitedAt).toBe(100);

    q = unskipItem(q, 'instagram:b.two');
    expect(nextItem(q)?.handle).toBe('b.two');
    q = markVisited(markVisited(q, 'instagram:b.two', 300), 'instagram:d.four', 400);
    expect(nextItem(q)).toBeNull();
    expect(queueProgress(q)).toEqual({ total: 4, visited: 4, skipped: 0, remaining: 0, done: true });
  });

  it('appending keeps what the queue has (with its visits) and adds only new creators', () => {
    const q = markVisited(createQueue('cmp_abcdefgh', targets.slice(0, 2)), 'instagram:a.one', 5);
    const more = appendTargets(q, targets);
    expect(more.items.map((i) => [i.handle, i.visitedAt])).toEqual([
      ['a.one', 5],
      ['b.two', null],
      ['c.three', null],
      ['d.four', null],
    ]);
  });
});
