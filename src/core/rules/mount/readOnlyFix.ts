// The edit that makes a mount read-only, in the syntax it was written in.
import type { Fix } from '../../findings';
import type { Mount, MountOption } from '../../mounts/mount';
import type { Position, TextEdit } from '../../text';

const FALSE_WORDS = new Set(['false', '0', 'f', 'F', 'FALSE', 'False']);

export function readOnlyFix(mount: Mount): Fix | undefined {
  const edit = readOnlyEdit(mount);
  if (edit === undefined) return undefined;
  return { title: { en: 'Make the mount read-only', ko: '마운트를 읽기 전용으로' }, edits: [edit], preferred: true };
}

function readOnlyEdit(mount: Mount): TextEdit | undefined {
  const target = mount.target;
  if (target === undefined) return undefined;
  switch (mount.syntax) {
    case 'volume-flag':
    case 'compose-short': {
      // Mode words follow the target: `SRC:DST:MODE`.
      const modes = mount.options.filter((o) => after(o.keyRange.start, target.range.end));
      const rw = modes.find((o) => o.key === 'rw');
      if (rw !== undefined) return { range: rw.keyRange, newText: 'ro' };
      const last = modes[modes.length - 1];
      if (last !== undefined) return insert(endOf(last), ',ro');
      return insert(target.range.end, ':ro');
    }
    case 'mount-flag': {
      const flag = mount.options.find((o) => o.key === 'readonly' || o.key === 'ro');
      if (flag?.valueRange !== undefined && FALSE_WORDS.has(flag.value ?? '')) return { range: flag.valueRange, newText: 'true' };
      const last = mount.options[mount.options.length - 1];
      return insert(last !== undefined ? endOf(last) : mount.range.end, ',readonly');
    }
    case 'compose-long': {
      const flag = mount.options.find((o) => o.key === 'read_only');
      if (flag?.valueRange !== undefined) return { range: flag.valueRange, newText: 'true' };
      const targetKey = mount.options.find((o) => o.key === 'target');
      if (targetKey === undefined) return undefined;
      const flow = mount.options.some((o) => o !== targetKey && o.keyRange.start.line === targetKey.keyRange.start.line);
      const at = endOf(targetKey);
      return insert(at, flow ? ', read_only: true' : `\n${' '.repeat(targetKey.keyRange.start.character)}read_only: true`);
    }
    default:
      return undefined;
  }
}

function endOf(option: MountOption): Position {
  return option.valueRange?.end ?? option.keyRange.end;
}

function after(a: Position, b: Position): boolean {
  return a.line > b.line || (a.line === b.line && a.character >= b.character);
}

function insert(at: Position, newText: string): TextEdit {
  return { range: { start: at, end: at }, newText };
}
