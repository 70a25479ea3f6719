// The figures of a trigger or automation (R51: fired and changed the ticket; matched but changed
// nothing; R49: CSAT surveys sent; how long a switched one was on), in the order the run table,
// the HTML report and the live page show them — one list for all three.

import type { TriggerFigures } from '../metrics/TriggerAcc.ts';
import type { Unit } from './formatEstimate.ts';

/** Key, heading, unit, and whether the column is shown only when some trigger has a figure in it. */
export const TRIGGER_COLUMNS: readonly [keyof TriggerFigures, string, Unit, 'always' | 'whenAny'][] = [
  ['fired', 'fired', 'count', 'always'],
  ['noOpFirings', 'matched, no change', 'count', 'always'],
  ['surveysSent', 'surveys', 'count', 'always'],
  ['switchedOnSeconds', 'switched on', 'seconds', 'whenAny'],
];
