// Ticket > Skills (R18): add_skills adds skills to the ticket, set_skills replaces its skills.
// Each skill is a name the scenario declares, with the API's priority suffix: "spanish#0" is
// required (never dropped), "spanish" or "spanish#1"–"#3" optional (the skills timeout drops it).
//
// Zendesk, "Setting skill priority with skills in trigger action"
// (https://developer.zendesk.com/documentation/ticketing/using-the-zendesk-api/setting-skill-priority-with-skills-in-trigger-action):
//   "the add_skills and set_skills trigger actions include an option to configure which of the
//   skills can timeout and which are considered every time by omnichannel routing."
//   "Value 0 Required, Never [expires]; 1 Optional High Priority, Expires Last; 2 Optional Medium
//   Priority; 3 Optional Low Priority, Expires Soonest." "If you don't specify a priority value
//   for a skill, 1 (optional high priority) is used by default." "The priority value is appended
//   to each skill's UUID ... using the format skill_uuid#priority", e.g.
//   { "field": "add_skills", "value": ["ea535736-…#1", "eb3306b5-…#3", "7ffed381-…#0"] }.
// Each timeout drops one stage, #3 before #2 before #1 (routing/skills/skillStages.ts). omnisim
// names skills instead of UUIDs (the import maps UUIDs to names, see import/skillIds.ts).

import type { ActionField, TriggerAction } from './TriggerAction.ts';
import type { ConditionValue } from '../../scenario/conditions.ts';
import type { NameTables } from '../conditions/ConditionField.ts';
import { suggest } from '../../scenario/read/describeValue.ts';
import { setSkills } from '../../behaviour/ticketFields.ts';
import type { SkillStages } from '../../routing/skills/skillStages.ts';
import { addSkill, noSkills, withSkills } from '../../routing/skills/skillStages.ts';

/** The API field names of the skill actions (aliases resolve to these). */
export const SKILL_ACTIONS: readonly string[] = ['add_skills', 'set_skills'];

/** One skill of an action's value: its name and the API priority (0 required, 1–3 optional). */
export interface SkillEntry {
  entry: string;
  name: string;
  priority: string;
}

/** The "name#priority" entries of a value (a list, or one text separated by spaces or commas). */
export function skillEntries(value: ConditionValue): SkillEntry[] {
  return (Array.isArray(value) ? value : String(value ?? '').split(/[\s,]+/)).map(String).filter((x) => x !== '').map((entry) => {
    const hash = entry.lastIndexOf('#');
    return { entry, name: hash < 0 ? entry : entry.slice(0, hash), priority: hash < 0 ? '1' : entry.slice(hash + 1) };
  });
}

/** The skills an action names, each at its priority stage. */
function stagesOf(value: ConditionValue, names: NameTables): SkillStages | string {
  const known = names.skills ?? [];
  const out = noSkills();
  for (const { entry, name, priority } of skillEntries(value)) {
    if (!/^[0-3]$/.test(priority)) return `"${entry}": the priority after # is 0 (required) or 1–3 (optional), got "${priority}"`;
    const i = known.indexOf(name);
    if (i < 0) {
      if (known.length === 0) return `unknown skill "${name}": the scenario has no skills (declare them under agents[i].skills, or channels.<channel>.skills)`;
      const s = suggest(name, known);
      return `unknown skill "${name}"${s ? ` (did you mean "${s}"?)` : ''}; skills: ${known.join(', ')}`;
    }
    // optionalSkills: all (R18's other reading) makes every skill optional, as for drawn
    // skills: a #0 one then drops with the #1s (the API's default priority).
    const p = Number(priority);
    addSkill(out, 1 << i, p === 0 && names.settings?.optionalSkills === 'all' ? 1 : p);
  }
  return out;
}

export function skillsAction(mode: 'add' | 'set'): ActionField {
  return {
    compile(value, names): TriggerAction | string {
      const m = stagesOf(value, names);
      if (typeof m === 'string') return m;
      if (m.skills === 0 && mode === 'add') return 'needs one or more skills, e.g. [spanish, "billing#0"]';
      if (mode === 'set') return (e, t) => setSkills(e, t, m);
      // A skill already on the ticket takes the priority given here.
      return (e, t) => setSkills(e, t, withSkills(t, m));
    },
  };
}
