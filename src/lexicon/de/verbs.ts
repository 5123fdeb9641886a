/** German auxiliary and modal verb forms (closed class), lower case. */

/** Finite forms of haben, sein, werden and the modals (wollen, sollen, können, müssen, dürfen), with Konjunktiv I/II. */
export const AUXILIARIES: ReadonlySet<string> = new Set([
  'hat', 'haben', 'hatte', 'hatten', 'habe', 'hätte', 'hätten', 'ist', 'sind', 'war', 'waren', 'sei', 'seien', 'wird',
  'werden', 'wurde', 'wurden', 'würde', 'würden', 'will', 'wollen', 'wollte', 'wollten', 'wolle', 'soll', 'sollen',
  'sollte', 'sollten', 'solle', 'kann', 'können', 'konnte', 'konnten', 'könne', 'muss', 'müssen', 'musste', 'mussten',
  'müsse', 'darf', 'dürfen', 'durfte', 'dürfe',
]);

/**
 * Verbs of opinion (lemmas) that report only a clause in the Konjunktiv I or with „dass“ („Sie findet, die
 * Lage sei ernst“), never an object („fand den Schlüssel“) or a particle verb („findet … statt“).
 */
export const OPINION_VERBS: ReadonlySet<string> = new Set(['finden', 'begründen', 'erwarten', 'fürchten', 'befürchten', 'aufgreifen', 'ansprechen', 'thematisieren']);

/** Of those, the verbs of expecting: they report also a zu-infinitive of what is demanded („erwarten vom Rat, „den Beschluss zu respektieren““), never an object („erwartet Regen“). */
export const DEMAND_OPINION_VERBS: ReadonlySet<string> = new Set(['erwarten']);

/** Passive auxiliaries before „zitiert“: „„…“, wird X zitiert“, „…, wurde sie in der Mitteilung zitiert“. */
export const CITED_AUX: ReadonlySet<string> = new Set(['wird', 'wurde', 'werden', 'wurden']);

/**
 * Nouns of what someone said after „lautet(e)“ and a possessive or a genitive: „„…“, lautete sein
 * Vorwurf“, „„…“, lautet das Fazit des Trainers“ — the owner said the quotation.
 */
export const UTTERANCE_NOUNS: ReadonlySet<string> = new Set([
  'Vorwurf', 'Kritik', 'Antwort', 'Fazit', 'Urteil', 'Einschätzung', 'Forderung', 'Appell', 'Botschaft', 'Prognose',
  'Bilanz', 'Kommentar', 'Reaktion', 'Warnung', 'Begründung', 'Erklärung', 'Einwand', 'Vorschlag', 'Rat', 'Devise',
  'Ansage', 'Aussage', 'Analyse', 'Diagnose', 'Credo', 'Bitte', 'Mahnung', 'Rechtfertigung', 'Entgegnung', 'Replik',
]);
