import { PromoteError } from '../errors.js'

/**
 * One entry of the error body the distribution spec defines
 * (https://github.com/opencontainers/distribution-spec/blob/main/spec.md#error-codes).
 */
export interface RegistryErrorCode {
  code: string
  message?: string
}

/**
 * An HTTP answer from a registry that the operation cannot use. Carries what a
 * user needs to act on it; the URL never holds credentials or tokens.
 */
export class RegistryError extends PromoteError {
  /** HTTP status, or 0 when no answer came (network error). */
  readonly status: number
  /** The registry's error codes from the body, e.g. `MANIFEST_UNKNOWN`. */
  readonly codes: RegistryErrorCode[]
  /** HTTP method of the failed request. */
  readonly method: string
  /** URL of the failed request, without query secrets. */
  readonly url: string
  /** True for failures a retry may cure: 429, 5xx, resets, time-outs. */
  readonly temporary: boolean

  constructor(init: {
    status: number
    codes?: RegistryErrorCode[]
    method: string
    url: string
    detail?: string
    /** How to fix it, appended after the registry's words. */
    advice?: string
    temporary?: boolean
  }) {
    const codes = init.codes ?? []
    const described =
      codes.length > 0
        ? codes.map(c => `${c.code}${c.message ? `: ${c.message}` : ''}`).join('; ')
        : (init.detail ?? '')
    const status = init.status === 0 ? 'no answer' : String(init.status)
    const advice = init.advice ? `; ${init.advice}` : ''
    super(`${init.method} ${init.url}: ${status}${described ? ` ${described}` : ''}${advice}`)
    this.status = init.status
    this.codes = codes
    this.method = init.method
    this.url = init.url
    this.temporary = init.temporary ?? isTemporaryStatus(init.status)
  }

  /** True when the registry answered that the thing asked for does not exist. */
  get notFound(): boolean {
    return this.status === 404
  }
}

/** Statuses worth a retry: rate limiting and server-side failures. */
export function isTemporaryStatus(status: number): boolean {
  return status === 429 || status === 408 || (status >= 500 && status <= 599 && status !== 501)
}

/** Parses a distribution error body; anything else yields no codes. */
export function parseErrorBody(body: Buffer | string): RegistryErrorCode[] {
  try {
    const parsed = JSON.parse(body.toString()) as { errors?: unknown }
    if (!Array.isArray(parsed.errors)) return []
    return parsed.errors
      .filter((e): e is { code: unknown; message?: unknown } => typeof e === 'object' && e !== null)
      .map(e => ({
        code: String(e.code),
        ...(typeof e.message === 'string' && e.message ? { message: e.message } : {})
      }))
  } catch {
    return []
  }
}

/**
 * Wraps an error with what was being done, keeping its class so callers can
 * still tell a registry failure from a bad input: "resolving ghcr.io/x/y:tag: …".
 */
export function withContext(doing: string, err: unknown): Error {
  if (err instanceof PromoteError) {
    err.message = `${doing}: ${err.message}`
    return err
  }
  const message = err instanceof Error ? err.message : String(err)
  return new PromoteError(`${doing}: ${message}`)
}
