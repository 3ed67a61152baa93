/**
 * `loyalty-sim report <draft...>`: the HTML report and/or XLSX workbook.
 * An adapter: flags → drafts and population → report/gather → html/xlsx files.
 */
import { lang, msg } from '../../i18n/current.js';
import { resolve } from 'node:path';
import { Option, type Command } from 'commander';
import type { CompareInput } from '../../decide/compare.js';
import { UserError } from '../../errors.js';
import { ensureWritable, writeFileAtomic } from '../files.js';
import { printJson, say, warn } from '../output.js';
import { progressBar } from '../progress.js';
import { historyArgs } from '../history-flags.js';
import {
  addSimulationOptions,
  checkLocale,
  loadDraftWithWarnings,
  resolvePopulation,
  withInterrupt,
  type SimulationFlags,
} from '../simulation-options.js';
import { simulationJson } from '../simulation-output.js';

interface ReportFlags extends SimulationFlags {
  html?: string;
  xlsx?: string;
  force?: boolean;
  tornado?: boolean;
  interactive?: boolean;
}

/** The what-if panel's simulation: small enough to answer within seconds in a browser, large enough to read (--interactive's help says both: test/cli/help-catalog.test.ts). */
export const WHATIF_RUNS = 200;
export const WHATIF_SAMPLE = 2000;

export function registerReport(command: Command): void {
  const cmd = command
    .option('--html <file>')
    .option('--xlsx <file>')
    .option('--force')
    .addOption(new Option('--tornado'))
    .addOption(
      new Option('--interactive'),
    );
  addSimulationOptions(cmd);
  cmd.addHelpText(
    'after',
    `
Examples:
  $ loyalty-sim report scenarios/wholesale-hybrid.yaml --html report.html
  $ loyalty-sim report scenarios/wholesale-hybrid.yaml --html report.html --xlsx report.xlsx --runs 2000 --locale ru-RU
  $ loyalty-sim report scenarios/points-only.yaml scenarios/tiers.yaml --html compare.html --tornado
  $ loyalty-sim report scenarios/wholesale-hybrid.yaml --html whatif.html --interactive
  $ loyalty-sim report scenarios/wholesale-hybrid.yaml --history fixtures/examples/sales.csv --sample 200 --xlsx report.xlsx
The seed and the runs are printed in the report, so it can be repeated exactly.
--json prints what was written and the simulate --json document of each draft.`,
  );
  cmd.action(async (files: string[], flags: ReportFlags) => {
    // this command's modules load when it runs, not with the command tree (issue 26: --help, --version)
    const [{ checkComparable, populationMismatches }, { runReport }, { renderHtmlReport }, { encodePopulation }, { whatIfLevers }, { repeatCommand }] = await Promise.all([
      import('../../decide/compare.js'),
      import('../../report/gather.js'),
      import('../../report/html.js'),
      import('../../engine/population-codec.js'),
      import('../../report/whatif.js'),
      import('../../report/repeat-command.js'),
    ]);
    if (!flags.html && !flags.xlsx) {
      throw new UserError(msg().cliErrors.reportNowhere, msg().cliErrors.reportNowhereHint);
    }
    if (flags.html && flags.xlsx && resolve(flags.html) === resolve(flags.xlsx)) {
      throw new UserError(msg().cliErrors.sameFile(flags.html), msg().cliErrors.sameFileHint);
    }
    checkLocale(flags.locale);
    // before any simulation, so a long run is not wasted on a file we may not write
    for (const f of [flags.html, flags.xlsx]) if (f) ensureWritable(f, { force: flags.force });
    if (flags.interactive && !flags.html) throw new UserError(msg().cliErrors.interactiveNeedsHtml, msg().cliErrors.interactiveNeedsHtmlHint);
    if (flags.interactive && files.length > 1) throw new UserError(msg().cliErrors.interactiveOneDraft, msg().cliErrors.interactiveOneDraftHint);
    if (files.length > 1 && flags.precision !== undefined) {
      throw new UserError(msg().cliErrors.precisionOneDraft, msg().cliErrors.precisionOneDraftHint);
    }

    const inputs: CompareInput[] = [];
    for (const file of files) inputs.push({ file, draft: await loadDraftWithWarnings(file, flags.set) });
    if (inputs.length > 1) {
      checkComparable(inputs, flags.horizon);
      if (!flags.history && !flags.summary) for (const f of populationMismatches(inputs)) warn(msg().cliErrors.customersDiffer(f));
    }
    // the customers: --history's real ones, or the synthetic block of the first draft that has one
    const source = inputs.find((x) => x.draft.customers?.synthetic) ?? inputs[0]!;
    const { population: pop, description, resample, calibration } = await resolvePopulation(source.draft, source.file, flags);
    const assets = flags.interactive ? (await import('../browser-assets.js')).readBrowserAssets(lang()) : undefined;

    let bar: ReturnType<typeof progressBar> | undefined;
    let barLabel = '';
    const data = await withInterrupt((signal) =>
      runReport(inputs, pop, {
        seed: flags.seed,
        runs: flags.runs,
        sampling: flags.sampling,
        workers: flags.workers,
        precision: flags.precision,
        horizon: flags.horizon,
        tornado: Boolean(flags.tornado),
        locale: flags.locale,
        populationLabel: description,
        generatedAt: new Date(),
        signal,
        onProgress: (label, d, t) => {
          if (label !== barLabel) {
            bar?.done();
            bar = progressBar(label);
            barLabel = label;
          }
          bar!.update(d, t);
        },
      }),
    ).finally(() => bar?.done());

    if (!data) {
      say(msg().cli.reportInterrupted);
      process.exitCode = 130;
      return;
    }
    data.repeat = repeatCommand({
      command: 'report',
      args: files,
      customerArgs: historyArgs(flags),
      sample: flags.sample,
      set: flags.set,
      seed: flags.seed,
      runs: flags.runs,
      sampling: flags.sampling,
      precision: flags.precision,
      horizon: flags.horizon,
      locale: flags.locale,
      lang: lang(),
      extra: [...(flags.tornado ? ['--tornado'] : []), ...(flags.interactive ? ['--interactive'] : []), ...(flags.html ? ['--html', flags.html] : []), ...(flags.xlsx ? ['--xlsx', flags.xlsx] : [])],
    });
    if (assets) {
      const entry = data.entries[0]!;
      const sample = resample(WHATIF_SAMPLE);
      data.whatif = {
        ...assets,
        spec: {
          file: entry.meta.file,
          draft: entry.draft,
          population: encodePopulation(sample),
          sample: sample.size,
          customers: Math.round(sample.size * sample.scale),
          seed: flags.seed,
          runs: WHATIF_RUNS,
          horizon: entry.meta.horizon,
          customerArgs: historyArgs(flags),
          levers: whatIfLevers(entry.draft, entry.meta.horizon),
          locale: flags.locale,
          lang: lang(),
          meta: entry.meta,
        },
      };
    }
    const written: { html?: string; xlsx?: string } = {};
    if (flags.html) {
      if (calibration) data.calibration = { source: calibration.source, fit: calibration.fit, diagnostics: calibration.diagnostics() };
      await writeFileAtomic(flags.html, renderHtmlReport(data), { force: flags.force });
      written.html = flags.html;
      say(msg().cli.wrote(flags.html));
    }
    if (flags.xlsx) {
      // exceljs (hundreds of files) is loaded only when a workbook is asked for: every other command starts without it
      const { renderXlsxReport } = await import('../../report/xlsx.js');
      // made inside the write: Ctrl-C while the workbook is built says so (files.ts)
      await writeFileAtomic(flags.xlsx, () => renderXlsxReport(data), { force: flags.force });
      written.xlsx = flags.xlsx;
      say(msg().cli.wrote(flags.xlsx));
    }
    if (flags.precision !== undefined && !data.entries[0]!.result.precisionReached) {
      say(msg().cli.precisionNotReached(flags.precision, flags.runs));
    }
    if (flags.json) {
      printJson({
        ...written,
        seed: flags.seed,
        drafts: data.entries.map((e) => simulationJson(e.meta.file, e.meta, e.summary, e.result)),
        pairs: data.pairs,
        ...(flags.tornado ? { tornado: data.entries.map((e) => ({ draft: e.meta.file, ...e.tornado })) } : {}),
      });
    }
  });
}
