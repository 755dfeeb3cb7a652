// Builds the engine client from VS Code's settings, the process environment and the docker CLI's files.
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import * as vscode from 'vscode';
import { EngineClient } from '../../engine/client';
import { resolveEndpoint, type Resolution } from '../../engine/connection';
import type { VolumeGrouping, VolumeSort } from '../../engine/explorerModel';

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

function readBinary(path: string): Buffer | undefined {
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
}

export function resolveFromWorkspace(): Resolution {
  const config = vscode.workspace.getConfiguration('stowage.docker');
  return resolveEndpoint({
    hostSetting: config.get<string>('host'),
    workspaceTrusted: vscode.workspace.isTrusted,
    env: process.env,
    platform: process.platform,
    homeDir: homedir(),
    readFile: readText,
  });
}

export function createClient(resolution: Extract<Resolution, { ok: true }>): EngineClient {
  const seconds = vscode.workspace.getConfiguration('stowage.docker').get<number>('timeoutSeconds', 10);
  return new EngineClient(resolution.endpoint, { timeoutMs: Math.max(1, seconds) * 1000, readBinary });
}

export interface ExplorerSettings {
  readonly grouping: VolumeGrouping;
  readonly sort: VolumeSort;
}

export function explorerSettings(): ExplorerSettings {
  const config = vscode.workspace.getConfiguration('stowage.explorer');
  const grouping = config.get<string>('groupBy', 'composeProject');
  const sort = config.get<string>('sortBy', 'name');
  return {
    grouping: grouping === 'none' ? 'none' : 'composeProject',
    sort: sort === 'size' || sort === 'created' ? sort : 'name',
  };
}
