/**
 * --help comes from the catalogs (src/i18n/help-en.ts, help-ru.ts) in every
 * language (issue 25): every command, argument and option a user can see in
 * --help has its entry in both, the Russian one translated; no entry names
 * an option that does not exist; and the English written next to an option in
 * a command file is the English catalog's, so a change there that skips the
 * catalogs (and the Russian beside them) fails here.
 */
import type { Command, Option } from 'commander';
import { afterAll, describe, expect, it } from 'vitest';
import { BATCH_RUNS } from '../../src/cli/batch-options.js';
import { argumentText, commandPath, commandText, epilogueText, isHidden, optionText } from '../../src/cli/help.js';
import { buildProgram, registerEveryCommand } from '../../src/cli/main.js';
import { helpCatalog, setLang } from '../../src/i18n/index.js';
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

  it("is what the command files write in English: a change made there alone fails here, not silently in --help", async () => {
    // the tree in English, where the options keep the text written in the command
    // files (commands and arguments are made from the catalog itself, commands/index.ts)
    setLang('en');
    const raw = commands(await registerEveryCommand(buildProgram(en))).slice(1);
    for (const cmd of raw) {
      const path = commandPath(cmd);
      expect.soft(cmd.description(), path).toBe(commandText(en, path));
      for (const a of cmd.registeredArguments) expect.soft(a.description, `${path} <${a.name()}>`).toBe(argumentText(en, path, a.name()));
      for (const o of cmd.options as Option[]) expect.soft(o.description, `${path} ${o.flags}`).toBe(optionText(en, path, o));
    }
    expect(raw.flatMap((c) => c.options).length).toBeGreaterThan(100);
  });

  it('says the batch commands\' default runs as the CLI sets them, in both languages', () => {
    expect(CATALOG_BATCH_RUNS).toBe(BATCH_RUNS);
    for (const path of ['compare', 'sweep', 'tornado', 'breakeven', 'optimize']) {
      expect(epilogueText(en, path)).toContain(`--runs defaults to ${BATCH_RUNS}`);
      expect(epilogueText(ru, path)).toContain(`--runs ${BATCH_RUNS}`);
    }
  });
});
