import rule from '../../../src/rules/quantity/age.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { text: 'Der Krieg dauert seit zwei Jahren.' },
    { text: 'Die Partei feiert 75 Jahre Grundgesetz.' },
    { text: 'Der Trainer erhielt einen zweijährigen Vertrag.' },
    { text: 'Ein 3-jähriger Vertrag wurde unterschrieben.' },
    { text: 'Sie verbüßt eine dreijährige Haftstrafe.' },
    { text: 'Die Stadt feiert ihre 1000-jährige Geschichte.' },
    { text: 'Der langjährige Bürgermeister trat zurück.' },
  ],
  invalid: [
    { text: 'Ein 24-jähriger Afghane wurde festgenommen.', expect: [{ text: 'Ein 24-jähriger Afghane', value: 24, bound: 'eq', unit: 'Jahr', noun: { text: 'Afghane' } }] },
    { text: 'Der Fahrer ist 24 Jahre alt.', expect: [{ text: '24 Jahre alt', value: 24, unit: 'Jahr' }] },
    { text: 'Sie starb im Alter von 87 Jahren.', expect: [{ text: '87 Jahren', value: 87, unit: 'Jahr' }] },
    { text: 'Ein 45 Jahre alter Mann starb an der Unfallstelle.', expect: [{ text: '45 Jahre alter', value: 45, unit: 'Jahr' }] },
    { text: 'Die Polizei sucht einen 17-Jährigen.', expect: [{ value: 17, unit: 'Jahr' }] },
    // person nouns after "-jährig" (written in words, too)
    { text: 'Ein zweijähriger Junge ertrank im Baggersee.', expect: [{ text: 'Ein zweijähriger Junge', value: 2, unit: 'Jahr' }] },
    { text: 'Der Zweijährige wurde gerettet.', expect: [{ text: 'Zweijährige', value: 2, unit: 'Jahr' }] },
    { text: 'Der 19-jährige Stürmer traf zweimal.', expect: [{ text: '19-jährige Stürmer', value: 19 }] },
    { text: 'Die 80-jährige Rentnerin wurde überfallen.', expect: [{ value: 80, noun: { text: 'Rentnerin' } }] },
    { text: 'Der 30-jährige Syrer wurde festgenommen.', expect: [{ value: 30, unit: 'Jahr' }] },
    { text: 'Der 45-jährige Familienvater starb an der Unfallstelle.', expect: [{ value: 45 }] },
    { text: 'Eine 34-jährige Polizistin wurde verletzt.', expect: [{ text: 'Eine 34-jährige Polizistin', value: 34 }] },
    { text: 'Der 58-jährige Angeklagte schwieg.', expect: [{ value: 58 }] },
    { text: 'Ein zehnjähriger Hund biss den Briefträger.', expect: [{ value: 10, unit: 'Jahr' }] },
    { text: 'Die achtzehnjährige Abiturientin gewann den Preis.', expect: [{ value: 18 }] },
    { text: 'Der 27-jährige Kollege half sofort.', expect: [{ value: 27 }] },
    { text: 'Der 41-jährige Franzose gewann die Etappe.', expect: [{ value: 41 }] },
    { text: 'Der 35-jährige Ire verlor im Finale.', expect: [{ value: 35, unit: 'Jahr' }] },
    { text: 'Der 30-jährige Athlet siegte im Zehnkampf.', expect: [{ value: 30 }] },
    { text: 'Der 50-jährige Mönch lebt im Kloster.', expect: [{ value: 50 }], pending: 'person nouns without a person suffix, role, people class, demonym or list entry are read as durations' },
  ],
});
