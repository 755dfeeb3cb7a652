// The outline of where data lives: Compose services → their mounts and the top-level volumes; Dockerfile
// stages → VOLUME paths and RUN mounts; docker commands → their mounts.
import type { AnalyzedDocument } from './document';
import type { Mount } from './mounts/mount';
import { isAnonymous } from './mounts/mount';
import type { Range } from './text';

export type StorageSymbolKind = 'service' | 'stage' | 'command' | 'volumeDeclaration' | 'mount';

export interface StorageSymbol {
  readonly name: string;
  readonly detail: string;
  readonly kind: StorageSymbolKind;
  readonly range: Range;
  readonly selectionRange: Range;
  readonly children: readonly StorageSymbol[];
}

function mountName(mount: Mount): string {
  const target = mount.recordedTarget ?? mount.target?.value ?? '?';
  if (mount.syntax === 'dockerfile-volume') return target;
  const source = isAnonymous(mount) ? '(anonymous)' : (mount.source?.value ?? '');
  return source === '' ? target : `${source} → ${target}`;
}

function mountSymbol(mount: Mount): StorageSymbol {
  const detail = [isAnonymous(mount) ? 'anonymous volume' : mount.type, mount.readOnly ? 'ro' : undefined].filter((d) => d !== undefined).join(', ');
  return { name: mountName(mount), detail, kind: 'mount', range: mount.range, selectionRange: mount.target?.range ?? mount.range, children: [] };
}

/** Keeps a child range inside its parent, as LSP requires of DocumentSymbol. */
function enclose(parent: Range, children: readonly StorageSymbol[]): Range {
  let { start, end } = parent;
  for (const child of children) {
    if (child.range.start.line < start.line || (child.range.start.line === start.line && child.range.start.character < start.character)) start = child.range.start;
    if (child.range.end.line > end.line || (child.range.end.line === end.line && child.range.end.character > end.character)) end = child.range.end;
  }
  return { start, end };
}

export function computeSymbols(document: AnalyzedDocument): StorageSymbol[] {
  const symbols: StorageSymbol[] = [];
  if (document.compose !== undefined) {
    for (const service of document.compose.services) {
      const children = service.mounts.map(mountSymbol);
      symbols.push({ name: service.name.value, detail: `${children.length} mount${children.length === 1 ? '' : 's'}`, kind: 'service', range: enclose(service.range, children), selectionRange: service.name.range, children });
    }
    for (const volume of document.compose.volumes) {
      symbols.push({ name: volume.name.value, detail: volume.external ? 'external volume' : 'volume', kind: 'volumeDeclaration', range: volume.range, selectionRange: volume.name.range, children: [] });
    }
  }
  if (document.dockerfile !== undefined) {
    for (const stage of document.dockerfile.stages) {
      const children = [...stage.volumes, ...stage.runMounts].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character).map(mountSymbol);
      if (children.length === 0) continue;
      const name = stage.name?.value ?? `stage ${stage.index}`;
      symbols.push({ name, detail: 'FROM', kind: 'stage', range: enclose(stage.range, children), selectionRange: stage.name?.range ?? stage.range, children });
    }
  }
  for (const command of document.commands) {
    if (command.mounts.length === 0) continue;
    const children = command.mounts.map(mountSymbol);
    const image = command.image?.value;
    symbols.push({ name: `${command.program.value} ${command.verb}${image !== undefined ? ` ${image}` : ''}`, detail: `${children.length} mount${children.length === 1 ? '' : 's'}`, kind: 'command', range: enclose(command.range, children), selectionRange: command.verbRange, children });
  }
  return symbols;
}
