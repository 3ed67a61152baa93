// Generated sales histories for the history benchmark: `rows` lines of
// customer_id,date,quantity,amount over two years for `customers` customers
// (one in ten a heavy buyer), seeded so every run reads the same bytes.
import { createWriteStream, existsSync, renameSync } from 'node:fs';
import { once } from 'node:events';

/** Writes the CSV to `file` unless it is already there; returns `file`. */
export async function generateHistory(file, rows, customers) {
  if (existsSync(file)) return file;
  let s = 0x9e3779b9 ^ rows;
  const rand = () => {
    // xorshift32: fast, seeded, good enough for test data
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
  const start = Date.UTC(2022, 0, 1) / 86_400_000;
  const tmp = `${file}.part`;
  const out = createWriteStream(tmp);
  out.write('customer_id,date,quantity,amount\n');
  let buf = '';
  for (let i = 0; i < rows; i++) {
    const heavy = rand() < 0.5;
    const c = heavy ? Math.floor(rand() * customers * 0.1) : Math.floor(rand() * customers);
    const day = start + Math.floor(rand() * 730);
    const q = 1 + Math.floor(rand() * 4);
    const amount = (q * (5 + rand() * 40)).toFixed(2);
    buf += `${100000 + c},${new Date(day * 86_400_000).toISOString().slice(0, 10)},${q},${amount}\n`;
    if (buf.length > 1 << 20) {
      if (!out.write(buf)) await once(out, 'drain');
      buf = '';
    }
  }
  out.write(buf);
  out.end();
  await once(out, 'finish');
  renameSync(tmp, file);
  return file;
}
