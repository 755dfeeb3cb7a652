import type { ComposeVolumeAttribute, ComposeVolumeDeclaration } from './model';
import type { ComposeMap } from './node';
import { entry } from './node';

/** Entries under the top-level `volumes:`. */
export function readVolumeDeclarations(root: ComposeMap): ComposeVolumeDeclaration[] {
  const volumes = entry(root, 'volumes')?.value;
  if (volumes?.kind !== 'map') return [];
  return volumes.entries.map((declaration) => {
    const body = declaration.value;
    const attributes: ComposeVolumeAttribute[] =
      body?.kind === 'map' ? body.entries.map((a) => ({ key: { value: a.key, range: a.keyRange }, range: a.range })) : [];
    const external = entry(body, 'external')?.value;
    const engineName = entry(body, 'name')?.value;
    return {
      name: { value: declaration.key, range: declaration.keyRange },
      // `external: true`, or the older `external: {name: x}` form.
      external: external !== undefined && ((external.kind === 'scalar' && (external.value === true || external.value === 'true')) || external.kind === 'map'),
      range: declaration.range,
      attributes,
      engineName: engineName?.kind === 'scalar' && engineName.value !== null ? { value: engineName.spec.value, range: engineName.range } : undefined,
      shared: declaration.merged || volumes.aliased || body?.aliased === true || (body?.kind === 'map' && body.entries.some((a) => a.merged)),
    };
  });
}
