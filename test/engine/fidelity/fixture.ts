// The fidelity corpus (test/fixtures/fidelity/cases.json) and the host paths its placeholders stand for.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface CommandCase {
  readonly id: string;
  /** Shell text between `docker create` and the image. */
  readonly args: string;
  readonly note?: string;
  /** Only in `hostDependent`: why Docker's answer depends on the host, not the text. */
  readonly reason?: string;
  /**
   * Docker's answer depends on the docker CLI's version (CLI 23 changed how -v and --mount sources are
   * read). Stowage follows CLI 23+; with an older CLI the case is reported, not asserted.
   */
  readonly cliDependent?: string;
}

export interface DockerfileCase {
  readonly id: string;
  /** Instructions after `FROM stowage/busybox:test`. */
  readonly text: string;
  readonly note?: string;
}

export interface RunCase {
  readonly id: string;
  /** A whole `docker run|create … IMAGE [COMMAND]` line. */
  readonly line: string;
  readonly note?: string;
}

export interface FidelityCorpus {
  readonly commandLine: readonly CommandCase[];
  readonly hostDependent: readonly CommandCase[];
  readonly extraVolumes: readonly string[];
  readonly dockerfile: readonly DockerfileCase[];
  readonly anonymousVolumes: readonly RunCase[];
}

const repoRoot = process.env['STOWAGE_ROOT'] ?? process.cwd();
export const fixtureFolder = path.join(repoRoot, 'test', 'fixtures', 'fidelity');

export function loadCorpus(): FidelityCorpus {
  return JSON.parse(readFileSync(path.join(fixtureFolder, 'cases.json'), 'utf8')) as FidelityCorpus;
}

/** Prefix of every volume, container and image name the suite creates, so it can clean up after itself. */
export const NAME_PREFIX = 'stw-fid-';

/** A scratch folder for one test file: the docker CLI's working folder and the host side of bind mounts. */
export class HostPaths {
  readonly root: string;
  /** Working folder of every docker call (relative bind sources land here). */
  readonly workdir: string;
  readonly bind: string;
  readonly file: string;
  readonly missing: string;

  constructor() {
    this.root = mkdtempSync(path.join(os.tmpdir(), 'stowage-fidelity-'));
    this.workdir = path.join(this.root, 'work');
    this.bind = path.join(this.root, 'bind');
    this.file = path.join(this.root, 'app.conf');
    this.missing = path.join(this.root, 'missing', 'nothing-here');
    mkdirSync(this.workdir);
    mkdirSync(this.bind);
    writeFileSync(this.file, 'key=value\n');
  }

  /** Replaces {bind}, {file} and {missing} with this run's paths. */
  expand(text: string): string {
    return text.replaceAll('{bind}', this.bind).replaceAll('{file}', this.file).replaceAll('{missing}', this.missing);
  }

  remove(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}
