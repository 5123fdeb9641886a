/** German conjunctions (closed classes), lower case. */

/** Subordinating conjunctions: dass (daß), ob, weil, wenn, nachdem, obwohl … */
export const SUBORDINATORS: ReadonlySet<string> = new Set([
  'dass', 'daß', 'ob', 'weil', 'da', 'als', 'wie', 'wenn', 'nachdem', 'obwohl', 'obgleich', 'während', 'sodass', 'damit',
  'bevor', 'seitdem', 'sofern', 'falls',
]);

/** The complementiser „dass“, with its old spelling „daß“. */
export const DASS: ReadonlySet<string> = new Set(['dass', 'daß']);

/** Coordinating conjunctions: und, oder, sowie, aber, sondern, denn, doch. */
export const COORDINATORS: ReadonlySet<string> = new Set(['und', 'oder', 'sowie', 'aber', 'sondern', 'denn', 'doch']);

/** Coordinators that join the members of a list: und, oder, sowie („Bonn, Köln und Essen“). */
export const LIST_COORDINATORS: ReadonlySet<string> = new Set(['und', 'oder', 'sowie']);

/** What stands between two members of a list: a comma or a list coordinator. */
export const LIST_JOINERS: ReadonlySet<string> = new Set([',', ...LIST_COORDINATORS]);

/**
 * Subordinators of adverbial clauses (cause, time, condition, concession, manner): a clause they
 * open after a verb of saying is no reported content.
 */
export const ADVERBIAL_SUBORDINATORS: ReadonlySet<string> = new Set([
  'weil', 'da', 'als', 'wenn', 'nachdem', 'obwohl', 'obgleich', 'obschon', 'während', 'bevor', 'ehe', 'sodass', 'damit',
  'falls', 'sofern', 'seit', 'seitdem', 'sobald', 'solange', 'zumal', 'wobei', 'indem',
]);

/**
 * Conjunctional adverbs (Konjunktionaladverbien): they link a sentence to the one before and fill
 * the prefield („Trotzdem zeigte sich X überzeugt“), never a subject or a speaker.
 */
export const CONJUNCTIONAL_ADVERBS: ReadonlySet<string> = new Set([
  'wiederum', 'trotzdem', 'dennoch', 'deshalb', 'deswegen', 'daher', 'darum', 'folglich', 'somit', 'also', 'demnach', 'demzufolge',
  'außerdem', 'zudem', 'ferner', 'überdies', 'darüber', 'stattdessen', 'allerdings', 'jedoch', 'indes', 'indessen',
  'gleichwohl', 'nichtsdestotrotz', 'nichtsdestoweniger', 'hingegen', 'dagegen', 'andererseits', 'einerseits',
  'immerhin', 'zumindest', 'jedenfalls', 'ohnehin', 'sowieso', 'schließlich', 'nämlich', 'übrigens', 'freilich',
  'anschließend', 'danach', 'zuvor', 'seither', 'inzwischen', 'mittlerweile', 'ebenso', 'ebenfalls', 'auch', 'sonst',
]);

/** Words that open an embedded question: „(die Frage,) ob …“, „wie …“, „warum …“. */
export const INTERROGATIVES: ReadonlySet<string> = new Set([
  'ob', 'wie', 'was', 'wann', 'warum', 'weshalb', 'wieso', 'wer', 'wo', 'welche', 'welcher', 'welches', 'welchen',
]);

/**
 * Adverbs that may stand between a trailing verb of saying and its subject: „„…“, meinte damit X“,
 * „…, räumte auch X ein“, „meinte etwa X“, „sagte zudem X“.
 */
export const SUBJECT_INTERPOSED_ADVERBS: ReadonlySet<string> = new Set([
  'auch', 'damit', 'dazu', 'dabei', 'hierzu', 'darauf', 'daraufhin', 'etwa', 'beispielsweise', 'zudem', 'ebenfalls', 'außerdem',
]);
