/**
 * The currency a locale's reader most likely means when none is given: the
 * currency of the locale's region (ru-RU → RUB, de-DE → EUR, en-GB → GBP),
 * with a region-less locale expanded to its likely region first (ru → ru-RU,
 * en → en-US). USD when the region is not in the table.
 */
const BY_REGION: Record<string, string> = {
  US: 'USD', GB: 'GBP', RU: 'RUB', BY: 'BYN', KZ: 'KZT', UA: 'UAH', UZ: 'UZS', AM: 'AMD', GE: 'GEL', AZ: 'AZN', KG: 'KGS',
  DE: 'EUR', FR: 'EUR', IT: 'EUR', ES: 'EUR', NL: 'EUR', BE: 'EUR', AT: 'EUR', FI: 'EUR', IE: 'EUR', PT: 'EUR', GR: 'EUR',
  SK: 'EUR', SI: 'EUR', EE: 'EUR', LV: 'EUR', LT: 'EUR', LU: 'EUR', MT: 'EUR', CY: 'EUR', HR: 'EUR',
  CH: 'CHF', PL: 'PLN', CZ: 'CZK', HU: 'HUF', RO: 'RON', BG: 'BGN', RS: 'RSD', SE: 'SEK', NO: 'NOK', DK: 'DKK', IS: 'ISK', TR: 'TRY',
  CA: 'CAD', MX: 'MXN', BR: 'BRL', AR: 'ARS', CL: 'CLP', CO: 'COP', PE: 'PEN',
  JP: 'JPY', CN: 'CNY', KR: 'KRW', IN: 'INR', ID: 'IDR', TH: 'THB', VN: 'VND', MY: 'MYR', SG: 'SGD', PH: 'PHP', HK: 'HKD', TW: 'TWD',
  AU: 'AUD', NZ: 'NZD', ZA: 'ZAR', IL: 'ILS', AE: 'AED', SA: 'SAR', EG: 'EGP', NG: 'NGN',
};

export function currencyOfLocale(locale: string): string {
  try {
    const region = new Intl.Locale(locale).maximize().region;
    return (region && BY_REGION[region]) ?? 'USD';
  } catch {
    return 'USD';
  }
}
