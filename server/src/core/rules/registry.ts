// The one table of rules: id, default severity, description, documentation, check.
// Each rule lives in its own module under this folder and is listed here.
import type { RuleDef } from './types';

export const RULES: RuleDef[] = [];

export function ruleById(id: string): RuleDef | undefined {
  return RULES.find((r) => r.id === id);
}
