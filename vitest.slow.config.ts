import { defineConfig } from 'vitest/config';
import base, { SLOW } from './vitest.config.js';

/** The slow suite (`npm run test:slow`): see vitest.config.ts. Test files stay isolated here. */
export default defineConfig({ test: { ...base.test, include: SLOW, exclude: ['**/node_modules/**'], testTimeout: 300000, isolate: true } });
