/**
 * Whether process `pid` is running: signal 0 checks without disturbing it. EPERM means it
 * exists but belongs to someone else, which still counts as running.
 */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
