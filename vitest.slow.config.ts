import { defineConfig } from 'vitest/config';

// Stress tests that take minutes (`npm run test:slow`, run by CI): kept out of the unit
// suite so that `npm test` stays at a couple of minutes.
export default defineConfig({
    test: {
        include: ['test/slow/**/*.test.ts'],
        testTimeout: 300000,
        pool: 'threads'
    }
});
