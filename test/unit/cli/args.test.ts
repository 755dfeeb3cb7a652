import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_MAX_FILE_SIZE, parseArgs, parseRuleSetting, parseSize, UsageError } from '../../../src/cli/args';

describe('parseArgs', () => {
  it('defaults check to the current folder, text output and no fixing', () => {
    const options = parseArgs(['check']);
    assert.equal(options.command, 'check');
    assert.deepEqual(options.paths, ['.']);
    assert.equal(options.format, 'text');
    assert.equal(options.fix, false);
    assert.equal(options.locale, undefined);
    assert.equal(options.maxWarnings, undefined);
    assert.equal(options.maxFileSize, DEFAULT_MAX_FILE_SIZE);
    assert.deepEqual(options.rules, {});
  });

  it('reads options in both --flag value and --flag=value forms, mixed with paths', () => {
    const options = parseArgs(['check', 'a', '--format', 'json', 'b', '--locale=ko', '--max-warnings=3', '--fix', '--max-file-size', '500k']);
    assert.deepEqual(options.paths, ['a', 'b']);
    assert.equal(options.format, 'json');
    assert.equal(options.locale, 'ko');
    assert.equal(options.maxWarnings, 3);
    assert.equal(options.fix, true);
    assert.equal(options.maxFileSize, 500 * 1024);
  });

  it('collects repeated --rule settings, the later one winning', () => {
    const options = parseArgs(['check', '--rule', 'SW201=off', '--rule=sw301=error', '--rule', 'SW201=info']);
    assert.deepEqual(options.rules, { SW201: 'info', SW301: 'error' });
  });

  it('treats everything after -- as a path', () => {
    assert.deepEqual(parseArgs(['check', '--', '--fix', '-x']).paths, ['--fix', '-x']);
  });

  it('answers --help and --version before checking the rest', () => {
    assert.equal(parseArgs(['--help']).command, 'help');
    assert.equal(parseArgs(['check', '-h']).command, 'help');
    assert.equal(parseArgs(['--version']).command, 'version');
    assert.equal(parseArgs(['-V']).command, 'version');
  });

  it('passes everything after lsp through to the language server untouched', () => {
    const options = parseArgs(['lsp', '--stdio', '--clientProcessId=42']);
    assert.equal(options.command, 'lsp');
    assert.deepEqual(options.paths, ['--stdio', '--clientProcessId=42']);
    assert.throws(() => parseArgs(['lps']), /unknown command 'lps'; did you mean 'lsp'\?/);
  });

  it('gives rules no default path and map the sarif refusal', () => {
    assert.deepEqual(parseArgs(['rules']).paths, []);
    assert.throws(() => parseArgs(['map', '--format', 'sarif']), /'map' cannot print 'sarif': use text, json/);
  });

  const mistakes: [string[], RegExp][] = [
    [[], /no command given/],
    [['chek'], /unknown command 'chek'; did you mean 'check'\?/],
    [['check', '--formt', 'json'], /unknown option '--formt'; did you mean '--format'\?/],
    [['check', '--colour'], /unknown option '--colour'$/],
    [['check', '--format'], /option '--format' needs a value/],
    [['check', '--format', '--fix'], /option '--format' needs a value/],
    [['check', '--format', 'xml'], /'check' cannot print 'xml'/],
    [['check', '--fix=yes'], /option '--fix' takes no value/],
    [['check', '--locale', 'fr'], /unknown locale 'fr'/],
    [['check', '--max-warnings', '-1'], /--max-warnings needs a whole number/],
    [['check', '--max-warnings', 'many'], /--max-warnings needs a whole number, not 'many'/],
    [['check', '--rule', 'SW999=off'], /unknown rule 'SW999'/],
    [['check', '--rule', 'SW201=loud'], /unknown severity 'loud'/],
    [['check', '--rule', 'SW201'], /needs CODE=SEVERITY/],
    [['rules', '--fix'], /option '--fix' does not apply to 'rules'/],
    [['map', '--rule', 'SW201=off'], /option '--rule' does not apply to 'map'/],
  ];
  for (const [argv, message] of mistakes) {
    it(`refuses ${JSON.stringify(argv)} as a usage error`, () => {
      assert.throws(
        () => parseArgs(argv),
        (error: unknown) => error instanceof UsageError && message.test(error.message),
      );
    });
  }
});

describe('parseSize', () => {
  it('reads bytes and binary suffixes', () => {
    assert.equal(parseSize('100'), 100);
    assert.equal(parseSize('2k'), 2048);
    assert.equal(parseSize('2KB'), 2048);
    assert.equal(parseSize('3MB'), 3 * 1024 * 1024);
    assert.equal(parseSize('1mib'), 1024 * 1024);
    assert.throws(() => parseSize('2GB'), UsageError);
    assert.throws(() => parseSize('big'), UsageError);
  });
});

describe('parseRuleSetting', () => {
  it('normalises the code and keeps the severity', () => {
    assert.deepEqual(parseRuleSetting(' sw402 =warning', 'x'), ['SW402', 'warning']);
    assert.deepEqual(parseRuleSetting('SW101=hint', 'x'), ['SW101', 'hint']);
  });
});
