// Developer aid: serve a folder, open a page in headless Chromium, save a screenshot and print
// the console. Usage: node bin/tsx.mjs scripts/screenshot.ts <dir> <path> <out.png> [width] [waitMs]
import { launch } from '../test/browser/support/browser.ts';
import { serve } from '../test/browser/support/serve.ts';

const [dir, path, out, width = '1400', wait = '3000'] = process.argv.slice(2);
if (!dir || !path || !out) {
  console.error('usage: screenshot.ts <dir> <path> <out.png> [width] [waitMs]');
  process.exit(2);
}
const server = await serve(dir);
const { context, close } = await launch();
const page = await context.newPage();
page.on('console', (m) => console.log(`[console.${m.type()}] ${m.text()}`));
page.on('pageerror', (e) => console.log(`[pageerror] ${e.message}`));
await page.setViewportSize({ width: Number(width), height: 1000 });
await page.goto(server.url + path);
await page.waitForTimeout(Number(wait));
await page.screenshot({ path: out, fullPage: true });
await close();
await server.close();
console.log(`saved ${out}`);
