// The Stowage language server: the core's findings as diagnostics, its fixes as code actions, and hovers,
// completions and symbols over the same analysis. Started by the extension (dist/server.js) and by
// `stowage lsp --stdio`.
import type { CancellationToken, Connection, Diagnostic, InitializeParams, InitializeResult } from 'vscode-languageserver';
import { CodeActionKind, DidChangeConfigurationNotification, MarkupKind, TextDocumentSyncKind, TextDocuments } from 'vscode-languageserver';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Locale } from '../core';
import { isComposeFileName, localize, toLocale, version } from '../core';
import { computeCodeActions } from '../core/codeActions';
import { computeCompletions } from '../core/completion';
import { computeHover } from '../core/hover';
import { computeSymbols } from '../core/symbols';
import { Analyses } from './analyses';
import { EngineFactsSource, readEngineSettings } from './engineFacts';
import { registerEngineFeatures, WORKSPACE_TRUSTED_NOTIFICATION } from './engineFeatures';
import { toCodeAction, toCompletionItem, toDiagnostic, toDocumentSymbol } from './convert';
import { filePath } from './files';
import { WorkspaceInventory } from './workspaceInventory';
import type { Log } from './log';
import { connectionLog } from './log';
import type { StowageSettings } from './settings';
import { DEFAULT_SETTINGS, readSettings } from './settings';

/** What a client may pass in `initializationOptions`; all optional, so any LSP client works without them. */
export interface StowageInitializationOptions {
  /** Display language (`en`, `ko`...); otherwise the client's `locale`. */
  readonly locale?: string;
  /** Milliseconds to wait after a change before re-validating. */
  readonly debounceMs?: number;
  /** The client knows `editor.action.triggerSuggest` (VS Code), so `key=` completions reopen the list. */
  readonly retriggerSuggest?: boolean;
  /**
   * VS Code's workspace trust. The engine is used only in a trusted workspace; clients without the idea
   * (other editors) leave it out and are trusted, as running the server was the user's choice.
   */
  readonly workspaceTrusted?: boolean;
}

const DEFAULT_DEBOUNCE_MS = 200;

function readInitializationOptions(value: unknown): StowageInitializationOptions {
  if (typeof value !== 'object' || value === null) return {};
  const v = value as Record<string, unknown>;
  return {
    ...(typeof v['locale'] === 'string' ? { locale: v['locale'] } : {}),
    ...(typeof v['debounceMs'] === 'number' && v['debounceMs'] >= 0 ? { debounceMs: v['debounceMs'] } : {}),
    ...(v['retriggerSuggest'] === true ? { retriggerSuggest: true } : {}),
    ...(typeof v['workspaceTrusted'] === 'boolean' ? { workspaceTrusted: v['workspaceTrusted'] } : {}),
  };
}

export function startServer(connection: Connection = createConnection(ProposedFeatures.all)): Connection {
  const log: Log = connectionLog(connection);
  const documents = new TextDocuments(TextDocument);
  const byPath = (fsPath: string): string | undefined => documents.all().find((d) => filePath(d.uri) === fsPath)?.getText();
  const engine = new EngineFactsSource({ log, onChange: () => engineChanged() });
  const analyses = new Analyses(log, byPath, () => engine.facts, {
    // Image facts only while the engine answers, like every other engine fact.
    facts: () => (engine.facts === undefined ? undefined : engine.imageFacts),
    want: (refs) => engine.wantImages(refs),
  });
  let workspaceFolders: string[] = [];
  const inventory = new WorkspaceInventory(
    () => workspaceFolders,
    () => documents.all().map((d) => ({ uri: d.uri, text: d.getText(), fsPath: filePath(d.uri) })),
    log,
    byPath,
  );
  const timers = new Map<string, NodeJS.Timeout>();
  const settingsCache = new Map<string, Promise<StowageSettings>>();
  const mountHovered = new Set<string>();
  let locale: Locale = 'en';
  let debounceMs = DEFAULT_DEBOUNCE_MS;
  let retrigger = false;
  let pullConfiguration = false;
  let registerConfiguration = false;
  let pushedSettings: StowageSettings = DEFAULT_SETTINGS;
  let pushedSection: unknown;
  let trusted = true;
  let codeLensRefresh = false;

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const options = readInitializationOptions(params.initializationOptions);
    locale = toLocale(options.locale ?? params.locale);
    debounceMs = options.debounceMs ?? DEFAULT_DEBOUNCE_MS;
    retrigger = options.retriggerSuggest === true;
    pullConfiguration = params.capabilities.workspace?.configuration === true;
    registerConfiguration = pullConfiguration && params.capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true;
    codeLensRefresh = params.capabilities.workspace?.codeLens?.refreshSupport === true;
    trusted = options.workspaceTrusted ?? true;
    workspaceFolders = (params.workspaceFolders ?? []).flatMap((f) => filePath(f.uri) ?? []);
    if (workspaceFolders.length === 0 && params.rootUri !== null) workspaceFolders = [filePath(params.rootUri) ?? []].flat();
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        completionProvider: { triggerCharacters: ['=', ',', ' ', ':'] },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.RefactorRewrite, `${CodeActionKind.SourceFixAll}.stowage`] },
        documentSymbolProvider: true,
        codeLensProvider: { resolveProvider: false },
      },
      serverInfo: { name: 'stowage', version },
    };
  });

  connection.onInitialized(() => {
    log.info(`Stowage language server ${version} ready (locale ${locale}, ${pullConfiguration ? 'pulling' : 'pushed'} settings)`);
    if (registerConfiguration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'stowage' }).catch((error: unknown) => log.error('could not register for configuration changes', error));
    }
    // After the first answers: loading the engine client takes a moment that documents should not wait for.
    setTimeout(() => void configureEngine(), 0);
    setTimeout(() => {
      try {
        inventory.warm();
      } catch (error) {
        log.error('workspace inventory failed', error);
      }
    }, 500).unref();
  });

  /** Engine settings are one per server (one engine), read without a scope. */
  async function configureEngine(): Promise<void> {
    try {
      const section = pullConfiguration ? await connection.workspace.getConfiguration({ section: 'stowage' }) : pushedSection;
      engine.configure(readEngineSettings(section), trusted);
    } catch (error) {
      log.error('could not configure the engine connection', error);
    }
  }

  /** Asks the client to ask for lenses again (their sizes or the codeLens setting changed). */
  function refreshCodeLenses(): void {
    if (codeLensRefresh) void connection.sendRequest('workspace/codeLens/refresh').catch(() => undefined);
  }

  /** New engine facts: SW210 may come or go, and lenses show new sizes. */
  function engineChanged(): void {
    for (const document of documents.all()) schedule(document.uri, 0);
    refreshCodeLenses();
  }

  connection.onNotification(WORKSPACE_TRUSTED_NOTIFICATION, (params: { trusted?: unknown }) => {
    trusted = params?.trusted === true;
    void configureEngine();
  });

  function settingsFor(uri: string): Promise<StowageSettings> {
    if (!pullConfiguration) return Promise.resolve(pushedSettings);
    let pending = settingsCache.get(uri);
    if (pending === undefined) {
      pending = connection.workspace.getConfiguration({ scopeUri: uri, section: 'stowage' }).then(readSettings, (error: unknown) => {
        log.error(`could not read settings for ${uri}`, error);
        return DEFAULT_SETTINGS;
      });
      settingsCache.set(uri, pending);
    }
    return pending;
  }

  /** Publishes diagnostics for `version`, unless a newer version came meanwhile (its own timer publishes). */
  async function validate(uri: string, version: number): Promise<void> {
    const settings = await settingsFor(uri);
    const document = documents.get(uri);
    if (document === undefined || document.version !== version) return;
    const result = analyses.get(document, settings);
    const diagnostics: Diagnostic[] = result?.findings.map((f) => toDiagnostic(f, locale)) ?? [];
    await connection.sendDiagnostics({ uri, version: document.version, diagnostics });
  }

  /** A newer schedule replaces a pending one, so only the latest version is ever validated. */
  function schedule(uri: string, delay: number): void {
    clearTimeout(timers.get(uri));
    const version = documents.get(uri)?.version;
    if (version === undefined) return;
    timers.set(uri, setTimeout(() => {
      timers.delete(uri);
      validate(uri, version).catch((error: unknown) => log.error(`validation failed for ${uri}`, error));
    }, delay));
  }

  /** Open Compose files in the same folder read each other (base + override): re-check the others too. */
  function scheduleSiblings(uri: string): void {
    const fsPath = filePath(uri);
    if (fsPath === undefined) return;
    const dir = fsPath.slice(0, Math.max(fsPath.lastIndexOf('/'), fsPath.lastIndexOf('\\')));
    for (const other of documents.all()) {
      const otherPath = filePath(other.uri);
      if (other.uri === uri || otherPath === undefined || !isComposeFileName(otherPath) || !otherPath.startsWith(dir) || /[\\/]/.test(otherPath.slice(dir.length + 1))) continue;
      analyses.invalidate(other.uri);
      schedule(other.uri, debounceMs);
    }
  }

  // Fired on open as well: a document seen for the first time is checked at once, edits are debounced.
  const seen = new Set<string>();
  documents.onDidChangeContent((e) => {
    const uri = e.document.uri;
    schedule(uri, seen.has(uri) ? debounceMs : 0);
    seen.add(uri);
    if (isComposeFileName(uri)) scheduleSiblings(uri);
    // A Compose file that builds from this Dockerfile reads its VOLUMEs (SW209): check it again.
    const fsPath = filePath(uri);
    if (fsPath !== undefined) for (const reader of analyses.invalidateReaders(fsPath)) if (reader !== uri) schedule(reader, debounceMs);
  });
  documents.onDidClose((e) => {
    clearTimeout(timers.get(e.document.uri));
    timers.delete(e.document.uri);
    analyses.forget(e.document.uri);
    // Compose files that read this buffer read the disk from now on.
    const closedPath = filePath(e.document.uri);
    if (closedPath !== undefined) for (const reader of analyses.invalidateReaders(closedPath)) schedule(reader, 0);
    // A closed document is read from disk again, where it may have been saved with other text.
    inventory.invalidate();
    settingsCache.delete(e.document.uri);
    mountHovered.delete(e.document.uri);
    seen.delete(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  connection.onDidChangeConfiguration((change) => {
    settingsCache.clear();
    if (!pullConfiguration) {
      const settings = (change.settings as { stowage?: unknown } | null | undefined)?.stowage;
      pushedSettings = readSettings(settings);
      pushedSection = settings;
    }
    void configureEngine();
    log.info('settings changed: re-checking open documents');
    for (const document of documents.all()) schedule(document.uri, 0);
    refreshCodeLenses();
  });

  // The client watches `.stowage.json` and Compose files on disk (the extension asks for it).
  connection.onDidChangeWatchedFiles(() => {
    analyses.invalidateAll();
    inventory.invalidate();
    for (const document of documents.all()) schedule(document.uri, debounceMs);
  });

  /** The document and its settings, unless it closed or the client cancelled while settings were read. */
  async function documentOf(uri: string, token?: CancellationToken): Promise<{ document: TextDocument; settings: StowageSettings } | undefined> {
    if (documents.get(uri) === undefined) return undefined;
    const settings = await settingsFor(uri);
    const document = documents.get(uri);
    return document === undefined || token?.isCancellationRequested === true ? undefined : { document, settings };
  }

  /** The analysis of the latest version: the cached one, or one run now and kept for everyone else. */
  async function analysisOf(uri: string, token?: CancellationToken): Promise<ReturnType<Analyses['get']>> {
    const current = await documentOf(uri, token);
    return current === undefined ? undefined : analyses.get(current.document, current.settings);
  }

  connection.onHover(async (params, token) => {
    try {
      const current = await documentOf(params.textDocument.uri, token);
      if (current === undefined) return null;
      const first = !mountHovered.has(params.textDocument.uri);
      const facts = engine.facts;
      const hover = analyses.forHover(current.document, current.settings, params.position, (result, position) =>
        computeHover(result.document, position, {
          withStorageKinds: first,
          ...(facts !== undefined ? { engine: facts, relatedComposeFiles: analyses.relatedOf(params.textDocument.uri) } : {}),
        }),
      );
      if (hover === undefined) return null;
      if (hover.mount !== undefined) mountHovered.add(params.textDocument.uri);
      return { contents: { kind: MarkupKind.Markdown, value: localize(hover.contents, locale) }, range: hover.range };
    } catch (error) {
      log.error('hover failed', error);
      return null;
    }
  });

  connection.onCompletion(async (params, token) => {
    try {
      const current = await documentOf(params.textDocument.uri, token);
      const document = current === undefined ? undefined : analyses.forCompletion(current.document, current.settings);
      if (document === undefined) return [];
      const facts = engine.facts;
      return computeCompletions(document, params.position, facts !== undefined ? { engine: facts } : {}).map((c) => toCompletionItem(c, locale, retrigger));
    } catch (error) {
      log.error('completion failed', error);
      return [];
    }
  });

  connection.onCodeAction(async (params, token) => {
    try {
      const result = await analysisOf(params.textDocument.uri, token);
      if (result === undefined) return [];
      const specs = computeCodeActions(result, params.range, params.context.only);
      return specs.map((spec) => toCodeAction(spec, params.textDocument.uri, locale, params.context.diagnostics));
    } catch (error) {
      log.error('code actions failed', error);
      return [];
    }
  });

  connection.onDocumentSymbol(async (params, token) => {
    try {
      const result = await analysisOf(params.textDocument.uri, token);
      return result === undefined ? [] : computeSymbols(result.document).map(toDocumentSymbol);
    } catch (error) {
      log.error('document symbols failed', error);
      return [];
    }
  });

  registerEngineFeatures(connection, { log, locale: () => locale, engine: () => engine.facts, inventory, analysisOf, settingsFor, relatedOf: (uri) => analyses.relatedOf(uri) });

  connection.onShutdown(() => {
    engine.dispose();
    for (const timer of timers.values()) clearTimeout(timer);
    timers.clear();
  });

  process.on('uncaughtException', (error) => log.error('uncaught exception', error));
  process.on('unhandledRejection', (error) => log.error('unhandled rejection', error));

  documents.listen(connection);
  connection.listen();
  return connection;
}
