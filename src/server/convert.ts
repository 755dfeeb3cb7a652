// The core's plain data → LSP types. The core already speaks LSP positions, so ranges pass through.
import type { CodeAction, CompletionItem, Diagnostic, DocumentSymbol } from 'vscode-languageserver';
import { CodeActionKind, CompletionItemKind, DiagnosticSeverity, DiagnosticTag, InsertTextFormat, MarkupKind, SymbolKind } from 'vscode-languageserver';
import type { Finding, Locale, Range, Severity } from '../core';
import { localize } from '../core';
import type { CodeActionSpec } from '../core/codeActions';
import type { CompletionSpec } from '../core/completion';
import { renderEntry } from '../core/docs';
import type { StorageSymbol } from '../core/symbols';

const SEVERITY: Readonly<Record<Severity, DiagnosticSeverity>> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** Rules whose finding is code that does nothing: the editor fades it. */
const UNNECESSARY = new Set(['SW203']);

export function toDiagnostic(finding: Finding, locale: Locale): Diagnostic {
  return {
    range: finding.range,
    severity: SEVERITY[finding.severity],
    code: finding.code,
    codeDescription: { href: finding.docsUrl },
    source: 'stowage',
    message: localize(finding.message, locale),
    ...(UNNECESSARY.has(finding.code) ? { tags: [DiagnosticTag.Unnecessary] } : {}),
  };
}

function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

const KIND: Readonly<Record<CodeActionSpec['kind'], string>> = {
  quickfix: CodeActionKind.QuickFix,
  'refactor.rewrite': CodeActionKind.RefactorRewrite,
  'source.fixAll.stowage': `${CodeActionKind.SourceFixAll}.stowage`,
};

export function toCodeAction(spec: CodeActionSpec, uri: string, locale: Locale, clientDiagnostics: readonly Diagnostic[]): CodeAction {
  const diagnostics = spec.findings.map(
    (finding) => clientDiagnostics.find((d) => d.code === finding.code && sameRange(d.range, finding.range)) ?? toDiagnostic(finding, locale),
  );
  return {
    title: localize(spec.title, locale),
    kind: KIND[spec.kind],
    edit: { changes: { [uri]: [...spec.edits] } },
    ...(spec.kind === 'quickfix' && diagnostics.length > 0 ? { diagnostics } : {}),
    ...(spec.preferred === true ? { isPreferred: true } : {}),
  };
}

export function toCompletionItem(spec: CompletionSpec, locale: Locale, retriggerCommand: boolean): CompletionItem {
  const kind = spec.kind === 'key' ? CompletionItemKind.Property : spec.kind === 'volume' ? CompletionItemKind.Reference : CompletionItemKind.Value;
  return {
    label: spec.label,
    kind,
    textEdit: { range: spec.range, newText: spec.insertText },
    insertTextFormat: InsertTextFormat.PlainText,
    ...(spec.doc !== undefined ? { documentation: { kind: MarkupKind.Markdown, value: renderEntry(spec.doc, locale) }, detail: localize(spec.doc.title, locale) } : {}),
    ...(spec.detail !== undefined ? { detail: localize(spec.detail, locale) } : {}),
    ...(spec.retrigger === true && retriggerCommand ? { command: { title: 'suggest', command: 'editor.action.triggerSuggest' } } : {}),
  };
}

const SYMBOL_KIND: Readonly<Record<StorageSymbol['kind'], SymbolKind>> = {
  service: SymbolKind.Class,
  stage: SymbolKind.Namespace,
  command: SymbolKind.Function,
  volumeDeclaration: SymbolKind.Variable,
  mount: SymbolKind.Field,
};

export function toDocumentSymbol(symbol: StorageSymbol): DocumentSymbol {
  return {
    name: symbol.name,
    detail: symbol.detail,
    kind: SYMBOL_KIND[symbol.kind],
    range: symbol.range,
    selectionRange: symbol.selectionRange,
    children: symbol.children.map(toDocumentSymbol),
  };
}
