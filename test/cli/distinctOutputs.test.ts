// An output never overwrites what the command reads, nor another output of the same command:
// `run s.yaml --json s.yaml` replaced the scenario with its report, and `--json r --html r`
// kept only the HTML, both without a word.

import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { omnisim } from '../support/cli.ts';
import { SMALL_VOICE } from '../support/scenarios.ts';

const dir = mkdtempSync(join(tmpdir(), 'omnisim-outputs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string) => join(dir, name);
const EXPORT = '{"triggers":[{"title":"t","conditions":{"all":[{"field":"status","operator":"is","value":"new"}]},"actions":[]}]}';

beforeEach(() => {
  writeFileSync(file('s.yaml'), SMALL_VOICE);
  writeFileSync(file('sw.yaml'), 'scenario: s.yaml\nreplications: 2\ngrid:\n  agents[phones].count: [14]\n');
  writeFileSync(file('export.json'), EXPORT);
});

describe('an output naming a file the command reads is refused before anything runs, and the file is kept', () => {
  it.each([
    ['run', [file('s.yaml'), '--json', join(dir, '.', 's.yaml')], `--json ${join(dir, '.', 's.yaml')}: is the scenario`],
    ['compare', [file('s.yaml'), '--csv', file('s.yaml')], `--csv ${file('s.yaml')}: is the scenario`],
    ['staff', [file('s.yaml'), '--target', 'voice:sl=80%/20s', '--json', file('s.yaml')], `--json ${file('s.yaml')}: is the scenario`],
    ['sweep', [file('sw.yaml'), '--csv', file('sw.yaml')], `--csv ${file('sw.yaml')}: is the sweep file`],
    ['sweep', [file('sw.yaml'), '--json', file('s.yaml')], `--json ${file('s.yaml')}: is the sweep's scenario`],
    ['import-triggers', [file('export.json'), '--out', file('export.json')], `--out ${file('export.json')}: is the export`],
  ])('%s %j', async (command, args, message) => {
    const o = await omnisim(command, ...args);
    expect(o.code).toBe(1);
    expect(o.err).toBe(`omnisim: ${message}, which this command reads; writing there would overwrite it. Give another file name\n`);
    expect(readFileSync(file('s.yaml'), 'utf8')).toBe(SMALL_VOICE);
    expect(readFileSync(file('sw.yaml'), 'utf8')).toContain('grid:');
    expect(readFileSync(file('export.json'), 'utf8')).toBe(EXPORT);
  });
});

describe('two outputs naming one file', () => {
  it('are refused, naming both', async () => {
    const o = await omnisim('run', file('s.yaml'), '--json', file('r.out'), '--html', file('r.out'));
    expect([o.code, o.out, o.err]).toEqual([1, '', `omnisim: --json ${file('r.out')} and --html ${file('r.out')}: the same file, where the second would overwrite the first; give each its own\n`]);
  });
});
