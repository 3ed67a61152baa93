/**
 * --help comes from the catalogs (src/i18n/help-en.ts, help-ru.ts) in every
 * language (issue 25): every command, argument and option a user can see in
 * --help has its entry in both, the Russian one translated; no entry names
 * an option that does not exist. The command files write no text of their
 * own (issue 26: cli/help.ts describe fills every description from the
 * table), so the numbers and lists a text states are checked against the
 * CLI's own here.
 */
import type { Command, Option } from 'commander';
import { afterAll, describe, expect, it } from 'vitest';
import { BATCH_RUNS } from '../../src/cli/batch-options.js';
import { argumentText, commandPath, commandText, epilogueText, isHidden, optionText } from '../../src/cli/help.js';
import { buildProgram, registerEveryCommand } from '../../src/cli/main.js';
import { MAX_PARAMETERS } from '../../src/decide/optimize-limits.js';
import { WHATIF_RUNS, WHATIF_SAMPLE } from '../../src/cli/commands/report.js';
import { catalog, helpCatalog, LANGS, setLang } from '../../src/i18n/index.js';
import { PLAN_METRICS } from '../../src/pilot/plan.js';
import { BATCH_RUNS as CATALOG_BATCH_RUNS } from '../../src/i18n/help-en.js';

afterAll(() => setLang('en'));

/** Every command --help shows, the program included. */
function commands(cmd: Command): Command[] {
  return isHidden(cmd) ? [] : [cmd, ...cmd.commands.flatMap(commands)];
}

const en = helpCatalog('en');
const ru = helpCatalog('ru');

describe('--help from the catalogs', async () => {
  // the whole tree: the CLI registers a command's options only when it is invoked
  setLang('ru');
  const tree = commands(await registerEveryCommand(buildProgram(ru)));
  setLang('en');

  it('has a Russian text, translated, for every command, argument and option of every command', () => {
    const missing: string[] = [];
    for (const cmd of tree) {
      const path = commandPath(cmd);
      for (const [where, e, r] of [
        [`command "${path}"`, commandText(en, path), commandText(ru, path)],
        ...cmd.registeredArguments.map((a) => [`${path} <${a.name()}>`, argumentText(en, path, a.name()), argumentText(ru, path, a.name())]),
        ...cmd.options.map((o: Option) => [`${path} ${o.flags}`, optionText(en, path, o), optionText(ru, path, o)]),
      ] as [string, string | undefined, string | undefined][]) {
        if (e === undefined) missing.push(`${where}: no English entry`);
        if (r === undefined) missing.push(`${where}: no Russian entry`);
        else if (!/[А-Яа-яЁё]/.test(r)) missing.push(`${where}: the Russian entry is not Russian: ${r}`);
      }
      if ((epilogueText(en, path) === undefined) !== (epilogueText(ru, path) === undefined)) missing.push(`${path}: closing text in one language only`);
    }
    expect(missing).toEqual([]);
    expect(tree.length).toBeGreaterThan(15);
  });

  it('names no command, argument or option that does not exist (a stale entry would hide a missing one)', () => {
    const paths = new Set(tree.map(commandPath));
    const options = new Set(tree.flatMap((c) => c.options.map((o: Option) => `${commandPath(c)} ${o.long ?? o.flags}`)));
    const flags = new Set(tree.flatMap((c) => c.options.map((o: Option) => o.long ?? o.flags)));
    const args = new Set(tree.flatMap((c) => c.registeredArguments.map((a) => `${commandPath(c)} ${a.name()}`)));
    const stale = [
      ...Object.keys(en.commands).filter((k) => !paths.has(k)),
      ...Object.keys(en.epilogues).filter((k) => !paths.has(k)),
      ...Object.keys(en.arguments).filter((k) => !args.has(k)),
      ...Object.keys(en.options).filter((k) => (k.startsWith('-') ? !flags.has(k) : !options.has(k))),
    ];
    expect(stale).toEqual([]);
  });

  // the command files write no help text of their own (cli/help.ts describe): the numbers
  // and lists an option's text states are held to the CLI's here, where a copy was before
  it("states the numbers and lists of the CLI as it has them, in both languages", () => {
    const o = (table: typeof en, key: string) => (table.options as Record<string, string>)[key];
    expect(o(en, 'optimize --vary')).toContain(`up to ${MAX_PARAMETERS} fields`);
    expect(o(ru, 'optimize --vary')).toContain(`до ${MAX_PARAMETERS} полей`);
    expect(o(en, '--constraint')).toContain(catalog('en').constraint.format);
    expect(o(en, '--metric')).toContain(`the pilot: ${PLAN_METRICS.join(', ')}`);
    for (const m of PLAN_METRICS) expect(o(ru, '--metric')).toContain(`${m} (`);
    expect(o(en, '--interactive')).toContain(`re-runs ${WHATIF_RUNS} runs on ${WHATIF_SAMPLE.toLocaleString('en-US')} customers`);
    expect(o(ru, '--interactive')).toContain(`${WHATIF_RUNS} прогонов`);
    expect(o(en, '--lang')).toContain(`: ${LANGS.join(' or ')} (`);
    expect(o(ru, '--lang')).toContain(`: ${LANGS.join(' или ')} (`);
  });

  it('says the batch commands\' default runs as the CLI sets them, in both languages', () => {
    expect(CATALOG_BATCH_RUNS).toBe(BATCH_RUNS);
    for (const path of ['compare', 'sweep', 'tornado', 'breakeven', 'optimize']) {
      expect(epilogueText(en, path)).toContain(`--runs defaults to ${BATCH_RUNS}`);
      expect(epilogueText(ru, path)).toContain(`--runs ${BATCH_RUNS}`);
    }
  });
});
