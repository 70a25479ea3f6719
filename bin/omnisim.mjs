#!/usr/bin/env node
// The omnisim command: sim/cli/main.ts, bundled on the fly (see loadBundled.mjs), with the
// V8 settings the simulator is measured with (v8tuning.mjs).
import './v8tuning.mjs';
import { loadBundled } from './loadBundled.mjs';

const { main } = await loadBundled(new URL('../sim/cli/main.ts', import.meta.url));
process.exitCode = await main(process.argv.slice(2));
