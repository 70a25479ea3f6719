// What the knobs changed, applied field by field to the scenario and to each of its variants.
// A JSON merge patch replaces lists whole, so the knobs' team list used to overwrite a variant's
// own `agents:` (brands.yaml's "unrestricted" lost its change, and side by side both panels ran
// the same agents). Edits name a team and the fields the user changed; everything else — a
// variant's own count, brands or capacity rule — stays as the variant writes it.

type Raw = Record<string, unknown>;

export interface TeamEdit {
  /** The team's name as the file writes it (its position when it has none). */
  team: string | number;
  count?: number;
  /** Capacity per channel the user changed (teams with inline capacity only). */
  capacity?: Partial<Record<'messaging' | 'email' | 'voice', number>>;
}

export interface SpikeEdit {
  multiplier?: number;
  at?: string;
  duration?: string;
}

export interface KnobEdits {
  teams: TeamEdit[];
  /** Changes to the first messaging spike. */
  spike?: SpikeEdit;
}

const isMapping = (x: unknown): x is Raw => x !== null && typeof x === 'object' && !Array.isArray(x);

function editTeams(agents: unknown, edits: readonly TeamEdit[]): unknown {
  if (!Array.isArray(agents)) return agents;
  return agents.map((t: unknown, i) => {
    if (!isMapping(t)) return t;
    const e = edits.find((x) => (typeof x.team === 'number' ? t['team'] === undefined && x.team === i : t['team'] === x.team));
    if (!e) return t;
    const out: Raw = { ...t };
    if (e.count !== undefined) out['count'] = e.count;
    if (e.capacity && isMapping(t['capacity'])) {
      const cap: Raw = { ...t['capacity'], ...e.capacity };
      if (e.capacity.voice !== undefined) delete cap['talk']; // the file's other name for voice
      out['capacity'] = cap;
    }
    return out;
  });
}

function editSpikes(channels: unknown, edit: SpikeEdit): unknown {
  if (!isMapping(channels) || !isMapping(channels['messaging'])) return channels;
  const messaging = channels['messaging'];
  const arrivals = messaging['arrivals'];
  if (!isMapping(arrivals) || !Array.isArray(arrivals['spikes']) || !isMapping(arrivals['spikes'][0])) return channels;
  const [first, ...rest] = arrivals['spikes'] as Raw[];
  return { ...channels, messaging: { ...messaging, arrivals: { ...arrivals, spikes: [{ ...first, ...edit }, ...rest] } } };
}

/** The scenario as read (variants included) with the knobs' edits in the base and in every variant that writes its own teams or spikes. */
export function applyKnobEdits(raw: unknown, edits: KnobEdits): unknown {
  if (!isMapping(raw)) return raw;
  const one = (s: Raw): Raw => {
    const out: Raw = { ...s };
    if ('agents' in s && edits.teams.length > 0) out['agents'] = editTeams(s['agents'], edits.teams);
    if ('channels' in s && edits.spike) out['channels'] = editSpikes(s['channels'], edits.spike);
    return out;
  };
  const out = one(raw);
  if (isMapping(raw['variants'])) {
    out['variants'] = Object.fromEntries(Object.entries(raw['variants']).map(([name, v]) => [name, isMapping(v) ? one(v) : v]));
  }
  return out;
}
