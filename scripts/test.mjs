#!/usr/bin/env node
// `npm test`: the type check, every vitest suite (unit, exact-trace, statistical, scenario),
// then the site build and the browser tests in headless Chromium. First installs what npm
// cannot provide, if missing: Debian's chromium and redis-server. Stops at the first failure.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

function run(label, cmd, args, opts = {}) {
  console.log(`\n▶ ${label}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: process.env.CI ? '0' : '1' }, ...opts });
  if (r.status !== 0) {
    console.error(`\n✗ ${label} failed`);
    process.exit(r.status ?? 1);
  }
}

/** Installs Debian packages whose programs are missing (as root, or through passwordless sudo). */
function ensureDebian(needs) {
  const missing = needs.filter(([, program]) => !existsSync(program));
  if (missing.length === 0) return;
  const packages = missing.map(([pkg]) => pkg);
  console.log(`\n▶ installing Debian ${packages.join(', ')} for the tests (apt-get)`);
  const asRoot = process.getuid?.() === 0;
  const apt = (args) => spawnSync(asRoot ? 'apt-get' : 'sudo', asRoot ? args : ['-n', 'apt-get', ...args], {
    stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  apt(['update', '-qq']);
  apt(['install', '-y', '--no-install-recommends', ...packages]);
  const still = missing.filter(([, program]) => !existsSync(program));
  if (still.length > 0) {
    console.error(`✗ could not install ${still.map(([p]) => p).join(', ')}; install with: apt-get install -y --no-install-recommends ${packages.join(' ')}`);
    process.exit(1);
  }
}

ensureDebian([
  ['redis-server', process.env.OMNISIM_REDIS_SERVER ?? '/usr/bin/redis-server'],
  ['chromium', process.env.OMNISIM_CHROMIUM ?? '/usr/bin/chromium'],
]);
run('type check', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']);
run('unit, statistical and scenario tests', 'npx', ['vitest', 'run']);
run('site build', 'npx', ['vite', 'build', '--logLevel', 'warn']);
run('browser tests', 'npx', ['vitest', 'run', '--config', 'vitest.browser.config.ts']);
console.log('\n✓ all tests passed');
