/** German prepositions (closed class) and their contractions with the article, lower case. */

/** Prepositions of place, time and cause that govern a noun phrase (and so a number): „auf 300“, „bei 12“, „über 50“. */
export const PREPOSITIONS: ReadonlySet<string> = new Set([
  'ab', 'an', 'auf', 'aus', 'bei', 'bis', 'durch', 'für', 'gegen', 'hinter', 'in', 'mit', 'nach', 'neben', 'ohne', 'per', 'pro',
  'seit', 'um', 'unter', 'über', 'von', 'vor', 'zu', 'zwischen',
]);

/** Prepositions of attribution, circumstance and the genitive: laut, zufolge, gegenüber, trotz, wegen, dank … */
export const OTHER_PREPOSITIONS: ReadonlySet<string> = new Set([
  'laut', 'zufolge', 'gegenüber', 'trotz', 'wegen', 'innerhalb', 'außerhalb', 'dank', 'angesichts',
]);

/** Contractions of a preposition and the article: beim, im, vom, zum, zur, am, ins, ans. */
export const CONTRACTIONS: ReadonlySet<string> = new Set(['am', 'ans', 'beim', 'im', 'ins', 'vom', 'zum', 'zur']);
