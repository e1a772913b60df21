/** scripts/fit.ts run as a child process, as a user would run it. */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const DATA = 'tests/support/data/fit-cli';

function run(...args: string[]) {
  const r = spawnSync('npx', ['tsx', 'scripts/fit.ts', ...args], { encoding: 'utf8', timeout: 60_000 });
  // npm may print its own config warnings; only our lines matter.
  const stderr = r.stderr
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.startsWith('npm warn'))
    .join('\n');
  return { status: r.status, stdout: r.stdout, stderr };
}

interface Entry {
  brief: string;
  creator: string;
  score: number;
  reasons: { code: string; polarity: string; hard: boolean; params: Record<string, unknown>; text: string }[];
}

describe('npm run fit', () => {
  it('prints one entry per brief and creator with reasons and English text', () => {
    const r = run('--briefs', `${DATA}/briefs.json`, '--creators', `${DATA}/creators.json`);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout) as Entry[];
    expect(out.map((e) => `${e.creator} ${e.brief}`).sort()).toEqual([
      'instagram:seduh.pagi kopi',
      'instagram:seduh.pagi skin',
      'tiktok:kulit.glowing kopi',
      'tiktok:kulit.glowing skin',
    ]);
    const get = (c: string, b: string) => out.find((e) => e.creator === c && e.brief === b)!;
    const coffee = get('instagram:seduh.pagi', 'kopi');
    expect(coffee.score).toBeGreaterThan(70);
    expect(coffee.reasons.find((x) => x.code === 'niche-match')?.text).toBe(
      'Talks about coffee in 4 of 4 posts (v60, kopi, manual brew, aeropress)',
    );
    // The skincare creator mentions the excluded word once: halved, flagged, not hard.
    const skin = get('tiktok:kulit.glowing', 'skin');
    expect(skin.reasons.find((x) => x.code === 'excluded-term')).toMatchObject({
      hard: false,
      params: { term: 'whitening', where: 'posts' },
    });
    expect(skin.reasons.find((x) => x.code === 'engagement-met')).toBeDefined();
    // TikTok creator against an Instagram-only brief: hard miss, capped.
    const wrong = get('tiktok:kulit.glowing', 'kopi');
    expect(wrong.score).toBeLessThanOrEqual(20);
    expect(wrong.reasons.find((x) => x.code === 'platform-mismatch')?.hard).toBe(true);
    for (const e of out) for (const x of e.reasons) expect(x.text).not.toMatch(/[{}]/);
  });

  it('reads places in the brief: an area covers its cities, a place named in posts counts', () => {
    const r = run('--briefs', `${DATA}/briefs-places.json`, '--creators', `${DATA}/creators.json`);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as Entry[];
    const get = (c: string, b: string) => out.find((e) => e.creator === c && e.brief === b)!;
    // One post names Bandung; the bio names no place.
    const bdg = get('instagram:seduh.pagi', 'kopi-bdg');
    expect(bdg.reasons.find((x) => x.code === 'place-match')?.text).toBe(
      'Based in Bandung, one of the brief’s places (Bandung Raya)',
    );
    // One post naming another place is not enough to place the creator elsewhere: unknown.
    const jkt = get('instagram:seduh.pagi', 'kopi-jkt');
    expect(jkt.reasons.find((x) => x.code === 'place-unknown')).toMatchObject({ hard: false });
    expect(jkt.score).toBeLessThan(bdg.score);
  });

  it('accepts a single creator object and keeps unknowns as info', () => {
    const r = run('--briefs', `${DATA}/briefs.json`, '--creators', `${DATA}/creator-single.json`);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as Entry[];
    expect(out).toHaveLength(2);
    expect(out[0]!.creator).toBe('instagram:bunda.rara');
    const kopi = out.find((e) => e.brief === 'kopi')!;
    expect(kopi.reasons.find((x) => x.code === 'followers-unknown')?.polarity).toBe('info');
  });

  it('rejects invalid input with a one-line reason and a non-zero exit', () => {
    const briefs = run('--briefs', `${DATA}/briefs-invalid.json`, '--creators', `${DATA}/creators.json`);
    expect(briefs.status).toBe(1);
    expect(briefs.stdout).toBe('');
    expect(briefs.stderr).toMatch(
      /^fit: invalid briefs file .*: \[0\]\.keywords: a brief needs at least one niche or keyword$/,
    );
    const creators = run('--briefs', `${DATA}/briefs.json`, '--creators', `${DATA}/creators-invalid.json`);
    expect(creators.status).toBe(1);
    expect(creators.stderr).toMatch(/^fit: invalid creators file .*\[0\]\.platform: .*$/);
    const missing = run('--briefs', `${DATA}/does-not-exist.json`, '--creators', `${DATA}/creators.json`);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/^fit: cannot read briefs file .*ENOENT$/);
    const usage = run('--briefs', `${DATA}/briefs.json`);
    expect(usage.status).toBe(2);
    expect(usage.stderr.split('\n')).toHaveLength(1);
  });
});
