/**
 * The workbook calculates (issue 24): the Summary's statistics are formulas
 * over the Runs table, and a real spreadsheet engine, LibreOffice's headless
 * calc, recalculating the file gets the --json statistics to 1e-9 relative.
 *
 * The cached results are overwritten with a wrong number before LibreOffice
 * opens the copy, and its profile is told to recalculate on load, so the
 * values read back can only be LibreOffice's own.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/run-cli.js';
import { smallDraft } from '../cli/small-draft.js';

/** LibreOffice's soffice, or why it cannot be had (the only reason to skip). */
function findSoffice(): { path: string } | { why: string } {
  const r = spawnSync('soffice', ['--version'], { encoding: 'utf8' });
  if (r.error || r.status !== 0) {
    return { why: `LibreOffice's soffice is not installed (${r.error?.message ?? `exit ${r.status}`}); .ci/run installs Debian's libreoffice-calc-nogui, or: apt-get install libreoffice-calc-nogui` };
  }
  return { path: 'soffice' };
}
const soffice = findSoffice();
if ('why' in soffice) console.warn(`SKIPPED the workbook recalculation test: ${soffice.why}`);

const WRONG = -7777.25;
const STAT_COLUMNS: Record<number, 'mean' | 'se' | 'p5' | 'p50' | 'p95'> = { 5: 'mean', 6: 'se', 7: 'p5', 8: 'p50', 9: 'p95' };
const HEADER_ROW = 8;

/** A LibreOffice profile that recalculates every OOXML file on load (Tools › Options › Calc › Formula). */
function recalcProfile(dir: string): string {
  const user = join(dir, 'profile', 'user');
  mkdirSync(user, { recursive: true });
  writeFileSync(
    join(user, 'registrymodifications.xcu'),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`,
  );
  return `file://${join(dir, 'profile')}`;
}

async function load(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

interface FormulaCell {
  key: string;
  stat: string;
  formula: string;
  result: unknown;
}

function summaryFormulas(wb: ExcelJS.Workbook): FormulaCell[] {
  const ws = wb.worksheets[0]!;
  const out: FormulaCell[] = [];
  ws.eachRow((row, n) => {
    if (n <= HEADER_ROW) return;
    const key = String(row.getCell(4).value);
    for (const [col, stat] of Object.entries(STAT_COLUMNS)) {
      const v = row.getCell(Number(col)).value as { formula?: string; sharedFormula?: string; result?: unknown } | null;
      // exceljs's reader drops a cached result of 0 (`<f>…</f><v>0</v>` reads back without `result`): read it as the 0 it is
      if (v && typeof v === 'object' && 'formula' in v && v.formula) out.push({ key, stat, formula: v.formula, result: v.result ?? 0 });
    }
  });
  return out;
}

/** The --json statistic a Summary cell stands for. */
function jsonValue(json: Record<string, any>, key: string, stat: string): number {
  if (key.startsWith('probabilities.')) return json.probabilities[key.slice('probabilities.'.length)];
  return json.metrics[key][stat];
}

const relClose = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b)) || Math.abs(a - b) < 1e-12;

describe.skipIf('why' in soffice)('the workbook recalculated by LibreOffice', () => {
  for (const sampling of ['mc', 'lhs'] as const) {
    it(`gives every Summary formula the --json statistic to 1e-9 relative (${sampling} sampling)`, async () => {
      const dir = mkdtempSync(join(tmpdir(), 'xlsx-recalc-'));
      const draft = join(dir, 'draft.yaml');
      writeFileSync(draft, smallDraft('Recalc'));
      const file = join(dir, 'report.xlsx');
      const flags = ['--runs', '40', '--seed', '11', '--sampling', sampling, '--workers', '1'];
      expect((await runCli('report', draft, '--xlsx', file, ...flags)).code).toBe(0);
      const sim = await runCli('simulate', draft, '--json', ...flags);
      expect(sim.code).toBe(0);
      const json = JSON.parse(sim.stdout);

      // the file as written: formulas, each with the engine's value cached
      const original = summaryFormulas(await load(file));
      expect(original.filter((f) => f.stat === 'mean').length).toBeGreaterThan(40);
      expect(original.some((f) => f.formula.startsWith('PERCENTILE('))).toBe(true);
      expect(original.some((f) => f.key === 'probabilities.roiPositive')).toBe(true);
      // sd/√n is the s.e. of independent runs only: under LHS blocks it stays a value
      expect(original.some((f) => f.stat === 'se')).toBe(sampling === 'mc');
      for (const f of original) expect(relClose(f.result as number, jsonValue(json, f.key, f.stat)), `cached ${f.key} ${f.stat}: ${String(f.result)} vs --json ${jsonValue(json, f.key, f.stat)}`).toBe(true);
      for (const f of original) expect(f.formula).toMatch(/'Runs'!\$[A-Z]+\$\d+:\$[A-Z]+\$\d+/);

      // a copy whose cached results are all wrong, so only a recalculation can bring the values back
      const wrong = await load(file);
      wrong.worksheets[0]!.eachRow((row, n) => {
        if (n <= HEADER_ROW) return;
        for (const col of Object.keys(STAT_COLUMNS)) {
          const c = row.getCell(Number(col));
          const v = c.value as { formula?: string } | null;
          if (v && typeof v === 'object' && v.formula) c.value = { formula: v.formula, result: WRONG } as ExcelJS.CellFormulaValue;
        }
      });
      const input = join(dir, 'wrong.xlsx');
      await wrong.xlsx.writeFile(input);
      const out = join(dir, 'out');
      execFileSync(soffice.path, [`-env:UserInstallation=${recalcProfile(dir)}`, '--headless', '--norestore', '--convert-to', 'xlsx', '--outdir', out, input], { stdio: 'pipe', timeout: 120_000 });

      const recalculated = summaryFormulas(await load(join(out, 'wrong.xlsx')));
      expect(recalculated.length).toBe(original.length);
      for (const f of recalculated) {
        const want = jsonValue(json, f.key, f.stat);
        expect(typeof f.result, `${f.key} ${f.stat}: ${f.formula}`).toBe('number');
        expect(f.result, `${f.key} ${f.stat} was not recalculated`).not.toBe(WRONG);
        expect(relClose(f.result as number, want), `${f.key} ${f.stat}: LibreOffice ${String(f.result)}, --json ${want}`).toBe(true);
      }
    }, 240_000);
  }
});
