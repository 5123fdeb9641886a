import rule from '../../../src/rules/entity/org-university.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { text: 'An der Uni Leute kennenzulernen fiel ihr leicht.', name: 'a common noun after the head is no name' },
    { text: 'Die Universität Paul Müller ehrte ihn.', name: 'a first name after the head is a person, not the university' },
    { text: 'Die Hochschule Deutschland gibt es nicht.', name: 'a country is no university town' },
    { text: 'Die Universität hat neue Räume.', name: 'the head alone is generic' },
    { text: 'Sie zog nach Kassel. Universität und Stadt freuten sich.', name: 'a town at the end of a sentence before the head' },
    { text: 'Er lehrt an der Hochschule Rhein Waal.', name: 'a further capitalised word leaves the name to other rules' },
  ],
  invalid: [
    { text: 'Er lehrt an der Uni Witten/Herdecke seit 2010.', expect: [{ name: 'Uni Witten/Herdecke', type: 'ORG' }], exact: true, name: 'tuning sets: two towns of one university joined by a slash (was cut at the slash)' },
    { text: 'Studierende an der Uni Hohenheim forschen selbst.', expect: [{ name: 'Uni Hohenheim', type: 'ORG' }], exact: true, name: 'a district name after „Uni“ (fresh copy: stuttgarter-nachrichten.de)' },
    { text: 'Prof. Oliver Kern von der Universität Duisburg-Essen beschäftigt sich damit.', expect: [{ name: 'Universität Duisburg-Essen', type: 'ORG' }], exact: true, name: 'a hyphenated name (invented person, other topic: retail)' },
    { text: 'Der Lego-Professor an der britischen Cambridge Universität beginnt im Mai.', expect: [{ name: 'Cambridge Universität', type: 'ORG' }], exact: true, name: 'the town before the head (fresh copy: mdr.de)' },
    { text: 'Die Fachhochschule Südwestfalen bietet einen neuen Studiengang an.', expect: [{ name: 'Fachhochschule Südwestfalen', type: 'ORG' }], exact: true, name: 'a region name no dictionary lists (other topic: education)' },
    { text: 'Forscherinnen der TU Ilmenau haben ein Gerät gebaut.', expect: [{ name: 'TU Ilmenau', type: 'ORG' }], exact: true, name: 'an abbreviated head + a small town (other topic: science)' },
  ],
});
