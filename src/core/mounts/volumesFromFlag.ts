import type { ParsedVolumesFrom, SpecText } from './parse';

// Placeholder: replaced by the real parser.
export function parseVolumesFromFlag(_spec: SpecText): ParsedVolumesFrom {
  return { volumesFrom: undefined, problems: [] };
}
