// Conditions as written in scenarios (custom queues now, triggers later): the help desk's
// ALL/ANY shape. A set holds when every ALL condition holds and, if ANY is non-empty, at
// least one ANY condition holds.

export type ConditionValue = string | number | boolean | null | string[];

export interface Condition {
  field: string;
  operator: string;
  value: ConditionValue;
}

export interface ConditionSpec {
  all: Condition[];
  any: Condition[];
}

export const EMPTY_CONDITIONS: ConditionSpec = { all: [], any: [] };
