/**
 * GitHub's grammar for `owner/name`. A looser check lets `../..` through, which then becomes a
 * clone URL path outside the owner namespace.
 */

// https://github.com/join: "Username may only contain alphanumeric characters or single hyphens,
// and cannot begin or end with a hyphen", at most 39 characters (organisations too).
const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/
// Repository names: ASCII letters, digits, '.', '-', '_', at most 100 characters; GitHub
// refuses '.' and '..' themselves.
const NAME = /^[A-Za-z0-9._-]{1,100}$/

/** Whether `value` is a GitHub `owner/name`. */
export function isRepositoryName(value: string): boolean {
  const parts = value.split('/')
  if (parts.length !== 2) return false
  const [owner, name] = parts as [string, string]
  return OWNER.test(owner) && NAME.test(name) && name !== '.' && name !== '..'
}
