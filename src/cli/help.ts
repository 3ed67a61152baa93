/**
 * --help in the current language. Commander has no localisation, so the
 * tree is built with the text written next to each option, and then every
 * description, argument, default and epilogue is replaced from the help
 * table of the language (src/i18n/help-ru.ts, loaded apart from the messages:
 * helpCatalog). Commands and their arguments are made from the table in every
 * language (cli/main.ts); the rest of English is the tree's own text, held
 * equal to src/i18n/help-en.ts by a test, so both languages print from
 * entries of one shape and cannot drift apart; commander's headings and
 * "(default: …)" notes are translated through its help configuration.
 */
import { Help, type Command, type Option } from 'commander';
import type { EventEmitter } from 'node:events';
import type { HelpMessages } from '../i18n/current.js';

/** A language's --help table (src/i18n/help-en.ts, help-ru.ts; helpCatalog in src/i18n/current.ts). */
export type HelpTable = HelpMessages;

/** `simulate`, `pilot plan`: a command's path below the program, '' for the program itself. */
export function commandPath(cmd: Command): string {
  const names: string[] = [];
  for (let c: Command | null = cmd; c?.parent; c = c.parent) names.unshift(c.name());
  return names.join(' ');
}

const entry = (table: Record<string, string>, key: string): string | undefined => (Object.hasOwn(table, key) ? table[key] : undefined);

/** The text of an option of a command: the command's own entry, else the entry shared by every command. */
export function optionText(table: HelpTable, path: string, o: Option): string | undefined {
  const flag = o.long ?? o.short ?? o.flags;
  const options = table.options as Record<string, string>;
  return entry(options, `${path} ${flag}`) ?? entry(options, flag);
}

export function argumentText(table: HelpTable, path: string, name: string): string | undefined {
  const args = table.arguments as Record<string, string>;
  return entry(args, `${path} ${name}`) ?? entry(args, name);
}

export const commandText = (table: HelpTable, path: string): string | undefined => entry(table.commands as Record<string, string>, path);

export const epilogueText = (table: HelpTable, path: string): string | undefined => entry(table.epilogues as Record<string, string>, path);

/** Commands --help does not list (the shell's `complete` hook): they have no help text to translate. */
export const isHidden = (cmd: Command): boolean => (cmd as unknown as { _hidden?: boolean })._hidden === true;

/**
 * Gives a command, and the commands below it, their descriptions and those
 * of their arguments and options from a help table. The command files write
 * none of this text: it is the table's alone, in English as in Russian.
 */
export function describe(cmd: Command, table: HelpTable): void {
  if (isHidden(cmd)) return;
  describeOne(cmd, table);
  for (const sub of cmd.commands) describe(sub, table);
}

function describeOne(cmd: Command, table: HelpTable): void {
  const path = commandPath(cmd);
  const description = commandText(table, path);
  if (description !== undefined) cmd.description(description);
  for (const a of cmd.registeredArguments) {
    const text = argumentText(table, path, a.name());
    if (text !== undefined) a.description = text;
  }
  for (const o of cmd.options) {
    const text = optionText(table, path, o);
    if (text !== undefined) o.description = text;
  }
}

/** Replaces the tree's English help (defaults, closing texts, commander's own words) with a language's table; nothing for English. */
export function localizeHelp(program: Command, table: HelpTable | undefined): void {
  if (table) localize(program, table);
}

function localize(cmd: Command, table: HelpTable): void {
  if (isHidden(cmd)) return;
  const path = commandPath(cmd);
  describeOne(cmd, table);
  for (const o of cmd.options) {
    const def = o.long ? entry(table.defaults as Record<string, string>, o.long) : undefined;
    if (def !== undefined && o.defaultValueDescription !== undefined) o.defaultValueDescription = def;
  }
  const epilogue = epilogueText(table, path);
  if (epilogue !== undefined) {
    // addHelpText('after') registers an 'afterHelp' listener: the one written in the command file is replaced
    (cmd as unknown as EventEmitter).removeAllListeners('afterHelp');
    cmd.addHelpText('after', epilogue);
  }
  cmd.helpOption('-h, --help', table.help);
  if (cmd.commands.length > 0) cmd.helpCommand('help [command]', table.help);
  const titles = table.titles;
  cmd.configureHelp({
    styleTitle: (str: string) => titles[str] ?? str,
    commandUsage(c: Command): string {
      return table.usage(Help.prototype.commandUsage.call(this, c));
    },
    subcommandTerm(c: Command): string {
      return table.usage(Help.prototype.subcommandTerm.call(this, c));
    },
    optionDescription(o: Option): string {
      return table.notes(Help.prototype.optionDescription.call(this, o));
    },
    argumentDescription(a): string {
      return table.notes(Help.prototype.argumentDescription.call(this, a));
    },
  });
  for (const sub of cmd.commands) localize(sub, table);
}
