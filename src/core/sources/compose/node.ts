import type { Scalar } from 'yaml';
import { isAlias, isMap, isPair, isScalar, isSeq } from 'yaml';
import type { Document, Node as YamlNode } from 'yaml';
import { mappedSpec, verbatimSpec } from '../../mounts/specText';
import type { SpecText } from '../../mounts/specText';
import type { LineIndex, Range } from '../../text';

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

/** Converts `yaml`'s tree. Never throws on a broken tree: what cannot be read is left out. */
export function toComposeNode(node: unknown, doc: Document, lines: LineIndex, depth = 0, aliased = false): ComposeNode | undefined {
  if (depth > MAX_DEPTH || node === null || node === undefined) return undefined;
  if (isAlias(node)) {
    // A cyclic or dangling alias resolves to undefined; both are YAML errors reported elsewhere.
    const target = node.resolve(doc);
    return target === undefined ? undefined : toComposeNode(target, doc, lines, depth + 1, true);
  }
  if (isScalar(node)) return toScalar(node, lines, aliased);
  if (isMap(node)) {
    const [start, end] = nodeOffsets(node as YamlNode);
    const entries: ComposeEntry[] = [];
    const merged: ComposeEntry[] = [];
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const key = pair.key;
      if (!isScalar(key) || key.range === undefined || key.range === null) continue;
      const keyText = key.value === null ? '' : String(key.value);
      const value = toComposeNode(pair.value, doc, lines, depth + 1, aliased);
      if (keyText === '<<' && !key.type?.startsWith('QUOTE')) {
        // Merge keys: explicit keys win over merged ones, earlier merged maps over later ones.
        for (const source of value?.kind === 'seq' ? value.items : [value]) {
          if (source?.kind === 'map') merged.push(...source.entries.map((e) => ({ ...e, merged: true })));
        }
        continue;
      }
      const valueEnd = isNodeWithRange(pair.value) ? (pair.value.range?.[1] ?? key.range[1]) : key.range[1];
      entries.push({
        key: keyText,
        keyRange: lines.rangeOf(key.range[0], key.range[1]),
        value,
        range: lines.rangeOf(key.range[0], Math.max(valueEnd, key.range[1])),
        merged: false,
      });
    }
    for (const m of merged) if (!entries.some((e) => e.key === m.key)) entries.push(m);
    return { kind: 'map', entries, flow: node.flow === true, range: lines.rangeOf(start, end), offsets: [start, end], aliased };
  }
  if (isSeq(node)) {
    const [start, end] = nodeOffsets(node as YamlNode);
    const items: ComposeNode[] = [];
    for (const item of node.items) {
      const converted = toComposeNode(item, doc, lines, depth + 1, aliased);
      if (converted !== undefined) items.push(converted);
    }
    return { kind: 'seq', items, flow: node.flow === true, range: lines.rangeOf(start, end), aliased };
  }
  return undefined;
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
  return { kind: 'scalar', value: typed, quoted, spec: scalarSpec(text, raw, r[0], node.type, lines), range: lines.rangeOf(r[0], r[1]), aliased };
}

/** Maps each character of the scalar's value back to the document, through quotes and escapes. */
function scalarSpec(value: string, raw: string, offset: number, type: Scalar['type'], lines: LineIndex): SpecText {
  if (raw === value) return verbatimSpec(value, offset, lines);
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
