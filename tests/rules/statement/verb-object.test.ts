import rule from '../../../src/rules/statement/verb-object.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { text: 'Der Sturm drohte mit dem Einsturz des Daches.', name: '„drohen mit“ needs a speaker that can threaten (a person, a group, an organisation)' },
    { text: 'Der Bericht beschreibt den Weg zum Gipfel.', name: '„beschreiben“ without „als“ reports no judgement' },
    { text: 'Das sei zu viel, sagt der Ständerat. Das Parlament müsse die Entscheide kontrollieren und kritisieren.', name: 'a verb of saying under a Konjunktiv I modal is part of reported speech' },
    { text: 'Der Sitz war seit deren Wahl in die Regierung Ende März verweist.', name: 'two adverbial phrases are no middle field before an object (a typo for „verwaist“)' },
    { text: 'Die Ermittler gehen von Brandstiftung aus.', name: '„ausgehen von“ without a figure is no forecast here' },
    { text: 'Die Landwirte rechnen mit dem Schlimmsten.', name: 'a verb of expecting without a figure reports nothing' },
    { text: 'Die Meteorologen erwarten für das Wochenende Regen.', name: 'an expected event without a figure is no forecast' },
    { text: 'Der Beamte erwartet in drei Jahren die Pensionierung.', name: 'a figure inside a prepositional phrase is no forecast' },
    { text: 'Das Unglück forderte drei Todesopfer.', name: 'a demanding verb with a subject that cannot demand: victims, no statement' },
    { text: 'Der Sturm forderte am Montag viele Verletzte.', name: 'other topic: a storm „demands“ nothing' },
    { text: 'Die Firma schließt ihr Werk in Celle. Dies kündigte das Unternehmen am Montag an.', name: 'a demonstrative object in the prefield: the subject after the verb is no content' },
    { text: 'Wegen der Auflagen sei einem ganzen Gewerbe über Nacht die Grundlage entzogen worden, hatten die Veranstalter im Juni berichtet.', name: 'a dative object in the content before „…, hatten X berichtet“ is no speaker (fresh copy, tag24.de Night of Light)' },
    { text: 'Zum Glück gab es laut Vereinssprecher Jan Wolff (31) zu „keiner Zeit eine Gefahr“ für die Gäste.', name: 'an age in brackets is skipped only when the clause runs on to its end: „zu“ before a quote is no particle of „zugeben“' },
    { text: 'Der Verband zählte 20.000 Gäste, diese Zahl nannte auch die Polizei.', name: 'an object put first after the comma („diese Zahl“) is never the speaker (realnews-c form)' },
    { text: 'Diese Information wurde vom Geheimdienst bestätigt.', name: 'passive' },
    { text: 'Die Regierung kündigte keine Gegenmaßnahmen an.', name: 'negated' },
    { text: 'Das Ministerium bestätigte, dass die Schulen schließen.', name: 'a dass-clause is the comma rule’s' },
    { text: 'Der Kreml hat sich nicht geäußert.' },
    { text: 'Die Kanzlerin sprach am Montag mit Vertretern von Verdi über den Streik.', name: 'sprechen mit: no report' },
    { text: 'Der Trainer sprach nach dem Spiel lange mit dem Schiedsrichter.' },
    { text: 'Die Schäden werden auf 50.000 Euro geschätzt.', name: 'passive estimate' },
    { text: 'Das Gericht sprach ihm ein Schmerzensgeld von 15.000 Euro zu.', name: 'zusprechen: an object before „von“' },
    { text: 'Der Bürgermeister schätzt die Arbeit der Helfer sehr.', name: 'schätzen = value, no figure' },
    { text: 'Experten schätzen die Lage als ernst ein.', name: 'einschätzen without a figure' },
    { text: 'Die Kosten wurden vom Rechnungshof scharf kritisiert.', name: 'a passive with an agent but no estimate verb' },
    { text: 'Das Haus wird von der Familie auf Vordermann gebracht.', name: 'a passive without an estimate verb' },
    { text: 'Die Feuerwehr hatte am Vormittag mit den Anwohnern gesprochen.', name: 'pluperfect „mit … gesprochen“ is no report' },
  ],
  invalid: [
    {
      text: 'Ärztekammer-Chef Johannes Steinhart drohte einmal mehr mit einem vertragslosen Zustand.',
      expect: [{ speaker: 'Johannes Steinhart', kind: 'indirect', content: 'mit einem vertragslosen Zustand' }],
      name: '„drohen mit“ + its object after an adverbial (health policy, realnews-z11)',
    },
    {
      text: 'Die Gewerkschaft plädiert für eine Erhöhung von zwei Prozent.',
      expect: [{ speaker: 'Gewerkschaft', kind: 'indirect', content: 'für eine Erhöhung von zwei Prozent' }],
      name: '„plädieren für“ + its object (wage talks)',
    },
    {
      text: 'Der Präsident schlug unterdessen eine Waffenruhe vor, um ein Treffen vorzubereiten.',
      expect: [{ speaker: 'Präsident', kind: 'indirect', content: 'eine Waffenruhe vor, um ein Treffen vorzubereiten' }],
      name: '„vorschlagen“ + its object, an adverb before it and a purpose clause after it (foreign affairs, realnews-x)',
    },
    {
      text: 'Er forderte dringend Entlastungsmaßnahmen, um das Leben erschwinglicher zu gestalten.',
      expect: [{ kind: 'indirect', content: 'Entlastungsmaßnahmen, um das Leben erschwinglicher zu gestalten' }],
      name: 'a bare adjective as adverb („dringend“) before the demanded object (politics, realnews-z1)',
    },
    {
      text: 'Der Deutsche Mieterbund befürchtet wegen der Krise am Bau und Hunderttausender fehlender Wohnungen einen weiteren drastischen Anstieg der Mieten.',
      expect: [{ speaker: 'Deutscher Mieterbund', kind: 'indirect', content: 'wegen der Krise am Bau und Hunderttausender fehlender Wohnungen einen weiteren drastischen Anstieg der Mieten' }],
      name: 'a noun of change after longer adverbials (housing, realnews-z3)',
    },
    {
      text: 'Vorsitzender Rolf Muck verwies in seinem Rückblick auf 31 Veranstaltungen, die der Verein organisiert habe.',
      expect: [{ speaker: 'Rolf Muck', kind: 'indirect', content: 'auf 31 Veranstaltungen, die der Verein organisiert habe' }],
      name: 'an adverbial phrase, then the prepositional object; a relative clause after the comma is no reported clause (culture club, realnews-z2)',
    },
    {
      text: 'Die SVP beschreibt die zurückhaltenden Lockerungen als Machtdemonstration des Bundesrates.',
      expect: [{ speaker: 'SVP', kind: 'indirect', content: 'die zurückhaltenden Lockerungen als Machtdemonstration des Bundesrates' }],
      name: '„beschreiben … als“ is a judgement like „bezeichnen … als“ (Swiss politics, realnews-z1)',
    },
    {
      text: 'Den erreichten Waffenstillstand bezeichnete Außenminister Heiko Maas als Grundlage für eine Beruhigung.',
      expect: [{ speaker: 'Heiko Maas', kind: 'indirect', content: 'als Grundlage für eine Beruhigung' }],
      name: 'an object with „Den“ in the prefield: the subject follows the verb (foreign affairs, realnews-z1)',
    },
    {
      text: 'Der Deutsche Mieterbund befürchtet wegen der Krise am Bau einen weiteren drastischen Anstieg der Mieten.',
      expect: [{ speaker: 'Deutscher Mieterbund', kind: 'indirect', content: 'wegen der Krise am Bau einen weiteren drastischen Anstieg der Mieten' }],
      name: 'a verb of expecting with a noun of change as its object (housing, realnews-z3)',
    },
    {
      text: 'Der Bauernverband rechnet wegen der Trockenheit mit einer um etwa sechs Prozent geringeren Ernte.',
      expect: [{ speaker: 'Bauernverband', kind: 'indirect', content: 'wegen der Trockenheit mit einer um etwa sechs Prozent geringeren Ernte' }],
      name: '„rechnen mit“ after adverbials, the figure inside the object (farming, realnews-z3)',
    },
    {
      text: 'Der Bischof hatte bei der Synode weitere Anstrengungen zur Aufarbeitung angekündigt.',
      expect: [{ speaker: 'Bischof', kind: 'indirect', content: 'weitere Anstrengungen zur Aufarbeitung' }],
      name: 'an adverbial phrase before the object in the perfect (churches, realnews-z3)',
    },
    {
      text: 'Die Polizei geht von etwa 20.000 Euro Schaden aus.',
      expect: [{ speaker: 'Polizei', kind: 'indirect', content: 'von etwa 20.000 Euro Schaden' }],
      name: '„ausgehen von“ + a figure, the particle closing the clause (accident, realnews-y)',
    },
    {
      text: 'Das AMS befürchtet bis zu 22.000 Arbeitslose mehr als im Vorjahr.',
      expect: [{ speaker: 'AMS', kind: 'indirect', content: 'bis zu 22.000 Arbeitslose mehr als im Vorjahr' }],
      name: 'a verb of expecting with a figure as its object reports a forecast (labour market, realnews-x)',
    },
    {
      text: 'Die Gewerkschaft rechnet heuer mit 15.900 zusätzlichen Mitgliedern.',
      expect: [{ speaker: 'Gewerkschaft', kind: 'indirect', content: 'mit 15.900 zusätzlichen Mitgliedern' }],
      name: '„rechnen mit“ + a figure, after an Austrian adverb („heuer“)',
    },
    {
      text: 'Festivalleiterin Anna Roth erwartet am Wochenende rund 30.000 Besucher.',
      expect: [{ speaker: 'Anna Roth', kind: 'indirect', content: 'am Wochenende rund 30.000 Besucher' }],
      name: 'a forecast after an adverbial in the middle field (culture)',
    },
    {
      text: 'Collini kritisierte weiters Kürzungen bei Familien und Kinderbetreuung.',
      expect: [{ speaker: 'Collini', kind: 'indirect', content: 'Kürzungen bei Familien und Kinderbetreuung' }],
      name: 'the Austrian adverb „weiters“ before the object (budget debate, realnews-x)',
    },
    {
      text: 'Kommandant Klaus Ringl eröffnete das Haus. Die Baukosten ohne Eigenleistung bezifferte er mit 510.000 Euro.',
      expect: [{ speaker: { name: 'Klaus Ringl', text: 'er' }, kind: 'indirect', content: 'mit 510.000 Euro' }],
      name: 'an estimate verb with „mit“ + an amount (local news, realnews-t)',
    },
    {
      text: 'Weil Fußgänger kaum sicher über die Straße kämen, fordert der Ortsbeirat seit Jahren einen ampelgesicherten Überweg.',
      expect: [{ speaker: { text: 'der Ortsbeirat' }, kind: 'indirect', content: 'einen ampelgesicherten Überweg' }],
      name: 'after a fronted adverbial clause the verb opens the main clause (local traffic, realnews-v)',
    },
    {
      text: 'Die Opposition warf der Regierung Tricksereien vor.',
      expect: [{ speaker: { text: 'Die Opposition' }, kind: 'indirect' }],
      name: 'an accusation with its object (vorwerfen; dev gold: optional, real sets: required)',
    },
    {
      text: 'Die Gewerkschaft fordert acht Prozent mehr Lohn.',
      expect: [{ speaker: { text: 'Die Gewerkschaft' }, kind: 'indirect', content: 'acht Prozent mehr Lohn' }],
      name: 'a demand that opens with a figure (labour)',
    },
    {
      text: 'Ministerin Anna Berg besuchte die Kaserne. Sie fordert mehr Geld für die Bundeswehr.',
      expect: [{ speaker: { name: 'Anna Berg' }, kind: 'indirect', content: 'mehr Geld für die Bundeswehr' }],
      name: 'a demand that opens with a quantifier (defence, realnews-u)',
    },
    {
      text: 'Die Polizei sprach von 800 Teilnehmern, Veranstalter und Gäste berichteten von bis zu 3000 Menschen.',
      expect: [{ speaker: { text: 'Veranstalter und Gäste' }, cue: 'berichteten', kind: 'indirect' }],
      name: 'a main clause joined by a comma: its subject between the comma and the verb (realnews-b form)',
    },
    {
      text: 'Die Schulämter zählen 1200 offene Stellen, Kultusministerin Ida Berg (SPD) nannte die Umfrage „unseriös“.',
      expect: [{ speaker: { name: 'Ida Berg' }, cue: 'nannte' }],
      name: 'comma-joined main clause, named subject with a party in brackets, not the object after the verb (fresh copy, taz form), invented person',
    },
    {
      text: 'Die Beratungsfirma Kessler, die den Verein seit Jahren begleitet, spricht dagegen von einem Schaden von 800.000 Euro.',
      expect: [{ speaker: { name: 'Kessler' }, cue: 'spricht', content: 'von einem Schaden von 800.000 Euro' }],
      name: 'a relative clause between subject and verb',
    },
    {
      text: 'Die Gewerkschaft kündigte neue Streiks an.',
      expect: [{ speaker: { text: 'Die Gewerkschaft' }, cue: 'kündigte', kind: 'indirect', content: 'neue Streiks' }],
      exact: true,
    },
    {
      text: 'Als Reaktion darauf kündigte er Gegenmaßnahmen an, darunter den Ausbau des Arsenals.',
      expect: [{ speaker: { text: 'er' }, cue: 'kündigte', content: 'Gegenmaßnahmen an, darunter den Ausbau des Arsenals' }],
    },
    {
      text: 'Ende Januar berichtete die New York Times von einem Rückzug der Truppen.',
      expect: [{ speaker: 'New York Times', cue: 'berichtete', content: 'von einem Rückzug der Truppen' }],
    },
    {
      text: 'Russland und Nordkorea haben die Anschuldigungen bestritten.',
      expect: [{ speaker: { names: ['Russland', 'Nordkorea'] }, cue: 'bestritten', content: 'die Anschuldigungen' }],
    },
    {
      text: 'Im September leugnete der Minister Gerüchte über seinen Rücktritt.',
      expect: [{ speaker: { text: 'der Minister' }, cue: 'leugnete', content: 'Gerüchte über seinen Rücktritt' }],
    },
    {
      text: 'Der Deutsche Wetterdienst warnte vor schweren Gewittern im Süden.',
      expect: [{ cue: 'warnte', content: 'vor schweren Gewittern im Süden' }],
    },
    {
      text: 'Die Polizei spricht dagegen weiterhin von zwölf bestätigten Toten.',
      expect: [{ speaker: { text: 'Die Polizei' }, cue: 'spricht', kind: 'indirect', content: 'von zwölf bestätigten Toten' }],
      exact: true,
      name: 'adverbs between „spricht“ and „von“',
    },
    {
      text: 'Die Gewerkschaft sprach am Donnerstagabend von mehr als 30.000 Streikenden.',
      expect: [{ speaker: { text: 'Die Gewerkschaft' }, content: 'von mehr als 30.000 Streikenden' }],
      name: 'a time PP between „sprach“ and „von“',
    },
    {
      text: 'Der Veranstalter sprach am Abend gegenüber Journalisten von einem vollen Erfolg.',
      expect: [{ speaker: { text: 'Der Veranstalter' }, content: 'von einem vollen Erfolg' }],
    },
    {
      text: 'Er schätzt die Schäden allein in seinem Landkreis auf mehr als 500 Millionen Euro.',
      expect: [{ speaker: { text: 'Er' }, cue: 'schätzt', content: 'die Schäden allein in seinem Landkreis auf mehr als 500 Millionen Euro' }],
      name: 'estimate verb + „auf“ + amount',
    },
    {
      text: 'Das Institut der deutschen Wirtschaft beziffert den Schaden eines Streiktages auf bis zu 100 Millionen Euro.',
      expect: [{ cue: 'beziffert', content: 'den Schaden eines Streiktages auf bis zu 100 Millionen Euro' }],
    },
    {
      text: 'Der Mieterbund schätzt die Zahl der fehlenden Wohnungen auf rund 700.000.',
      expect: [{ speaker: { text: 'Der Mieterbund' }, cue: 'schätzt' }],
    },
    {
      text: 'Die Feuerwehr hat die Schäden am Dachstuhl auf rund zwei Millionen Euro geschätzt.',
      expect: [{ speaker: { text: 'Die Feuerwehr' }, cue: 'geschätzt', content: 'die Schäden am Dachstuhl auf rund zwei Millionen Euro' }],
    },
    {
      text: 'Die Bahn-Personalvorständin nannte den Ausstand „völlig unverhältnismäßig“.',
      expect: [{ cue: 'nannte', kind: 'direct', content: 'den Ausstand „völlig unverhältnismäßig“' }],
      name: 'a quoted predicate of „nennen“ is direct',
    },
    {
      text: 'Der Gewerbeverband sprach von einem «teuren Fehler».',
      expect: [{ cue: 'sprach', kind: 'direct', content: 'von einem «teuren Fehler»' }],
    },
    {
      text: 'Der Spitzenkandidat sprach in der »ZIB 2« von einem »klaren Auftrag der Wählerinnen und Wähler«.',
      expect: [{ cue: 'sprach', kind: 'direct', content: 'von einem »klaren Auftrag der Wählerinnen und Wähler«' }],
      name: 'a quoted title between „sprach“ and „von“',
    },
    {
      text: 'Die Grünen-Vorsitzende räumte eine Niederlage ein: Ihre Partei verlor 4,1 Prozentpunkte.',
      expect: [{ cue: 'räumte', content: 'eine Niederlage' }],
      exact: true,
      name: 'the object ends at the particle before a colon',
    },
    {
      text: 'Die Ministerin bezeichnete den Kompromiss als tragfähig.',
      expect: [{ cue: 'bezeichnete', kind: 'indirect', content: 'den Kompromiss als tragfähig' }],
    },
    {
      text: 'Das Statistische Bundesamt meldet für den Oktober bereits 2,8 Millionen Arbeitslose.',
      name: '„meldet für …“ + a figure',
      expect: [{ speaker: { text: 'Das Statistische Bundesamt' }, cue: 'meldet', kind: 'indirect', content: 'für den Oktober bereits 2,8 Millionen Arbeitslose' }],
      exact: true,
    },
    {
      text: 'Der Wetterdienst meldete am Morgen in Passau 120 Liter Regen pro Quadratmeter.',
      name: '„meldete“ + adverbials + a figure',
      expect: [{ cue: 'meldete', content: 'am Morgen in Passau 120 Liter Regen pro Quadratmeter' }],
      exact: true,
    },
    {
      text: 'Der Schaden wird von der Versicherung auf rund vier Millionen Euro geschätzt.',
      name: 'passive estimate with an agent: the agent speaks',
      expect: [{ speaker: { name: 'Versicherung' }, cue: 'geschätzt', kind: 'indirect', content: 'Der Schaden wird von der Versicherung auf rund vier Millionen Euro geschätzt' }],
      exact: true,
    },
    {
      text: 'Die Ablösesumme wurde vom Fachportal Kickbase auf 18 Millionen Euro taxiert.',
      name: 'passive „taxiert“ with „vom Portal X“',
      expect: [{ speaker: { text: 'Fachportal Kickbase' }, cue: 'taxiert', content: 'Die Ablösesumme wurde vom Fachportal Kickbase auf 18 Millionen Euro taxiert' }],
      exact: true,
    },
    {
      text: 'Die Polizei hatte am Abend noch von drei Verletzten gesprochen.',
      name: 'pluperfect „hatte … von … gesprochen“',
      expect: [{ speaker: { text: 'Die Polizei' }, cue: 'gesprochen', kind: 'indirect', content: 'von drei Verletzten' }],
      exact: true,
    },
  ],
});
