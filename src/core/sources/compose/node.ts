import type { Scalar } from 'yaml';
import { isAlias, isMap, isPair, isScalar, isSeq } from 'yaml';
import type { Document, Node as YamlNode, YAMLMap } from 'yaml';
import { mappedSpec } from '../../mounts/specText';
import type { SpecText } from '../../mounts/specText';
import type { LineIndex, Range } from '../../text';
import { YamlScan } from './yamlScan';

// A plain, ranged view of the YAML tree with aliases and merge keys already resolved, so the Compose
// reader and the mount parsers never deal with `yaml`'s node classes. A node reached through an alias
// keeps the ranges of the anchor's source: that is where its text (and any fix) lives.

export type ComposeNode = ComposeScalar | ComposeMap | ComposeSeq;

export interface ComposeScalar {
  readonly kind: 'scalar';
  /** The scalar as YAML typed it: `true` is a boolean, `5` a number, `~` or nothing null. */
  readonly value: string | number | boolean | null;
  /** Whether it was written in quotes or as a block scalar (so `"true"` stays a string). */
  readonly quoted: boolean;
  /** The scalar's text as YAML reads it, with ranges back into the document. */
  readonly spec: SpecText;
  readonly range: Range;
  /** Reached through an alias: its text is an anchor's, shared with other places. */
  readonly aliased: boolean;
}

export interface ComposeEntry {
  readonly key: string;
  readonly keyRange: Range;
  /** `undefined` only for a key with no value node at all. */
  readonly value: ComposeNode | undefined;
  /** From the key to the end of its value. */
  readonly range: Range;
  /** Came in through a `<<` merge key rather than being written in this mapping. */
  readonly merged: boolean;
}

export interface ComposeMap {
  readonly kind: 'map';
  readonly entries: readonly ComposeEntry[];
  /** Written in flow style (`{a: 1}`). */
  readonly flow: boolean;
  readonly range: Range;
  /** Document offsets of the mapping, for edits that need the raw text. */
  readonly offsets: readonly [number, number];
  readonly aliased: boolean;
}

export interface ComposeSeq {
  readonly kind: 'seq';
  readonly items: readonly ComposeNode[];
  readonly flow: boolean;
  readonly range: Range;
  readonly aliased: boolean;
}

export function entry(map: ComposeNode | undefined, key: string): ComposeEntry | undefined {
  return map?.kind === 'map' ? map.entries.find((e) => e.key === key) : undefined;
}

export function scalarText(node: ComposeNode | undefined): string | undefined {
  return node?.kind === 'scalar' && node.value !== null ? String(node.value) : undefined;
}

const MAX_DEPTH = 64;

/** One conversion of a document: aliases resolved as the walk meets them, shared anchors converted once. */
interface Conversion {
  readonly lines: LineIndex;
  readonly scan: YamlScan;
  /** Anchored nodes already converted as seen through an alias. */
  readonly aliasedNodes: Map<unknown, ComposeNode | undefined>;
  /** Nodes being converted: an alias back to one of them is a cycle. */
  readonly open: Set<unknown>;
}

/** Converts `yaml`'s tree. Never throws on a broken tree: what cannot be read is left out. */
export function toComposeNode(node: unknown, doc: Document, lines: LineIndex): ComposeNode | undefined {
  return readComposeTree(doc, lines, node).root;
}

/** Converts a parsed document, and finds its repeated keys in the same pass. */
export function readComposeTree(
  doc: Document,
  lines: LineIndex,
  contents: unknown = doc.contents,
): { root: ComposeNode | undefined; duplicateKeyOffsets: readonly number[] } {
  const scan = new YamlScan();
  const root = convert(contents, { lines, scan, aliasedNodes: new Map(), open: new Set() }, 0, false);
  return { root, duplicateKeyOffsets: scan.duplicateKeyOffsets };
}

/**
 * The tree is met in document order (a node before its children, a key before its value) except where
 * an alias is expanded (`aliased`): there every node was met already, earlier in the document.
 */
function convert(node: unknown, c: Conversion, depth: number, aliased: boolean): ComposeNode | undefined {
  if (node === null || node === undefined) return undefined;
  if (depth > MAX_DEPTH) {
    if (!aliased) c.scan.walk(node);
    return undefined;
  }
  if (!aliased) c.scan.enter(node);
  if (isAlias(node)) {
    // A dangling alias is a YAML error reported elsewhere; one inside its own anchor cannot be expanded.
    const target = c.scan.target(node);
    if (target === undefined || c.open.has(target)) return undefined;
    // Converted once however many aliases name it, so nested aliases cannot multiply the work.
    if (c.aliasedNodes.has(target)) return c.aliasedNodes.get(target);
    const converted = convert(target, c, depth + 1, true);
    c.aliasedNodes.set(target, converted);
    return converted;
  }
  if (isScalar(node)) return toScalar(node, c.lines, aliased);
  c.open.add(node);
  try {
    if (isMap(node)) return toMap(node, c, depth, aliased);
    if (isSeq(node)) {
      const [start, end] = nodeOffsets(node as YamlNode);
      const items: ComposeNode[] = [];
      for (const item of node.items) {
        const converted = convert(item, c, depth + 1, aliased);
        if (converted !== undefined) items.push(converted);
      }
      return { kind: 'seq', items, flow: node.flow === true, range: c.lines.rangeOf(start, end), aliased };
    }
    // Not a value Compose reads (a bare pair): anchors in it can still be named later.
    if (!aliased) c.scan.walk(node);
    return undefined;
  } finally {
    c.open.delete(node);
  }
}

function toMap(node: YAMLMap, c: Conversion, depth: number, aliased: boolean): ComposeMap {
  const lines = c.lines;
  const [start, end] = nodeOffsets(node as YamlNode);
  const entries: ComposeEntry[] = [];
  const merged: ComposeEntry[] = [];
  if (!aliased) c.scan.keys(node);
  for (const pair of node.items) {
    if (!isPair(pair)) continue;
    const key = pair.key;
    if (!aliased) c.scan.walk(key);
    if (!isScalar(key) || key.range === undefined || key.range === null) {
      // The value is still met in document order: anchors in it can be named later.
      if (!aliased) c.scan.walk(pair.value);
      continue;
    }
    const keyText = key.value === null ? '' : String(key.value);
    const value = convert(pair.value, c, depth + 1, aliased);
    if (keyText === '<<' && !key.type?.startsWith('QUOTE')) {
      // Merge keys: explicit keys win over merged ones, earlier merged maps over later ones.
      for (const source of value?.kind === 'seq' ? value.items : [value]) {
        if (source?.kind === 'map') for (const e of source.entries) merged.push({ ...e, merged: true });
      }
      continue;
    }
    const valueEnd = isNodeWithRange(pair.value) ? (pair.value.range?.[1] ?? key.range[1]) : key.range[1];
    const keyRange = lines.rangeOf(key.range[0], key.range[1]);
    entries.push({
      key: keyText,
      keyRange,
      value,
      range: { start: keyRange.start, end: valueEnd > key.range[1] ? lines.positionAt(valueEnd) : keyRange.end },
      merged: false,
    });
  }
  if (merged.length > 0) {
    const keys = new Set(entries.map((e) => e.key));
    for (const m of merged) {
      if (keys.has(m.key)) continue;
      keys.add(m.key);
      entries.push(m);
    }
  }
  return { kind: 'map', entries, flow: node.flow === true, range: lines.rangeOf(start, end), offsets: [start, end], aliased };
}

function isNodeWithRange(node: unknown): node is { range?: [number, number, number] | null } {
  return typeof node === 'object' && node !== null && 'range' in node;
}

function nodeOffsets(node: YamlNode): [number, number] {
  const r = node.range;
  return r ? [r[0], r[1]] : [0, 0];
}

function toScalar(node: Scalar, lines: LineIndex, aliased: boolean): ComposeScalar | undefined {
  const r = node.range;
  if (!r) return undefined;
  const raw = lines.text.slice(r[0], r[1]);
  const value = node.value;
  const typed = typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value === null ? value : String(value);
  // Numbers keep their source text (`0755` must not become 755).
  const text = typeof typed === 'string' ? typed : node.type === 'PLAIN' && typed !== null ? raw : typed === null ? '' : String(typed);
  const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE' || node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED';
  const range = lines.rangeOf(r[0], r[1]);
  return { kind: 'scalar', value: typed, quoted, spec: scalarSpec(text, raw, r[0], node.type, lines, range), range, aliased };
}

/** Maps each character of the scalar's value back to the document, through quotes and escapes. */
function scalarSpec(value: string, raw: string, offset: number, type: Scalar['type'], lines: LineIndex, range: Range): SpecText {
  // Written as it reads: the scalar's own range is the spec's (saves two lookups per scalar of the file).
  if (raw === value) return { value, rangeOf: (start, end) => lines.rangeOf(offset + start, offset + end), range };
  const offsets: number[] = [];
  if (type === 'QUOTE_SINGLE' || type === 'QUOTE_DOUBLE') {
    const quote = raw[0];
    for (let i = 1; i < raw.length - 1; i++) {
      const c = raw[i];
      if (type === 'QUOTE_SINGLE' && c === "'" && raw[i + 1] === "'") {
        offsets.push(offset + i);
        i++;
      } else if (type === 'QUOTE_DOUBLE' && c === '\\') {
        const next = raw[i + 1] ?? '';
        const width = next === 'x' ? 3 : next === 'u' ? 5 : next === 'U' ? 9 : 1;
        offsets.push(offset + i);
        if (next === 'U') offsets.push(offset + i);
        i += width;
      } else if (c !== quote) {
        offsets.push(offset + i);
      }
    }
  }
  if (offsets.length !== value.length) {
    // Folded or multi-line scalars: keep ranges inside the scalar, approximately.
    const start = raw.length > value.length ? offset + (raw.indexOf(value[0] ?? '') >= 0 ? raw.indexOf(value[0] ?? '') : 0) : offset;
    offsets.length = 0;
    for (let i = 0; i < value.length; i++) offsets.push(Math.min(start + i, offset + raw.length - 1));
  }
  return mappedSpec(value, offsets, offset, offset + raw.length, lines);
}
