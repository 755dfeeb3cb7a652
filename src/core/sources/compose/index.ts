import { parseDocument } from 'yaml';
import type { AnalyzeOptions, CodedProblem, SourceResult } from '../../document';
import type { LineIndex, Range } from '../../text';
import { readVolumeDeclarations } from './declarations';
import { readLayout } from './layout';
import type { ComposeDocument } from './model';
import { readComposeTree } from './node';
import type { ComposeMap } from './node';
import { readRelatedVolumes } from './related';
import { readServices } from './services';

/**
 * Reads a Compose file: every service's mounts (short and long syntax, `tmpfs:`), `volumes_from:`,
 * and the top-level `volumes:`. Aliases and merge keys are resolved. Malformed YAML never throws:
 * what could be read is returned and the document is marked `broken`.
 */
export function readCompose(text: string, lines: LineIndex, options: AnalyzeOptions): SourceResult {
  const problems: CodedProblem[] = [];
  let root: ComposeMap | undefined;
  let broken = false;
  // Past the first syntax error the tree is the parser's guess: nothing there is reported.
  let cutoff = text.length;
  try {
    // Repeated keys are found while the tree is converted: `yaml`'s own check is quadratic in a mapping's size.
    const doc = parseDocument(text, { keepSourceTokens: true, prettyErrors: false, uniqueKeys: false });
    const { root: contents, duplicateKeyOffsets } = readComposeTree(doc, lines);
    broken = doc.errors.length > 0 || duplicateKeyOffsets.length > 0;
    for (const error of doc.errors) cutoff = Math.min(cutoff, error.pos[0]);
    for (const offset of duplicateKeyOffsets) cutoff = Math.min(cutoff, offset);
    root = contents?.kind === 'map' ? contents : undefined;
  } catch {
    broken = true;
  }
  const related = readRelatedVolumes(options.relatedComposeFiles);
  const readable = (range: Range): boolean => !broken || lines.offsetAt(range.end) < cutoff;
  const found: CodedProblem[] = [];
  const services = (root === undefined ? [] : readServices(root, found)).map((service) =>
    broken ? { ...service, mounts: service.mounts.filter((m) => readable(m.range)) } : service,
  );
  // Not pushed as spread arguments: a long list of problems would overflow the stack.
  for (const p of found) if (readable(p.problem.range)) problems.push(p);
  const compose: ComposeDocument = {
    services,
    volumes: root === undefined ? [] : readVolumeDeclarations(root).filter((v) => readable(v.range)),
    volumesKeyRange: root?.entries.find((e) => e.key === 'volumes')?.keyRange,
    relatedVolumeNames: related.declared,
    relatedUsedVolumeNames: related.used,
    broken,
    layout: readLayout(lines, root),
  };
  return { mounts: services.flatMap((s) => s.mounts), commands: [], problems, compose };
}
