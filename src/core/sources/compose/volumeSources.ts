import { hasInterpolation, isHostPathSource } from '../../mounts/composeShort';
import { isNamedVolume } from '../../mounts/mount';
import type { Mount } from '../../mounts/mount';

// Which top-level volumes a service's mount can use. Compose interpolates a source before it reads it,
// so a source holding a variable names a volume only where its written parts allow: `${PREFIX}_data`
// can be `app_data` but not `cache`, and `${DIR:-./data}` is a folder, as its default says.

/** One piece of a source: written text, or a variable whose value is unknown. */
type Piece = { readonly text: string } | { readonly variable: string };

/**
 * The source text that can name a top-level volume, or `undefined` when the mount cannot use one
 * (a bind mount, a tmpfs, an anonymous volume, a short-syntax source that expands to a host path).
 */
export function volumeSource(mount: Mount): string | undefined {
  const source = mount.source?.value;
  if (source === undefined || source === '') return undefined;
  if (!hasInterpolation(source)) return isNamedVolume(mount) ? source : undefined;
  if (mount.syntax === 'compose-long') return mount.type === 'volume' ? source : undefined;
  if (mount.syntax !== 'compose-short') return undefined;
  // The short syntax tells a path from a name by the expanded text's first character; the text as it
  // reads with every variable unset (defaults taken) says which the author means.
  return isHostPathSource(unsetExpansion(source)) ? undefined : source;
}

/** Whether a volume called `name` can be what `source` (as `volumeSource` returned it) names. */
export function sourceCanName(source: string, name: string): boolean {
  if (!hasInterpolation(source)) return source === name;
  // Written text must appear in order; each variable stands for any text. Matched greedily from the
  // left, which is exact for such patterns and linear, unlike a regular expression with many `.*`.
  const parts = glob(source);
  const first = parts[0] ?? '';
  const last = parts[parts.length - 1] ?? '';
  if (parts.length === 1) return name === first;
  if (!name.startsWith(first) || name.length < first.length + last.length || !name.endsWith(last)) return false;
  let at = first.length;
  const end = name.length - last.length;
  for (let i = 1; i < parts.length - 1; i++) {
    const part = parts[i] ?? '';
    const found = name.indexOf(part, at);
    if (found < 0 || found + part.length > end) return false;
    at = found + part.length;
  }
  return true;
}

/** The written parts between variables: `a${X}b$Y` gives `['a', 'b', '']`. */
function glob(source: string): string[] {
  const parts = [''];
  for (const piece of pieces(source)) {
    if ('text' in piece) parts[parts.length - 1] += piece.text;
    else parts.push('');
  }
  return parts;
}

/** The source with every variable unset: `${X:-d}` and `${X-d}` give `d` (itself expanded), others nothing. */
function unsetExpansion(source: string): string {
  let out = '';
  for (const piece of pieces(source)) {
    if ('text' in piece) {
      out += piece.text;
      continue;
    }
    const fallback = /^[A-Za-z_][A-Za-z0-9_]*:?-/.exec(piece.variable);
    if (fallback !== null) out += unsetExpansion(piece.variable.slice(fallback[0].length));
  }
  return out;
}

/** Splits written text from `$VAR` and `${...}` (nested braces included); `$$` is a written `$`. */
function pieces(source: string): Piece[] {
  const out: Piece[] = [];
  let text = '';
  let i = 0;
  while (i < source.length) {
    const c = source[i];
    const next = source[i + 1] ?? '';
    if (c === '$' && next === '$') {
      text += '$';
      i += 2;
    } else if (c === '$' && next === '{') {
      let depth = 0;
      let j = i + 1;
      for (; j < source.length; j++) {
        if (source[j] === '{') depth++;
        else if (source[j] === '}' && --depth === 0) break;
      }
      out.push({ text }, { variable: source.slice(i + 2, j) });
      text = '';
      i = j + 1;
    } else if (c === '$' && /[A-Za-z_]/.test(next)) {
      let j = i + 1;
      while (j < source.length && /[A-Za-z0-9_]/.test(source[j] ?? '')) j++;
      out.push({ text }, { variable: source.slice(i + 1, j) });
      text = '';
      i = j;
    } else {
      text += c;
      i++;
    }
  }
  out.push({ text });
  return out;
}
