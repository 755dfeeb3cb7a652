import type { Rule } from '../rule';

export const composeRules: readonly Rule[] = [];
