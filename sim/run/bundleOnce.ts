// Bundles a TypeScript entry point and everything it imports into one script with esbuild,
// once per process per entry (≈ 0.1–0.2 s): for worker threads that must start from plain
// JavaScript, and for the chart code inlined into HTML reports.

import { buildSync } from 'esbuild';
import type { BuildOptions } from 'esbuild';
import { fileURLToPath } from 'node:url';

const bundles = new Map<string, string>();

/** The bundled source of `entry` (a file URL), for `platform` node (CommonJS) or browser (an IIFE). */
export function bundleOnce(entry: URL, platform: 'node' | 'browser'): string {
  const key = `${platform}|${entry.href}`;
  const hit = bundles.get(key);
  if (hit !== undefined) return hit;
  const options: BuildOptions = platform === 'node'
    ? { format: 'cjs', platform: 'node', target: 'node20' }
    : { format: 'iife', platform: 'browser', target: 'es2022', minify: true };
  const out = buildSync({ entryPoints: [fileURLToPath(entry)], bundle: true, write: false, logLevel: 'silent', ...options });
  const text = out.outputFiles![0]!.text;
  bundles.set(key, text);
  return text;
}
