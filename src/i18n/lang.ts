/**
 * Which language the tool speaks, and which number/date locale follows from
 * it. `--lang` wins; otherwise the POSIX locale variables in their order of
 * precedence (LC_ALL, then LC_MESSAGES, then LANG; an empty one counts as
 * unset), where ru_* means Russian and anything else English.
 */

export const LANGS = ['en', 'ru'] as const;
export type Lang = (typeof LANGS)[number];

export const isLang = (v: string): v is Lang => (LANGS as readonly string[]).includes(v);

/** The language of the environment's locale variables. */
export function langFromEnv(env: Record<string, string | undefined>): Lang {
  const v = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^ru([_.@-]|$)/i.test(v) ? 'ru' : 'en';
}

/**
 * The language of a command line: the value of the last `--lang X` /
 * `--lang=X` (the last one wins, as for any option), else the environment's.
 * An unknown value falls back to the environment here and is refused by the
 * option's parser with a message.
 */
export function detectLang(argv: readonly string[], env: Record<string, string | undefined>): Lang {
  let found: Lang | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') break;
    const v = a === '--lang' ? argv[i + 1] : a.startsWith('--lang=') ? a.slice('--lang='.length) : undefined;
    if (v !== undefined && isLang(v)) found = v;
  }
  return found ?? langFromEnv(env);
}

/** The number and date locale a language uses unless --locale says otherwise. */
export const localeOf = (lang: Lang): string => (lang === 'ru' ? 'ru-RU' : 'en-US');
