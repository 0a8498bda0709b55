import { defineConfig } from 'vitest/config'

// Unit tests (`*.test.ts`) touch no process and no network; integration tests
// (`*.int.test.ts`) start real registries, git servers and the built action.
export default defineConfig({
  test: {
    projects: [
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
