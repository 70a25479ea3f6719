// `omnisim validate` on a sweep file: a file whose top level has a `grid` is read as a sweep
// (every grid point compiled, each problem at its file:line:col), not as a scenario that would
// only be told its keys are unknown.

import { parse } from 'yaml';
import { loadSweep } from './loadSweep.ts';
import { sweepUnits } from '../run/sweep/Sweep.ts';
import { sweepSizeNote } from './formatRunSize.ts';
import { tryReadUserFile } from './readUserFile.ts';
import { isSweepDocument } from './sweepDocument.ts';

/** Whether the file reads as a mapping with a top-level `grid` (YAML or JSON). */
export function looksLikeSweep(file: string): boolean {
  const text = tryReadUserFile(file);
  if (typeof text !== 'string') return false; // the scenario reader tells why it cannot be read
  try {
    const doc: unknown = parse(text);
    return isSweepDocument(doc);
  } catch {
    return false; // unreadable or not YAML: the scenario reader tells the problem
  }
}

/** The one-line summary of a valid sweep; a UserError with every problem otherwise. Its warnings and, for a sweep that would run for long, the size note go to `warn`. */
export function validateSweep(file: string, warn: (line: string) => void): string {
  const sweep = loadSweep(file, warn);
  const runs = sweepUnits(sweep).length;
  const points = runs / sweep.replications;
  const size = sweepSizeNote(sweep, points);
  if (size) warn(size);
  // A sweep without a name is named after its scenario: "sweep "x.yaml" of x.yaml" said it twice.
  const named = sweep.name !== sweep.scenarioPath ? ` "${sweep.name}"` : '';
  return `${file}: ok — sweep${named} of ${sweep.scenarioPath}: ${points} point${points === 1 ? '' : 's'} × ` +
    `${sweep.replications} replication${sweep.replications === 1 ? '' : 's'} = ${runs} runs` +
    // Only a file that lists metrics has any to check (else the defaults of the channels with traffic).
    `${sweep.metricsGiven ? '; its metrics are checked against the results when it runs' : ''}\n`;
}
