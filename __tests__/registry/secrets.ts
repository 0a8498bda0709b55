import { expect } from 'vitest'
import type { RecordingLogger } from '../harness/test-logger.js'

/** The `Authorization: Basic` value for `username:password`, as it would leak if it did. */
export function basicAuth(username: string, password: string): string {
  return Buffer.from(`${username}:${password}`).toString('base64')
}

/** Every password of `users` with its base64 `user:pass` form. */
export function userSecrets(users: Record<string, string>): string[] {
  return Object.entries(users).flatMap(([u, p]) => [p, basicAuth(u, p)])
}

/**
 * Asserts that no recorded log line and no thrown message holds a secret: the ones the logger
 * was asked to mask (tokens included) and the ones the test knows it handed over. The lines are
 * recorded unmasked, so this proves the code never wrote a secret, not that masking hid it.
 */
export function expectNoSecrets(
  logger: RecordingLogger,
  known: string[],
  errors: unknown[] = []
): void {
  const secrets = [...new Set([...logger.secrets, ...known])].filter(s => s.length > 0)
  const texts = [
    ...logger.lines,
    ...errors.map(e =>
      e instanceof Error
        ? `${e.message}\n${e.cause instanceof Error ? e.cause.message : ''}`
        : String(e)
    )
  ]
  for (const secret of secrets) {
    const leaks = texts.filter(t => t.includes(secret))
    expect(leaks, `a secret (${secret.length} chars) appears in the output`).toEqual([])
  }
}
