import rule from '../../../src/rules/entity/role-person.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { text: 'Premier League: Manchester City gewinnt in London.', name: 'a role word opening a headline label' },
    { text: 'Der Präsident sagte am Montag nichts.', name: '"Präsident" alone' },
    { text: 'Die Abgeordneten stimmten am Freitag ab.' },
    { text: 'Im September leugnete der russische Präsident Gerüchte über den Einsatz.', name: 'a common noun after the role' },
    { text: 'Der Sprecher des Ministeriums wollte sich nicht äußern.' },
  ],
  invalid: [
    { text: 'Baden-Württembergs Innenminister Thomas Strobl (CDU) sprach von einer Tat.', expect: [{ name: 'Thomas Strobl', type: 'PER' }], exact: true, name: 'a surname that is also a small town; no genitive after a role' },
    { text: 'Der Polizeibeamte Rouven L. erlag später seinen Verletzungen.', expect: [{ name: 'Rouven L.', type: 'PER' }], exact: true, name: 'anonymised surname' },
    { text: 'Niedersachsens Ministerpräsident Stephan Weil (SPD) forderte Gespräche.', expect: [{ name: 'Stephan Weil' }], exact: true, name: 'surname that is a conjunction' },
    { text: 'Bundespräsident Alexander Van der Bellen muss das Gesetz unterzeichnen.', expect: [{ name: 'Alexander Van der Bellen' }], exact: true, name: 'capitalised particle, surname that is a verb' },
    { text: 'Die Zölle von Präsident Trumps Regierung treffen Europa.', expect: [{ name: 'Trump', type: 'PER' }], exact: true, name: 'genitive name before a noun' },
    { text: 'US-Außenminister Antony Blinken reiste nach Kairo.', expect: [{ name: 'Antony Blinken', type: 'PER' }], exact: true, name: 'surname that is a nominalised verb' },
    { text: 'Greenpeace-Chef Martin Kaiser sprach von einem Armutszeugnis.', expect: [{ name: 'Martin Kaiser' }], exact: true, name: 'surname that is a role word' },
    { text: 'Kommissionspräsidentin Ursula von der Leyen reiste nach Rom.', expect: [{ name: 'Ursula von der Leyen' }], exact: true, name: 'name particles' },
    { text: 'NATO-Generalsekretär Mark Rutte sagte im Oktober, die Lage sei ernst.', expect: [{ name: 'Mark Rutte', type: 'PER' }], exact: true, name: 'a first name that is a common noun' },
    { text: 'Bundeskanzler Olaf Scholz verteidigte den Haushalt im Bundestag.', expect: [{ name: 'Olaf Scholz', type: 'PER' }], exact: true },
    { text: 'Der russische Botschafter Igor Petrow wurde einbestellt.', expect: [{ name: 'Igor Petrow', type: 'PER' }] },
    { text: 'Der Führer Nordkoreas, Kim Jong-un, hat die USA beschuldigt.', expect: [{ name: 'Kim Jong-un', type: 'PER' }], name: 'role, genitive place, comma' },
    { text: 'Trainer Julian Nagelsmann lobte die Mannschaft nach dem 3:0.', expect: [{ name: 'Julian Nagelsmann' }], name: 'surname that splits as a compound' },
    { text: 'Ministerpräsident Markus Söder besuchte das Hochwassergebiet in Passau.', expect: [{ name: 'Markus Söder' }] },
    { text: 'Der Abgeordnete Yoo Sang-bum sagte der Nachrichtenagentur, die Lage sei ernst.', expect: [{ name: 'Yoo Sang-bum' }] },
    { text: 'Südkoreas stellvertretender Außenminister Kim Hong Kyun traf den Botschafter.', expect: [{ name: 'Kim Hong Kyun' }], name: 'East-Asian three-part name' },
    { text: 'Trainerin Martina Voss-Tecklenburg stellte den Kader vor.', expect: [{ name: 'Martina Voss-Tecklenburg' }], name: 'feminine role, hyphenated surname' },
    { text: 'Auch Dr. Anna Lehmann vom Robert Koch-Institut warnte.', expect: [{ name: 'Anna Lehmann' }], name: 'title' },
    { text: '„Der Schritt war überfällig“, urteilte Analystin Sabine Kranz von der Privatbank Metzler.', expect: [{ name: 'Sabine Kranz', type: 'PER' }], exact: true, name: 'the name stops before „von der <organisation>“' },
    { text: 'Mitinitiantin Petra Vogt und Bundesrätin Anna Meier sowie Landrätin Eva Roth sprachen.', expect: [{ name: 'Petra Vogt' }, { name: 'Anna Meier' }, { name: 'Eva Roth' }], exact: true, name: 'Swiss and local roles' },
    { text: 'Der Milliardär Hans Wolter und CEO Lara Brandt investieren.', expect: [{ name: 'Hans Wolter' }, { name: 'Lara Brandt' }], exact: true, name: 'roles moved from the stopgap list' },
  ],
});
