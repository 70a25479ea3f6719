// The code a sweep's worker threads run: the unit-worker body and everything it imports,
// bundled once per process by esbuild into one CommonJS script (≈ 0.1 s). A thread then starts
// in tens of milliseconds, instead of the half second tsx takes to compile the sources on
// every thread. If bundling is impossible, threads fall back to the tsx shim.

import { buildSync } from 'esbuild';
import { fileURLToPath } from 'node:url';

let script: string | null | undefined;

/** The bundled worker source, or null when it cannot be built (use unitWorker.mjs then). */
export function unitWorkerScript(): string | null {
  if (script !== undefined) return script;
  try {
    const out = buildSync({
      entryPoints: [fileURLToPath(new URL('./unitWorkerBody.ts', import.meta.url))],
      bundle: true, platform: 'node', format: 'cjs', target: 'node20', write: false, logLevel: 'silent',
    });
    script = out.outputFiles[0]!.text;
  } catch {
    script = null;
  }
  return script;
}
