// Number formats Docker and the kernel accept in mount options.

/** go-units RAMInBytes (the docker CLI's `tmpfs-size`): `64m`, `1.5g`, `512 MiB`, `1048576`; never negative. */
export function isDockerRamSize(text: string): boolean {
  return /^\d+(?:\.\d+)? ?[kKmMgGtTpP]?[iI]?[bB]?$/.test(text);
}

const MAX_U32 = 0xffffffff;

/** Go's strconv.ParseUint(text, 8, 32) (the docker CLI's `tmpfs-mode`): octal digits only, no prefix. */
export function isGoOctalUint32(text: string): boolean {
  return /^[0-7]+$/.test(text) && parseInt(text, 8) <= MAX_U32;
}

/** The kernel's memparse (tmpfs `size`, `nr_blocks`, `nr_inodes`): a number in C notation and one K/M/G/T/P/E. */
export function isKernelMemSize(text: string, allowPercent: boolean): boolean {
  const pattern = allowPercent ? /^(?:0[xX][0-9a-fA-F]+|[0-9]+)[kKmMgGtTpPeE]?%?$/ : /^(?:0[xX][0-9a-fA-F]+|[0-9]+)[kKmMgGtTpPeE]?$/;
  return pattern.test(text);
}

/** tmpfs `mode`: octal, as the kernel reads it. */
export function isKernelOctalMode(text: string): boolean {
  return /^[0-7]+$/.test(text) && parseInt(text, 8) <= MAX_U32;
}

/** tmpfs `uid`/`gid`: an unsigned 32-bit number in C notation (decimal, 0x hex, 0 octal). */
export function isKernelUint32(text: string): boolean {
  if (/^0[xX][0-9a-fA-F]+$/.test(text)) return parseInt(text.slice(2), 16) <= MAX_U32;
  if (/^0[0-7]*$/.test(text)) return parseInt(text, 8) <= MAX_U32 || text === '0';
  return /^[1-9][0-9]*$/.test(text) && Number(text) <= MAX_U32;
}
