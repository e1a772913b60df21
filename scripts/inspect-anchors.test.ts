/**
 * The inspector reads JSON saved with a UTF-8 byte-order mark, and prints which entries of
 * the site's selector table a saved page matched (so a layout change shows as missing anchors).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = process.cwd();
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const dir = mkdtempSync(join(tmpdir(), 'microlens-inspect-bom-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function inspect(...args: string[]) {
  const r = spawnSync(TSX, ['scripts/inspect.ts', '--now', '1740000000000', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('inspect: BOM and anchors', { timeout: 60_000 }, () => {
  it('reads a JSON response saved with a UTF-8 byte-order mark, whatever its file name', () => {
    const body = readFileSync(
      join(ROOT, '..', 'shared', 'fixtures', 'instagram', 'web_profile_info-robertdowneyjr-2022-06.json'),
    );
    for (const name of ['response.json', 'response.txt']) {
      const file = join(dir, name);
      writeFileSync(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]));
      const r = inspect('--url', 'https://www.instagram.com/robertdowneyjr/', file);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout).followers).toBe(52_979_346);
    }
  });

  it('prints the selector-table entries a page matched and those it did not', () => {
    const page = join(ROOT, 'tests', 'pages', 'tiktok', 'profile-2026-swapped-no-json.html');
    const r = inspect('--url', 'https://www.tiktok.com/@nadia.eats', page);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { anchors: { matched: string[]; missing: string[] } };
    expect(out.anchors.matched).toEqual(
      expect.arrayContaining(['title', 'subtitle', 'followers', 'gridItem']),
    );
    expect(out.anchors.missing).toEqual(expect.arrayContaining(['ldJson', 'videoLikes']));
    expect(out.anchors.matched.some((m) => out.anchors.missing.includes(m))).toBe(false);
  });
});
