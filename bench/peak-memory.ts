/**
 * The peak resident memory of this process, in MB. On Linux it is VmHWM from /proc/self/status:
 * the high-water mark of this process's own memory. process.resourceUsage().maxRSS is not used
 * there because Linux carries it over exec from the parent, so a benchmark step run as a child of
 * a parent that has just generated a 50,000-row workbook reported the parent's size as its own.
 */
import fs from 'node:fs';

export function peakMb(): number {
  try {
    const hwm = /^VmHWM:\s+(\d+)\s+kB/m.exec(fs.readFileSync('/proc/self/status', 'utf8'));
    if (hwm) return Math.round(Number(hwm[1]) / 1024);
  } catch {
    // Not Linux: maxRSS below.
  }
  // maxRSS is in kilobytes.
  return Math.round(process.resourceUsage().maxRSS / 1024);
}
