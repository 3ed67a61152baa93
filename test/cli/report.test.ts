import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';
import { smallDraft } from './small-draft.js';

const draft = smallDraft;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'loyalty-report-'));
  writeFileSync(join(dir, 'a.yaml'), draft('Three percent', 0.03));
  writeFileSync(join(dir, 'b.yaml'), draft('Five percent', 0.05));
  process.exitCode = undefined;
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  process.exitCode = undefined;
});

describe('loyalty-sim report', () => {
  it('reports one draft exactly as simulate computes it (same seed, same figures)', async () => {
    const sim = await runCli('simulate', join(dir, 'a.yaml'), '--runs', '15', '--seed', '5', '--workers', '1', '--json');
    const rep = await runCli('report', join(dir, 'a.yaml'), '--xlsx', join(dir, 'a.xlsx'), '--runs', '15', '--seed', '5', '--workers', '1', '--json');
    expect(sim.code).toBe(0);
    expect(rep.code).toBe(0);
    expect(JSON.parse(rep.stdout).drafts[0].metrics).toEqual(JSON.parse(sim.stdout).metrics);
  });

  it('compares several drafts on common random numbers, side by side in both files', async () => {
    const html = join(dir, 'c.html');
    const xlsx = join(dir, 'c.xlsx');
    const r = await runCli('report', join(dir, 'a.yaml'), join(dir, 'b.yaml'), '--html', html, '--xlsx', xlsx, '--runs', '20', '--workers', '1', '--json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.drafts).toHaveLength(2);
    expect(json.pairs).toHaveLength(1);
    // same customers and the same uniforms: with the same uplift the bigger discount only costs more, so the smaller one wins most runs
    expect(json.pairs[0].pAOverB).toBeGreaterThan(0.5);
    const page = readFileSync(html, 'utf8');
    expect(page).toContain('<section id="compare">');
    expect(page).toContain('Three percent vs Five percent');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(xlsx) as unknown as ArrayBuffer);
    expect(wb.getWorksheet('Runs')!.rowCount).toBe(1 + 2 * 20);
  });

  it('refuses --precision with several drafts, before simulating (exit 2)', async () => {
    const r = await runCli('report', join(dir, 'a.yaml'), join(dir, 'b.yaml'), '--html', join(dir, 'x.html'), '--precision', '0.05');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--precision');
  });

  it('simulates the customers of --history', async () => {
    const html = join(dir, 'h.html');
    const r = await runCli('report', join(dir, 'a.yaml'), '--history', 'fixtures/history/cdnow_sample.csv', '--html', html, '--runs', '5', '--workers', '1');
    expect(r.code).toBe(0);
    expect(readFileSync(html, 'utf8')).toMatch(/real customers of fixtures\/history\/cdnow_sample\.csv/);
    // and how well the fit they are drawn from describes the history (issue 13 part 6)
    expect(readFileSync(html, 'utf8')).toContain('<section id="calibration"><h2>Calibration diagnostics</h2>');
  });
});
