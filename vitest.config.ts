import { defineConfig } from 'vitest/config'

// Unit tests (`*.test.ts`) touch no process and no network; integration tests
// (`*.int.test.ts`) start real registries, git servers and the built action.
export default defineConfig({
  test: {
    projects: [
      // The cosign CLI end-to-end suite needs a cosign binary (not packaged by Debian); it runs
      // only when COSIGN_BIN names one, and `npm test` says when it did not run.
      ...(process.env.COSIGN_BIN
        ? [
            {
              test: {
                name: 'cosign-e2e',
                include: ['__tests__/signing/cosign.e2e.ts'],
                testTimeout: 120_000,
                hookTimeout: 120_000,
                pool: 'forks' as const,
                sequence: { groupOrder: 2 }
              }
            }
          ]
        : []),
      {
        test: {
          name: 'unit',
          include: ['__tests__/**/*.test.ts'],
          exclude: ['__tests__/**/*.int.test.ts'],
          sequence: { groupOrder: 0 }
        }
      },
      {
        test: {
          name: 'int',
          include: ['__tests__/**/*.int.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          pool: 'forks',
          maxWorkers: 2,
          sequence: { groupOrder: 1 }
        }
      }
    ]
  }
})
