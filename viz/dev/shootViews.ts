// Developer aid: open the views harness at a width, wait until it is ready, and save one PNG
// per view (and the full page). Usage:
//   node bin/tsx.mjs viz/dev/shootViews.ts <dist dir> <out prefix> [width] [query]
import { openServed } from '../../test/browser/support/browser.ts';

const [dir, prefix, width = '1400', query = ''] = process.argv.slice(2);
if (!dir || !prefix) {
  console.error('usage: shootViews.ts <dir> <out prefix> [width] [query]');
  process.exit(2);
}
const { page, close } = await openServed(dir, `views.html${query}`, Number(width));
await page.waitForSelector('body[data-ready="1"]', { timeout: 60000 });
await page.waitForTimeout(300);
await page.screenshot({ path: `${prefix}-page.png`, fullPage: true });
for (const id of await page.$$eval('.view[id]', (els) => els.map((e) => e.id))) {
  await page.locator(`#${id}`).screenshot({ path: `${prefix}-${id}.png` });
}
await close();
console.log(`saved ${prefix}-*.png`);
