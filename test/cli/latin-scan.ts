/**
 * Finds English words in text meant to be Russian. What may stay Latin: proper
 * names and units (ROI, P5, RUB, BG/NBD, CUPED, …), what the user types
 * (flags, YAML keys and paths, file names, example command lines, values of
 * the draft such as distribution names) and the draft's own text, passed in.
 */

/** Latin words a Russian text may contain: names, units, abbreviations and the draft format's own words. */
export const LATIN_ALLOWED = new Set(
  (
    // names, units and abbreviations
    'ROI EVPI UTC PERT LO HI P P1 P5 P10 P50 P90 P95 P99 stderr npm root RUB USD EUR YAML yaml JSON CSV HTML XLSX PDF CI BG NBD Gamma CUPED RFM CDNOW MODEL md Node BCP ISO Ctrl Schema ' +
    'PROGRAM FORMAT B2B stdout utf8 utf16le windows YYYY MM DD YYYYMMDD Excel excel lifetimes PyMC Marketing BTYD CLVTools Python BetaGeoFitter df cust cal x t T m day en ru US RU de DE LC ALL LANG MESSAGES billion laughs foo DuckDB Parquet UTF js duckdb ' +
    // what the user types: commands, choices, distribution names, argument names
    'loyalty sim init validate schema profile fit simulate compare sweep tornado breakeven optimize roi pilot plan analyze report help completion shell ' +
    'tab lhs mc true false null min max mode sd mean pert triangular uniform normal lognormal beta gamma a b p q i k n A B C ' +
    'draft file command history csv participation customer frequency recency bg nbd pareto auto discount points tiers rebate hybrid club referral early pay segments month week revenue orders active type ' +
    // names in the bundled drafts, in the XLSX sheet list and in column examples
    'Silver Gold Platinum Summary Monthly Runs Inputs Costs InvoiceDate InvoiceNo Quantity UnitPrice CustomerID group stratum date amount total'
  ).split(' '),
);

/** The Latin words of `text` that are not allowed, after taking out flags, paths, keys, example lines and `extra` strings. */
export function englishWords(text: string, extra: string[] = []): string[] {
  let t = text;
  for (const s of extra) t = t.split(s).join(' ');
  t = t
    .replace(/«[^»\n]*»|"[^"\n]*"/g, ' ') // what the user wrote, quoted
    .split('\n')
    .filter((line) => !/^\s*\$ /.test(line))
    .join('\n')
    // a JSON shape in --help, for machines: from a "JSON (--json)" line to the next blank line
    .replace(/^JSON \(--json\).*\n(?:.+\n)*/gm, ' ')
    .replace(/-{1,2}[A-Za-z][\w-]*/g, ' ') // flags
    .replace(/<[^>\n]*>/g, ' ') // placeholders
    .replace(/\[[a-z.]+\]/g, ' ') // optional arguments
    .replace(/\S*\/\S*/g, ' ') // paths
    .replace(/[\w.-]+\.(yaml|csv|json|md|html|xlsx|txt)\b/g, ' ') // file names (program.schema.json too)
    .replace(/\b[a-z][\w.[\]]*: \S+/g, ' ') // key: value, as in a hint to write it
    .replace(/\b\w+(?:[._]\w+|\[\d+\])+/g, ' ') // YAML keys and paths: costs.monthly, expiry_months, mechanics[0]
    .replace(/\b\w+(?:\|\w+)+/g, ' ') // allowed values: discount|points|tiers
    .replace(/\{[^}\n]*\}/g, ' '); // YAML flow maps in hints
  // one letter is a formula's symbol (Z, N) or an argument (A, B), not a word
  const words = t.match(/[A-Za-z][A-Za-z0-9']+/g) ?? [];
  return [...new Set(words.filter((w) => !LATIN_ALLOWED.has(w)))];
}

/** Code lines (the repeat command) and draft paths in a page: what the user types, left out of the scan. */
export const CODE = /<code(?: [^>]*)?>[\s\S]*?<\/code>/g;
export const PATH_CELLS = /<td class="path">[^<]*<\/td>/g;

/**
 * The text a reader sees in an HTML page: scripts, styles and tags taken out,
 * `&lt;`/`&gt;` decoded (after the tags go, so a draft's hostile name stays
 * text) and other entities blanked; `drop` removes more, e.g. CODE, PATH_CELLS.
 */
export function visibleText(html: string, drop: RegExp[] = []): string {
  let t = html.replace(/<script[\s\S]*?<\/script>/g, ' ').replace(/<style>[\s\S]*?<\/style>/g, ' ');
  for (const r of drop) t = t.replace(r, ' ');
  return t
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&[a-z]+;|&#\d+;/g, ' ');
}
