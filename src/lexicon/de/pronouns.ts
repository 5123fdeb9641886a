/** German pronouns (closed classes), lower case. */

/**
 * Relative pronouns: the d-forms (der, die, das, dem, den, denen, deren, dessen) and the
 * w-forms (welche, welcher, welches, welchem, welchen).
 */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set([
  'der', 'die', 'das', 'dem', 'den', 'denen', 'deren', 'dessen', 'welche', 'welcher', 'welches', 'welchem', 'welchen',
]);

/** Personal pronouns in the nominative (and the impersonal „man“). */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['ich', 'du', 'er', 'sie', 'es', 'wir', 'ihr', 'man']);

/** Personal pronouns in the dative (and the reflexive „sich“): „wie ihm seine Kollegen erzählten“, „sprach ihm … zu“. */
export const DATIVE_PRONOUNS: ReadonlySet<string> = new Set(['ihm', 'ihr', 'ihnen', 'mir', 'uns', 'euch', 'sich']);

/** Demonstrative determiners: dieser/jener in every case. */
export const DEMONSTRATIVES: ReadonlySet<string> = new Set([
  'diese', 'dieser', 'dieses', 'diesen', 'diesem', 'jene', 'jener', 'jenes', 'jenen', 'jenem',
]);

/** Neuter demonstratives standing alone, which point back to what was said and never speak: „Das sagte X“, „Dies bestätigte die Polizei“. */
export const NEUTER_DEMONSTRATIVE_PRONOUNS: ReadonlySet<string> = new Set(['das', 'dies', 'dieses', 'dasselbe', 'solches']);

/** Possessive determiners of the third person and „unser“ in every case (mein/dein are rare in news text). */
export const POSSESSIVES: ReadonlySet<string> = new Set([
  'sein', 'seine', 'seiner', 'seines', 'seinen', 'seinem', 'ihr', 'ihre', 'ihrer', 'ihres', 'ihren', 'ihrem',
  'unser', 'unsere', 'unserer', 'unseres', 'unseren', 'unserem',
]);
