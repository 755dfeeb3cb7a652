// Shared by the CLI tests: a temporary workspace built from a map of files, and an in-memory CliIo.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after } from 'node:test';
import type { CliIo } from '../../../src/cli/io';
import { run } from '../../../src/cli/run';

export const ROOT = process.env['STOWAGE_ROOT'] ?? process.cwd();
export const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'cli');

const created: string[] = [];
after(() => {
  for (const folder of created) rmSync(folder, { recursive: true, force: true });
});

/** Writes `files` (path → text or bytes) into a fresh temporary folder and returns its path. */
export function workspace(files: Record<string, string | Uint8Array>): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'stowage-cli-'));
  created.push(folder);
  for (const [name, content] of Object.entries(files)) {
    const full = path.join(folder, name);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
  return folder;
}

export interface RunResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export async function runCli(argv: readonly string[], cwd: string, env: Record<string, string | undefined> = {}): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    cwd,
    env,
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}
