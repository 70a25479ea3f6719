// R6: an AI agent answers a channel's new tickets first. Routing ignores a ticket while the AI
// agent holds it; the AI agent then either resolves it (no human ever sees it) or escalates it
// to a human, and only then does the ticket become eligible and its customer start waiting.

import type { DistributionSpec } from '../kernel/distributions/Distribution.ts';

export interface AiAgentConfig {
  /** Share of the channel's new tickets the AI agent takes first; the rest go straight to routing. */
  share: number;
  /** Share of the AI agent's tickets it resolves without a human (its automated resolutions). */
  resolves: number;
  /** Time a ticket spends with the AI agent until it is resolved or escalated. */
  handleTime: DistributionSpec;
}

/** The share of a channel's tickets that reach human routing (all of them without an AI agent). */
export function humanShare(ai: AiAgentConfig | null): number {
  return ai === null ? 1 : 1 - ai.share * ai.resolves;
}
