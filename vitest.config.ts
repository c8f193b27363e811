import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
    test: {
        include: ['test/**/*.test.ts'],
        exclude: ['test/e2e/**', 'test/browser/**', 'test/slow/**', 'node_modules/**'],
        testTimeout: 20000,
        pool: 'threads',
        // Vitest's default is one worker less than the cores: a single worker on a 2-core
        // CI runner. Many files spend their time waiting on the CLI they run in a child
        // process, so two workers keep both cores busy (docs/performance.md).
        maxWorkers: Math.max(2, availableParallelism() - 1)
    }
});
