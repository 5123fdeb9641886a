/** German articles (closed class), lower case. */

/** Definite article forms: der, die, das, den, dem, des. */
export const DEFINITE_ARTICLES: ReadonlySet<string> = new Set(['der', 'die', 'das', 'den', 'dem', 'des']);

/** Indefinite article forms: ein, eine, einen, einem, einer, eines. */
export const INDEFINITE_ARTICLES: ReadonlySet<string> = new Set(['ein', 'eine', 'einen', 'einem', 'einer', 'eines']);

/** Every article form. */
export const ARTICLES: ReadonlySet<string> = new Set([...DEFINITE_ARTICLES, ...INDEFINITE_ARTICLES]);

/** The negative article: kein in every case. */
export const NEGATIVE_ARTICLES: ReadonlySet<string> = new Set(['kein', 'keine', 'keiner', 'keines', 'keinem', 'keinen']);

/** Quantifying determiners: einige, mehrere, viele, alle, beide, zahlreiche, manche (inflected). */
export const QUANTIFIERS: ReadonlySet<string> = new Set([
  'einige', 'einigen', 'einiger', 'mehrere', 'mehreren', 'viele', 'vielen', 'alle', 'allen', 'beide', 'beiden',
  'zahlreiche', 'zahlreichen', 'manche', 'manchen',
]);
