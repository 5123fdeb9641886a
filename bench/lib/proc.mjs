/**
 * Memory and CPU of a running process from /proc (Linux only): the resident set (VmRSS, all
 * threads), its peak so far (VmHWM), and user + system CPU seconds. Null once the process is gone.
 */
import { readFileSync } from 'node:fs';

const TICK = 100; // clock ticks per second (USER_HZ) on Linux

/** `{ rssMiB, hwmMiB, cpuS }` of process `pid`, or null. */
export function procSample(pid) {
  try {
    const s = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (f) => Number(new RegExp(`^${f}:\\s+(\\d+) kB`, 'm').exec(s)?.[1] ?? 0);
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return { rssMiB: kb('VmRSS') / 1024, hwmMiB: kb('VmHWM') / 1024, cpuS: (Number(stat[11]) + Number(stat[12])) / TICK };
  } catch {
    return null;
  }
}
