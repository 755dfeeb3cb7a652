// `stowage map`: the storage inventory, one row per mount, where it lives and what it points at.
import { analyze, isAnonymous, type AnalysisResult, type AnalyzeOptions, type Mount, type MountContext, type Range } from '../../core/index';
import { serviceImageVolumes, uncoveredImageVolumes } from '../../core/images/index';
import { fileAnalysisOptions } from '../analyzeFile';
import { loadConfig } from '../config';
import { collectFiles, readCandidate } from '../files';
import { plainRange } from '../format/json';
import { formatTable } from '../format/table';
import { EXIT_OK, EXIT_USAGE, warn, type CommandContext } from '../io';

export interface MapRow {
  readonly file: string;
  readonly context: MountContext;
  readonly type: string;
  readonly source: string | null;
  readonly target: string;
  readonly readOnly: boolean;
  readonly anonymous: boolean;
  /** A `VOLUME` of a Compose service's image that none of its mounts covers: an anonymous volume at run time. */
  readonly imageVolume?: true;
  readonly range: Range;
}

/**
 * Build-time mounts (`RUN --mount`) are left out: they exist only while one RUN step runs, so they are
 * not where a container's data lives.
 */
export function mountRow(file: string, mount: Mount): MapRow | undefined {
  if (mount.syntax === 'run-mount') return undefined;
  const anonymous = isAnonymous(mount);
  const source = anonymous || mount.source === undefined ? null : mount.source.value;
  // A Dockerfile VOLUME is listed exactly as the image records it in Config.Volumes.
  const target = mount.syntax === 'dockerfile-volume' ? (mount.recordedTarget ?? mount.target?.value ?? '') : (mount.target?.value ?? '');
  return {
    file,
    context: { kind: mount.context.kind, name: mount.context.name },
    type: mount.type,
    source,
    target,
    readOnly: mount.readOnly,
    anonymous,
    range: plainRange(mount.range),
  };
}

export function runMap(context: CommandContext): number {
  const { io, options, locale } = context;
  const config = loadConfig(options.paths, io.cwd);
  const collected = collectFiles(options.paths, io.cwd);
  for (const missing of collected.missing) warn(io, `no such file or folder: ${missing}`);
  const rows: MapRow[] = [];
  for (const file of collected.files) {
    const read = readCandidate(file.absolutePath, options.maxFileSize);
    if (!read.ok) {
      warn(io, `skipped ${file.displayPath}: ${read.reason}`);
      continue;
    }
    const analysisOptions = fileAnalysisOptions(file.absolutePath, read.kind, {
      locale,
      severities: config.rules,
      maxFileSize: options.maxFileSize,
      onRuleError: () => undefined, // map prints mounts, not findings
    });
    const result = analyze(read.text, analysisOptions);
    for (const mount of result?.document.mounts ?? []) {
      const row = mountRow(file.displayPath, mount);
      if (row !== undefined) rows.push(row);
    }
    if (result !== undefined) rows.push(...imageVolumeRows(file.displayPath, result, analysisOptions));
  }
  if (options.format === 'json') {
    io.stdout.write(JSON.stringify({ mounts: rows }, null, 2) + '\n');
  } else if (rows.length === 0) {
    io.stdout.write(locale === 'ko' ? '마운트가 없습니다\n' : 'no mounts found\n');
  } else {
    io.stdout.write(
      formatTable(
        ['FILE', 'CONTEXT', 'TYPE', 'SOURCE', 'TARGET', 'RO'],
        rows.map((row) => [
          `${row.file}:${row.range.start.line + 1}`,
          describeContext(row.context),
          row.type,
          row.source ?? (row.imageVolume === true ? 'anonymous (image)' : row.anonymous ? 'anonymous' : '-'),
          row.target,
          row.readOnly ? 'ro' : 'rw',
        ]),
      ),
    );
  }
  return collected.missing.length > 0 ? EXIT_USAGE : EXIT_OK;
}

/**
 * The image volumes of each Compose service that no mount covers, as SW209 finds them: from the build
 * Dockerfile in the workspace, else the built-in table (the CLI asks no engine).
 */
export function imageVolumeRows(file: string, result: AnalysisResult, options: AnalyzeOptions): MapRow[] {
  const compose = result.document.kind === 'compose' ? result.document.compose : undefined;
  if (compose === undefined || compose.broken) return [];
  const rows: MapRow[] = [];
  for (const service of compose.services) {
    const resolved = serviceImageVolumes(result.document, service, options);
    if (resolved === undefined) continue;
    for (const target of uncoveredImageVolumes(service, resolved, options)) {
      rows.push({
        file,
        context: { kind: 'compose-service', name: service.name.value },
        type: 'volume',
        source: null,
        target,
        readOnly: false,
        anonymous: true,
        imageVolume: true,
        range: plainRange(resolved.range),
      });
    }
  }
  return rows;
}


function describeContext(context: MountContext): string {
  switch (context.kind) {
    case 'compose-service':
      return `service ${context.name}`;
    case 'dockerfile':
      return `stage ${context.name}`;
    default:
      return context.name;
  }
}
