// `omnisim run --html FILE`: one self-contained HTML file — the report JSON and the chart code
// (viz/report/htmlReport.ts and the views, bundled by esbuild with D3) inlined — that opens
// from disk or any host with no network.

import { recipeNoteShown } from '../scenario/recipeNote.ts';
import { bundleOnce } from '../run/bundleOnce.ts';
import type { Report } from '../run/Report.ts';
import { reportJson } from '../run/Report.ts';
import type { Scenario } from '../scenario/Scenario.ts';
import { CHANNELS } from '../model/codes.ts';
import type { ChannelName } from '../model/codes.ts';
import { erlangFor } from '../analytic/erlangFor.ts';
import { formatDuration } from '../scenario/units.ts';

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
/** JSON inside <script>: no "</script>" or "<!--" can end or disturb the element. */
const scriptSafe = (s: string) => s.replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');

export function htmlReport(report: Report, sc: Scenario, command: string): string {
  const erlang = Object.fromEntries(CHANNELS.filter((_, i) => sc.channels[i]!.enabled).map((c) => [c, erlangFor(sc, c)]));
  const thresholds = Object.fromEntries(sc.channels.map((c) => [c.channel, c.serviceLevelThreshold])) as Record<ChannelName, number>;
  const data = `{"report":${reportJson(report)},"erlang":${JSON.stringify(erlang)},"thresholds":${JSON.stringify(thresholds)}}`;
  const title = `${sc.name} — omnisim report`;
  const recipe = recipeNoteShown(sc);
  const facts = [
    `seed ${report.seed}`,
    `${report.replications} replication${report.replications === 1 ? '' : 's'} × ${formatDuration(report.horizonSeconds)}`,
    report.warmupSeconds > 0 ? `warm-up ${formatDuration(report.warmupSeconds)} removed` : null,
  ].filter(Boolean).join(' · ');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
  body { margin: 0; background: #f5f6f8; color: #1d2330; font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; }
  header { padding: 1rem 1.2rem 0.4rem; }
  header h1 { font-size: 1.25rem; margin: 0 0 0.2rem; }
  header p { margin: 0.1rem 0; color: #5b6475; font-size: 0.85rem; }
  #views { display: grid; grid-template-columns: 1fr 1fr; gap: 0.8rem; padding: 0.8rem 1.2rem; }
  .report-view { background: #fff; border: 1px solid #dfe3ea; border-radius: 8px; padding: 0.6rem 0.8rem; min-width: 0; }
  .view-tiles, .view-wait, .view-flow { grid-column: 1 / -1; }
  @media (max-width: 1100px) { #views { grid-template-columns: 1fr; } }
  footer { padding: 0 1.2rem 1.5rem; font-size: 0.75rem; color: #5b6475; }
  code { font-size: 0.9em; }
</style>
</head>
<body>
<header>
  <h1>${escapeHtml(sc.name)}</h1>
  ${sc.description ? `<p>${escapeHtml(sc.description)}</p>` : ''}
  ${recipe ? `<p><strong>${escapeHtml(recipe)}</strong></p>` : ''}
  <p>${escapeHtml(facts)}</p>
</header>
<main id="views"></main>
<footer>
  Figures are means over the replications ± the half-width of the 95 % confidence interval (its ends, in brackets,
  where the interval is cut at 0 or 100 %); the charts show
  means per time bucket over the replications. Made by <code>${escapeHtml(command)}</code>.
  <noscript><p>The charts need JavaScript; the report's numbers are in the JSON inside this file.</p></noscript>
</footer>
<script type="application/json" id="omnisim-report">${scriptSafe(data)}</script>
<script>${bundleOnce(new URL('../../viz/report/htmlReport.ts', import.meta.url), 'browser').replace(/<\/script/gi, '<\\/script').replace(/<!--/g, '<\\!--')}</script>
</body>
</html>
`;
}
