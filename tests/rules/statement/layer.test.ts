import { describe, expect, it } from 'vitest';
import { extractText } from '../../../src/pipeline.js';
import { linkQuantities } from '../../../src/rules/statement/link.js';
import type { Quantity, Statement } from '../../../src/types.js';

const run = (text: string) => extractText(text, { id: 't', path: 't.txt' }).statements;

describe('statement layer resolve', () => {
  it('gives a headline quotation the body repeats to the body’s speaker (realnews-s: „Bundesrat tagt in Zürich: «Wir treffen unsere Chefs»“)', () => {
    const s = run('Bundesrat tagt in Zürich: «Wir treffen unsere Chefs»\n\nDer Bundesrat tagte im Landesmuseum. «Wir treffen unsere Chefs», sagte Bundespräsident Ueli Maurer (SVP).');
    const head = s.filter((x) => x.sentence === 0);
    expect(head.map((x) => [x.speaker.name, x.content.text])).toEqual([['Ueli Maurer', 'Wir treffen unsere Chefs']]);
    // other topic: a headline quote the body does not repeat keeps the headline's speaker
    const t = run('Trainerin Ida Berg: «Wir waren zu langsam»\n\nDer Verein verlor am Samstag. «Es war ein schwerer Tag», sagte Kapitän Jan Wolff.');
    expect(t.filter((x) => x.sentence === 0).map((x) => x.speaker.name)).toEqual(['Ida Berg']);
  });

  it('reads a name-colon quote with a role after it as one statement of the named person (fresh copy, schwarzwaelder-bote.de Haushalt)', () => {
    const s = run('Jana Roth: „Die Formulierung gefällt mir nicht“, sagt die Sprecherin der Fraktion. Danach ging es weiter.');
    expect(s.map((x) => [x.speaker.name, x.kind, x.content.text])).toEqual([['Jana Roth', 'direct', 'Die Formulierung gefällt mir nicht']]);
  });

  it('keeps two readings of one quotation when neither names a person', () => {
    const s = run('Der Verein: „Wir bleiben hier“, sagte die Sprecherin des Bundes am Montag.');
    expect(s.every((x) => x.content.text === 'Wir bleiben hier')).toBe(true);
  });

  it('keeps a partial quote inside indirect speech as one indirect statement', () => {
    const s = run('Der Ministerpräsident sagte am Montag, die Lage sei eine „ernste Bedrohung“ für das Land.');
    expect(s).toHaveLength(1);
    expect(s[0].kind).toBe('indirect');
    expect(s[0].content.text).toBe('die Lage sei eine „ernste Bedrohung“ für das Land');
  });

  it('calls indirect speech that is mostly a quote direct', () => {
    const s = run('Die Ministerin sagte, die Kritiker hätten „kein Interesse an einer Lösung, sondern nur an Schlagzeilen, und das seit Jahren“.');
    expect(s).toHaveLength(1);
    expect(s[0].kind).toBe('direct');
  });

  it('calls quoted words in an indicative or verbless report direct, whatever their share', () => {
    const s = run('Die Stadträtin sprach von einem „schlechten Stil“ der Verwaltung.');
    expect(s).toHaveLength(1);
    expect(s[0].kind).toBe('direct');
    const t = run('Der Wagen wurde am Morgen „ganz zufällig“ von einem Jäger im Wald entdeckt, berichtete ein Polizeisprecher.');
    expect(t).toHaveLength(1);
    expect(t[0].kind).toBe('direct');
  });

  it('keeps a quoted fragment inside a Konjunktiv frame indirect', () => {
    const s = run('Der Sprecher sagte, die Pläne seien „völlig unausgegoren“.');
    expect(s).toHaveLength(1);
    expect(s[0].kind).toBe('indirect');
    const t = run('Der Ausbau sei „ein fatales Signal an die Industrie“, sagte die Abgeordnete.');
    expect(t).toHaveLength(1);
    expect(t[0].kind).toBe('indirect');
    expect(t[0].content.text).toBe('Der Ausbau sei „ein fatales Signal an die Industrie“');
  });

  it('gives each quote of a „Sprüche“ list the speaker in its own brackets, not the one before', () => {
    const s = run('Die Sprüche des Spieltags.\n\n„Das war ein furchtbares Spiel von uns.“\n\n(Hausens Trainer Edin Karaca nach dem 0:3)\n\n„Der Sieg ist hochverdient.“\n\n(Rieds Trainerin Marta Olsen nach dem 3:0)');
    expect(s.map((x) => [x.speaker.name, x.content.text])).toEqual([
      ['Edin Karaca', 'Das war ein furchtbares Spiel von uns'],
      ['Marta Olsen', 'Der Sieg ist hochverdient'],
    ]);
  });

  it('makes each Konjunktiv sentence after indirect speech a statement of its own, of the same speaker (tools-h..n convention)', () => {
    const s = run('Der Bürgermeister sagte, der Damm halte. Die Lage sei aber ernst. Am Abend regnete es.');
    expect(s.map((x) => x.content.text)).toEqual(['der Damm halte', 'Die Lage sei aber ernst']);
    expect(s.map((x) => x.speaker.name)).toEqual(['Bürgermeister', 'Bürgermeister']);
    const t = run('Ministerin Carla Brenner unterstrich, der Besuch gebe eine Chance. Der Besuch habe auch symbolischen Charakter. Außerdem finde er kurz nach dem Jahrestag statt.');
    expect(t.map((x) => x.content.text)).toEqual(['der Besuch gebe eine Chance', 'Der Besuch habe auch symbolischen Charakter', 'Außerdem finde er kurz nach dem Jahrestag statt']);
    expect(new Set(t.map((x) => x.speaker.name))).toEqual(new Set(['Carla Brenner']));
    // a Konjunktiv after a „dass“ clause without one stays part of it (seed convention)
    const u = run('Die Stadt teilte mit, dass der Markt geschlossen wurde. Die Händler seien informiert worden.');
    expect(u.map((x) => x.content.text)).toEqual(['der Markt geschlossen wurde. Die Händler seien informiert worden']);
  });

  it('keeps an ambiguous „wäre(n)“ sentence inside the indirect statement it follows (the writer\'s counterfactual as often)', () => {
    const s = run('Die Grünen sagten, solche Geschäfte hätten den Schaden erhöht. Jeder weitere Handel wäre ein Verstoß gegen das Gesetz.');
    expect(s.map((x) => x.content.text)).toEqual(['solche Geschäfte hätten den Schaden erhöht. Jeder weitere Handel wäre ein Verstoß gegen das Gesetz']);
  });

  it('keeps each reported sentence after a colon attribution or a „wie … sagte“ clause a statement of its own', () => {
    const s = run('Fraktionschefin Lea Sommer sagte: sie erwarte harte Verhandlungen. Es fehle an Geld für die Schulen.');
    expect(s.map((x) => x.content.text)).toEqual(['sie erwarte harte Verhandlungen', 'Es fehle an Geld für die Schulen']);
    const t = run('Das Boot war gegen die Mole getrieben, wie ein Sprecher der Wasserschutzpolizei sagte. Dann sei der Skipper an Land geschwommen.');
    expect(t.map((x) => x.content.text)).toEqual(['Das Boot war gegen die Mole getrieben', 'Dann sei der Skipper an Land geschwommen']);
  });

  it('resolves singular „Sie“ right after a speaker „die …“ that is no person to that speaker', () => {
    const s = run('Die Nachbarin Jana Roth hörte Lärm. Die Polizei teilte mit, in Hausen sei eingebrochen worden. Sie geht davon aus, den Täter gefasst zu haben.');
    expect(s[s.length - 1].speaker.name).toBe('Polizei');
    // a woman named between wins
    const t = run('Einen Wasserrohrbruch meldet die Stadtverwaltung. Bürgermeisterin Jana Roth kam sofort. Sie sagte, der Schaden sei groß.');
    expect(t[t.length - 1].speaker.name).toBe('Jana Roth');
  });

  it('resolves a pronoun speaker to the last named person', () => {
    const s = run('Die Trainerin Maria Schulte sagte, das Team sei bereit. Sie betonte, der Kader sei breit genug.');
    expect(s).toHaveLength(2);
    expect(s[1].speaker.text).toBe('Sie');
    expect(s[1].speaker.name).toBe(s[0].speaker.name);
  });

  it('reads a person\'s gender from the first-name list when no role shows it, and „sagte sie“ as a woman', () => {
    const s = run('Bei der Versammlung sprachen Jana Krüger und Tobias Brandt. Die Schule müsse saniert werden, sagte sie. Er sagte, das Geld fehle.');
    expect(s.map((x) => [x.speaker.text, x.speaker.name])).toEqual([
      ['sie', 'Jana Krüger'],
      ['Er', 'Tobias Brandt'],
    ]);
    // „Sie erklärte“: a singular verb after „Sie“
    const t = run('Im Ausschuss saßen Katrin Vogel und Stefan Roth. Sie erklärte, der Bericht sei unvollständig.');
    expect(t[0].speaker.name).toBe('Katrin Vogel');
  });

  it('reads „Die Kosten bezifferte er auf …“ as er speaking, resolved to the unnamed spokesman of the sentence before', () => {
    const s = run('Landrat Karl Weber lobte die Helfer. Ein Sprecher der Feuerwehr sagte, der Einsatz sei schwierig gewesen. Die Kosten des Einsatzes bezifferte er auf rund 20.000 Euro.');
    const last = s[s.length - 1];
    expect(last.speaker.text).toBe('er');
    expect(last.speaker.name).toBe('Sprecher der Feuerwehr');
    expect(last.content.text).toContain('20.000 Euro');
    // „sie“ may be the object: „Die Wahlleitung bezifferte sie auf 67,9 Prozent“ keeps the prefield as speaker
    const t = run('Die Wahlbeteiligung stieg deutlich. Die Landeswahlleitung bezifferte sie auf 67,9 Prozent.');
    expect(t.map((x) => x.speaker.name)).toContain('Landeswahlleitung');
  });

  it('leaves a plural „sie“ without gender („sagten sie“)', () => {
    const s = run('Bei der Versammlung sprachen Jana Krüger und Tobias Brandt. Die Schule müsse saniert werden, sagten sie.');
    expect(s).toHaveLength(1);
    expect(s[0].speaker.text).toBe('sie');
  });

  it('takes a gender a pronoun showed for a person: „Ihr“ after „seinen“ is someone else', () => {
    const s = run('Senatorin Ruth Albers empfing ihren Amtskollegen Jonas Pietsch. Nach seinen Worten ist der Vertrag fertig. Ihr zufolge fehlt noch die Unterschrift.');
    expect(s.find((x) => x.speaker.text === 'seinen')?.speaker.name).toBe('Jonas Pietsch');
    expect(s.find((x) => x.speaker.text === 'Ihr')?.speaker.name).toBe('Ruth Albers');
  });

  it('resolves „nach ihren Worten“ to an unnamed woman who spoke last, not a man named before', () => {
    const s = run('„Die Lage ist ernst“, sagte Kreisbrandmeister Jan Ohlsen. Die Schule bleibt geschlossen, wie eine Sprecherin des Landkreises mitteilte. Nach ihren Worten sind 60 Kinder betroffen.');
    expect(s.find((x) => x.speaker.text === 'ihren')?.speaker.name).toBe('Sprecherin des Landkreises');
  });

  it('does not resolve a new role to a person named with another role or gender', () => {
    const s = run('„Dieser Streik trifft die Falschen“, sagte Bahn-Vorständin Ute Lindemann. Der Verkehrsminister sagte, er erwarte eine schnelle Einigung.');
    expect(s.find((x) => x.speaker.text === 'Der Verkehrsminister')?.speaker.name).toBe('Verkehrsminister');
  });

  it('resolves a generic person head („der Experte“) to the person who spoke last, whatever their role', () => {
    const s = run('Politologe Peter Heinzl sagte dem Sender, die Wahlbeteiligung liege bei 62 Prozent. Bis 2029 drohe der Partei ein weiterer Absturz, so der Experte.');
    expect(s.find((x) => x.speaker.text === 'der Experte')?.speaker.name).toBe('Peter Heinzl');
  });

  it('does not resolve an unnamed organisation role to another unnamed organisation', () => {
    const s = run('Die Gewerkschaft kündigte neue Streiks an. Der Verband kündigte Klagen an, teilte ein Sprecher mit. Der Verband sagte, man sei vorbereitet.');
    expect(s.find((x) => x.content.text === 'man sei vorbereitet')?.speaker.name).toBe('Verband');
  });

  it('resolves a pronoun to an unnamed person subject of the sentence before', () => {
    const s = run('Anwältin Eva Brandt sprach vor Gericht. Der Angeklagte schwieg lange. Er habe nichts gesehen, ließ er über seinen Anwalt erklären.');
    const st = s.find((x) => x.content.text === 'Er habe nichts gesehen');
    expect(st?.speaker.name).toBe('Angeklagte');
  });

  it('keeps the named person when the subject before has a name', () => {
    const s = run('Der Trainer Peter Maier war enttäuscht. Er sagte, die Mannschaft habe schlecht gespielt.');
    expect(s[0].speaker.name).toBe('Peter Maier');
  });

  it('resolves „der Verband“ to the organisation named with that head', () => {
    const s = run('Der Deutsche Mieterbund begrüßte das Urteil. Der Landesverband der Wohnungswirtschaft zeigte sich dagegen enttäuscht. Das Urteil sei ein schwerer Rückschlag, teilte der Verband mit.');
    const st = s.find((x) => x.cue.text === 'teilte');
    expect(st?.speaker.name).toMatch(/Landesverband/);
  });

  it('continues reported speech with Konjunktiv II, with a relative clause, and over a governed speech participle', () => {
    const a = run('Ein Sprecher der Feuerwehr sagte, die Lage sei ernst. Viele Brandherde lägen in unzugänglichem Gelände.');
    expect(a.map((x) => x.content.text)).toEqual(['die Lage sei ernst', 'Viele Brandherde lägen in unzugänglichem Gelände']);
    // the cue after the content ends that statement: the Konjunktiv sentence is a statement of its own
    const b = run('Die Kosten stiegen weiter, teilte der Mieterbund mit. Nur jede zweite Wohnung sei gegen Hochwasser versichert.');
    expect(b.map((x) => x.content.text)).toEqual(['Die Kosten stiegen weiter', 'Nur jede zweite Wohnung sei gegen Hochwasser versichert']);
    expect(b.map((x) => x.speaker.name)).toEqual(['Mieterbund', 'Mieterbund']);
    const c = run('„Wir bleiben dabei“, sagte die Sprecherin. Die Zahl, die der Verband nenne, sei falsch.');
    expect(c.map((x) => x.content.text)).toContain('Die Zahl, die der Verband nenne, sei falsch');
  });

  it('resolves a document noun („dem Bericht zufolge“, „den Angaben zufolge“) to the source named before', () => {
    const a = run('Der Spiegel berichtete über den Fall. Dem Bericht zufolge wurde der Minister bereits im Mai informiert.');
    expect(a.find((x) => x.cue.text === 'zufolge')?.speaker.name).toBe('Der Spiegel');
    const b = run('Laut einer Mitteilung der Kantonspolizei Uri fuhr der Mann 25 Kilometer. Auf der A2 streifte er den Angaben zufolge ein Auto.');
    expect(b.map((x) => x.speaker.name)).toEqual(['Kantonspolizei Uri', 'Kantonspolizei Uri']);
  });

  it('resolves an estimate or a count („einer ersten Einschätzung zufolge“, „dem Teilergebnis zufolge“) to the speaker just before', () => {
    const a = run('Wie eine Sprecherin der Bergwacht sagte, mussten zwölf Wanderer ins Tal gebracht werden. Verletzt sei einer ersten Einschätzung zufolge aber niemand worden.');
    expect(a.find((x) => x.cue.text === 'zufolge')?.speaker.name).toBe('Sprecherin der Bergwacht');
    const b = run('Die Liberalen kämen auf elf Prozent, teilte die Landeswahlleiterin in Kiel mit. Die Grünen lagen dem Teilergebnis zufolge bei acht Prozent.');
    expect(b.find((x) => x.cue.text === 'zufolge')?.speaker.name).toBe('Landeswahlleiterin');
  });

  it('resolves „sie“ to the woman who opens the sentence before as subject, not one named later in it', () => {
    const s = run('Die unterlegene SPD-Bewerberin Marion Kleefeld zeigte sich nach der Wahl von Petra Osterholt wenig enttäuscht. „Ich freue mich für die Stadt“, sagt sie.');
    expect(s.find((x) => x.speaker.text === 'sie')?.speaker.name).toBe('Marion Kleefeld');
  });

  it('does not continue with Konjunktiv II after a plain report', () => {
    const s = run('Die Polizei nahm drei Männer fest. Sie hätten keine Papiere dabei gehabt.');
    expect(s).toHaveLength(0);
  });

  it('resolves a generic role speaker to the last organisation', () => {
    const s = run('Das Technische Hilfswerk (THW) teilte mit, dass 300 Helfer im Einsatz seien. Die Pumpen liefen ununterbrochen, fügte die Organisation hinzu.');
    expect(s).toHaveLength(2);
    expect(s[1].speaker.text).toBe('die Organisation');
    expect(s[1].speaker.name).toBe(s[0].speaker.name);
  });

  it('drops negated speech', () => {
    expect(run('Zu den Berichten hat sich der Kreml nicht geäußert.')).toEqual([]);
    expect(run('Der Konzern wollte sich dazu nicht äußern.')).toEqual([]);
  });

  it('sorts by content start and keeps every span exact', () => {
    const text = 'Die Preise steigen, so ein Sprecher. Laut Polizei gab es drei Verletzte. „Wir sind vorbereitet“, sagte die Landrätin.';
    const s = run(text);
    expect(s.map((x) => x.rule)).toEqual(['statement/so', 'statement/laut', 'statement/direct-quote']);
    for (const x of s) {
      for (const sp of [x.speaker, x.cue, x.content]) expect(text.slice(sp.start, sp.end)).toBe(sp.text);
    }
    const starts = s.map((x) => x.content.start);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
  });

  it('is deterministic', () => {
    const text = 'Seoul sagt, die Raketen seien geliefert worden. „Das ist ernst“, sagte der Minister. Er fügte hinzu, man prüfe Optionen.';
    expect(JSON.stringify(run(text))).toBe(JSON.stringify(run(text)));
  });
});

describe('linkQuantities', () => {
  const q = (start: number, end: number): Quantity => ({
    text: 'x', start, end, value: 1, bound: 'eq', interval: { min: 1, max: 1, minInclusive: true, maxInclusive: true }, unit: null, sentence: 0, rule: 'quantity/test',
  });
  const st = (start: number, end: number): Statement => ({
    speaker: { text: 'A', start: 0, end: 1, name: 'A', entity: null }, cue: { text: 'c', start: 1, end: 2 }, kind: 'indirect',
    content: { text: 'c', start, end }, sentence: 0, rule: 'statement/test',
  });

  it('links a quantity inside a content, the innermost content first', () => {
    const out = linkQuantities([q(10, 15), q(40, 45), q(100, 105)], [st(0, 50), st(35, 48)]);
    expect(out.map((x) => x.statement)).toEqual([0, 1, undefined]);
  });

  it('does not link a quantity that only overlaps a content', () => {
    expect(linkQuantities([q(45, 55)], [st(0, 50)])[0].statement).toBeUndefined();
  });

  it('links quantities in a real article to the statement holding them', () => {
    const r = extractText('Die Polizei teilte mit, dass 20 Menschen verletzt wurden.', { id: 't', path: 't.txt' });
    const linked = r.quantities.filter((x) => x.statement !== undefined);
    expect(r.statements).toHaveLength(1);
    for (const x of linked) expect(r.statements[x.statement!].content.start).toBeLessThanOrEqual(x.start);
    expect(linked.length).toBe(r.quantities.length);
  });
});
