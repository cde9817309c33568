/** Where and when a run happened: printed with the table and kept in the results. */
import { execFile } from 'node:child_process';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { promisify } from 'node:util';
import { chromiumPath } from '../chromium';

export interface Machine {
  date: string;
  nproc: number;
  cpu: string;
  node: string;
  chromium: string;
  /** 1-minute load average when the run started: how shared the machine was. */
  loadAverage: number;
}

export async function describeMachine(): Promise<Machine> {
  let chromium = 'unknown';
  try {
    const { stdout } = await promisify(execFile)(chromiumPath(), ['--version'], { timeout: 15_000 });
    chromium = stdout.trim();
  } catch {
    // Reported as unknown; the figures will fail on their own if Chromium is missing.
  }
  return {
    date: new Date().toISOString(),
    nproc: availableParallelism(),
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    node: process.version,
    chromium,
    loadAverage: Number(loadavg()[0]?.toFixed(2) ?? 0),
  };
}
