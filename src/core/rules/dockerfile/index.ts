import type { Rule } from '../rule';

export const dockerfileRules: readonly Rule[] = [];
