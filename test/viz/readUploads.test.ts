// Chosen files that cannot be used are named with what they are: too large, not text, UTF-16,
// not UTF-8.

import { describe, expect, it } from 'vitest';
import { decodeUpload, sizeProblem } from '../../viz/app/readUploads.ts';

const bytes = (...b: number[]) => new Uint8Array(b);

describe('decodeUpload', () => {
  it('decodes UTF-8 (a byte-order mark dropped)', () => {
    expect(decodeUpload('a.csv', new TextEncoder().encode('créé,via\n'))).toEqual({ text: 'créé,via\n' });
    expect(decodeUpload('a.csv', bytes(0xef, 0xbb, 0xbf, 0x61))).toEqual({ text: 'a' });
  });

  it('names a binary file, UTF-16 and other encodings, saying what each file should be', () => {
    expect(decodeUpload('picture.yaml', bytes(0x89, 0x50, 0x4e, 0x47, 0, 0))).toEqual({ error: 'picture.yaml is not a text file (a scenario is YAML or JSON text in UTF-8)' });
    expect(decodeUpload('day.csv', bytes(0xff, 0xfe, 0x61, 0))).toEqual({ error: 'day.csv is UTF-16 text; save it as UTF-8 (a spreadsheet\'s "CSV UTF-8") and choose it again' });
    expect(decodeUpload('day.csv', bytes(0x63, 0x72, 0xe9, 0xe9))).toEqual({ error: 'day.csv is not UTF-8 text (a replayed ticket export is CSV text in UTF-8); save it as UTF-8 (a spreadsheet\'s "CSV UTF-8") and choose it again' });
  });
});

describe('sizeProblem', () => {
  it('keeps a YAML scenario under 2 MB and any other file under 20 MB', () => {
    expect(sizeProblem('big.yaml', 2_500_000)).toBe('big.yaml: 2.5 MB is too large for a scenario (limit 2 MB)');
    expect(sizeProblem('day.csv', 2_500_000)).toBeNull();
    expect(sizeProblem('day.csv', 25_000_000)).toBe('day.csv: 25.0 MB is too large (limit 20 MB a file)');
  });
});
