// Reads a scenario file for the CLI: missing files, unreadable files and scenario problems
// become one UserError listing every problem as "file:line:col path: message".

import { dirname, isAbsolute, join } from 'node:path';
import { parseScenarioText } from '../scenario/read/parseScenario.ts';
import type { ParseResult, Variant } from '../scenario/read/parseScenario.ts';
import type { Problem } from '../scenario/read/Problems.ts';
import { formatProblem } from '../scenario/read/Problems.ts';
import type { CompiledScenario } from '../engine/compileScenario.ts';
import { UserError } from './UserError.ts';
import { problemsError } from './problemsError.ts';
import { looksLikeSweep } from './validateSweep.ts';
import { looksLikeTriggerExport, triggerExportMessage } from './triggerExport.ts';
import { readUserFile, tryReadUserFile } from './readUserFile.ts';
import { recipeNote, recipeNotes } from '../scenario/recipeNote.ts';

export function readScenarioFile(file: string): ParseResult {
  const text = readUserFile(file, 'a scenario file');
  const dir = dirname(file);
  return parseScenarioText(text, { readFile: (path) => tryReadUserFile(isAbsolute(path) ? path : join(dir, path)) });
}

/** The scenario's warnings, then each variant's own (under variants.<name>): what a run of them all should hear. */
export function allWarnings(r: Pick<ParseResult, 'warnings' | 'variants'>): Problem[] {
  return [...r.warnings, ...r.variants.flatMap((v) => v.warnings.filter((w) => w.path.startsWith(`variants.${v.name}`)))];
}

/**
 * The compiled scenario and its variants, or a UserError with every problem. Warned: for a run
 * of them `all`, the scenario's warnings and every variant's own; for one run, that run's: the
 * scenario's, or a variant's (those of the scenario that still hold for it, and its own).
 * `chosen`: that variant.
 */
export function loadScenarioWithVariants(
  file: string, warn: (line: string) => void, runs: 'all' | { variant?: string } = 'all',
): { compiled: CompiledScenario; variants: Variant[]; chosen: Variant | undefined } {
  const variant = runs === 'all' ? undefined : runs.variant;
  const r = readScenarioFile(file);
  // A sweep file given for a scenario: say so, rather than that grid: and metrics: are unknown keys.
  if (!r.compiled && looksLikeSweep(file)) throw new UserError(`${file}: is a sweep file (it has a grid:), not a scenario; run it with: omnisim sweep ${file}`);
  if (!r.compiled && looksLikeTriggerExport(r.raw)) throw new UserError(triggerExportMessage(file));
  if (!r.compiled) {
    for (const w of r.warnings) warn(`warning: ${formatProblem(w, file)}`);
    throw problemsError(file, r.errors.map((e) => formatProblem(e, file)));
  }
  const chosen = variant === undefined ? undefined : r.variants.find((x) => x.name === variant);
  if (variant !== undefined && !chosen) throw new UserError(`--variant: "${variant}" is not a variant of ${file} (variants: ${r.variants.map((x) => x.name).join(', ') || 'none'})`);
  for (const w of chosen ? chosen.warnings : runs === 'all' ? allWarnings(r) : r.warnings) warn(`warning: ${formatProblem(w, file)}`);
  // Q19: a reconstructed recipe is said so before anything is run.
  const notes = chosen ? [recipeNote(chosen.compiled.scenario)] : runs === 'all' ? recipeNotes(r.compiled.scenario, r.variants) : [recipeNote(r.compiled.scenario)];
  for (const n of notes) if (n !== null) warn(n);
  return { compiled: r.compiled, variants: r.variants, chosen };
}

/** The compiled scenario (or one of its variants), or a UserError with every problem. */
export function loadScenario(file: string, warn: (line: string) => void, variant?: string): CompiledScenario {
  const r = loadScenarioWithVariants(file, warn, { variant });
  return r.chosen ? r.chosen.compiled : r.compiled;
}
