import type { Rule } from '../rule';
import { sw401EngineSocket } from './sw401EngineSocket';
import { sw402SensitiveHostPath } from './sw402SensitiveHostPath';

/** Rules over every mount that can reach the host, whatever document it was written in. */
export const mountRules: readonly Rule[] = [sw401EngineSocket, sw402SensitiveHostPath];
