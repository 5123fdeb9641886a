/**
 * German closed word classes, defined once: articles, pronouns, prepositions, months and
 * weekdays. Rules import them from here; open word lists (approximators, reference nouns, person
 * nouns, …) are data files in src/lexicon/data, read through `Lexicon.list`.
 */
export * from './articles.js';
export * from './conjunctions.js';
export * from './months.js';
export * from './prepositions.js';
export * from './pronouns.js';
export * from './streets.js';
export * from './verbs.js';
