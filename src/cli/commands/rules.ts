// `stowage rules`: the catalogue, so a team can pick overrides without opening the docs.
import { allRules, docsUrl, localize } from '../../core/index';
import { formatTable } from '../format/table';
import { EXIT_OK, type CommandContext } from '../io';

export function runRules({ io, options, locale }: CommandContext): number {
  const rules = allRules.map((rule) => ({
    code: rule.code,
    defaultSeverity: rule.defaultSeverity,
    title: localize(rule.title, locale),
    docsUrl: docsUrl(rule.code),
  }));
  if (options.format === 'json') {
    io.stdout.write(JSON.stringify({ rules }, null, 2) + '\n');
  } else {
    io.stdout.write(formatTable(['CODE', 'SEVERITY', 'TITLE', 'DOCS'], rules.map((r) => [r.code, r.defaultSeverity, r.title, r.docsUrl])));
  }
  return EXIT_OK;
}
