// What the numbers were measured on, for the header of a benchmark section.
import { cpus, loadavg, totalmem } from 'node:os';

export function machine(): string {
  return `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
}

/** The 1-minute load average, one decimal. */
export function load1(): string {
  return loadavg()[0]!.toFixed(1);
}

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}
