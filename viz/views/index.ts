// The visualizer's views: each a factory (container, options) → { update(data), destroy() }.

export { createQueueChart } from './queueChart.ts';
export type { QueueChartData, QueueChartOptions } from './queueChart.ts';
export { createCapacityChart } from './capacityChart.ts';
export type { CapacityChartData, CapacityChartOptions } from './capacityChart.ts';
export { createAgentBoard } from './agentBoard.ts';
export type { AgentBoardData, AgentBoardOptions } from './agentBoard.ts';
export { createFlowDiagram, flowFromReport } from './flowDiagram.ts';
export type { FlowDiagramData, FlowDiagramOptions } from './flowDiagram.ts';
export { createWaitDistribution, binLabels } from './waitDistribution.ts';
export type { WaitDistributionData, WaitDistributionOptions, WaitReport } from './waitDistribution.ts';
export { createTiles } from './tiles.ts';
export type { TilesData, TilesOptions, TilesReport, ErlangByChannel } from './tiles.ts';
export type { LiveSeriesData, ReportSeriesData, ReportSeries, SeriesData } from './seriesSource.ts';
export type { View } from './viewKit.ts';
export { ensureViewStyles } from './viewKit.ts';
export { CHANNEL_COLOR, CHANNEL_LABEL, STATUS_COLOR, OUTCOME_COLOR, legend } from './palette.ts';
