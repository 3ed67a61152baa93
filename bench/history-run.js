// One measured history read in a fresh process (so peak RSS is this read's):
// node bench/history-run.js FILE [js|duckdb] prints JSON {rows, customers, cpuSeconds, peakMb};
// cpuSeconds counts DuckDB's threads too (they are this process's).
import { readHistoryFile } from '../dist/history/read.js';
import { profileHistory } from '../dist/history/profile.js';

const [file, engine = 'js'] = process.argv.slice(2);
const c0 = process.cpuUsage();
const history = await readHistoryFile(file, { engine });
const profile = profileHistory(history);
const c = process.cpuUsage(c0);
const cpuSeconds = (c.user + c.system) / 1e6;
console.log(JSON.stringify({ rows: history.rows, customers: profile.customers, revenue: profile.revenue, cpuSeconds, peakMb: process.resourceUsage().maxRSS / 1024 }));
