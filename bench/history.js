// `npm run bench`, history line: rows per CPU-second and peak memory of
// reading and profiling generated sales histories (bench/history-data.js:
// 1M rows of 100,000 customers, 10M rows of 1,000,000), through the JS reader
// and through DuckDB (--engine), each in a fresh process so the peak is that
// read's own (DuckDB's CPU time counts all its threads). Targets (issue 28): at least
// 300,000 rows per CPU-second, under 400 MB. The files are generated once
// into the system's temporary folder (10M rows: 270 MB, about 2 minutes).
// BENCH_HISTORY_ROWS=1000000 runs only the small one.
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateHistory } from './history-data.js';

const here = dirname(fileURLToPath(import.meta.url));
const sizes = (process.env.BENCH_HISTORY_ROWS ?? '1000000,10000000').split(',').map(Number);
for (const rows of sizes) {
  const customers = rows / 10;
  const file = await generateHistory(join(tmpdir(), `loyalty-sim-bench-history-${rows}.csv`), rows, customers);
  for (const engine of ['js', 'duckdb']) {
    const r = JSON.parse(execFileSync(process.execPath, [join(here, 'history-run.js'), file, engine], { encoding: 'utf8' }));
    const rate = r.rows / r.cpuSeconds;
    const ok = rate >= 300_000 && r.peakMb < 400 ? 'ok' : 'BELOW TARGET';
    console.log(
      `history (${engine}): ${(rows / 1e6).toFixed(0)}M rows, ${r.customers.toLocaleString('en-US')} customers: ${Math.round(rate).toLocaleString('en-US')} rows/CPU-s, peak ${r.peakMb.toFixed(0)} MB (${ok}; target ≥ 300,000 rows/CPU-s, < 400 MB)`,
    );
  }
}
