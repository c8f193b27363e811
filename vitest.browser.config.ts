import { defineConfig } from 'vitest/config';

// The HTML report in a real browser: Debian's Chromium driven by playwright-core
// (`npm run test:reports`, which installs Chromium first via scripts/install-chromium.sh).
export default defineConfig({
    test: {
        include: ['test/browser/**/*.test.ts'],
        testTimeout: 60000,
        hookTimeout: 60000,
        pool: 'forks',
        fileParallelism: false
    }
});
