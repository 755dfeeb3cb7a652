import type { Rule } from '../rule';
import { composeOf, removeLinesEdit } from './edits';

const ALLOWED = new Set(['name', 'external']);

/** SW206: `external: true` with attributes other than `name` (compose-go refuses the file). */
export const sw206ExternalAttributes: Rule = {
  code: 'SW206',
  defaultSeverity: 'error',
  title: { en: 'External volume with other attributes', ko: '다른 속성이 있는 외부 볼륨' },
  check(document, context) {
    const compose = composeOf(document);
    if (compose === undefined) return;
    for (const declaration of compose.volumes) {
      if (!declaration.external) continue;
      for (const attribute of declaration.attributes) {
        const key = attribute.key.value;
        if (ALLOWED.has(key) || key.startsWith('x-')) continue;
        const name = declaration.name.value;
        context.report({
          range: attribute.key.range,
          message: {
            en: `Compose refuses the file: "conflicting parameters "external" and "${key}" specified for volume "${name}""; an external volume is created outside Compose, so its ${key} belongs to \`docker volume create\`.`,
            ko: `Compose가 파일을 거부합니다: "conflicting parameters "external" and "${key}" specified for volume "${name}"". 외부 볼륨은 Compose 밖에서 만들어지므로 ${key}는 \`docker volume create\`에서 지정해야 합니다.`,
          },
          fixes: declaration.shared
            ? []
            : [{ title: { en: `Remove "${key}" from the external volume`, ko: `외부 볼륨에서 "${key}" 제거하기` }, edits: [removeLinesEdit(document, attribute.range)] }],
        });
      }
    }
  },
};
