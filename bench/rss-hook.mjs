// Preloaded with `node --import` where GNU time is missing: at exit, writes this process's CPU time
// and peak RSS to $LINKAGE_BENCH_STATS_FILE in GNU time's "%U %S %M" format (seconds, seconds, KB).
import { writeFileSync } from 'node:fs';

const file = process.env.LINKAGE_BENCH_STATS_FILE;
if (file) {
  process.on('exit', () => {
    const { userCPUTime, systemCPUTime, maxRSS } = process.resourceUsage();
    writeFileSync(file, `${userCPUTime / 1e6} ${systemCPUTime / 1e6} ${maxRSS}\n`);
  });
}
