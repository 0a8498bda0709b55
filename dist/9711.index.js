export const id = 9711;
export const ids = [9711];
export const modules = {

/***/ 89711:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  bP: () => (/* binding */ RegistryClient),
  LN: () => (/* binding */ referrersTag),
  sI: () => (/* binding */ sha256Digest)
});

// UNUSED EXPORTS: digestMatches

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: ./src/registry/errors.ts
var errors = __webpack_require__(6764);
;// CONCATENATED MODULE: ./src/registry/memory.ts
/** Manifests larger than this (indexes of many platforms) are read again rather than kept. */
const MAX_REMEMBERED_BYTES = 64 * 1024;
/**
 * What one client learned from the registries during its lifetime (one run), so it does not
 * ask twice: blobs and manifests a repository is known to hold, and the registries that answered
 * that they have no referrers API. Only what the registry itself answered is remembered.
 */
class RegistryMemory {
    blobs = new Set();
    manifests = new Map();
    withoutReferrersApi = new Set();
    contents = new Map();
    withoutSubjectIndexing = new Set();
    /** Whether the repository of `repo` is known to hold the blob. */
    hasBlob(repo, digest) {
        return this.blobs.has(`${repoKey(repo)}@${digest}`);
    }
    rememberBlob(repo, digest) {
        this.blobs.add(`${repoKey(repo)}@${digest}`);
    }
    /** The descriptor of a manifest the repository of `repo` is known to hold by `digest`. */
    manifest(repo, digest) {
        return this.manifests.get(`${repoKey(repo)}@${digest}`);
    }
    rememberManifest(repo, descriptor) {
        const { mediaType, digest, size } = descriptor;
        if (mediaType && size > 0) {
            this.manifests.set(`${repoKey(repo)}@${digest}`, { mediaType, digest, size });
        }
    }
    /**
     * The bytes of a manifest read from the repository of `repo` by this client, which hash to
     * `digest` (checked when read): content addressed by digest never changes, so it is not asked
     * for twice, e.g. a source manifest resolved when planning and copied when tagging.
     */
    manifestBytes(repo, digest) {
        return this.contents.get(`${repoKey(repo)}@${digest}`);
    }
    rememberManifestBytes(repo, manifest) {
        if (manifest.bytes.length > MAX_REMEMBERED_BYTES)
            return;
        this.contents.set(`${repoKey(repo)}@${manifest.digest}`, manifest);
    }
    /** Whether the registry of `repo` stored an artifact without indexing its subject. */
    indexesNoSubjects(repo) {
        return this.withoutSubjectIndexing.has(repo.domain);
    }
    rememberNoSubjectIndexing(repo) {
        this.withoutSubjectIndexing.add(repo.domain);
    }
    /** Whether the registry of `repo` answered that it has no referrers API. */
    lacksReferrersApi(repo) {
        return this.withoutReferrersApi.has(repo.domain);
    }
    rememberNoReferrersApi(repo) {
        this.withoutReferrersApi.add(repo.domain);
    }
}
function repoKey(repo) {
    return `${repo.domain}/${repo.path}`;
}

// EXTERNAL MODULE: ./src/registry/media-types.ts
var media_types = __webpack_require__(99867);
// EXTERNAL MODULE: ./src/registry/reference.ts
var reference = __webpack_require__(79310);
// EXTERNAL MODULE: ./node_modules/undici/index.js
var undici = __webpack_require__(46752);
;// CONCATENATED MODULE: ./src/registry/bearer.ts


/**
 * Parses a `WWW-Authenticate` challenge (RFC 9110 §11.6.1), as registries send
 * it: `Bearer realm="https://auth/token",service="reg",scope="repository:a:pull"`.
 */
function parseChallenge(header) {
    const match = /^\s*(\w+)\s*(.*)$/s.exec(header);
    if (!match)
        return undefined;
    const scheme = (match[1] ?? '').toLowerCase();
    const params = {};
    const re = /(\w+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]+))/g;
    for (let m = re.exec(match[2] ?? ''); m; m = re.exec(match[2] ?? '')) {
        params[(m[1] ?? '').toLowerCase()] = (m[2] ?? m[3] ?? '').replace(/\\(.)/g, '$1');
    }
    if (scheme === 'basic')
        return { scheme: 'basic', ...(params.realm ? { realm: params.realm } : {}) };
    if (scheme === 'bearer' && params.realm) {
        return {
            scheme: 'bearer',
            realm: params.realm,
            ...(params.service ? { service: params.service } : {}),
            ...(params.scope ? { scope: params.scope } : {})
        };
    }
    return undefined;
}
const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])(:\d+)?$/;
/**
 * Asks the token service named by the challenge for a token covering `scopes`
 * (the distribution token protocol: GET with Basic credentials, or the OAuth2
 * refresh-token POST when the credential is an identity token).
 */
async function fetchBearerToken(init) {
    const { challenge, credential, logger } = init;
    const realm = new URL(challenge.realm);
    // Credentials go to the token service only over TLS, or to a loopback or insecure-listed host.
    if (realm.protocol !== 'https:' && !LOOPBACK.test(realm.host) && !init.insecureAllowed) {
        throw new errors/* RegistryError */.gl({
            status: 0,
            method: 'GET',
            url: `${realm.host}${realm.pathname}`,
            detail: 'token service is not HTTPS',
            advice: 'add the registry to insecure-registries only if you trust the network',
            temporary: false
        });
    }
    const scopes = [
        ...new Set([...init.scopes, ...(challenge.scope ? challenge.scope.split(' ') : [])])
    ];
    const headers = { 'user-agent': 'digest-promote' };
    let method = 'GET';
    let body;
    if (credential && 'identityToken' in credential) {
        method = 'POST';
        headers['content-type'] = 'application/x-www-form-urlencoded';
        const form = new URLSearchParams({
            grant_type: 'refresh_token',
            refresh_token: credential.identityToken,
            client_id: 'digest-promote'
        });
        if (challenge.service)
            form.set('service', challenge.service);
        form.set('scope', scopes.join(' '));
        body = form.toString();
    }
    else {
        if (challenge.service)
            realm.searchParams.set('service', challenge.service);
        for (const scope of scopes)
            realm.searchParams.append('scope', scope);
        if (credential && 'username' in credential) {
            realm.searchParams.set('account', credential.username);
            const encoded = Buffer.from(`${credential.username}:${credential.password}`).toString('base64');
            logger.setSecret(encoded);
            headers.authorization = `Basic ${encoded}`;
        }
    }
    const res = await (0,undici.request)(realm, { method, headers, body });
    const text = await res.body.text();
    const where = `${realm.host}${realm.pathname}`;
    if (res.statusCode !== 200) {
        const denied = res.statusCode === 401 || res.statusCode === 403;
        throw new errors/* RegistryError */.gl({
            status: res.statusCode,
            codes: (0,errors/* parseErrorBody */.kW)(text),
            method,
            url: where,
            detail: `token request for ${init.registry} refused`,
            // Anonymous and refused need different fixes: logging in at all, or other credentials.
            advice: !denied
                ? undefined
                : credential
                    ? `the credentials for ${init.registry} were refused: check the username and password (token), or log in again`
                    : `log in to ${init.registry} first (docker/login-action, or the registry-username and registry-password inputs)`
        });
    }
    const parsed = JSON.parse(text);
    const token = parsed.token ?? parsed.access_token;
    if (!token) {
        throw new errors/* RegistryError */.gl({
            status: 200,
            method,
            url: where,
            detail: 'token service sent no token',
            temporary: false
        });
    }
    logger.setSecret(token);
    // Renew a little early; the distribution spec's default lifetime is 60 s.
    const seconds = typeof parsed.expires_in === 'number' && parsed.expires_in > 0 ? parsed.expires_in : 60;
    return { token, expiresInMs: Math.max(10, seconds - 10) * 1000 };
}

;// CONCATENATED MODULE: ./src/registry/transport.ts



/** The default: 5 tries, 250 ms doubling, never more than 20 s in one wait. */
const DEFAULT_RETRY = { attempts: 5, baseDelayMs: 250, maxDelayMs: 20_000 };
const USER_AGENT = 'digest-promote';
const MAX_REDIRECTS = 5;
let sharedDispatcher;
/** One connection pool per process; honours HTTP(S)_PROXY and NO_PROXY when set. */
function dispatcher() {
    if (!sharedDispatcher) {
        const proxied = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy'].some(k => process.env[k]);
        const opts = { headersTimeout: 60_000, bodyTimeout: 120_000, connections: 16 };
        sharedDispatcher = proxied ? new undici.EnvHttpProxyAgent(opts) : new undici.Agent(opts);
    }
    return sharedDispatcher;
}
/**
 * Talks to one registry: answers auth challenges (Basic, or Bearer tokens per
 * repository scope, cached), retries only temporary failures with backoff that
 * honours `Retry-After`, follows redirects without leaking credentials, and
 * turns unusable answers into {@link RegistryError}s with a redacted URL.
 */
class Transport {
    opts;
    retry;
    challenge;
    /** Asked once, however many requests start at the same moment. */
    credentialLoad;
    credentialValue;
    tokens = new Map();
    /** Tokens being fetched, by scope key: concurrent requests of one scope share the fetch. */
    fetching = new Map();
    constructor(opts) {
        this.opts = opts;
        this.retry = opts.retry ?? DEFAULT_RETRY;
    }
    /** The base URL of the registry. */
    get baseUrl() {
        return `${this.opts.insecure ? 'http' : 'https'}://${this.opts.host}`;
    }
    /** Sends `req`, authenticating and retrying as needed; returns any final status. */
    async send(req) {
        // A streamed body is consumed by the first try: such a request is sent exactly once.
        const attempts = req.stream ? 1 : this.retry.attempts;
        let reauthenticated = req.stream !== undefined;
        for (let attempt = 1;; attempt++) {
            let res;
            try {
                res = await this.once(req);
            }
            catch (err) {
                if (err instanceof errors/* RegistryError */.gl && !err.temporary)
                    throw err;
                if (attempt >= attempts)
                    throw this.networkError(req, err, attempt);
                await this.backoff(attempt, undefined, req, err);
                continue;
            }
            if (res.status === 401 && !reauthenticated) {
                reauthenticated = true;
                this.learnChallenge(res, req);
                attempt--;
                continue;
            }
            if ((0,errors/* isTemporaryStatus */.wA)(res.status) && attempt < attempts) {
                await this.backoff(attempt, res.headers['retry-after'], req, res.status);
                continue;
            }
            return res;
        }
    }
    /**
     * Runs an exchange that cannot be re-sent piece by piece (a blob streamed from one registry
     * into another: its body is consumed) again from its start on a temporary failure, with the
     * backoff of {@link send}. A network error in it becomes a {@link RegistryError} for `req`.
     */
    async retrying(req, exchange) {
        for (let attempt = 1;; attempt++) {
            try {
                return await exchange();
            }
            catch (err) {
                if (err instanceof errors/* RegistryError */.gl && !err.temporary)
                    throw err;
                if (attempt >= this.retry.attempts) {
                    throw err instanceof errors/* RegistryError */.gl ? err : this.networkError(req, err, attempt);
                }
                await this.backoff(attempt, undefined, req, err);
            }
        }
    }
    /** Sends `req` and throws a {@link RegistryError} unless the status is one of `ok`. */
    async expect(req, ok) {
        const res = await this.send(req);
        if (!ok.includes(res.status))
            throw this.errorFor(req, res);
        return res;
    }
    /** Builds the error for an unexpected answer. */
    errorFor(req, res) {
        return new errors/* RegistryError */.gl({
            status: res.status,
            codes: (0,errors/* parseErrorBody */.kW)(res.body),
            method: req.method,
            url: this.redact(req.path),
            advice: this.advice(req, res)
        });
    }
    advice(req, res) {
        const authenticate = res.headers['www-authenticate'] ?? '';
        const login = `log in to ${this.opts.host} first (docker/login-action, or the registry-username and registry-password inputs)`;
        if (res.status === 401 && /insufficient_scope/.test(authenticate)) {
            return `the credentials for ${this.opts.host} lack the scope ${req.scopes.join(' ')}; use a token that may push (for ghcr.io: permissions packages: write)`;
        }
        if (res.status === 401)
            return this.credentialValue ? `the credentials for ${this.opts.host} were refused` : login;
        if (res.status === 403) {
            return `access denied by ${this.opts.host} for ${req.scopes.join(' ')}; check the token's permissions (for ghcr.io: packages: write)`;
        }
        return undefined;
    }
    async once(req) {
        let url = req.path.startsWith('http') ? req.path : `${this.baseUrl}${req.path}`;
        const headers = { 'user-agent': USER_AGENT, ...req.headers };
        // Only our own host gets credentials; an absolute URL (upload Location, Link) may point elsewhere.
        const authorization = new URL(url).host === this.opts.host ? await this.authorization(req.scopes) : undefined;
        if (authorization)
            headers.authorization = authorization;
        for (let hop = 0;; hop++) {
            const res = await (0,undici.request)(url, {
                method: req.method,
                headers,
                body: req.stream ?? req.body,
                dispatcher: dispatcher()
            });
            const location = res.headers.location;
            if (res.statusCode >= 300 &&
                res.statusCode < 400 &&
                typeof location === 'string' &&
                hop < MAX_REDIRECTS) {
                await res.body.dump();
                const next = new URL(location, url);
                // Storage back-ends (S3, GCS) get a signed URL and must not see our token.
                if (next.host !== new URL(url).host)
                    delete headers.authorization;
                url = next.toString();
                continue;
            }
            if (req.streamResponse && res.statusCode === 200) {
                return {
                    status: 200,
                    headers: flatten(res.headers),
                    body: Buffer.alloc(0),
                    url,
                    stream: res.body
                };
            }
            const body = Buffer.from(await res.body.arrayBuffer());
            return { status: res.statusCode, headers: flatten(res.headers), body, url };
        }
    }
    async authorization(scopes) {
        const challenge = this.challenge;
        if (!challenge)
            return undefined;
        const credential = await this.credential();
        if (challenge.scheme === 'basic') {
            if (!credential || !('username' in credential))
                return undefined;
            const encoded = Buffer.from(`${credential.username}:${credential.password}`).toString('base64');
            this.opts.logger.setSecret(encoded);
            return `Basic ${encoded}`;
        }
        const key = [...new Set(scopes)].sort().join(' ');
        const cached = this.tokens.get(key);
        if (cached && cached.expiresAt > Date.now())
            return `Bearer ${cached.token}`;
        let fetching = this.fetching.get(key);
        if (!fetching) {
            fetching = fetchBearerToken({
                challenge,
                scopes,
                credential,
                insecureAllowed: this.opts.insecure,
                logger: this.opts.logger,
                registry: this.opts.host
            })
                .then(token => {
                this.tokens.set(key, { token: token.token, expiresAt: Date.now() + token.expiresInMs });
                return token.token;
            })
                .finally(() => this.fetching.delete(key));
            this.fetching.set(key, fetching);
        }
        return `Bearer ${await fetching}`;
    }
    credential() {
        this.credentialLoad ??= this.opts.credential().then(value => {
            this.credentialValue = value;
            return value;
        });
        return this.credentialLoad;
    }
    learnChallenge(res, req) {
        const header = res.headers['www-authenticate'];
        const challenge = header ? parseChallenge(header) : undefined;
        if (!challenge)
            return;
        this.challenge = challenge;
        // A 401 with a token we held means the token lacks the scope or has expired.
        this.tokens.delete([...new Set(req.scopes)].sort().join(' '));
    }
    async backoff(attempt, retryAfter, req, why) {
        const exp = this.retry.baseDelayMs * 2 ** (attempt - 1);
        const jitter = 0.5 + (this.opts.random ?? Math.random)() / 2;
        const fromHeader = parseRetryAfter(retryAfter);
        const wait = Math.min(this.retry.maxDelayMs, fromHeader ?? Math.round(exp * jitter));
        const reason = typeof why === 'number' ? `status ${why}` : why instanceof Error ? why.message : String(why);
        this.opts.logger.debug(`${req.method} ${this.redact(req.path)}: ${reason}; retry ${attempt} in ${wait} ms`);
        await (this.opts.sleep ?? defaultSleep)(wait);
    }
    networkError(req, err, tries) {
        const cause = err instanceof Error
            ? (err.cause?.message ?? err.message)
            : String(err);
        return new errors/* RegistryError */.gl({
            status: 0,
            method: req.method,
            url: this.redact(req.path),
            detail: `${cause} (after ${tries} ${tries === 1 ? 'try' : 'tries'})`,
            temporary: true
        });
    }
    /** The URL for messages: host and path, never a query (upload state, signed URLs). */
    redact(p) {
        const url = new URL(p.startsWith('http') ? p : `${this.baseUrl}${p}`);
        return `${url.host}${url.pathname}`;
    }
}
function flatten(headers) {
    const out = {};
    for (const [k, v] of Object.entries(headers))
        out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
    return out;
}
/** `Retry-After` as seconds or an HTTP date (RFC 9110 §10.2.3), in milliseconds. */
function parseRetryAfter(value, now = Date.now()) {
    if (!value)
        return undefined;
    if (/^\d+$/.test(value.trim()))
        return Number(value.trim()) * 1000;
    const date = Date.parse(value);
    return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
function defaultSleep(ms) {
    return new Promise(resolve => setTimeout(resolve, ms));
}

;// CONCATENATED MODULE: ./src/registry/client.ts







const client_LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])(:\d+)?$/;
/** Cap on `tags/list` pages, so a hostile registry cannot keep us paging forever. */
const MAX_TAG_PAGES = 1000;
/** Manifests larger than this are refused (the distribution spec suggests 4 MiB). */
const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
/** Blobs up to this size are offered in the POST that opens the upload (distribution-spec "single POST"). */
const SINGLE_POST_BYTES = 64 * 1024;
/** Hashes `bytes` with the algorithm named by `digest` and says whether they match. */
function digestMatches(bytes, digest) {
    const { algorithm, hex } = (0,reference/* parseDigest */.m)(digest);
    return (0,external_node_crypto_.createHash)(algorithm).update(bytes).digest('hex') === hex;
}
/** The sha256 digest of `bytes`. */
function sha256Digest(bytes) {
    return `sha256:${(0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex')}`;
}
/**
 * The OCI distribution API (distribution-spec v1.1) over {@link Transport}:
 * manifests, tags, blobs and referrers, with every fetched manifest checked
 * against the digest it is supposed to have.
 */
class RegistryClient {
    opts;
    transports = new Map();
    /** What this client learned from the registries so far, so it does not ask twice. */
    memory = new RegistryMemory();
    constructor(opts) {
        this.opts = opts;
    }
    /** The transport for the registry of `ref`, one per registry for the client's lifetime. */
    transport(ref) {
        const host = ref.registryHost();
        let t = this.transports.get(host);
        if (!t) {
            const insecure = client_LOOPBACK.test(ref.domain) || (this.opts.insecureRegistries ?? []).includes(ref.domain);
            t = new Transport({
                host,
                insecure,
                credential: async () => {
                    const found = await this.opts.keychain.resolve(ref.domain, ref.path);
                    if (found)
                        this.opts.logger.debug(`credentials for ${ref.domain} from ${found.source}`);
                    return found?.credential;
                },
                logger: this.opts.logger,
                retry: this.opts.retry,
                sleep: this.opts.sleep,
                random: this.opts.random
            });
            this.transports.set(host, t);
        }
        return t;
    }
    /**
     * Resolves a tag or digest with HEAD; `undefined` when the registry has no such
     * manifest. Falls back to GET when the registry omits `Docker-Content-Digest`.
     */
    async head(ref, opts = {}) {
        const res = await this.transport(ref).send({
            method: 'HEAD',
            path: manifestPath(ref),
            headers: { accept: media_types/* MANIFEST_ACCEPT */.dY },
            scopes: [scope(ref, opts.push)]
        });
        if (res.status === 404)
            return undefined;
        if (res.status !== 200)
            throw this.transport(ref).errorFor({ method: 'HEAD', path: manifestPath(ref), scopes: [scope(ref, opts.push)] }, res);
        const digest = res.headers['docker-content-digest'];
        const mediaType = (res.headers['content-type'] ?? '').split(';')[0]?.trim() ?? '';
        if (!digest) {
            const m = await this.get(ref, opts);
            return { mediaType: m.mediaType, digest: m.digest, size: m.bytes.length };
        }
        const found = { mediaType, digest, size: Number(res.headers['content-length'] ?? 0) };
        this.memory.rememberManifest(ref, found);
        return found;
    }
    /**
     * Fetches a manifest's raw bytes. By digest, the bytes must hash to it; by tag,
     * they must hash to the registry's `Docker-Content-Digest` answer.
     */
    async get(ref, opts = {}) {
        return (await this.fetchManifest(ref, opts, false));
    }
    /** Like {@link get}, but `undefined` when the registry has no such manifest (404), in one GET. */
    async find(ref, opts = {}) {
        return this.fetchManifest(ref, opts, true);
    }
    async fetchManifest(ref, opts, missingOk) {
        const known = ref.digest ? this.memory.manifestBytes(ref, ref.digest) : undefined;
        if (known)
            return { ...known };
        const req = {
            method: 'GET',
            path: manifestPath(ref),
            headers: { accept: media_types/* MANIFEST_ACCEPT */.dY },
            scopes: [scope(ref, opts.push)]
        };
        const res = await this.transport(ref).expect(req, missingOk ? [200, 404] : [200]);
        if (res.status === 404)
            return undefined;
        const url = this.transport(ref).redact(req.path);
        if (res.body.length > MAX_MANIFEST_BYTES) {
            throw new errors/* RegistryError */.gl({
                status: 200,
                method: 'GET',
                url,
                detail: `manifest is larger than ${MAX_MANIFEST_BYTES} bytes`,
                temporary: false
            });
        }
        const expected = ref.digest ?? res.headers['docker-content-digest'] ?? sha256Digest(res.body);
        if (!digestMatches(res.body, expected)) {
            throw new errors/* RegistryError */.gl({
                status: 200,
                method: 'GET',
                url,
                detail: `manifest bytes do not hash to ${expected}`,
                advice: 'the registry or a proxy altered the manifest; nothing was written',
                temporary: false
            });
        }
        const manifest = { bytes: res.body, mediaType: contentType(res, res.body), digest: expected };
        this.memory.rememberManifest(ref, describe(manifest));
        this.memory.rememberManifestBytes(ref, manifest);
        return manifest;
    }
    /**
     * PUTs `manifest` unchanged under `reference` (a tag or its digest) in the
     * repository of `repo`, and checks the registry's digest answer.
     */
    async put(repo, reference, manifest) {
        return (await this.push(repo, reference, manifest)).digest;
    }
    /**
     * {@link put}, also returning the registry's `OCI-Subject` answer: a registry with the
     * referrers API names the subject it indexed the manifest under (distribution-spec v1.1).
     */
    async push(repo, reference, manifest) {
        const path = `/v2/${repo.path}/manifests/${reference}`;
        const res = await this.transport(repo).expect({
            method: 'PUT',
            path,
            headers: { 'content-type': manifest.mediaType },
            body: manifest.bytes,
            scopes: [scope(repo, true)]
        }, [201, 200]);
        const answered = res.headers['docker-content-digest'];
        if (answered && answered !== manifest.digest) {
            throw new errors/* RegistryError */.gl({
                status: res.status,
                method: 'PUT',
                url: this.transport(repo).redact(path),
                detail: `registry answered digest ${answered}, expected ${manifest.digest}`,
                advice: 'the registry changed the manifest; check it for conversion features',
                temporary: false
            });
        }
        this.memory.rememberManifest(repo, describe(manifest));
        return { digest: manifest.digest, indexedSubject: res.headers['oci-subject'] };
    }
    /** Every tag of the repository, following `Link` pagination (bounded). */
    async listTags(repo) {
        const tags = [];
        let path = `/v2/${repo.path}/tags/list?n=1000`;
        for (let page = 0; path && page < MAX_TAG_PAGES; page++) {
            const res = await this.transport(repo).expect({ method: 'GET', path, scopes: [scope(repo)] }, [200]);
            const body = JSON.parse(res.body.toString());
            tags.push(...(body.tags ?? []));
            path = nextLink(res.headers.link);
        }
        return tags;
    }
    /** Whether the repository of `repo` holds the blob. */
    async hasBlob(repo, digest, push = false) {
        const path = `/v2/${repo.path}/blobs/${digest}`;
        const res = await this.transport(repo).send({
            method: 'HEAD',
            path,
            scopes: [scope(repo, push)]
        });
        if (res.status === 200)
            this.memory.rememberBlob(repo, digest);
        if (res.status === 200)
            return true;
        if (res.status === 404)
            return false;
        throw this.transport(repo).errorFor({ method: 'HEAD', path, scopes: [scope(repo, push)] }, res);
    }
    /** Mounts a blob from another repository of the same registry; false if the registry declined. */
    async mountBlob(to, from, digest) {
        const path = `/v2/${to.path}/blobs/uploads/?mount=${encodeURIComponent(digest)}&from=${encodeURIComponent(from.path)}`;
        const scopes = [scope(to, true), scope(from)];
        const res = await this.transport(to).expect({ method: 'POST', path, scopes }, [201, 202]);
        if (res.status === 201) {
            this.memory.rememberBlob(to, digest);
            return true;
        }
        // 202 opened an upload session instead; close it rather than leave it dangling.
        const location = res.headers.location;
        if (location)
            await this.transport(to).send({
                method: 'DELETE',
                path: absolute(this.transport(to), location),
                scopes
            });
        return false;
    }
    /**
     * Opens an upload session and returns the URL to PUT the blob to, digest included. With
     * `offer`, the blob goes along in the POST itself; a registry that takes it that way answers
     * 201 and there is nothing left to PUT (`undefined`), one that does not opens a session.
     */
    async startUpload(repo, digest, offer) {
        const t = this.transport(repo);
        const path = `/v2/${repo.path}/blobs/uploads/`;
        const scopes = [scope(repo, true)];
        let started;
        if (offer) {
            const headers = { 'content-type': 'application/octet-stream' };
            const single = `${path}?digest=${encodeURIComponent(digest)}`;
            started = await t.send({ method: 'POST', path: single, headers, body: offer, scopes });
            if (started.status === 201)
                return undefined;
            if (started.status !== 202)
                started = undefined;
        }
        started ??= await t.expect({ method: 'POST', path, scopes }, [202]);
        const location = started.headers.location;
        if (!location) {
            throw new errors/* RegistryError */.gl({
                status: 202,
                method: 'POST',
                url: t.redact(path),
                detail: 'no upload Location',
                temporary: false
            });
        }
        const url = new URL(absolute(t, location));
        url.searchParams.set('digest', digest);
        return url;
    }
    /**
     * Uploads a blob: a small one in the POST that opens the upload where the registry takes it
     * so, otherwise (and for a large one) POST, then one PUT with the digest.
     */
    async uploadBlob(repo, digest, bytes) {
        const offer = bytes.length <= SINGLE_POST_BYTES ? bytes : undefined;
        const url = await this.startUpload(repo, digest, offer);
        if (url) {
            const headers = { 'content-type': 'application/octet-stream' };
            const req = { method: 'PUT', path: url.toString(), headers, body: bytes };
            await this.transport(repo).expect({ ...req, scopes: [scope(repo, true)] }, [201]);
        }
        this.memory.rememberBlob(repo, digest);
    }
    /** Downloads a blob and checks it hashes to its digest. */
    async getBlob(repo, digest) {
        const path = `/v2/${repo.path}/blobs/${digest}`;
        const res = await this.transport(repo).expect({ method: 'GET', path, scopes: [scope(repo)] }, [200]);
        if (!digestMatches(res.body, digest)) {
            throw new errors/* RegistryError */.gl({
                status: 200,
                method: 'GET',
                url: this.transport(repo).redact(path),
                detail: `blob does not hash to ${digest}`,
                temporary: false
            });
        }
        return res.body;
    }
    /**
     * Streams a blob from one registry into another without holding it in memory:
     * GET piped into a monolithic upload PUT, hashed on the way through so a blob
     * that does not match its digest is refused (the registry checks it as well).
     * A cut connection or a temporary failure restarts the copy with a fresh upload
     * session, since a streamed body cannot be re-sent.
     */
    async copyBlob(from, to, blob) {
        const get = { method: 'GET', path: `/v2/${from.path}/blobs/${blob.digest}` };
        await this.transport(from).retrying({ ...get, scopes: [scope(from)] }, () => this.copyBlobOnce(from, to, blob));
        this.memory.rememberBlob(to, blob.digest);
    }
    async copyBlobOnce(from, to, blob) {
        const getReq = { method: 'GET', path: `/v2/${from.path}/blobs/${blob.digest}` };
        const source = this.transport(from);
        const url = (await this.startUpload(to, blob.digest));
        const res = await source.send({ ...getReq, scopes: [scope(from)], streamResponse: true });
        if (res.status !== 200 || !res.stream)
            throw source.errorFor({ ...getReq, scopes: [scope(from)] }, res);
        const { algorithm, hex } = (0,reference/* parseDigest */.m)(blob.digest);
        const hash = (0,external_node_crypto_.createHash)(algorithm);
        const hashed = new external_node_stream_.Transform({
            transform(chunk, _encoding, done) {
                hash.update(chunk);
                done(null, chunk);
            }
        });
        // A reset of the source is reported as the GET's failure, not as the upload's echo of it;
        // when the upload fails first, the source is torn down with it and its error is ignored.
        let cut;
        res.stream.once('error', err => {
            if (!hashed.destroyed)
                cut ??= err;
        });
        (0,external_node_stream_.pipeline)(res.stream, hashed, () => undefined);
        const headers = {
            'content-type': 'application/octet-stream',
            'content-length': String(blob.size)
        };
        const scopes = [scope(to, true)];
        try {
            await this.transport(to).expect({ method: 'PUT', path: url.toString(), headers, stream: hashed, scopes }, [201]);
        }
        catch (err) {
            throw cut ?? err;
        }
        if (hash.digest('hex') !== hex) {
            throw new errors/* RegistryError */.gl({
                status: 201,
                method: 'GET',
                url: source.redact(getReq.path),
                detail: `blob does not hash to ${blob.digest}`,
                temporary: false
            });
        }
    }
    /**
     * Descriptors of manifests whose `subject` is `digest`: the referrers API, or
     * the referrers tag schema (`<alg>-<hex>`) where the registry lacks it.
     */
    async referrers(repo, digest) {
        if (!this.memory.lacksReferrersApi(repo)) {
            const path = `/v2/${repo.path}/referrers/${digest}`;
            const res = await this.transport(repo).send({
                method: 'GET',
                path,
                headers: { accept: media_types/* MediaType */.zu.ociIndex },
                scopes: [scope(repo)]
            });
            const type = res.headers['content-type'] ?? '';
            if (res.status === 200 && type.includes(media_types/* MediaType */.zu.ociIndex)) {
                return JSON.parse(res.body.toString()).manifests ?? [];
            }
            if (res.status !== 404 && res.status !== 200)
                throw this.transport(repo).errorFor({ method: 'GET', path, scopes: [scope(repo)] }, res);
            this.memory.rememberNoReferrersApi(repo);
        }
        const index = await this.find(repo.withoutTag().withTag(referrersTag(digest)));
        return index ? (JSON.parse(index.bytes.toString()).manifests ?? []) : [];
    }
}
/** The referrers tag schema's tag for a digest (distribution-spec §referrers-tag-schema). */
function referrersTag(digest) {
    return digest.replace(':', '-');
}
function scope(ref, push = false) {
    return `repository:${ref.path}:${push ? 'pull,push' : 'pull'}`;
}
function manifestPath(ref) {
    const reference = ref.digest ?? ref.tag;
    if (!reference)
        throw new Error(`reference ${ref.familiar} has neither tag nor digest`);
    return `/v2/${ref.path}/manifests/${reference}`;
}
function describe(manifest) {
    return { mediaType: manifest.mediaType, digest: manifest.digest, size: manifest.bytes.length };
}
function contentType(res, body) {
    const header = (res.headers['content-type'] ?? '').split(';')[0]?.trim();
    if (header && header !== 'application/json')
        return header;
    // Some registries answer application/json; the manifest's own mediaType is then the truth.
    const declared = JSON.parse(body.toString()).mediaType;
    return declared ?? media_types/* MediaType */.zu.ociManifest;
}
function nextLink(link) {
    const match = link ? /<([^>]+)>\s*;\s*rel="?next"?/.exec(link) : null;
    return match?.[1];
}
function absolute(t, location) {
    return new URL(location, t.baseUrl).toString();
}


/***/ }),

/***/ 6764:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   eQ: () => (/* binding */ withContext),
/* harmony export */   gl: () => (/* binding */ RegistryError),
/* harmony export */   kW: () => (/* binding */ parseErrorBody),
/* harmony export */   wA: () => (/* binding */ isTemporaryStatus)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);

/**
 * An HTTP answer from a registry that the operation cannot use. Carries what a
 * user needs to act on it; the URL never holds credentials or tokens.
 */
class RegistryError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PromoteError */ .jG {
    /** HTTP status, or 0 when no answer came (network error). */
    status;
    /** The registry's error codes from the body, e.g. `MANIFEST_UNKNOWN`. */
    codes;
    /** HTTP method of the failed request. */
    method;
    /** URL of the failed request, without query secrets. */
    url;
    /** True for failures a retry may cure: 429, 5xx, resets, time-outs. */
    temporary;
    constructor(init) {
        const codes = init.codes ?? [];
        const described = codes.length > 0
            ? codes.map(c => `${c.code}${c.message ? `: ${c.message}` : ''}`).join('; ')
            : (init.detail ?? '');
        const status = init.status === 0 ? 'no answer' : String(init.status);
        const advice = init.advice ? `; ${init.advice}` : '';
        super(`${init.method} ${init.url}: ${status}${described ? ` ${described}` : ''}${advice}`);
        this.status = init.status;
        this.codes = codes;
        this.method = init.method;
        this.url = init.url;
        this.temporary = init.temporary ?? isTemporaryStatus(init.status);
    }
    /** True when the registry answered that the thing asked for does not exist. */
    get notFound() {
        return this.status === 404;
    }
}
/** Statuses worth a retry: rate limiting and server-side failures. */
function isTemporaryStatus(status) {
    return status === 429 || status === 408 || (status >= 500 && status <= 599 && status !== 501);
}
/** Parses a distribution error body; anything else yields no codes. */
function parseErrorBody(body) {
    try {
        const parsed = JSON.parse(body.toString());
        if (!Array.isArray(parsed.errors))
            return [];
        return parsed.errors
            .filter((e) => typeof e === 'object' && e !== null)
            .map(e => ({
            code: String(e.code),
            ...(typeof e.message === 'string' && e.message ? { message: e.message } : {})
        }));
    }
    catch {
        return [];
    }
}
/**
 * Wraps an error with what was being done, keeping its class so callers can
 * still tell a registry failure from a bad input: "resolving ghcr.io/x/y:tag: …".
 */
function withContext(doing, err) {
    if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PromoteError */ .jG) {
        err.message = `${doing}: ${err.message}`;
        return err;
    }
    const message = err instanceof Error ? err.message : String(err);
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PromoteError */ .jG(`${doing}: ${message}`);
}


/***/ }),

/***/ 99867:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dY: () => (/* binding */ MANIFEST_ACCEPT),
/* harmony export */   nw: () => (/* binding */ isIndex),
/* harmony export */   zu: () => (/* binding */ MediaType)
/* harmony export */ });
/**
 * Manifest media types the client accepts and re-sends unchanged
 * (OCI image-spec media-types.md; Docker image manifest v2 schema 2).
 */
const MediaType = {
    ociManifest: 'application/vnd.oci.image.manifest.v1+json',
    ociIndex: 'application/vnd.oci.image.index.v1+json',
    dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
    dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
    ociEmpty: 'application/vnd.oci.empty.v1+json'
};
/**
 * Every manifest type at once: registries answer 404 for an OCI manifest when the
 * OCI type is missing from `Accept`, and try a schema 1 conversion for Docker ones.
 */
const MANIFEST_ACCEPT = [
    MediaType.ociManifest,
    MediaType.ociIndex,
    MediaType.dockerManifest,
    MediaType.dockerList
].join(', ');
/** True for the two index types (OCI index and Docker manifest list). */
function isIndex(mediaType) {
    return mediaType === MediaType.ociIndex || mediaType === MediaType.dockerList;
}


/***/ })

};
