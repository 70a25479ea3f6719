// The routing setting "Route agent-ended messaging sessions as email tickets" ON vs OFF on the
// same seed (R43, R4, Q3): with ON nothing is stranded and every agent-ended session becomes
// email work; with OFF every agent-ended session whose ticket nothing else re-routes is
// stranded. Messaging figures are identical (common random numbers, separate capacities).

import { describe, it, expect } from 'vitest';
import { runFile } from '../support/scenarios.ts';

describe('end sessions: routing setting ON vs OFF', () => {
  const on = runFile('end-sessions-routed-as-email.yaml', { replications: 5 });
  const off = runFile('end-sessions-not-routed.yaml', { replications: 5 });

  it('ON: nothing is stranded; every agent-ended session is routed as email', () => {
    expect(on.settings.routeAgentEndedAsEmail).toBe(true);
    expect(on.sessions!.stranded.mean).toBe(0);
    expect(on.sessions!.endedByAgent.mean).toBeGreaterThan(100);
    expect(on.sessions!.reclassifiedToEmail.mean).toBe(on.sessions!.endedByAgent.mean);
  });

  it('OFF: stranded equals the agent-ended sessions (nothing else re-routes them)', () => {
    expect(off.settings.routeAgentEndedAsEmail).toBe(false);
    expect(off.sessions!.reclassifiedToEmail.mean).toBe(0);
    expect(off.sessions!.stranded.mean).toBe(off.sessions!.endedByAgent.mean);
    // Untouched until the end of the day, and old by then.
    expect(off.sessions!.strandedOpenAtEnd.mean).toBe(off.sessions!.stranded.mean);
    expect(off.sessions!.strandedMeanAgeAtEndSeconds.mean!).toBeGreaterThan(3600);
  });

  it('the same seed gives the same sessions ended, and the same messaging figures', () => {
    expect(off.sessions!.endedByAgent).toEqual(on.sessions!.endedByAgent);
    expect(off.channels.messaging).toEqual(on.channels.messaging);
  });

  it('ON moves the work onto email capacity: email occupancy is higher', () => {
    expect(on.channels.email!.occupancy.ci95![0]).toBeGreaterThan(off.channels.email!.occupancy.ci95![1]);
  });
});
