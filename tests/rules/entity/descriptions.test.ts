/**
 * Every entity rule's description gives German examples („…“) that the rule finds on its own
 * (run alone, through the layer's resolve): the description is a true statement about the rule.
 */
import { describe, expect, it } from 'vitest';
import { entityLayer } from '../../../src/rules/entity/index.js';
import { runRule } from '../../helpers/rule-tester.js';

describe('entity rule descriptions', () => {
  for (const rule of entityLayer.rules) {
    const examples = [...rule.meta.description.matchAll(/„([^“]+)“/g)].map((m) => m[1]);
    it(`${rule.meta.id}: has an example and finds each one alone`, () => {
      expect(examples.length, rule.meta.description).toBeGreaterThan(0);
      for (const text of examples) expect(runRule(rule, text).length, `${rule.meta.id}: „${text}“`).toBeGreaterThan(0);
    });
  }
});
