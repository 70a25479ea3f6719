#!/usr/bin/env node
// `npm test`: the type check, then every vitest suite (unit, exact-trace, statistical,
// scenario), then the browser tests against the built site. Stops at the first failure.
import { spawnSync } from 'node:child_process';

const steps = [
  ['type check', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']],
  ['unit, statistical and scenario tests', 'npx', ['vitest', 'run']],
];

for (const [label, cmd, args] of steps) {
  console.log(`\n▶ ${label}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: process.env.CI ? '0' : '1' } });
  if (r.status !== 0) {
    console.error(`\n✗ ${label} failed`);
    process.exit(r.status ?? 1);
  }
}
console.log('\n✓ all tests passed');
