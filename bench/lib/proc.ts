import fs from 'node:fs';
import { round } from './stats';

// Processes and their CPU time, from /proc (Linux). Unlike requests per second, the CPU a server
// spends per request hardly changes when other work shares the machine, so it compares servers
// on a busy machine.

const TICKS_PER_SECOND = 100; // USER_HZ, 100 on every Linux architecture we run on

interface Sample {
  /** user + system milliseconds per process id */
  byPid: Map<number, number>;
}

interface ProcessInfo {
  pid: number;
  pgrp: number;
  /** One-letter state; Z is a zombie, which no longer runs. */
  state: string;
  /** CPU milliseconds, user + system. */
  ms: number;
  stat: string;
}

function processes(): ProcessInfo[] {
  const found: ProcessInfo[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue; // exited meanwhile
    }
    // Fields after the command name, which may itself hold spaces and parentheses.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ms = ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
    found.push({ pid: Number(entry), pgrp: Number(fields[2]), state: fields[0]!, ms, stat });
  }
  return found;
}

function cmdline(pid: number): string {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
  } catch {
    return '';
  }
}

/** Whether any process of the group still runs (zombies do not count). */
export function groupAlive(pgrp: number): boolean {
  return processes().some((p) => p.pgrp === pgrp && p.state !== 'Z');
}

/** CPU milliseconds used so far by every process of a process group (a server and its children). */
export function groupCpuMs(pgrp: number): number {
  return processes()
    .filter((p) => p.pgrp === pgrp)
    .reduce((sum, p) => sum + p.ms, 0);
}

/**
 * CPU milliseconds used so far by the PostgreSQL backends connected to one database, by their
 * process titles (`postgres: ... <user> <database> <host>(port) ...`). Backends that ended in
 * between are lost, so pools must keep their connections for the measurement to hold.
 */
export function databaseBackendsCpu(database: string): Sample {
  const byPid = new Map<number, number>();
  const marker = ` ${database} `;
  for (const p of processes()) {
    if (!p.stat.includes('(postgres)')) continue;
    const title = cmdline(p.pid);
    if (title.startsWith('postgres:') && title.includes(marker)) byPid.set(p.pid, p.ms);
  }
  return { byPid };
}

/** CPU milliseconds the backends used between two samples (new backends count from zero). */
export function backendsCpuBetween(before: Sample, after: Sample): number {
  let sum = 0;
  for (const [pid, ms] of after.byPid) sum += ms - (before.byPid.get(pid) ?? 0);
  return sum;
}

/** Peak (since start, or since `/proc/<pid>/clear_refs` was written 5) and current resident memory of a process, in MB. */
export function memoryMb(pid: number): { peak: number; now: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string): number => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)![1]) / 1024;
  return { peak: round(kb('VmHWM')), now: round(kb('VmRSS')) };
}
