/**
 * Where the overlay card sits on a creator page at common laptop sizes: the
 * built extension on the demo's sample Instagram and TikTok profiles (laid out
 * like the real sites) at 1280×800 and 1440×900, card compact and with "More
 * figures" open.
 *
 *   npx tsx scripts/preview-overlay-placement.ts [extension dir] [label]
 *
 * Default: a fresh build in .output/size-report/chrome-mv3 (another engineer's
 * .output/chrome-mv3 is left alone). Writes test-output/placement-<label>-*.png.
 */
import { join, resolve } from 'node:path';
import { buildExtension } from '@/scripts/demo/build';
import { INSTAGRAM_CREATORS, TIKTOK_CREATORS } from '@/scripts/demo/creators';
import { overlayPart, seedBriefs, seedHistory, visitCreator } from '@/scripts/demo/seed';
import { startDemoServer } from '@/scripts/demo/server';
import { launchWithExtension, screenshot } from '@/tests/support/browser';
import { PROJECT_ROOT } from '@/tests/support/fixture-server';

const SIZES = [
  { width: 1280, height: 800 },
  { width: 1440, height: 900 },
];

async function main(): Promise<void> {
  const dir = process.argv[2]
    ? resolve(process.argv[2])
    : await buildExtension(join(PROJECT_ROOT, '.output', 'size-report'));
  const label = process.argv[3] ?? 'after';
  const server = await startDemoServer();
  const session = await launchWithExtension(server.port, undefined, { extensionDir: dir });
  try {
    const now = Date.now();
    const creators = [INSTAGRAM_CREATORS[0]!, TIKTOK_CREATORS[0]!];
    await seedBriefs(session, now);
    await seedHistory(session, creators, now);
    const page = await session.context.newPage();
    for (const c of creators) {
      for (const size of SIZES) {
        await page.setViewportSize(size);
        const warning = await visitCreator(page, c);
        if (warning) console.warn(warning);
        const name = `placement-${label}-${c.platform}-${size.width}`;
        console.log(await screenshot(page, name));
        const more = overlayPart(page, 'ml-details');
        if ((await more.count()) > 0 && (await more.getAttribute('aria-expanded')) === 'false') {
          await more.click();
          console.log(await screenshot(page, `${name}-details`));
          await more.click();
        }
      }
    }
  } finally {
    await session.close({ removeProfile: true });
    await server.close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
