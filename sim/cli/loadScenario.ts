// Reads a scenario file for the CLI: missing files, unreadable files and scenario problems
// become one UserError listing every problem as "file:line:col path: message".

import { readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';
import { parseScenarioText } from '../scenario/read/parseScenario.ts';
import type { ParseResult, Variant } from '../scenario/read/parseScenario.ts';
import { formatProblem } from '../scenario/read/Problems.ts';
import type { CompiledScenario } from '../engine/compileScenario.ts';
import { UserError } from './UserError.ts';
import { problemsError } from './problemsError.ts';
import { looksLikeSweep } from './validateSweep.ts';

export function readScenarioFile(file: string): ParseResult {
  let text: string;
  try {
    if (statSync(file).isDirectory()) throw new UserError(`${file}: is a directory, not a scenario file`);
    text = readFileSync(file, 'utf8');
  } catch (e) {
    if (e instanceof UserError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new UserError(code === 'ENOENT' ? `${file}: no such file` : `${file}: cannot read (${code ?? String(e)})`);
  }
  const dir = dirname(file);
  return parseScenarioText(text, {
    readFile: (path) => {
      const full = isAbsolute(path) ? path : join(dir, path);
      try {
        return readFileSync(full, 'utf8');
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        return { error: code === 'ENOENT' ? `${full}: no such file` : `${full}: cannot read (${code ?? String(e)})` };
      }
    },
  });
}

/** The compiled scenario and its variants, or a UserError with every problem. */
export function loadScenarioWithVariants(file: string, warn: (line: string) => void): { compiled: CompiledScenario; variants: Variant[] } {
  const r = readScenarioFile(file);
  // A sweep file given for a scenario: say so, rather than that grid: and metrics: are unknown keys.
  if (!r.compiled && looksLikeSweep(file)) throw new UserError(`${file}: is a sweep file (it has a grid:), not a scenario; run it with: omnisim sweep ${file}`);
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
