// `npm run bench:profile`: where E1's instructions per ticket go, by source function and line
// of sim/, with V8's inlining undone. A profile by compiled function charges a callee inlined
// into its caller to the caller (Engine.capacityChanged "costs" the routing pools and metrics it
// inlines), and a perf map can misname code whose address was reused; here every machine
// instruction callgrind counted is charged to the source position V8's optimizing compiler
// recorded for it (`--print-opt-code` prints each optimized function's code and its table of
// source positions), and the bundle's source map turns that into a file and line of sim/.
// As bench:instructions, the figure is the difference of a 5-day and a 25-day run, per ticket.
// Counts in unoptimized code, builtins and the runtime are summed apart.
//
// Prints the instructions per ticket by folder of sim/ (kernel, engine, routing, metrics …), by
// function and by line. --scenario FILE: another bundled scenario (as bench:instructions).
// --top N: function and line rows shown (25). Needs valgrind; ≈ 2 min.
// --event mispredicts | cache-misses: the same tables for branches valgrind's branch
// predictor mispredicts (conditional and indirect), or reads and writes that miss its
// first-level data cache, per ticket, beside the bare M/M/14 loop's figure per customer. These
// are what instructions alone do not show: why the full model runs fewer instructions a second
// than the bare loop. valgrind's predictor and cache are simple models of a real CPU's (no
// branch history), so read them as where, not as how many cycles.

import { readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleEntry, callgrindRun, needValgrind, scenarioArg } from './callgrind.mjs';

needValgrind('bench:profile');
const scenario = scenarioArg();
const topAt = process.argv.indexOf('--top');
const top = topAt >= 0 ? Number(process.argv[topAt + 1]) : 25;
if (!(Number.isInteger(top) && top > 0)) {
  console.error('--top wants a whole number of rows, e.g. --top 40');
  process.exit(2);
}
/** What is counted: callgrind's events (summed) and the flag that makes it count them. */
const EVENTS = {
  instructions: { columns: ['Ir'], flags: [], unit: 'instructions' },
  mispredicts: { columns: ['Bcm', 'Bim'], flags: ['--branch-sim=yes'], unit: 'mispredicted branches' },
  'cache-misses': { columns: ['D1mr', 'D1mw'], flags: ['--cache-sim=yes'], unit: 'first-level data cache misses' },
};
const eventAt = process.argv.indexOf('--event');
const eventName = eventAt >= 0 ? process.argv[eventAt + 1] : 'instructions';
const event = EVENTS[eventName];
if (!event) {
  console.error(`--event wants one of ${Object.keys(EVENTS).join(', ')}${eventName ? ` (not ${eventName})` : ''}`);
  process.exit(2);
}
/** The run's total of the counted events. */
const counted = (r) => event.columns.reduce((sum, c) => sum + (r.counts[c] ?? 0), 0);

/** A callgrind number: hexadecimal with 0x, else decimal. */
const num = (s) => (s.startsWith('0x') ? parseInt(s, 16) : Number(s));

/** The counted events per machine-code address from a callgrind file written with --dump-instr=yes. */
function costByAddress(file) {
  const cost = new Map();
  let last = 0, afterCall = false, columns = [0];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('events:')) {
      const names = line.slice(7).trim().split(/\s+/);
      columns = event.columns.map((c) => names.indexOf(c));
      continue;
    }
    if (line.startsWith('calls=')) { afterCall = true; continue; }
    const c = line.charCodeAt(0);
    if (!((c >= 48 && c <= 57) || line[0] === '+' || line[0] === '-' || line[0] === '*')) continue;
    const fields = line.split(' ');
    const pos = fields[0];
    last = pos[0] === '+' ? last + num(pos.slice(1)) : pos[0] === '-' ? last - num(pos.slice(1)) : pos === '*' ? last : num(pos);
    if (afterCall) { afterCall = false; continue; } // a call's inclusive cost: the callee counts it itself
    let n = 0;
    for (const at of columns) n += Number(fields[2 + at] ?? 0); // after the address and the line
    cost.set(last, (cost.get(last) ?? 0) + n);
  }
  return cost;
}

/**
 * Each optimized code object `--print-opt-code` printed: the first line of its function's source
 * and where that starts in its script, its instructions' addresses and offsets, and its table
 * of source positions (offsets in the script).
 */
function codeObjects(text) {
  const objects = [];
  let cur = null, section = null, raw = null;
  for (const line of text.split('\n')) {
    if (line.startsWith('--- Raw source')) { raw = ''; cur = null; continue; }
    if (raw === '') { raw = line; continue; }
    if (line.startsWith('--- Optimized code')) { cur = { raw: raw ?? '', start: -1, code: [], positions: [] }; objects.push(cur); section = null; raw = null; continue; }
    if (cur === null) continue;
    if (line.startsWith('source_position = ')) cur.start = Number(line.slice(18));
    else if (line.startsWith('Instructions (size')) section = 'code';
    else if (line.startsWith('Source positions:')) section = 'positions';
    else if (/^(Inlined functions|Deoptimization|Safepoints|RelocInfo|--- End code)/.test(line)) section = null;
    else if (section === 'code') {
      const m = /^0x([0-9a-f]+)\s+([0-9a-f]+)\s/.exec(line);
      if (m) cur.code.push([parseInt(m[1], 16), parseInt(m[2], 16)]);
    } else if (section === 'positions') {
      const m = /^\s+([0-9a-f]+)\s+(\d+)/.exec(line);
      if (m) cur.positions.push([parseInt(m[1], 16), Number(m[2])]);
    }
  }
  return objects;
}

/** The last index i with key(xs[i]) ≤ v, or -1 (xs sorted by key). */
function floorIndex(xs, v, key = (x) => x) {
  let lo = 0, hi = xs.length - 1, at = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (key(xs[mid]) <= v) { at = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return at;
}

/** A source map's mappings as, per bundle line, [column, source, line] sorted by column. */
function decodeMappings(map) {
  const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const lines = [];
  let src = 0, srcLine = 0;
  for (const group of map.mappings.split(';')) {
    const segs = [];
    let col = 0;
    for (const seg of group.split(',')) {
      if (!seg) continue;
      const v = [];
      for (let i = 0, shift = 0, n = 0; i < seg.length; i++) {
        const d = B64.indexOf(seg[i]);
        n += (d & 31) << shift;
        if (d & 32) { shift += 5; continue; }
        v.push(n & 1 ? -(n >> 1) : n >> 1);
        n = 0; shift = 0;
      }
      col += v[0];
      if (v.length >= 4) { src += v[1]; srcLine += v[2]; segs.push([col, src, srcLine]); }
    }
    lines.push(segs);
  }
  return lines;
}

const { dir, bundle } = await bundleEntry({ sourcemap: 'external' });
try {
  const text = readFileSync(bundle, 'utf8');
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lineStarts.push(i + 1);
  const map = JSON.parse(readFileSync(`${bundle}.map`, 'utf8'));
  const mappings = decodeMappings(map);
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const sources = map.sources.map((s) => relative(root, join(dir, s)));
  // The function each source line is in: the nearest definition above it, read from the source files.
  const defs = new Map();
  const fnAt = (file, line) => {
    if (!defs.has(file)) {
      const found = [];
      readFileSync(join(root, file), 'utf8').split('\n').forEach((l, i) => {
        const m = /^\s*(?:export\s+)?(?:(?:private|protected|public|static|override|readonly|async|get|set)\s+)*(?:function\s+)?(\w+)\s*(?:<[^>]*>)?\(/.exec(l);
        if (m && !['if', 'for', 'while', 'switch', 'catch', 'return', 'constructor'].includes(m[1]) && /[{,(]\s*$|\)\s*:\s*[^=]*\{\s*$|\)\s*\{\s*$/.test(l)) found.push([i, m[1]]);
      });
      defs.set(file, found);
    }
    const found = defs.get(file);
    const i = floorIndex(found, line, (d) => d[0]);
    return i >= 0 ? found[i][1] : '(top level)';
  };
  /** file:line of a character offset of the bundle, or null. */
  const origin = (offset) => {
    const line = floorIndex(lineStarts, offset);
    const segs = mappings[line] ?? [];
    const s = floorIndex(segs, offset - lineStarts[line], (x) => x[0]);
    return s >= 0 ? [sources[segs[s][1]], segs[s][2]] : null;
  };

  const days = [5, 25];
  const runs = await Promise.all(days.map((d) => {
    const out = join(dir, `callgrind.${d}.out`);
    return callgrindRun(bundle, { MODE: 'full', DAYS: String(d), ...(scenario ? { SCENARIO: scenario } : {}) },
      { callgrind: [...event.flags, '--dump-instr=yes', `--callgrind-out-file=${out}`], node: ['--print-opt-code', '--code-comments'] }).then((r) => ({ ...r, file: out }));
  }));
  // The bare loop's figure for the same event, per customer (instructions: bench:instructions).
  const bare = event === EVENTS.instructions || scenario ? null : await Promise.all(days.map((d) =>
    callgrindRun(bundle, { MODE: 'bare', DAYS: String(d) }, { callgrind: [...event.flags, '--callgrind-out-file=/dev/null'] })));
  const tally = runs.map((r) => {
    const cost = costByAddress(r.file);
    const byPart = new Map(), byFn = new Map(), byLine = new Map();
    let optimized = 0;
    for (const o of codeObjects(r.stdout)) {
      // Only functions of the bundle (not of packages it leaves external): its text is there.
      if (o.start < 0 || !text.startsWith(o.raw, o.start)) continue;
      for (const [address, offset] of o.code) {
        const c = cost.get(address);
        if (!c) continue;
        const p = floorIndex(o.positions, offset, (x) => x[0]);
        const where = p >= 0 ? origin(o.positions[p][1]) : null;
        if (where === null) continue;
        const [file, line] = where;
        const fn = `${file.replace(/^sim\//, '')} ${fnAt(file, line)}`;
        const part = file.split('/').slice(0, -1).join('/');
        byPart.set(part, (byPart.get(part) ?? 0) + c);
        byFn.set(fn, (byFn.get(fn) ?? 0) + c);
        const at = `${file}:${line + 1}`;
        byLine.set(at, (byLine.get(at) ?? 0) + c);
        optimized += c;
      }
    }
    return { instructions: counted(r), tickets: r.tickets, byPart, byFn, byLine, optimized };
  });
  const [a, b] = tally;
  const tickets = b.tickets - a.tickets;
  const per = (x, y) => (y - x) / tickets;
  const diff = (ma, mb) => [...mb].map(([k, v]) => [k, per(ma.get(k) ?? 0, v)]).sort((x, y) => y[1] - x[1]);
  const total = per(a.instructions, b.instructions);
  const inOptimized = per(a.optimized, b.optimized);
  console.log(`${scenario ?? 'E1'}: ${total.toFixed(event === EVENTS.instructions ? 0 : 1)} ${event.unit} per ticket, ${inOptimized.toFixed(0)} of them in optimized code of the bundle`);
  if (bare) {
    const [x, y] = bare;
    console.log(`bare typed-array M/M/14 loop: ${((counted(y) - counted(x)) / (y.tickets - x.tickets)).toFixed(1)} per customer`);
  }
  console.log('(charged to source lines with inlining undone; the rest: builtins, the runtime, unoptimized code, packages)\n');
  const digits = event === EVENTS.instructions ? 0 : 2;
  const pad = (x) => x.toFixed(digits).padStart(7);
  console.log('by folder');
  for (const [k, v] of diff(a.byPart, b.byPart)) if (v >= 0.5 * 10 ** -digits) console.log(`${pad(v)}  ${(100 * v / total).toFixed(1).padStart(5)} %  ${k}/`);
  console.log('\nby function');
  for (const [k, v] of diff(a.byFn, b.byFn).slice(0, top)) console.log(`${pad(v)}  ${(100 * v / total).toFixed(1).padStart(5)} %  ${k}`);
  console.log('\nby line');
  const srcLines = new Map();
  for (const [k, v] of diff(a.byLine, b.byLine).slice(0, top)) {
    const [file, line] = k.split(':');
    if (!srcLines.has(file)) srcLines.set(file, readFileSync(join(root, file), 'utf8').split('\n'));
    console.log(`${pad(v)}  ${k.padEnd(38)} ${srcLines.get(file)[Number(line) - 1].trim().slice(0, 80)}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
