// Developer aid: serve a folder, open a page in headless Chromium, save a screenshot and print
// the console. Usage: node bin/tsx.mjs scripts/screenshot.ts <dir> <path> <out.png> [width] [waitMs]
import { openServed } from '../test/browser/support/browser.ts';

const [dir, path, out, width = '1400', wait = '3000'] = process.argv.slice(2);
if (!dir || !path || !out) {
  console.error('usage: screenshot.ts <dir> <path> <out.png> [width] [waitMs]');
  process.exit(2);
}
const { page, close } = await openServed(dir, path, Number(width));
await page.waitForTimeout(Number(wait));
await page.screenshot({ path: out, fullPage: true });
await close();
console.log(`saved ${out}`);
