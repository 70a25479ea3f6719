// prettyJson: objects indented two spaces, arrays of plain values on one line, Float64Array
// as a list, numbers through a formatter told the nearest property key; valid JSON.

import { describe, it, expect } from 'vitest';
import { prettyJson } from '../../sim/run/prettyJson.ts';

describe('prettyJson', () => {
  it('arrays of numbers on one line, nested objects indented, a final newline', () => {
    expect(prettyJson({ a: [1, 2, 3], b: { c: 'x', d: { e: 1.5 } } })).toBe(
      '{\n  "a": [1, 2, 3],\n  "b": {\n    "c": "x",\n    "d": {\n      "e": 1.5\n    }\n  }\n}\n',
    );
  });

  it('Float64Array is printed as a one-line list', () => {
    expect(prettyJson({ s: Float64Array.of(0.5, 1, 0) })).toBe('{\n  "s": [0.5, 1, 0]\n}\n');
  });

  it('arrays holding objects or arrays go one element per line', () => {
    expect(prettyJson([{ a: 1 }, [2, 3]])).toBe('[\n  {\n    "a": 1\n  },\n  [2, 3]\n]\n');
    expect(prettyJson({ rows: [[1], [2]] })).toBe('{\n  "rows": [\n    [1],\n    [2]\n  ]\n}\n');
  });

  it('empty containers', () => {
    expect(prettyJson({ a: [], b: {} })).toBe('{\n  "a": [],\n  "b": {}\n}\n');
    expect(prettyJson({})).toBe('{}\n');
  });

  it('the formatter receives the nearest enclosing property key', () => {
    const seen: [number, string][] = [];
    prettyJson({ x: 1, y: { z: 2, w: [3, 4] }, list: [{ k: 5 }, 6], s: Float64Array.of(7) }, (v, key) => {
      seen.push([v, key]);
      return v;
    });
    expect(seen).toEqual([[1, 'x'], [2, 'z'], [3, 'w'], [4, 'w'], [5, 'k'], [6, 'list'], [7, 's']]);
    const top: string[] = [];
    prettyJson(8, (v, key) => (top.push(key), v));
    expect(top).toEqual(['']);
  });

  it('the formatter shapes the printed numbers (including inside a Float64Array)', () => {
    const round = (v: number, key: string) => (key === 'rate' ? Math.round(v * 100) / 100 : key === 'gone' ? null : v);
    expect(prettyJson({ rate: 0.123456, n: 0.123456, gone: 5, series: { rate: Float64Array.of(1 / 3) } }, round)).toBe(
      '{\n  "rate": 0.12,\n  "n": 0.123456,\n  "gone": null,\n  "series": {\n    "rate": [0.33]\n  }\n}\n',
    );
  });

  it('null prints as null; undefined properties are left out; undefined, NaN and ±Infinity in arrays print as null', () => {
    expect(prettyJson({ a: null, b: undefined, c: [undefined, null, NaN, Infinity], d: -Infinity })).toBe(
      '{\n  "a": null,\n  "c": [null, null, null, null],\n  "d": null\n}\n',
    );
    expect(prettyJson({ only: undefined })).toBe('{}\n');
    expect(prettyJson(null)).toBe('null\n');
    expect(prettyJson(undefined)).toBe('null\n');
  });

  it('strings and keys are escaped', () => {
    expect(prettyJson({ 'a "b"': 'line\nnext', ok: true })).toBe('{\n  "a \\"b\\"": "line\\nnext",\n  "ok": true\n}\n');
  });

  it('parses back with JSON.parse to the same data', () => {
    const value = {
      channels: { voice: { offered: { mean: 10.5, ci95: [9.25, 11.75] }, asa: { mean: null, ci95: null } } },
      queues: [{ name: 'Phones', entered: 3 }],
      series: { intervalSeconds: 60, arrivals: Float64Array.of(1, 0, 2.5) },
      dropped: undefined,
      tags: ['a', 'b'],
    };
    expect(JSON.parse(prettyJson(value))).toEqual({
      channels: { voice: { offered: { mean: 10.5, ci95: [9.25, 11.75] }, asa: { mean: null, ci95: null } } },
      queues: [{ name: 'Phones', entered: 3 }],
      series: { intervalSeconds: 60, arrivals: [1, 0, 2.5] },
      tags: ['a', 'b'],
    });
  });
});
