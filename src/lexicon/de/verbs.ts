/** German auxiliary and modal verb forms (closed class), lower case. */

/** Finite forms of haben, sein, werden and the modals (wollen, sollen, können, müssen, dürfen), with Konjunktiv I/II. */
export const AUXILIARIES: ReadonlySet<string> = new Set([
  'hat', 'haben', 'hatte', 'hatten', 'habe', 'hätte', 'hätten', 'ist', 'sind', 'war', 'waren', 'sei', 'seien', 'wird',
  'werden', 'wurde', 'wurden', 'würde', 'würden', 'will', 'wollen', 'wollte', 'wollten', 'wolle', 'soll', 'sollen',
  'sollte', 'sollten', 'solle', 'kann', 'können', 'konnte', 'konnten', 'könne', 'muss', 'müssen', 'musste', 'mussten',
  'müsse', 'darf', 'dürfen', 'durfte', 'dürfe',
]);
