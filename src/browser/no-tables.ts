/**
 * Stands in for cli-table3 in the browser bundle: the page imports the HTML
 * renderers, whose module graph reaches the terminal tables
 * (src/report/simulation-text.ts) but never draws one.
 */
export default class Table {
  constructor() {
    throw new Error('terminal tables are not drawn in the browser');
  }
}
