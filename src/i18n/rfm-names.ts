/**
 * The RFM classes' usual Russian names, as `profile --lang ru` shows them. Their
 * own small file because they are both output (the Russian catalog's class
 * names) and input: a draft may name a class the way the profile the user read
 * named it (history/rfm.ts reads them), and the engine and the browser bundle
 * read class names without loading a whole catalog. In the grid's order
 * (history/rfm.ts), so that a hint lists them as the profile does.
 */
export const RFM_NAMES_RU: Readonly<Record<string, string>> = {
  Champions: 'Чемпионы',
  Loyal: 'Лояльные',
  'Potential loyalists': 'Потенциально лояльные',
  New: 'Новые',
  Promising: 'Перспективные',
  'Need attention': 'Требуют внимания',
  'About to sleep': 'Засыпающие',
  'Cannot lose them': 'Нельзя потерять',
  'At risk': 'В зоне риска',
  Hibernating: 'Спящие',
  Lost: 'Потерянные',
};
