// Editor actions over an analysis: each finding's fixes, "suppress on this line", "fix all of one rule",
// and the rewrite of a `-v` spec into the equivalent `--mount` spec. Pure: the server only converts
// these into LSP CodeActions.
import type { AnalyzedDocument, DocumentKind } from './document';
import type { Finding, RuleCode } from './findings';
import type { Localized } from './l10n';
import type { Mount } from './mounts/mount';
import type { Range, TextEdit } from './text';
import { comparePositions } from './text';

export type CodeActionKind = 'quickfix' | 'refactor.rewrite' | 'source.fixAll.stowage';

export interface CodeActionSpec {
  readonly title: Localized;
  readonly kind: CodeActionKind;
  readonly edits: readonly TextEdit[];
  readonly preferred?: boolean;
  /** The findings this action resolves (for the diagnostics the editor attaches it to). */
  readonly findings: readonly Finding[];
}

export interface CodeActionInput {
  readonly document: AnalyzedDocument;
  readonly findings: readonly Finding[];
}

function intersects(a: Range, b: Range): boolean {
  return comparePositions(a.start, b.end) <= 0 && comparePositions(b.start, a.end) <= 0;
}

/** Every action that applies to `range`; `only` filters by kind prefix as LSP's `CodeActionContext.only` does. */
export function computeCodeActions(input: CodeActionInput, range: Range, only?: readonly string[]): CodeActionSpec[] {
  const wanted = (kind: CodeActionKind): boolean => only === undefined || only.length === 0 || only.some((o) => kind === o || kind.startsWith(`${o}.`));
  const actions: CodeActionSpec[] = [];
  const here = input.findings.filter((f) => intersects(f.range, range));
  if (wanted('quickfix')) {
    for (const finding of here) {
      for (const fix of finding.fixes) {
        actions.push({ title: fix.title, kind: 'quickfix', edits: fix.edits, preferred: fix.preferred === true, findings: [finding] });
      }
    }
    const fixAllCodes = new Set<RuleCode>();
    for (const finding of here) {
      if (fixAllCodes.has(finding.code)) continue;
      const sameCode = input.findings.filter((f) => f.code === finding.code && preferredFix(f) !== undefined);
      if (sameCode.length < 2) continue;
      fixAllCodes.add(finding.code);
      actions.push({
        title: { en: `Fix all ${finding.code} in this file`, ko: `이 파일의 ${finding.code} 모두 고치기` },
        kind: 'quickfix',
        edits: combineFixes(sameCode),
        findings: sameCode,
      });
    }
    const suppressed = new Set<string>();
    for (const finding of here) {
      const key = `${finding.code}@${finding.range.start.line}`;
      if (suppressed.has(key)) continue;
      suppressed.add(key);
      actions.push({
        title: { en: `Suppress ${finding.code} on this line`, ko: `이 줄에서 ${finding.code} 무시하기` },
        kind: 'quickfix',
        edits: [suppressEdit(input.document, finding)],
        findings: [finding],
      });
    }
  }
  if (wanted('refactor.rewrite')) {
    for (const mount of input.document.mounts) {
      if (mount.syntax !== 'volume-flag') continue;
      // Offered from the flag as well as from the spec: the edit covers both.
      const edit = rewriteVolumeFlagAsMount(input.document, mount);
      if (edit === undefined || !intersects(edit.range, range)) continue;
      actions.push({ title: { en: 'Rewrite -v as --mount', ko: '-v를 --mount로 바꾸기' }, kind: 'refactor.rewrite', edits: [edit], findings: [] });
    }
  }
  // Computed only when asked for by kind: editors ask for everything on each cursor move, and source
  // actions never show in the light bulb anyway.
  if (only !== undefined && only.length > 0 && wanted('source.fixAll.stowage')) {
    const fixable = input.findings.filter((f) => preferredFix(f) !== undefined);
    if (fixable.length > 0) {
      actions.push({ title: { en: 'Fix all Stowage problems', ko: 'Stowage 문제 모두 고치기' }, kind: 'source.fixAll.stowage', edits: combineFixes(fixable), findings: fixable });
    }
  }
  return actions;
}

/** The fix "fix all" applies: the preferred one, or the only one. */
export function preferredFix(finding: Finding): Finding['fixes'][number] | undefined {
  return finding.fixes.find((f) => f.preferred === true) ?? (finding.fixes.length === 1 ? finding.fixes[0] : undefined);
}

const sameEdit = (a: TextEdit, b: TextEdit): boolean =>
  a.newText === b.newText && comparePositions(a.range.start, b.range.start) === 0 && comparePositions(a.range.end, b.range.end) === 0;

const overlaps = (a: TextEdit, b: TextEdit): boolean =>
  comparePositions(a.range.start, b.range.end) < 0 && comparePositions(b.range.start, a.range.end) < 0;

/**
 * The preferred fixes of several findings as one edit list: a fix whose edits overlap an accepted one is
 * left for the next round, and a fix identical to an accepted one (two findings, one repair) counts once.
 */
export function combineFixes(findings: readonly Finding[]): TextEdit[] {
  const accepted: TextEdit[] = [];
  for (const finding of findings) {
    const fix = preferredFix(finding);
    if (fix === undefined) continue;
    const fresh = fix.edits.filter((e) => !accepted.some((a) => sameEdit(a, e)));
    if (fresh.some((e) => accepted.some((a) => overlaps(a, e)))) continue;
    accepted.push(...fresh);
  }
  return accepted;
}

/** Kinds whose lines join with a trailing backslash, where a comment line cannot go in between. */
const SHELL_KINDS: ReadonlySet<DocumentKind> = new Set(['shell', 'makefile', 'markdown', 'workflow']);

/**
 * `# stowage-ignore CODE` on its own line above the finding, indented like that line. In shell text the
 * comment goes above the first line of a backslash-continued command, since a comment line in between
 * would cut the command in two.
 */
export function suppressEdit(document: AnalyzedDocument, finding: Finding): TextEdit {
  let line = finding.range.start.line;
  if (SHELL_KINDS.has(document.kind)) {
    while (line > 0 && /\\\s*$/.test(document.lines.lineText(line - 1))) line--;
  }
  const indent = /^\s*/.exec(document.lines.lineText(line))?.[0] ?? '';
  const at = { line, character: 0 };
  return { range: { start: at, end: at }, newText: `${indent}# stowage-ignore ${finding.code}\n` };
}

const PROPAGATION = new Set(['shared', 'rshared', 'slave', 'rslave', 'private', 'rprivate']);
const CONSISTENCY = new Set(['consistent', 'cached', 'delegated']);

/** A CSV field as docker/cli's csv reader reads it back: quoted when it holds a comma or a quote. */
function csvField(field: string): string {
  return /[",\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

/**
 * The `--mount` spec equivalent to a `-v` mount, or `undefined` when `--mount` cannot say the same thing
 * (SELinux relabelling `z`/`Z` has no `--mount` field).
 */
export function equivalentMountFlag(mount: Mount): string | undefined {
  const fields = [`type=${mount.type}`];
  if (mount.source !== undefined && mount.source.value !== '') fields.push(`source=${mount.source.value}`);
  if (mount.target === undefined) return undefined;
  fields.push(`target=${mount.target.value}`);
  for (const option of mount.syntax === 'volume-flag' ? mount.options : []) {
    const word = option.key;
    if (word === 'ro') fields.push('readonly');
    else if (word === 'rw') continue;
    else if (word === 'nocopy') fields.push('volume-nocopy');
    else if (PROPAGATION.has(word)) fields.push(`bind-propagation=${word}`);
    else if (CONSISTENCY.has(word)) fields.push(`consistency=${word}`);
    else return undefined;
  }
  if (mount.syntax !== 'volume-flag' && mount.readOnly) fields.push('readonly');
  return fields.map(csvField).join(',');
}

const VOLUME_FLAG_BEFORE = /(?:^|\s)(-v|--volume)(=|[ \t]+(?:\\\r?\n[ \t]*)*)$/;

/**
 * Replaces `-v SPEC` / `--volume=SPEC` with `--mount SPEC'`, keeping the spec's quoting. Found from the text
 * before the spec, so it works for any document kind that holds command lines.
 */
export function rewriteVolumeFlagAsMount(document: AnalyzedDocument, mount: Mount): TextEdit | undefined {
  const csv = equivalentMountFlag(mount);
  if (csv === undefined) return undefined;
  const text = document.text;
  let start = document.lines.offsetAt(mount.range.start);
  let end = document.lines.offsetAt(mount.range.end);
  let quote = '';
  const first = text[start];
  if (first === '"' || first === "'") {
    quote = first;
  } else {
    const before = text[start - 1];
    if ((before === '"' || before === "'") && text[end] === before) {
      quote = before;
      start--;
      end++;
    }
  }
  const head = VOLUME_FLAG_BEFORE.exec(text.slice(Math.max(0, start - 80), start));
  if (head === null) return undefined;
  const flagStart = start - head[0].length + (head[0].length - (head[1]?.length ?? 0) - (head[2]?.length ?? 0));
  if (quote === '' && /[\s'"$`\\;&|<>()]/.test(csv.replace(/\$\{?\w+\}?/g, ''))) quote = csv.includes("'") ? '"' : "'";
  const value = quote === "'" ? csv : quote === '"' ? csv.replace(/(["\\`])/g, '\\$1') : csv;
  const separator = head[2] === '=' ? '=' : ' ';
  return {
    range: document.lines.rangeOf(flagStart, end),
    newText: `--mount${separator}${quote}${value}${quote}`,
  };
}
