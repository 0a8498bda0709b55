import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { OpenAPIBackend, type Context, type Document, type HandlerMap } from 'openapi-backend'
import { attestationHandlers } from './github-api-attestations.js'
import { deploymentHandlers } from './github-api-deployments.js'
import { issueHandlers } from './github-api-issues.js'
import { errorReply, type ApiFailure, type Reply } from './github-api-model.js'
import { pullHandlers, type OpHandler } from './github-api-pulls.js'

const require = createRequire(import.meta.url)

let spec: Document | undefined

/**
 * GitHub's REST description (api.github.com, OpenAPI 3.0) with the `nullable` fix applied.
 *
 * Only the one 13 MB file is read: the package index would load all ten descriptions. Parsed once
 * per process because parsing dominates server start-up.
 */
export function loadGitHubSpec(): Document {
  if (spec === undefined) {
    const file = require.resolve('@octokit/openapi/generated/api.github.com.json')
    const raw: unknown = JSON.parse(readFileSync(file, 'utf8'))
    spec = fixNullable(raw) as Document
  }
  return spec
}

/**
 * Rewrites `{nullable: true}` without `type` (135 schemas in GitHub's spec) to
 * `{anyOf: [schema, {enum: [null]}]}`: Ajv rejects `nullable` without `type`, which would make
 * validation of the affected operations throw instead of answering.
 */
export function fixNullable(node: unknown): unknown {
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) node[i] = fixNullable(node[i])
    return node
  }
  if (node === null || typeof node !== 'object') return node
  const obj = node as Record<string, unknown>
  for (const key of Object.keys(obj)) obj[key] = fixNullable(obj[key])
  if (obj.nullable === true && !('type' in obj)) {
    const rest = { ...obj }
    delete rest.nullable
    return { anyOf: [rest, { enum: [null] }] }
  }
  return obj
}

/** Per-server view the shared backend's handlers dispatch to. */
export interface Dispatch {
  operation(operationId: string, context: Context): Promise<Reply>
  reject(reason: ApiFailure['reason'], context: Context, reply: Reply, errors: unknown[]): Reply
}

/** Every operation the fake implements, keyed by GitHub operationId. */
export const HANDLERS: Record<string, OpHandler> = {
  ...pullHandlers,
  ...issueHandlers,
  ...attestationHandlers,
  ...deploymentHandlers
}

const backendHandlers: HandlerMap = {
  ...Object.fromEntries(
    Object.keys(HANDLERS).map(id => [id, (c: Context, d: Dispatch) => d.operation(id, c)])
  ),
  validationFail(c: Context, d: Dispatch) {
    const errors = c.validation.errors ?? []
    const detail = errors.map(e => `${e.instancePath} ${e.message ?? ''}`).join('\n')
    return d.reject(
      'validation',
      c,
      errorReply(422, `Invalid request.\n\n${detail}`, errors),
      errors
    )
  },
  notFound(c: Context, d: Dispatch) {
    return d.reject('not-found', c, errorReply(404, 'Not Found'), ['no such route in GitHub API'])
  },
  methodNotAllowed(c: Context, d: Dispatch) {
    return d.reject('not-found', c, errorReply(404, 'Not Found'), ['method not allowed on route'])
  },
  notImplemented(c: Context, d: Dispatch) {
    const message = `fake GitHub does not implement ${c.operation.operationId ?? '?'}`
    return d.reject('not-implemented', c, errorReply(501, message), [message])
  }
}

let backend: Promise<OpenAPIBackend> | undefined

/**
 * One initialised backend per process, shared by every fake server: init and the lazily
 * compiled validators are the expensive part, and they do not depend on server state. Handlers
 * therefore receive the owning server's {@link Dispatch} as an extra argument from
 * `handleRequest`.
 */
export function sharedBackend(): Promise<OpenAPIBackend> {
  backend ??= (async () => {
    const api = new OpenAPIBackend({
      definition: loadGitHubSpec(),
      quick: true,
      // GitHub uses custom formats (e.g. "repo.nwo") that strict Ajv would warn about.
      ajvOpts: { strict: false, validateFormats: false },
      handlers: backendHandlers
    })
    await api.init()
    return api
  })()
  return backend
}
