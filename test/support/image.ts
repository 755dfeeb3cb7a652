// The test image: Debian's static busybox and a symlink per applet, imported as one layer. No registry
// is reachable from the test machines, so the image is made rather than pulled.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const TEST_IMAGE = 'stowage/busybox:test';

interface CliEngine {
  docker(args: readonly string[], options?: { readonly input?: string | Buffer }): Promise<{ code: number; stdout: string; stderr: string }>;
}

function busyboxPath(): string {
  for (const candidate of ['/bin/busybox', '/usr/bin/busybox']) {
    try {
      execFileSync(candidate, ['true'], { stdio: 'ignore' });
      return candidate;
    } catch {
      // Try the next one.
    }
  }
  return execFileSync('sh', ['-c', 'command -v busybox'], { encoding: 'utf8' }).trim();
}

/** A tar stream of the image's root: bin/busybox, its applets, and the folders programs expect. */
function rootfsTar(): Buffer {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'stowage-rootfs-'));
  try {
    const busybox = busyboxPath();
    for (const folder of ['bin', 'etc', 'tmp', 'root', 'var', 'dev', 'proc', 'sys']) mkdirSync(path.join(dir, folder));
    copyFileSync(busybox, path.join(dir, 'bin', 'busybox'));
    const applets = execFileSync(busybox, ['--list'], { encoding: 'utf8' }).split('\n').filter((name) => /^[\w.[-]+$/.test(name) && name !== 'busybox');
    for (const applet of applets) symlinkSync('busybox', path.join(dir, 'bin', applet));
    writeFileSync(path.join(dir, 'etc', 'passwd'), 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/:/bin/false\n');
    writeFileSync(path.join(dir, 'etc', 'group'), 'root:x:0:\nnogroup:x:65534:\n');
    return execFileSync('tar', ['-C', dir, '--owner=0', '--group=0', '-c', '.'], { maxBuffer: 64 * 1024 * 1024 });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Imports the test image unless the engine already has it. */
export async function ensureTestImage(engine: CliEngine): Promise<void> {
  if ((await engine.docker(['image', 'inspect', '--format', '{{.Id}}', TEST_IMAGE])).code === 0) return;
  // CMD sh: `docker create IMAGE` with no command works, as it does with the images people use.
  const result = await engine.docker(['import', '--change', 'CMD ["sh"]', '-', TEST_IMAGE], { input: rootfsTar() });
  if (result.code !== 0) throw new Error(`docker import ${TEST_IMAGE} failed (${result.code}): ${result.stderr.trim()}`);
}
