/**
 * Figure 3: what a site page loads. Each content script is one minified file
 * (Preact and everything it imports included); the budget is on the raw size.
 * Gzip is printed beside it for reference, as are the main-world bridge and the
 * store zip.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildExtension } from './build';
import { type FigureSpec, failedFigure, measured, notMeasured } from './figures';
import type { BenchGroup } from './group';

const KB = 1024;
const SITE_SCRIPTS = ['instagram', 'tiktok'];

const raw = (name: string): FigureSpec => ({
  name: `content script ${name}.js (minified)`,
  unit: 'KB',
  budgets: [{ stat: 'median', limit: 40 }],
});
const gz = (name: string): FigureSpec => ({
  name: `content script ${name}.js (gzip)`,
  unit: 'KB',
  budgets: [],
});
const BRIDGE_RAW: FigureSpec = {
  name: 'main-world bridge page-bridge.js (minified)',
  unit: 'KB',
  budgets: [],
};
const BRIDGE_GZ: FigureSpec = { name: 'main-world bridge page-bridge.js (gzip)', unit: 'KB', budgets: [] };
const ZIP: FigureSpec = { name: 'extension zip (wxt zip)', unit: 'KB', budgets: [] };

export const sizeGroup: BenchGroup = {
  name: 'size',
  title: 'Content-script bundle sizes and zip',
  specs: [...SITE_SCRIPTS.flatMap((s) => [raw(s), gz(s)]), BRIDGE_RAW, BRIDGE_GZ, ZIP],
  async run(out, log) {
    const ext = await buildExtension();
    log(
      ext.buildMs > 0 ? `built + zipped in ${(ext.buildMs / 1000).toFixed(1)} s` : 'using --prebuilt build',
    );
    const dir = join(ext.dir, 'content-scripts');
    const files = existsSync(dir) ? readdirSync(dir) : [];
    const sizes = (file: string) => {
      const bytes = readFileSync(join(dir, file));
      return { raw: bytes.length / KB, gzip: gzipSync(bytes, { level: 9 }).length / KB };
    };
    for (const site of SITE_SCRIPTS) {
      const file = `${site}.js`;
      if (!files.includes(file)) {
        out.push(
          failedFigure('size', raw(site), `no ${file} in the build`),
          failedFigure('size', gz(site), 'no file'),
        );
        continue;
      }
      // A content script that pulled in a shared chunk would load it too; none is expected.
      const s = sizes(file);
      out.push(measured('size', raw(site), [s.raw]), measured('size', gz(site), [s.gzip]));
    }
    if (files.includes('page-bridge.js')) {
      const s = sizes('page-bridge.js');
      out.push(measured('size', BRIDGE_RAW, [s.raw]), measured('size', BRIDGE_GZ, [s.gzip]));
    }
    const others = files.filter(
      (f) => f.endsWith('.js') && !['instagram.js', 'tiktok.js', 'page-bridge.js'].includes(f),
    );
    if (others.length > 0) log(`other content-script files: ${others.join(', ')}`);
    if (ext.zip) out.push(measured('size', ZIP, [statSync(ext.zip).size / KB]));
    else out.push(notMeasured('size', ZIP, '--prebuilt: nothing zipped'));
  },
};
