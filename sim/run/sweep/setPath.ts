// Changes one value deep inside a raw scenario, by a path such as
// `agents[chat].count`, `channels.messaging.arrivals.spikes[0].multiplier` or
// `settings.routeAgentEndedAsEmail`. A list is indexed by position ([0]) or by the name of an
// element ([chat] matches the element whose team, name or title is "chat"). Returns a copy.

export type PathSegment = string | number | { name: string };

export function parsePath(path: string): PathSegment[] | { error: string } {
  const out: PathSegment[] = [];
  const re = /([^.[\]]+)|\[([^\]]*)\]/g;
  let m: RegExpExecArray | null;
  let consumed = 0;
  while ((m = re.exec(path)) !== null) {
    if (m[1] !== undefined) out.push(m[1]);
    else if (/^\d+$/.test(m[2]!)) out.push(Number(m[2]));
    else if (m[2]!.trim() !== '') out.push({ name: m[2]!.trim() });
    else return { error: `empty [] in "${path}"` };
    consumed += m[0].length;
  }
  const dots = (path.match(/\./g) ?? []).length;
  if (out.length === 0 || consumed + dots !== path.length) return { error: `cannot read the path "${path}" (write e.g. agents[chat].count)` };
  return out;
}

function matchName(x: unknown, name: string): boolean {
  if (!x || typeof x !== 'object') return false;
  const o = x as Record<string, unknown>;
  return o['team'] === name || o['name'] === name || o['title'] === name;
}

/** A copy of `raw` with the value at `path` replaced, or an error naming the missing step. */
export function setPath(raw: unknown, path: PathSegment[], value: unknown, shown = ''): unknown | { error: string } {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  const here = (s: PathSegment) => (typeof s === 'string' ? `${shown ? shown + '.' : ''}${s}` : typeof s === 'number' ? `${shown}[${s}]` : `${shown}[${s.name}]`);
  if (typeof head === 'string') {
    const obj = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : null;
    if (!obj) return { error: `${shown || 'the scenario'} is not a mapping, so it has no "${head}"` };
    // A missing last key is created (e.g. a setting the file leaves at its default).
    if (!(head in obj) && rest.length > 0) return { error: `${here(head)} is not in the scenario` };
    const inner = setPath(obj[head], rest, value, here(head));
    if (isError(inner)) return inner;
    return { ...obj, [head]: inner };
  }
  if (!Array.isArray(raw)) return { error: `${shown} is not a list` };
  const i = typeof head === 'number' ? head : raw.findIndex((x) => matchName(x, head.name));
  if (i < 0 || i >= raw.length) {
    const names = raw.map((x) => (x && typeof x === 'object' ? String((x as Record<string, unknown>)['team'] ?? (x as Record<string, unknown>)['name'] ?? '?') : '?'));
    return { error: `${here(head)} does not exist (${raw.length} element${raw.length === 1 ? '' : 's'}${typeof head === 'number' ? '' : `: ${names.join(', ')}`})` };
  }
  const inner = setPath(raw[i], rest, value, here(head));
  if (isError(inner)) return inner;
  const copy = raw.slice();
  copy[i] = inner;
  return copy;
}

export function isError(x: unknown): x is { error: string } {
  return !!x && typeof x === 'object' && !Array.isArray(x) && Object.keys(x).length === 1 && typeof (x as { error?: unknown }).error === 'string';
}
