import { composeEngineVolumeName, composeProjectName } from '../../engineFacts';
import { expectedVolumeReports } from '../command/expectedVolumes';
import type { Rule } from '../rule';
import { composeOf } from './edits';

/**
 * SW210: an `external: true` volume the engine does not have (or, on a command line, a volume a
 * `# stowage-external NAME` comment says must exist). Only with a fresh snapshot from a reachable engine:
 * without one nothing is known, and silence is the only honest answer.
 */
export const sw210MissingExternalVolume: Rule = {
  code: 'SW210',
  defaultSeverity: 'warning',
  title: { en: 'External volume missing on the engine', ko: '엔진에 없는 외부 볼륨' },
  check(document, context) {
    const engine = context.options.engine;
    if (engine === undefined || !engine.fresh) return;
    const compose = composeOf(document);
    if (compose === undefined) {
      for (const report of expectedVolumeReports(document, engine)) context.report(report);
      return;
    }
    const project = composeProjectName(document, context.options.relatedComposeFiles);
    for (const declaration of compose.volumes) {
      if (!declaration.external) continue;
      const engineName = composeEngineVolumeName(compose, project, declaration.name.value);
      if (engineName === undefined || engine.volumes.has(engineName)) continue;
      const range = declaration.engineName?.range ?? declaration.name.range;
      context.report({
        range,
        message: {
          en: `External volume "${engineName}" does not exist on the Docker engine (${engine.host}): \`docker compose up\` stops with "external volume "${engineName}" not found". Create it first with \`docker volume create ${engineName}\`, or remove \`external: true\` to let Compose create it.`,
          ko: `외부 볼륨 "${engineName}"이(가) Docker 엔진(${engine.host})에 없습니다: \`docker compose up\`이 "external volume "${engineName}" not found"로 멈춥니다. 먼저 \`docker volume create ${engineName}\`로 만들거나, Compose가 만들도록 \`external: true\`를 지우십시오.`,
        },
      });
    }
  },
};
