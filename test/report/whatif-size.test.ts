/**
 * A lighter what-if page (issue 24): the page script carries the report's
 * language only, and of its catalog only what the panel reads, so the whole
 * interactive report stays under 300 KB in either language (it was 552 KB).
 */
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/i18n/index.js';
import { runCli } from '../cli/run-cli.js';

describe('the interactive report’s weight', () => {
  for (const [lang, other] of [
    ['en', 'ru'],
    ['ru', 'en'],
  ] as const) {
    it(`is under 300 KB in ${lang} and carries no ${other} words`, async () => {
      const file = join(mkdtempSync(join(tmpdir(), 'whatif-size-')), 'w.html');
      const made = await runCli('report', 'scenarios/wholesale-hybrid.yaml', '--html', file, '--interactive', '--runs', '20', '--workers', '1', '--lang', lang);
      expect(made.code, made.stderr).toBe(0);
      const bytes = statSync(file).size;
      console.log(`interactive report in ${lang}: ${(bytes / 1024).toFixed(1)} KB`);
      expect(bytes).toBeLessThan(300 * 1024);
      const html = readFileSync(file, 'utf8');
      // a sentence of the other language's catalog that the page would carry if it had the whole catalog
      expect(html).not.toContain(catalog(other).whatif.levers.participation);
      expect(html).not.toContain(catalog(other).cliErrors.reportNowhereHint);
      // and its own language's CLI words are left out too: the page never shows them
      expect(html).not.toContain(catalog(lang).cliErrors.reportNowhereHint);
    }, 120_000);
  }
});
