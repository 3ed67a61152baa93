/**
 * A progress bar with ETA on stderr, drawn only when stderr is a terminal
 * (never into a pipe or a log file, never under CI).
 */
import { msg } from '../i18n/current.js';

export interface Progress {
  update(done: number, total: number): void;
  done(): void;
}

const silent: Progress = { update: () => undefined, done: () => undefined };

function clock(seconds: number): string {
  if (!Number.isFinite(seconds)) return '--:--';
  const s = Math.max(0, Math.round(seconds));
  const m = Math.floor(s / 60);
  return `${String(m).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
}

/** `label` is the English word of the work ('simulating', 'sweeping'…), shown in the current language. */
export function progressBar(english: string, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY || process.env.CI) return silent;
  const t = msg().progress;
  const label = t.labels[english] ?? english;
  const start = performance.now();
  let last = 0;
  let drawn = false;
  return {
    update(done, total) {
      const now = performance.now();
      if (now - last < 100 && done < total) return;
      last = now;
      const width = Math.max(10, Math.min(30, (stream.columns ?? 80) - label.length - 40));
      const share = total > 0 ? done / total : 0;
      const filled = Math.round(share * width);
      const elapsed = (now - start) / 1000;
      const eta = share > 0 ? (elapsed / share) * (1 - share) : Infinity;
      stream.write(`\r${label} [${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${done}/${total}  ${t.times(clock(elapsed), clock(eta))} `);
      drawn = true;
    },
    done() {
      if (drawn) stream.write('\r\x1b[2K');
    },
  };
}
