// Developer aid: hover the views of the harness and save what the tooltips show.
// Usage: node bin/tsx.mjs viz/dev/hoverViews.ts <dist dir> <out prefix>
import { openServed } from '../../test/browser/support/browser.ts';

const [dir, prefix] = process.argv.slice(2);
if (!dir || !prefix) process.exit(2);
const { page, close } = await openServed(dir, 'views.html', 1400);
await page.waitForSelector('body[data-ready="1"]', { timeout: 60000 });
const shots: [string, string, number, number][] = [
  ['live-queue', '#live-queue svg[role=img]', 0.4, 0.5],
  ['live-capacity', '#live-capacity svg[role=img]', 0.3, 0.5],
  ['board', '#board-states canvas', 0.33, 0.2],
  ['flow', '#sessions-off svg[role=img]', 0.6, 0.84],
  ['wait', '#report-wait .ov-hist:nth-child(3) .ov-bars rect:nth-child(6)', 0.5, 0.5],
];
for (const [name, sel, fx, fy] of shots) {
  const el = page.locator(sel).first();
  await el.scrollIntoViewIfNeeded();
  const box = await el.boundingBox();
  if (!box) { console.log(`no ${sel}`); continue; }
  await page.mouse.move(box.x + box.width * fx, box.y + box.height * fy);
  await page.waitForTimeout(150);
  const view = page.locator(sel.split(' ')[0]!);
  await view.screenshot({ path: `${prefix}-hover-${name}.png` });
  console.log(`${name}: ${await page.locator(`${sel.split(' ')[0]} .ov-tooltip`).first().innerText().catch(() => '(none)')}`.replace(/\n/g, ' | '));
}
// The data-metric attributes the browser tests read.
console.log(await page.$$eval('#report-tiles [data-metric]', (els) => els.slice(0, 6).map((e) => `${e.getAttribute('data-metric')}=${e.getAttribute('data-mean')} "${e.textContent}"`).join('\n')));
await close();
