import type { AnalyzeOptions, SourceResult } from '../../document';
import type { LineIndex } from '../../text';

export function readCompose(_text: string, _lines: LineIndex, _options: AnalyzeOptions): SourceResult {
  return { mounts: [], commands: [], problems: [] };
}
