// Which of a run's warnings the knobs brought: those the scenario as written does not get. A
// spike the knobs moved past the end of the run was warned of at the file's line of that spike,
// as if the user had written it there; the file's own warnings still name their lines.

import type { Problem } from '../../sim/scenario/read/Problems.ts';

/**
 * `run`: the warnings of the run, with the knobs' changes; `asWritten`: those of the scenario as
 * the file writes it. A warning both give (same path, same words) is the file's; any other, the
 * knobs' — a file's warning whose figures the knobs changed included, as it now tells of them.
 */
export function splitKnobWarnings(run: readonly Problem[], asWritten: readonly Problem[]): { file: Problem[]; knobs: Problem[] } {
  const key = (p: Problem) => `${p.path}\0${p.message}`;
  const written = new Set(asWritten.map(key));
  return { file: run.filter((p) => written.has(key(p))), knobs: run.filter((p) => !written.has(key(p))) };
}
