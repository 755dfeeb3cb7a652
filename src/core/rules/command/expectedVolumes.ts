// SW210 on command lines: a script says which volumes it expects to exist already (created by an
// operator, restored from a backup) with `# stowage-external NAME...`; a `-v NAME:` or
// `--mount source=NAME` of such a volume that the engine does not have is reported like a Compose
// `external: true` volume. Called by the one SW210 rule, so the code stays registered once.
import type { AnalyzedDocument } from '../../document';
import type { EngineFacts } from '../../engineFacts';
import { volumeReferences } from '../../engineFacts';
import type { Report } from '../rule';

const MARKER = /(?:#|\/\/|<!--)\s*stowage-external\b([^\n]*)/;

/** The names listed by `stowage-external` comments anywhere in the document. */
export function expectedVolumeNames(document: AnalyzedDocument): Set<string> {
  const names = new Set<string>();
  if (!document.text.includes('stowage-external')) return names;
  for (let line = 0; line < document.lines.lineCount; line++) {
    const match = MARKER.exec(document.lines.lineText(line));
    for (const name of (match?.[1] ?? '').replace(/-->.*$/, '').split(/[\s,]+/)) if (name !== '') names.add(name);
  }
  return names;
}

export function expectedVolumeReports(document: AnalyzedDocument, engine: EngineFacts): Report[] {
  const expected = expectedVolumeNames(document);
  if (expected.size === 0) return [];
  return volumeReferences(document)
    .filter((r) => r.kind === 'mount' && r.engineName !== undefined && expected.has(r.engineName) && !engine.volumes.has(r.engineName))
    .map((r) => {
      const name = r.engineName ?? r.written;
      return {
        range: r.range,
        message: {
          en: `Volume "${name}" is marked as expected to exist (stowage-external) but is not on the Docker engine (${engine.host}): \`docker run\` would create it empty instead of using the data it should hold. Create or restore it first (\`docker volume create ${name}\`).`,
          ko: `볼륨 "${name}"은(는) 이미 있어야 한다고 표시되어 있지만(stowage-external) Docker 엔진(${engine.host})에 없습니다: \`docker run\`이 담겨 있어야 할 데이터 대신 빈 볼륨을 새로 만듭니다. 먼저 만들거나 복원하십시오 (\`docker volume create ${name}\`).`,
        },
      };
    });
}
