/**
 * Builds the extension for one browser into a directory of our own (not the
 * shared .output, which other runs rebuild at any moment):
 *   npx tsx tests/support/build-extension.mts <chrome|firefox> <outDir>
 * Used by the security tests through built-extension.ts.
 */
import { build } from 'wxt';

const [browser, outDir] = process.argv.slice(2);
if ((browser !== 'chrome' && browser !== 'firefox') || !outDir) {
  console.error('usage: build-extension.mts <chrome|firefox> <outDir>');
  process.exit(2);
}
await build({ browser, outDir });
