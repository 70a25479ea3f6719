// tsconfig.json sets useDefineForClassFields: false, so a class field declared without an
// initializer is not first defined as `undefined`. With definitions, V8 stores such fields
// "tagged" and allocates a heap number on every write of a non-integer — the random streams'
// state on every draw, times and sums on every event (measured on E1 with callgrind: 5,946
// machine instructions per ticket with definitions, 4,917 without). The simulation as bundled
// for the CLI and worker threads must therefore carry no bare field definitions.

import { describe, expect, it } from 'vitest';
import { bundleOnce } from '../../sim/run/bundleOnce.ts';

/** Lines of a bundle that define a class field without a value (`  name;`). */
function bareFieldDefinitions(source: string): string[] {
  return source.split('\n').filter((line) => /^\s+(static\s+)?[A-Za-z_$][\w$]*;$/.test(line) && !/^\s+(return|break|continue|debugger);$/.test(line));
}

describe('class fields are assigned, not defined (tsconfig useDefineForClassFields)', () => {
  it('the bundled simulation has no bare field definitions', () => {
    const source = bundleOnce(new URL('../../sim/run/simulate.ts', import.meta.url), 'node');
    expect(source).toMatch(/class _?AleaStream\b/);
    expect(bareFieldDefinitions(source)).toEqual([]);
  });

  it('the check finds a bare definition when there is one', () => {
    expect(bareFieldDefinitions('class A {\n  s0;\n  constructor() {\n    this.s0 = 0.5;\n    return;\n  }\n}')).toEqual(['  s0;']);
  });
});
