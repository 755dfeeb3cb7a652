// Shared by the explorer's engine tests: a client for the test engine and a way to wait for the model.
import assert from 'node:assert/strict';
import { EngineClient } from '../../../src/engine/client';
import { parseHost } from '../../../src/engine/connection';

export function clientFor(host: string, timeoutMs = 10_000): EngineClient {
  const resolution = parseHost(host, 'setting', undefined, undefined);
  assert.ok(resolution.ok);
  return new EngineClient(resolution.endpoint, { timeoutMs });
}

export async function waitFor(what: string, condition: () => boolean | Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  assert.fail(`timed out after ${timeoutMs} ms waiting for ${what}`);
}

export const uniquePrefix = (what: string): string => `stowage-${what}-${process.pid}-${Date.now().toString(36)}`;

export function lines(text: string): string[] {
  return text.split('\n').map((line) => line.trim()).filter((line) => line !== '');
}
