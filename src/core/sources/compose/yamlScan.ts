import { isAlias, isCollection, isMap, isPair, isScalar } from 'yaml';
import type { Alias, YAMLMap } from 'yaml';

// What `yaml` would otherwise compute with whole-document work: `Alias.resolve` walks the entire
// document on every call, and the `uniqueKeys` option compares each key with every earlier key of its
// mapping (minutes on a mapping of tens of thousands of keys). The Compose reader parses with
// `uniqueKeys` off and feeds this scan the nodes in document order while it converts them, so both
// answers come from that one pass.

export class YamlScan {
  private readonly anchors = new Map<string, unknown>();
  private readonly targets = new Map<Alias, unknown>();
  /** Document offsets of keys repeated in their mapping (`yaml`'s "Map keys must be unique"). */
  readonly duplicateKeyOffsets: number[] = [];

  /** A node reached in document order, before its children: records its anchor. */
  enter(node: unknown): void {
    if (isAlias(node)) this.targets.set(node, this.anchors.get(node.source));
    else if ((isScalar(node) || isCollection(node)) && node.anchor !== undefined && node.anchor !== '') this.anchors.set(node.anchor, node);
  }

  /** The anchored node an alias names (the last anchor of its name before it), once `enter` saw it. */
  target(alias: Alias): unknown {
    return this.targets.get(alias);
  }

  /** Records keys of a mapping repeated as `yaml` compares them (scalar values identical; NaN never). */
  keys(map: YAMLMap): void {
    const seen = new Set<unknown>();
    for (const item of map.items) {
      if (!isPair(item) || !isScalar(item.key) || Number.isNaN(item.key.value)) continue;
      const value = item.key.value;
      if (seen.has(value)) this.duplicateKeyOffsets.push(item.key.range?.[0] ?? 0);
      else seen.add(value);
    }
  }

  /** A whole subtree the conversion does not descend into (a complex key, past the depth limit). */
  walk(node: unknown): void {
    if (isPair(node)) {
      this.walk(node.key);
      this.walk(node.value);
      return;
    }
    this.enter(node);
    if (!isCollection(node)) return;
    if (isMap(node)) this.keys(node);
    for (const item of node.items) this.walk(item);
  }
}
