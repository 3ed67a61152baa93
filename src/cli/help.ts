/**
 * --help in the current language. Commander has no localisation, so the
 * tree is built in English (the text lives next to each option) and, for
 * another language, every description, argument, default and epilogue is
 * replaced from that language's help table, and commander's headings and
 * "(default: …)" notes are translated through its help configuration.
 */
import { Help, type Command, type Option } from 'commander';
import type { EventEmitter } from 'node:events';
import type { Lang } from '../i18n/index.js';
import type { HelpTable } from './help-ru.js';

/** Each language's help table, loaded only in that language (English is the tree's own text). */
const TABLES: Partial<Record<Lang, () => Promise<HelpTable>>> = { ru: async () => (await import('./help-ru.js')).HELP_RU };

/** The help table of a language, undefined for English. */
export async function helpTable(lang: Lang): Promise<HelpTable | undefined> {
  return TABLES[lang]?.();
}

/** `simulate`, `pilot plan`: a command's path below the program, '' for the program itself. */
export function commandPath(cmd: Command): string {
  const names: string[] = [];
  for (let c: Command | null = cmd; c?.parent; c = c.parent) names.unshift(c.name());
  return names.join(' ');
}

/** The text of an option of a command: the command's own entry, else the entry shared by every command. */
export function optionText(table: HelpTable, path: string, o: Option): string | undefined {
  const flag = o.long ?? o.short ?? o.flags;
  return table.options[`${path} ${flag}`] ?? table.options[flag];
}

export function argumentText(table: HelpTable, path: string, name: string): string | undefined {
  return table.arguments[`${path} ${name}`] ?? table.arguments[name];
}

/** Replaces the tree's English help with a language's table (helpTable); nothing for English. */
export function localizeHelp(program: Command, table: HelpTable | undefined): void {
  if (table) localize(program, table);
}

function localize(cmd: Command, table: HelpTable): void {
  const path = commandPath(cmd);
  const description = table.commands[path];
  if (description !== undefined) cmd.description(description);
  for (const a of cmd.registeredArguments) {
    const text = argumentText(table, path, a.name());
    if (text !== undefined) a.description = text;
  }
  for (const o of cmd.options) {
    const text = optionText(table, path, o);
    if (text !== undefined) o.description = text;
    const def = o.long ? table.defaults[o.long] : undefined;
    if (def !== undefined && o.defaultValueDescription !== undefined) o.defaultValueDescription = def;
  }
  const epilogue = table.epilogues[path];
  if (epilogue !== undefined) {
    // addHelpText('after') registers an 'afterHelp' listener: the English one is replaced
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
