// Reads a sweep file for the CLI: the scenario and the files it refers to are read relative to
// the sweep and the scenario; every problem becomes one UserError.

import { readFileSync } from 'node:fs';
import { dirname, join, isAbsolute } from 'node:path';
import { readSweep } from '../run/sweep/readSweep.ts';
import type { Sweep } from '../run/sweep/Sweep.ts';
import { UserError } from './UserError.ts';

export function loadSweep(file: string): Sweep {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UserError(code === 'ENOENT' ? `${file}: no such file` : `${file}: cannot read (${code})`);
  }
  const dir = dirname(file);
  const r = readSweep(text, {
    read: (path) => {
      const full = isAbsolute(path) ? path : join(dir, path);
      try {
        return readFileSync(full, 'utf8');
      } catch {
        return { error: `${full}: no such file` };
      }
    },
    relativeToScenario: (scenarioPath, path) => (isAbsolute(path) ? path : join(dirname(scenarioPath), path)),
  });
  if ('errors' in r) throw new UserError(`${file}: ${r.errors.length} problem${r.errors.length === 1 ? '' : 's'}\n${r.errors.map((e) => '  ' + e).join('\n')}`);
  return r;
}
