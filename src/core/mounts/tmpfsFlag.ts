import type { MountContext, ParsedMount, SpecText } from './parse';

// Placeholder: replaced by the real parser.
export function parseTmpfsFlag(_spec: SpecText, _context: MountContext): ParsedMount {
  return { mount: undefined, problems: [] };
}
