// `omnisim run --explain-settings`: every setting with the value in effect, whether the
// scenario changed it, and the rule or open question it models.

import type { Settings } from '../scenario/settings.ts';
import { DEFAULT_SETTINGS, SETTING_SPECS } from '../scenario/settings.ts';
import { formatDuration } from '../scenario/units.ts';
import { showSettingBlock } from '../scenario/read/readAgentWork.ts';

export function explainSettings(settings: Settings): string {
  const lines = SETTING_SPECS.map((s) => {
    const v = settings[s.name];
    const shown = s.kind === 'duration' ? formatDuration(v as number) : s.kind === 'block' ? showSettingBlock(s.name, v) : String(v);
    const changed = (s.kind === 'block' ? JSON.stringify(v) !== JSON.stringify(DEFAULT_SETTINGS[s.name]) : v !== DEFAULT_SETTINGS[s.name]) ? ' (set by scenario)' : '';
    return `${s.name} = ${shown}${changed}   [${s.rule}]\n    ${s.doc}`;
  });
  return `Settings in effect:\n\n${lines.join('\n')}\n`;
}
