#!/usr/bin/env node
// The omnisim command. Registers tsx so the TypeScript sources run as they are, then hands
// over to sim/cli/main.ts.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../sim/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
