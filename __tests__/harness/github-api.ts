import { randomBytes } from 'node:crypto'
import { createServer, type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'
import {
  errorReply,
  type ApiFailure,
  type ApiRequest,
  fakeSha,
  now,
  type ApiState,
  type AttestationRecord,
  type CommentRecord,
  type DeploymentRecord,
  type PullRecord,
  type Reply,
  type ShaResolver,
  type StatusRecord
} from './github-api-model.js'
import { mergeRecord } from './github-api-pulls.js'
import { HANDLERS, sharedBackend, type Dispatch } from './github-api-spec.js'

export type {
  AttestationRecord,
  ApiFailure,
  ApiRequest,
  CommentRecord,
  DeploymentRecord,
  DeploymentStatusRecord,
  PullRecord,
  ShaResolver,
  StatusRecord
} from './github-api-model.js'

/** Options for {@link startGitHubApi}. */
export interface GitHubApiOptions {
  /** Token clients must send; a random `ghs_` token when omitted. */
  token?: string
  /** Login of the token's identity, used as PR author and status creator. */
  login?: string
  /** `default_branch` reported by `repos/get`. */
  defaultBranch?: string
  /** Maps branch names to shas (e.g. from a git server); by default every ref exists. */
  resolveSha?: ShaResolver
}

/** A running fake GitHub REST API validated against GitHub's OpenAPI description. */
export interface FakeGitHub {
  /** Base URL to pass to Octokit as `baseUrl`. */
  url: string
  token: string
  pulls: PullRecord[]
  statuses: StatusRecord[]
  comments: CommentRecord[]
  /** Deployments created through the API, oldest first, each with its statuses. */
  deployments: DeploymentRecord[]
  requests: ApiRequest[]
  failures: ApiFailure[]
  /** Makes `operationId` answer 403 with GitHub's body until cleared. */
  setPermissionDenied(operationId: string, message?: string): void
  clearPermissionDenied(operationId: string): void
  /** Makes the next `count` calls of `operationId` fail with `status` (e.g. 502 for retries). */
  failNext(operationId: string, status: number, message?: string, count?: number): void
  /** Seeds a commit status as if another system had reported it. */
  addCommitStatus(status: {
    owner: string
    repo: string
    sha: string
    state: StatusRecord['state']
    context?: string
    description?: string
    targetUrl?: string
    creator?: string
  }): StatusRecord
  /** Stores an artifact attestation, as `actions/attest-build-provenance` does. */
  addAttestation(record: AttestationRecord): void
  /** Merges an open pull request as a human would in the UI. */
  mergePull(number: number): PullRecord
  stop(): Promise<void>
}

/** Starts the fake GitHub REST API on a free 127.0.0.1 port. */
export async function startGitHubApi(opts: GitHubApiOptions = {}): Promise<FakeGitHub> {
  const token = opts.token ?? `ghs_${randomBytes(18).toString('hex')}`
  const backend = await sharedBackend()
  const requests: ApiRequest[] = []
  const failures: ApiFailure[] = []
  const denied = new Map<string, string>()
  const injected = new Map<string, { status: number; message: string; count: number }>()
  let lastId = 1000
  const state: ApiState = {
    baseUrl: '',
    login: opts.login ?? 'github-actions[bot]',
    defaultBranch: opts.defaultBranch ?? 'main',
    pulls: [],
    statuses: [],
    comments: [],
    attestations: [],
    deployments: [],
    nextId: () => ++lastId,
    resolveSha: async (owner, repo, ref) =>
      /^[0-9a-f]{40}$/.test(ref)
        ? ref
        : opts.resolveSha
          ? await opts.resolveSha(owner, repo, ref)
          : fakeSha(owner, repo, ref),
    misuse: () => undefined
  }

  /** Dispatch bound to one request, so failures can name the request that caused them. */
  function dispatchFor(info: { method: string; path: string; body: unknown }): Dispatch {
    const fail = (failure: Omit<ApiFailure, keyof typeof info>) =>
      failures.push({ ...info, ...failure })
    return {
      async operation(operationId, c) {
        const requestState: ApiState = {
          ...state,
          misuse: message => fail({ operationId, status: 0, reason: 'misuse', errors: [message] })
        }
        const deniedMessage = denied.get(operationId)
        if (deniedMessage !== undefined) return errorReply(403, deniedMessage)
        const failure = injected.get(operationId)
        if (failure && failure.count > 0) {
          failure.count--
          return errorReply(failure.status, failure.message)
        }
        // openapi-backend's router already percent-decodes path parameters.
        const params = c.request.params as Record<string, string>
        return HANDLERS[operationId](requestState, {
          params,
          query: c.request.query as Record<string, string | string[] | undefined>,
          body: c.request.requestBody,
          path: info.path
        })
      },
      reject(reason, c, reply, errors) {
        fail({ operationId: c.operation?.operationId, status: reply.status, reason, errors })
        return reply
      }
    }
  }

  const server = createServer((req, res) => {
    void handle(req).then(
      ({ reply, entry }) => {
        entry.status = reply.status
        const headers = { 'x-github-request-id': randomBytes(8).toString('hex'), ...reply.headers }
        if (reply.body === undefined) {
          res.writeHead(reply.status, headers).end()
        } else {
          res.writeHead(reply.status, {
            ...headers,
            'content-type': 'application/json; charset=utf-8'
          })
          res.end(JSON.stringify(reply.body))
        }
      },
      (err: unknown) => {
        // A crash is a harness bug; surface it through failures so the test sees it.
        const text = err instanceof Error ? (err.stack ?? err.message) : String(err)
        failures.push({
          method: req.method ?? 'GET',
          path: req.url ?? '/',
          operationId: undefined,
          status: 500,
          reason: 'crash',
          errors: [text],
          body: undefined
        })
        res.writeHead(500, { 'content-type': 'text/plain' }).end(text)
      }
    )
  })

  async function handle(req: IncomingMessage): Promise<{ reply: Reply; entry: ApiRequest }> {
    const raw = await readBody(req)
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const method = req.method ?? 'GET'
    const entry: ApiRequest = {
      method,
      path: url.pathname,
      query: url.search.slice(1),
      operationId: backend.router.matchOperation({ method, path: url.pathname, headers: {} })
        ?.operationId,
      status: 0,
      body: raw === '' ? undefined : raw
    }
    requests.push(entry)
    const auth = /^(?:token|bearer)\s+(\S+)$/i.exec(req.headers.authorization ?? '')
    if (!auth) return { reply: errorReply(401, 'Requires authentication'), entry }
    if (auth[1] !== token) return { reply: errorReply(401, 'Bad credentials'), entry }
    let body: unknown = undefined
    if (raw !== '') {
      try {
        body = entry.body = JSON.parse(raw)
      } catch {
        const reply = errorReply(400, 'Problems parsing JSON')
        failures.push({
          method,
          path: url.pathname,
          body: raw,
          operationId: entry.operationId,
          status: 400,
          reason: 'bad-json',
          errors: ['body is not JSON']
        })
        return { reply, entry }
      }
    }
    const query: Record<string, string | string[]> = {}
    for (const key of new Set(url.searchParams.keys())) {
      const all = url.searchParams.getAll(key)
      query[key] = all.length === 1 ? all[0] : all
    }
    const reply = (await backend.handleRequest(
      { method, path: url.pathname, query, headers: flatHeaders(req), body },
      dispatchFor({ method, path: url.pathname, body })
    )) as Reply
    return { reply, entry }
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  state.baseUrl = url

  return {
    url,
    token,
    pulls: state.pulls,
    statuses: state.statuses,
    comments: state.comments,
    deployments: state.deployments,
    requests,
    failures,
    setPermissionDenied(operationId, message = 'Resource not accessible by integration') {
      denied.set(operationId, message)
    },
    clearPermissionDenied: operationId => void denied.delete(operationId),
    failNext(operationId, status, message = 'Server Error', count = 1) {
      injected.set(operationId, { status, message, count })
    },
    addCommitStatus(input) {
      const record: StatusRecord = {
        id: state.nextId(),
        owner: input.owner,
        repo: input.repo,
        sha: input.sha,
        state: input.state,
        context: input.context ?? 'default',
        description: input.description ?? null,
        targetUrl: input.targetUrl ?? null,
        creator: input.creator ?? 'ci-bot',
        createdAt: now()
      }
      state.statuses.push(record)
      return record
    },
    addAttestation(record) {
      state.attestations.push(record)
    },
    mergePull(number) {
      const pr = state.pulls.find(p => p.number === number)
      if (!pr || pr.state !== 'open')
        throw new Error(`fake GitHub: no open pull request #${number}`)
      mergeRecord(pr)
      return pr
    },
    async stop() {
      server.closeAllConnections()
      await new Promise<void>(resolve => server.close(() => resolve()))
    }
  }
}

function flatHeaders(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) out[key] = Array.isArray(value) ? value.join(', ') : value
  }
  return out
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}
