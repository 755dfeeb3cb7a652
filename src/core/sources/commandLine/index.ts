import type { SourceResult } from '../../document';
import type { LineIndex } from '../../text';

export type CommandLineKind = 'shell' | 'makefile' | 'markdown' | 'workflow';

export function readCommandLines(_text: string, _kind: CommandLineKind, _lines: LineIndex): SourceResult {
  return { mounts: [], commands: [], problems: [] };
}
