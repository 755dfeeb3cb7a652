import type { AnalyzedDocument } from '../document';
import type { ComposeService } from '../sources/compose/model';
import type { Range, Spanned } from '../text';

/** A service's `build:`: where the Dockerfile is, and which stage becomes the image. */
export interface ServiceBuild {
  /** `context:`, or the scalar value of `build:`; `.` when not given. */
  readonly context: string;
  readonly dockerfile: string | undefined;
  readonly target: string | undefined;
  readonly keyRange: Range;
}

/** What a Compose service runs: its `image:` and its `build:`, when written. */
export interface ServiceImage {
  readonly image: Spanned | undefined;
  readonly build: ServiceBuild | undefined;
}

// The Compose model keeps mounts, not `image:`/`build:`, so those two keys are read from the service's
// own lines: a scan of a few lines per service, where parsing the file again would double the cost.
const cache = new WeakMap<ComposeService, ServiceImage>();

export function serviceImage(document: AnalyzedDocument, service: ComposeService): ServiceImage {
  let found = cache.get(service);
  if (found === undefined) {
    found = readServiceImage(document, service);
    cache.set(service, found);
  }
  return found;
}

const KEY_LINE = /^( *)(["']?)(image|build|context|dockerfile|target)\2 *:(?: +|$)(.*)$/;

function readServiceImage(document: AnalyzedDocument, service: ComposeService): ServiceImage {
  const lines = document.lines;
  const keyLine = service.name.range.start.line;
  const afterKey = lines.lineText(keyLine).slice(service.name.range.end.character).replace(/^["']?\s*:\s*/, '');
  if (afterKey.startsWith('{')) return readFlow(document, service);
  let childIndent: number | undefined;
  let image: Spanned | undefined;
  let build: { context: string; dockerfile: string | undefined; target: string | undefined; keyRange: Range } | undefined;
  let inBuild = false;
  let buildIndent: number | undefined;
  const last = Math.min(service.range.end.line, lines.lineCount - 1);
  // One slice of the service's lines rather than one per line: this runs for every service of the file.
  const from = lines.offsetAt({ line: keyLine + 1, character: 0 });
  const block = keyLine + 1 > last ? [] : document.text.slice(from, lines.lineEnd(last)).split(/\r\n|\r|\n/);
  for (let line = keyLine + 1; line <= last; line++) {
    const text = block[line - keyLine - 1] ?? '';
    if (/^\s*(#|$)/.test(text)) continue;
    const indent = /^ */.exec(text)?.[0].length ?? 0;
    if (indent <= service.name.range.start.character) break;
    childIndent ??= indent;
    const match = KEY_LINE.exec(text);
    if (indent === childIndent) {
      inBuild = false;
      if (match === null) continue;
      const key = match[3];
      const value = scalarAt(line, (match[1] ?? '').length + text.slice((match[1] ?? '').length).indexOf(':') + 1, text);
      if (key === 'image' && value !== undefined) image = value;
      if (key === 'build') {
        const keyStart = (match[1] ?? '').length;
        const keyRange = { start: { line, character: keyStart }, end: { line, character: keyStart + 'build'.length } };
        build = { context: value?.value ?? '.', dockerfile: undefined, target: undefined, keyRange };
        inBuild = value === undefined;
        buildIndent = undefined;
      }
    } else if (inBuild && build !== undefined && (buildIndent ??= indent) === indent && match !== null) {
      const value = scalarAt(line, (match[1] ?? '').length + text.slice((match[1] ?? '').length).indexOf(':') + 1, text);
      if (value === undefined) continue;
      if (match[3] === 'context') build.context = value.value;
      if (match[3] === 'dockerfile') build.dockerfile = value.value;
      if (match[3] === 'target') build.target = value.value;
    }
  }
  return { image, build };
}

/** The scalar after a key's colon: quotes removed, a trailing comment dropped. */
function scalarAt(line: number, from: number, text: string): Spanned | undefined {
  let start = from;
  while (text[start] === ' ' || text[start] === '\t') start++;
  const rest = text.slice(start);
  if (rest === '' || rest.startsWith('#') || rest.startsWith('|') || rest.startsWith('>') || rest.startsWith('{') || rest.startsWith('[')) return undefined;
  const quote = rest[0];
  if (quote === '"' || quote === "'") {
    const close = rest.indexOf(quote, 1);
    if (close < 0) return undefined;
    return { value: rest.slice(1, close), range: { start: { line, character: start + 1 }, end: { line, character: start + close } } };
  }
  const comment = rest.search(/\s#/);
  const value = (comment < 0 ? rest : rest.slice(0, comment)).trimEnd();
  if (value === '' || value === '~' || value === 'null') return undefined;
  return { value, range: { start: { line, character: start }, end: { line, character: start + value.length } } };
}

/** `svc: { image: postgres:16, volumes: [...] }`: only `image:` is read from a flow mapping. */
function readFlow(document: AnalyzedDocument, service: ComposeService): ServiceImage {
  const lines = document.lines;
  const start = lines.offsetAt(service.name.range.end);
  const end = lines.offsetAt(service.range.end);
  const text = document.text.slice(start, end);
  const match = /[{,]\s*image\s*:\s*("[^"]*"|'[^']*'|[^,}\s]+)/.exec(text);
  if (match?.[1] === undefined) return { image: undefined, build: undefined };
  const raw = match[1];
  const quoted = raw.startsWith('"') || raw.startsWith("'");
  const valueStart = start + match.index + match[0].length - raw.length + (quoted ? 1 : 0);
  const value = quoted ? raw.slice(1, -1) : raw;
  const image = { value, range: { start: lines.positionAt(valueStart), end: lines.positionAt(valueStart + value.length) } };
  const build = /[{,]\s*build\s*:/.test(text) ? { context: '.', dockerfile: undefined, target: undefined, keyRange: image.range } : undefined;
  return { image, build };
}
