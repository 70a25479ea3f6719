// Reads a scenario file for the CLI: missing files, unreadable files and scenario problems
// become one UserError listing every problem as "file:line:col path: message".

import { dirname, isAbsolute, join } from 'node:path';
import { parseScenarioText } from '../scenario/read/parseScenario.ts';
import type { ParseResult, Variant } from '../scenario/read/parseScenario.ts';
import { formatProblem } from '../scenario/read/Problems.ts';
import type { CompiledScenario } from '../engine/compileScenario.ts';
import { UserError } from './UserError.ts';
import { problemsError } from './problemsError.ts';
import { looksLikeSweep } from './validateSweep.ts';
import { looksLikeTriggerExport, triggerExportMessage } from './triggerExport.ts';
import { readUserFile, tryReadUserFile } from './readUserFile.ts';

export function readScenarioFile(file: string): ParseResult {
  const text = readUserFile(file, 'a scenario file');
  const dir = dirname(file);
  return parseScenarioText(text, { readFile: (path) => tryReadUserFile(isAbsolute(path) ? path : join(dir, path)) });
}

/** The compiled scenario and its variants, or a UserError with every problem. */
export function loadScenarioWithVariants(file: string, warn: (line: string) => void): { compiled: CompiledScenario; variants: Variant[] } {
  const r = readScenarioFile(file);
  // A sweep file given for a scenario: say so, rather than that grid: and metrics: are unknown keys.
  if (!r.compiled && looksLikeSweep(file)) throw new UserError(`${file}: is a sweep file (it has a grid:), not a scenario; run it with: omnisim sweep ${file}`);
  if (!r.compiled && looksLikeTriggerExport(r.raw)) throw new UserError(triggerExportMessage(file));
  for (const w of r.warnings) warn(`warning: ${formatProblem(w, file)}`);
  if (!r.compiled) throw problemsError(file, r.errors.map((e) => formatProblem(e, file)));
  return { compiled: r.compiled, variants: r.variants };
}

/** The compiled scenario (or one of its variants), or a UserError with every problem. */
export function loadScenario(file: string, warn: (line: string) => void, variant?: string): CompiledScenario {
  const r = loadScenarioWithVariants(file, warn);
  if (variant === undefined) return r.compiled;
  const v = r.variants.find((x) => x.name === variant);
  if (!v) throw new UserError(`--variant: "${variant}" is not a variant of ${file} (variants: ${r.variants.map((x) => x.name).join(', ') || 'none'})`);
  return v.compiled;
}
