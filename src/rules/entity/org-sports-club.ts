import { orgRule, clubAt } from './lib/org.js';

/**
 * A sports club: a club abbreviation or club word + a name or place („FC Bayern München“, „1. FC
 * Köln“, „Borussia Dortmund“), a place or name + a club suffix in an article about sport („Leeds
 * United“); club words are the data files club-abbreviations, club-words, club-suffixes.
 */
export default orgRule(
  { id: 'entity/org-sports-club', priority: 120, description: '„Der FC Bayern München verlor gegen den 1. FC Köln“ → ORG FC Bayern München, 1. FC Köln' },
  ({ doc, lexicon, us }, i) => {
    const club = clubAt(lexicon, doc.text, us, i);
    return club ? { a: club.a, b: club.b, name: doc.text.slice(us[club.a].start, us[club.b - 1].end), confidence: 3, resume: club.b } : null;
  },
);
