import type { Rule } from '../rule';

export const commandRules: readonly Rule[] = [];
