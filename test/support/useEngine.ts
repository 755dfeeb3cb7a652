// The one way a test file gets an engine: the run-wide one when the test script started it, else a
// private one that is stopped after the file's tests, whether they passed or not.
import { after, before } from 'node:test';
import { connectEngine, startEngine } from './dockerd';
import type { Engine, EngineOptions } from './dockerd';

export interface UseEngineOptions extends EngineOptions {
  /**
   * Always start a private engine, even when STOWAGE_TEST_DOCKER_HOST names a shared one: for tests that
   * stop or restart the daemon.
   */
  readonly private?: boolean;
}

export interface EngineHandle {
  /** The engine; throws when read before the `before` hook ran (i.e. outside a test). */
  readonly engine: Engine;
}

/** Call at the top level of a test file; read `handle.engine` inside tests. */
export function useEngine(options: UseEngineOptions = {}): EngineHandle {
  let current: Engine | undefined;
  before(async () => {
    const shared = process.env['STOWAGE_TEST_DOCKER_HOST'];
    current = shared !== undefined && shared !== '' && options.private !== true ? await connectEngine(shared, options) : await startEngine(options);
  });
  after(async () => {
    // `stop()` does nothing for the shared engine.
    await current?.stop();
  });
  return {
    get engine(): Engine {
      if (current === undefined) throw new Error('useEngine(): the engine is only available inside tests and hooks');
      return current;
    },
  };
}
