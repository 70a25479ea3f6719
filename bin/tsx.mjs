#!/usr/bin/env node
// Runs a TypeScript file (benchmarks, scripts) under tsx: node bin/tsx.mjs file.ts [args].
import './v8tuning.mjs';
import { register } from 'tsx/esm/api';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

register();
const [file, ...rest] = process.argv.slice(2);
if (!file) {
  console.error('usage: node bin/tsx.mjs <file.ts> [args]');
  process.exit(2);
}
process.argv = [process.argv[0], resolve(file), ...rest];
await import(pathToFileURL(resolve(file)).href);
