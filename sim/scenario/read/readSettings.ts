// `settings:` — the routing settings and open questions (see settings.ts), each checked
// against its declared kind, values and bounds.

import type { Settings } from '../settings.ts';
import { DEFAULT_SETTINGS, SETTING_SPECS } from '../settings.ts';
import type { Problems } from './Problems.ts';
import { bool, duration, join, mapping, number, oneOf, text } from './fields.ts';
import { readSettingBlock } from './readAgentWork.ts';

export function readSettings(v: unknown, path: string, p: Problems): Settings {
  const out: Settings = { ...DEFAULT_SETTINGS };
  if (v === undefined || v === null) return out;
  const m = mapping(v, path, p, SETTING_SPECS.map((s) => s.name));
  if (!m) return out;
  const target = out as unknown as Record<string, unknown>;
  for (const spec of SETTING_SPECS) {
    const raw = m[spec.name];
    if (raw === undefined) continue;
    const at = join(path, spec.name);
    const bounds = { ...(spec.min !== undefined ? { min: spec.min } : {}), ...(spec.max !== undefined ? { max: spec.max } : {}) };
    let value: unknown;
    switch (spec.kind) {
      case 'enum': value = oneOf(raw, at, p, spec.values!); break;
      case 'boolean': value = bool(raw, at, p); break;
      case 'duration': value = duration(raw, at, p, bounds); break;
      case 'number': value = number(raw, at, p, bounds); break;
      case 'string': value = text(raw, at, p); break;
      case 'block': value = readSettingBlock(spec.name, raw, at, p, DEFAULT_SETTINGS[spec.name]); break;
    }
    if (value !== undefined) target[spec.name] = value;
  }
  if (out.autoAccept && m['reassignIfNotAcceptedAfter'] !== undefined && out.reassignIfNotAcceptedAfter > 0) {
    p.error(join(path, 'autoAccept'), 'autoAccept and reassignIfNotAcceptedAfter are mutually exclusive (R36)');
  }
  return out;
}
