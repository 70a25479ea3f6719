// Reads a sweep file for the CLI: the scenario and the files it refers to are read relative to
// the sweep and the scenario; every problem becomes one line "file:line:col path: message" of a
// UserError, the file being the sweep or its scenario, whichever holds the problem.

import { parse } from 'yaml';
import { dirname, join, isAbsolute } from 'node:path';
import { readSweep } from '../run/sweep/readSweep.ts';
import type { Sweep } from '../run/sweep/Sweep.ts';
import type { SweepProblem } from '../run/sweep/SweepProblem.ts';
import { formatProblem } from '../scenario/read/Problems.ts';
import { UserError } from './UserError.ts';
import { problemsError } from './problemsError.ts';
import { readUserFile, tryReadUserFile } from './readUserFile.ts';

/** The sweep, or a UserError with every problem; its warnings go to `warn`, one line each. */
export function loadSweep(file: string, warn: (line: string) => void): Sweep {
  const text = readUserFile(file, 'a sweep file');
  const dir = dirname(file);
  const full = (path: string) => (isAbsolute(path) ? path : join(dir, path));
  const r = readSweep(text, {
    read: (path) => tryReadUserFile(full(path)),
    relativeToScenario: (scenarioPath, path) => (isAbsolute(path) ? path : join(dirname(scenarioPath), path)),
  });
  const where = (e: SweepProblem) => (e.file === undefined ? file : full(e.file));
  if ('errors' in r) {
    // A scenario given for a sweep: say so, rather than that its keys are unknown to a sweep.
    if (looksLikeScenario(text)) throw new UserError(`${file}: is a scenario, not a sweep file (a sweep names a scenario: and a grid: of changes); run it with: omnisim run ${file}`);
    throw problemsError(file, r.errors.map((e) => formatProblem(e, where(e))));
  }
  for (const w of r.warnings) warn(`warning: ${formatProblem(w, where(w))}`);
  return r;
}

/** A mapping with channels: and neither scenario: nor grid: (YAML or JSON). */
function looksLikeScenario(text: string): boolean {
  try {
    const doc: unknown = parse(text);
    return typeof doc === 'object' && doc !== null && !Array.isArray(doc) && 'channels' in doc && !('grid' in doc) && !('scenario' in doc);
  } catch {
    return false;
  }
}
