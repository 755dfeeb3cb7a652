// Counts agreement between Docker and Stowage and writes the disagreements where the lead can route them
// (out/fidelity/<suite>.json), grouped by the syntax whose parser answered.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface Comparison {
  readonly id: string;
  /** Which parser or rule the case exercises: -v, --mount, --tmpfs, --volumes-from, VOLUME, SW301… */
  readonly group: string;
  readonly text: string;
  readonly docker: string;
  readonly stowage: string;
  readonly agrees: boolean;
  readonly why?: string;
}

export class Agreement {
  private readonly comparisons: Comparison[] = [];

  constructor(private readonly suite: string) {}

  add(comparison: Comparison): Comparison {
    this.comparisons.push(comparison);
    return comparison;
  }

  summary(): string {
    const agreeing = this.comparisons.filter((c) => c.agrees).length;
    const byGroup = new Map<string, { agree: number; total: number }>();
    for (const c of this.comparisons) {
      const entry = byGroup.get(c.group) ?? { agree: 0, total: 0 };
      entry.total++;
      if (c.agrees) entry.agree++;
      byGroup.set(c.group, entry);
    }
    const groups = [...byGroup].map(([group, { agree, total }]) => `${group} ${agree}/${total}`).join(', ');
    return `fidelity ${this.suite}: Stowage agrees with Docker on ${agreeing}/${this.comparisons.length} cases (${groups})`;
  }

  /** Writes every comparison, disagreements first, to out/fidelity/<suite>.json. */
  write(): string {
    const folder = path.join(process.env['STOWAGE_ROOT'] ?? process.cwd(), 'out', 'fidelity');
    mkdirSync(folder, { recursive: true });
    const file = path.join(folder, `${this.suite}.json`);
    const disagreements = this.comparisons.filter((c) => !c.agrees);
    const grouped: Record<string, Comparison[]> = {};
    for (const c of disagreements) (grouped[c.group] ??= []).push(c);
    writeFileSync(file, JSON.stringify({ summary: this.summary(), disagreements: grouped, agreements: this.comparisons.filter((c) => c.agrees) }, null, 2) + '\n');
    return file;
  }
}
