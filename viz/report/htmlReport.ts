// The page of `omnisim run --html FILE`: the report's own charts, drawn from the report JSON
// embedded in the file (no server, no network). The same view modules as the live page, fed
// the multi-replication report: headline tiles with the Erlang figures, waits, queues,
// capacity and the ticket flow (means per replication).

import type { Report } from '../../sim/run/Report.ts';
import type { ChannelName } from '../../sim/model/codes.ts';
import { createTiles } from '../views/tiles.ts';
import type { ErlangByChannel } from '../views/tiles.ts';
import { createWaitDistribution } from '../views/waitDistribution.ts';
import { createQueueChart } from '../views/queueChart.ts';
import { createCapacityChart } from '../views/capacityChart.ts';
import { createFlowDiagram } from '../views/flowDiagram.ts';

export interface HtmlReportData {
  report: Report;
  erlang: ErlangByChannel;
  thresholds: Record<ChannelName, number>;
}

function show(): void {
  const source = document.getElementById('omnisim-report');
  const host = document.getElementById('views');
  if (!source || !host) return;
  const { report, erlang, thresholds } = JSON.parse(source.textContent ?? '{}') as HtmlReportData;
  const meta = { thresholds };
  const place = (cls: string) => {
    const el = document.createElement('div');
    el.className = `report-view ${cls}`;
    host.append(el);
    return el;
  };
  createTiles(place('view-tiles')).update({ report, erlang, meta });
  createWaitDistribution(place('view-wait')).update({ report, meta });
  const series = { series: report.series, horizon: report.horizonSeconds };
  createQueueChart(place('view-queue'), { title: 'Tickets waiting (mean over replications)' }).update(series);
  createCapacityChart(place('view-capacity'), { title: 'Capacity in use (mean over replications)' }).update(series);
  createFlowDiagram(place('view-flow'), { title: 'Where tickets went (mean per replication)' }).update({ report });
  // The views draw once they know their width (after the next layout): ready after that frame.
  requestAnimationFrame(() => requestAnimationFrame(() => (document.body.dataset['status'] = 'ready')));
}

show();
