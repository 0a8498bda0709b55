export const id = 2387;
export const ids = [2387,4992];
export const modules = {

/***/ 72949:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runVerify: () => (/* binding */ runVerify)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _registry_client_options_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(24992);
/* harmony import */ var _signing_attestation_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(82553);
/* harmony import */ var _signing_keys_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6663);
/* harmony import */ var _signing_provenance_gate_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(69847);
/* harmony import */ var _signing_signature_gate_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(62959);
/* harmony import */ var _signing_types_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(14410);
/* harmony import */ var _pattern_inputs_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(25816);
/**
 * What `verify` does once its inputs are parsed, loaded with `import()` only when it runs: the
 * signature, attestation and provenance gates and the bundle check.
 *
 * @module
 */









/** Runs {@link verifyCommand} with parsed options. */
async function runVerify(opts, ctx) {
    await (0,_pattern_inputs_js__WEBPACK_IMPORTED_MODULE_8__/* .checkPatternInputs */ .O)(opts);
    return opts.mode === 'bundle' ? runBundle(opts, ctx) : runImage(opts, ctx);
}
async function runBundle(opts, ctx) {
    const policy = bundlePolicy(opts.signing, ctx);
    let bytes;
    try {
        bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(opts.bundle);
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('bundle', `cannot read ${opts.bundle} (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(err)})`);
    }
    // The sigstore stack is loaded only when a bundle is checked.
    const [{ verifyBundleForDigest }, { seededPublicGoodRoot }, { loadTrustedRootFile }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(5505), __webpack_require__.e(9042), __webpack_require__.e(2589), __webpack_require__.e(1140)]).then(__webpack_require__.bind(__webpack_require__, 81140)),
        Promise.all(/* import() */[__webpack_require__.e(5505), __webpack_require__.e(8383)]).then(__webpack_require__.bind(__webpack_require__, 38383)),
        Promise.all(/* import() */[__webpack_require__.e(5505), __webpack_require__.e(9042), __webpack_require__.e(4465)]).then(__webpack_require__.bind(__webpack_require__, 34465))
    ]);
    const root = opts.signing.trustedRoot
        ? await loadTrustedRootFile(opts.signing.trustedRoot)
        : seededPublicGoodRoot();
    let verified;
    try {
        verified = verifyBundleForDigest(bytes, opts.digest, policy, root);
    }
    catch (err) {
        if (!(err instanceof _signing_types_js__WEBPACK_IMPORTED_MODULE_7__/* .SigningError */ .uJ))
            throw err;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GateError */ .ue('signature', `${opts.bundle} does not verify for ${opts.digest}: ${err.message}`, 'verify the right bundle and digest, and trust its signer (certificate-identity, certificate-oidc-issuer or public-key, and trusted-root)');
    }
    const lines = [
        ['verified', `${opts.digest} (${verified.content})`],
        ['predicate', verified.predicateType],
        ['identity', verified.identity],
        ['issuer', verified.issuer],
        ['key', verified.keyFingerprint],
        ['rekor log index', verified.rekorLogIndex],
        ...verified.timestamps.map(t => [`signed at (${t.source})`, t.time])
    ];
    return result(lines, verified, opts.digest, verified);
}
async function runImage(opts, ctx) {
    const client = (0,_registry_client_options_js__WEBPACK_IMPORTED_MODULE_2__.createRegistryClient)(opts.registry, ctx);
    const gates = [];
    let verified;
    await ctx.logger.group('signature gate', async () => {
        const checked = await (0,_signing_signature_gate_js__WEBPACK_IMPORTED_MODULE_6__/* .signatureCheck */ .DW)(client, opts.image, opts.signing, true, ctx.logger);
        gates.push(checked.gate);
        verified = checked.verified;
    });
    if (opts.attestedIn.length > 0) {
        await ctx.logger.group('attestation gate', async () => {
            gates.push(await (0,_signing_attestation_js__WEBPACK_IMPORTED_MODULE_3__/* .attestationGate */ .AO)(client, opts.image, opts.attestedIn, opts.signing, ctx.logger));
        });
    }
    let built;
    if (opts.provenance.require) {
        await ctx.logger.group('provenance gate', async () => {
            const token = opts.registry.githubToken;
            const checked = await (0,_signing_provenance_gate_js__WEBPACK_IMPORTED_MODULE_5__/* .provenanceGate */ .Rc)(client, opts.image, opts.provenance, opts.signing, true, ctx.logger, token
                ? { github: { token, apiUrl: ctx.env.GITHUB_API_URL ?? 'https://api.github.com' } }
                : {});
            gates.push(checked.gate);
            built = checked.provenance;
        });
    }
    const digest = opts.image.digest ?? '';
    const lines = [
        ['verified', `${opts.image.repository}@${digest} (${verified?.backend ?? 'signature'})`],
        ['identity', verified?.identity],
        ['issuer', verified?.issuer],
        ['key', verified?.keyFingerprint],
        ['rekor log index', verified?.rekorLogIndex],
        ['signed at (rekor)', verified?.integratedTime],
        ['built by', built?.builder],
        ['source repository', built?.repository],
        ['source ref', built?.ref],
        ['source commit', built?.commit],
        ['build workflow', built?.workflow],
        ...gates.map(g => [`${g.name} gate`, `${g.result}: ${g.detail ?? ''}`])
    ];
    return result(lines, { image: opts.image.normalized, ...verified, gates, ...(built ? { provenance: built } : {}) }, digest, verified);
}
/** The printed lines, the outputs and the JSON of a verification that passed. */
function result(lines, json, digest, who = {}) {
    const shown = lines.filter((l) => l[1] !== undefined);
    const width = Math.max(...shown.map(([k]) => k.length)) + 1;
    const outputs = { digest, verified: 'true' };
    if (who.identity)
        outputs['signer-identity'] = who.identity;
    if (who.issuer)
        outputs['signer-issuer'] = who.issuer;
    if (who.keyFingerprint)
        outputs['key-fingerprint'] = who.keyFingerprint;
    if (who.rekorLogIndex)
        outputs['rekor-log-index'] = who.rekorLogIndex;
    return {
        status: 'unchanged',
        outputs,
        text: shown.map(([k, v]) => `${`${k}:`.padEnd(width)} ${v}`).join('\n'),
        json
    };
}
/** The signer a bundle must have: the public key, else the keyless identity and issuer. */
function bundlePolicy(signing, ctx) {
    if (signing.publicKey) {
        let publicKey;
        try {
            publicKey = (0,_signing_keys_js__WEBPACK_IMPORTED_MODULE_4__/* .loadPublicKey */ .fg)((0,_signing_keys_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveKeyText */ .rd)(signing.publicKey, signing.env, ctx.logger));
        }
        catch (err) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('public-key', (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(err), 'give a PEM public key (P-256)');
        }
        return { publicKey };
    }
    return {
        ...(signing.certificateIdentity ? { certificateIdentity: signing.certificateIdentity } : {}),
        ...(signing.certificateIdentityRegexp
            ? { certificateIdentityRegexp: signing.certificateIdentityRegexp }
            : {}),
        certificateOidcIssuer: signing.certificateOidcIssuer
    };
}


/***/ }),

/***/ 88393:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  I: () => (/* binding */ eventProblem),
  x: () => (/* binding */ isEvent)
});

// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(42463);
;// CONCATENATED MODULE: ./schemas/promotion-event.schema.json
const promotion_event_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://digest-promote.dev/schemas/promotion-event.schema.json","title":"digest-promote promotion event (ledger entry)","description":"One capture, promotion, rollback or adoption of an image digest into an environment. Stored as .promotions/<environment>/<id>.json in the GitOps repository, in the same commit as the change it records. Every field is present (null when unknown); readers skip an event that does not match this schema and ignore unknown fields.","type":"object","required":["schemaVersion","id","kind","environment","alias","image","digest","previousDigest","fromEnvironment","sourceTag","targetTag","sourceRevision","pipeline","actor","timestamp","releaseLabel","gates","pullRequest","revertOf"],"properties":{"schemaVersion":{"const":1},"id":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$"},"kind":{"enum":["capture","promotion","rollback","adopted","unpinned"],"description":"adopted: what an environment already ran when digest-promote was adopted (no files changed). unpinned: the Flux markers a rollback pinned were restored; the digest did not move."},"environment":{"type":"string","minLength":1},"alias":{"type":"object","properties":{"tag":{"type":["string","null"],"description":"The immutable environment tag."},"floating":{"type":["object","string","null"],"description":"The floating alias of an alias environment this event moves: repository, tag, and the digest it resolved to before (null when the tag did not exist).","required":["repository","tag","previousDigest"],"properties":{"repository":{"type":"string","minLength":1,"maxLength":512},"tag":{"type":"string","minLength":1,"maxLength":128},"previousDigest":{"type":["string","null"],"pattern":"^[a-z0-9]+:[a-f0-9]{32,}$"}}}}},"image":{"type":"string","minLength":1,"description":"Repository, e.g. ghcr.io/acme/app."},"digest":{"type":"string","pattern":"^[a-z0-9]+:[a-f0-9]{32,}$"},"previousDigest":{"type":["string","null"]},"fromEnvironment":{"type":["string","null"]},"sourceTag":{"type":["string","null"]},"targetTag":{"type":["string","null"]},"sourceRevision":{"type":["string","null"],"description":"The application commit that built the artifact."},"pipeline":{"type":"object","properties":{"repository":{"type":["string","null"]},"workflow":{"type":["string","null"]},"runId":{"type":["string","null"]},"runAttempt":{"type":["string","null"]},"url":{"type":["string","null"]},"eventName":{"type":["string","null"]}}},"actor":{"type":["string","null"]},"timestamp":{"type":"string","format":"date-time"},"releaseLabel":{"type":["string","null"]},"gates":{"type":"array","items":{"type":"object","required":["name","result"],"properties":{"name":{"type":"string"},"result":{"enum":["passed","skipped","failed"]},"detail":{"type":"string"}}}},"pullRequest":{"type":["object","null"],"properties":{"number":{"type":"integer"},"url":{"type":"string"}}},"revertOf":{"type":["string","null"],"description":"For a rollback by revert: the id of the event it undoes."}}}');
;// CONCATENATED MODULE: ./src/ledger/validate.ts


/** At most this many schema problems are named for one event. */
const MAX_PROBLEMS = 3;
let compiled;
/**
 * The event schema's validator, compiled on first use: most commands never read a ledger,
 * and compiling at import would slow every start.
 */
function validator() {
    // Formats are not checked by the validator (`date-time` would need ajv-formats, and an unknown
    // format makes Ajv warn on the console); the timestamp is checked below instead.
    compiled ??= new ajv.Ajv({
        allErrors: true,
        strict: false,
        formats: { 'date-time': true }
    }).compile(promotion_event_schema_namespaceObject);
    return compiled;
}
/**
 * Why `value` is not a ledger event (schemas/promotion-event.schema.json and a parseable
 * timestamp), or `undefined`. Ledger files and registry records are untrusted: every reader
 * checks them here before using a field.
 */
function eventProblem(value) {
    const validate = validator();
    if (!validate(value)) {
        const problems = (validate.errors ?? []).slice(0, MAX_PROBLEMS).map(e => {
            const where = e.instancePath ? e.instancePath.slice(1).replace(/\//g, '.') : '(root)';
            return `${where} ${e.message ?? 'is invalid'}`;
        });
        return problems.length > 0 ? problems.join('; ') : 'invalid';
    }
    const timestamp = value.timestamp;
    if (Number.isNaN(Date.parse(timestamp))) {
        return `timestamp ${JSON.stringify(timestamp.slice(0, 40))} is not a date`;
    }
    return undefined;
}
/** `value` as an event, when it is one. */
function isEvent(value) {
    return eventProblem(value) === undefined;
}


/***/ }),

/***/ 24992:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createRegistryClient: () => (/* binding */ createRegistryClient)
});

// EXTERNAL MODULE: ./src/registry/client.ts + 3 modules
var client = __webpack_require__(89711);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/registry/keychain.ts




const DOCKER_HUB_KEY = 'https://index.docker.io/v1/';
/** Maps the ways a registry is written in config.json to the reference domain. */
function normalizeRegistryKey(key) {
    let k = key.trim().replace(/^https?:\/\//, '');
    k = k.replace(/\/(v1|v2)\/?$/, '').replace(/\/+$/, '');
    if (/^(index\.docker\.io|registry-1\.docker\.io)(\/|$)/.test(k))
        k = k.replace(/^[^/]+/, 'docker.io');
    return k;
}
/**
 * Finds credentials like go-containerregistry's default keychain: explicit
 * inputs, Docker's config.json (`credHelpers`, `auths` with repository keys
 * before registry keys, `credsStore`), the GitHub token for ghcr.io, else
 * anonymous. Every secret found is masked through the logger.
 */
class Keychain {
    opts;
    config;
    constructor(opts) {
        this.opts = opts;
        if (opts.explicit)
            this.mask(opts.explicit);
        if (opts.githubToken)
            opts.logger.setSecret(opts.githubToken);
    }
    /** The credential for `registry` (a reference domain) and `repository` path, if any. */
    async resolve(registry, repository) {
        const { explicit, explicitRegistries } = this.opts;
        if (explicit && (!explicitRegistries || explicitRegistries.includes(registry))) {
            return { credential: explicit, source: 'registry-username input' };
        }
        const fromConfig = await this.fromDockerConfig(registry, repository);
        if (fromConfig)
            return fromConfig;
        if (registry === 'ghcr.io' && this.opts.githubToken) {
            const username = this.opts.env.GITHUB_ACTOR ?? 'x-access-token';
            return { credential: { username, password: this.opts.githubToken }, source: 'github-token' };
        }
        return undefined;
    }
    async fromDockerConfig(registry, repository) {
        const config = await (this.config ??= this.loadConfig());
        if (!config)
            return undefined;
        const serverUrl = registry === 'docker.io' ? DOCKER_HUB_KEY : registry;
        const helper = Object.entries(config.credHelpers ?? {}).find(([k]) => normalizeRegistryKey(k) === registry)?.[1];
        if (helper)
            return this.fromHelper(helper, serverUrl);
        const entries = Object.entries(config.auths ?? {}).map(([k, v]) => ({
            key: normalizeRegistryKey(k),
            v
        }));
        const full = repository ? `${registry}/${repository}` : registry;
        const match = entries
            .filter(e => e.key === registry ||
            (repository !== undefined && (full === e.key || full.startsWith(`${e.key}/`))))
            .sort((a, b) => b.key.length - a.key.length)[0];
        if (match) {
            const credential = this.decodeAuth(match.v);
            if (credential)
                return { credential, source: `docker config auths["${match.key}"]` };
        }
        if (config.credsStore)
            return this.fromHelper(config.credsStore, serverUrl);
        return undefined;
    }
    decodeAuth(entry) {
        if (entry.identitytoken) {
            this.opts.logger.setSecret(entry.identitytoken);
            return { identityToken: entry.identitytoken };
        }
        if (entry.auth) {
            this.opts.logger.setSecret(entry.auth);
            const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
            const colon = decoded.indexOf(':');
            if (colon > 0)
                return this.mask({ username: decoded.slice(0, colon), password: decoded.slice(colon + 1) });
        }
        if (entry.username && entry.password)
            return this.mask({ username: entry.username, password: entry.password });
        return undefined;
    }
    async fromHelper(helper, serverUrl) {
        if (!/^[A-Za-z0-9._-]+$/.test(helper)) {
            this.opts.logger.warning(`docker config names an invalid credential helper '${helper}'; ignoring it`);
            return undefined;
        }
        try {
            const out = await (this.opts.runHelper ?? runCredentialHelper)(helper, serverUrl);
            let parsed;
            try {
                parsed = JSON.parse(out);
            }
            catch {
                // JSON.parse quotes the text it refused, and a helper's output is a secret.
                throw new Error('its output is not JSON');
            }
            if (!parsed.Secret)
                return undefined;
            const credential = parsed.Username === '<token>'
                ? { identityToken: parsed.Secret }
                : { username: parsed.Username ?? '', password: parsed.Secret };
            this.opts.logger.setSecret(parsed.Secret);
            return { credential, source: `docker-credential-${helper}` };
        }
        catch (err) {
            const why = err instanceof Error ? err.message : String(err);
            this.opts.logger.warning(`docker-credential-${helper} gave no credential for ${serverUrl}: ${why}`);
            return undefined;
        }
    }
    async loadConfig() {
        const dir = this.opts.env.DOCKER_CONFIG ?? external_node_path_default().join(this.opts.env.HOME ?? external_node_os_default().homedir(), '.docker');
        const file = external_node_path_default().join(dir, 'config.json');
        let text;
        try {
            text = await (0,promises_.readFile)(file, 'utf8');
        }
        catch {
            return undefined;
        }
        try {
            return JSON.parse(text);
        }
        catch {
            this.opts.logger.warning(`${file} is not valid JSON; ignoring it`);
            return undefined;
        }
    }
    mask(c) {
        this.opts.logger.setSecret(c.password);
        this.opts.logger.setSecret(Buffer.from(`${c.username}:${c.password}`).toString('base64'));
        return c;
    }
}
/**
 * Runs a Docker credential helper (docker-credential-helpers protocol: the server
 * URL on stdin, JSON on stdout). Its output is a secret, so it is never logged.
 */
function runCredentialHelper(helper, serverUrl) {
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)(`docker-credential-${helper}`, ['get'], {
            stdio: ['pipe', 'pipe', 'pipe'],
            timeout: 30_000
        });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (d) => (stdout += d.toString()));
        child.stderr.on('data', (d) => (stderr += d.toString()));
        child.on('error', err => reject(err));
        child.on('close', code => {
            if (code === 0)
                resolve(stdout);
            else
                reject(new Error(stdout.trim() || stderr.trim() || `exit code ${code}`));
        });
        child.stdin.end(serverUrl);
    });
}

;// CONCATENATED MODULE: ./src/registry/client-options.ts


/** The registry client for a run, with the keychain its options describe. */
function createRegistryClient(opts, ctx) {
    const keychain = new Keychain({
        explicit: opts.explicit,
        githubToken: opts.githubToken,
        env: ctx.env,
        logger: ctx.logger
    });
    return new client/* RegistryClient */.bP({
        keychain,
        logger: ctx.logger,
        insecureRegistries: opts.insecureRegistries
    });
}


/***/ }),

/***/ 9191:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RI: () => (/* binding */ bareRepository),
/* harmony export */   fs: () => (/* binding */ readReferrerLayer),
/* harmony export */   kV: () => (/* binding */ copyReferrers),
/* harmony export */   vO: () => (/* binding */ attachReferrer),
/* harmony export */   xt: () => (/* binding */ listReferrers)
/* harmony export */ });
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(89711);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6764);
/* harmony import */ var _media_types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(99867);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(79310);
/**
 * OCI 1.1 referrers: artifacts (signatures, attestations) pushed as manifests whose `subject`
 * names an image digest, so they travel with the digest and never change it.
 *
 * Registries with the referrers API index them on their own. For the others (Debian's
 * distribution 2.8, older Harbor, ...) the distribution spec's fallback applies: an OCI index
 * tagged `<alg>-<hex>` that the client keeps up to date itself (distribution-spec
 * "Referrers Tag Schema").
 *
 * @module
 */




/** The empty JSON config every artifact manifest points at (image-spec "Guidance for an Empty Descriptor"). */
const EMPTY_CONFIG = Buffer.from('{}');
/**
 * How often the referrers tag index is re-read after writing it. Two writers updating the same
 * index can drop each other's entry (the tag schema has no compare-and-swap), so the write is
 * checked and retried a few times.
 */
const INDEX_WRITE_ATTEMPTS = 3;
/** `repo` without tag or digest, so `withTag` and `withDigest` address exactly what they say. */
function bareRepository(repo) {
    return _reference_js__WEBPACK_IMPORTED_MODULE_3__/* .ImageReference */ .ZN.parse(repo.repository);
}
/**
 * Pushes `artifact` as an OCI image manifest whose `subject` is `subject`, in the repository of
 * `repo`, by digest only (no tag), then makes sure it is listed among the subject's referrers.
 *
 * Idempotent: the manifest bytes are a pure function of the arguments, so pushing the same
 * artifact twice gives the same digest, and an index entry is only added when missing. The
 * subject itself is never written.
 *
 * @returns the descriptor of the artifact manifest, as listed in the referrers index.
 */
async function attachReferrer(client, repo, subject, artifact) {
    const bare = bareRepository(repo);
    // A registry that did not index an earlier artifact's subject will not index this one: its
    // referrers tag index is read while the artifact is uploaded rather than after.
    const early = client.memory.indexesNoSubjects(bare)
        ? client.find(bare.withTag((0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .referrersTag */ .LN)(subject.digest)), { push: true })
        : undefined;
    early?.catch(() => undefined);
    const empty = artifact.config === 'first-blob' ? undefined : await emptyConfig(client, bare);
    const layers = [];
    for (const blob of artifact.blobs) {
        // Small and almost always new: uploaded without asking first (an upload of a blob the
        // registry has already is harmless).
        const digest = (0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .sha256Digest */ .sI)(blob.bytes);
        if (!client.memory.hasBlob(bare, digest))
            await client.uploadBlob(bare, digest, blob.bytes);
        layers.push({ mediaType: blob.mediaType, digest, size: blob.bytes.length });
    }
    const config = empty ?? layers[0] ?? (await emptyConfig(client, bare));
    const annotations = artifact.annotations && Object.keys(artifact.annotations).length > 0
        ? sortedRecord(artifact.annotations)
        : undefined;
    const content = {
        schemaVersion: 2,
        mediaType: _media_types_js__WEBPACK_IMPORTED_MODULE_2__/* .MediaType */ .zu.ociManifest,
        artifactType: artifact.artifactType,
        config,
        layers,
        subject: { mediaType: subject.mediaType, digest: subject.digest, size: subject.size },
        ...(annotations ? { annotations } : {})
    };
    const bytes = Buffer.from(JSON.stringify(content));
    const manifest = {
        bytes,
        mediaType: _media_types_js__WEBPACK_IMPORTED_MODULE_2__/* .MediaType */ .zu.ociManifest,
        digest: (0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .sha256Digest */ .sI)(bytes)
    };
    const pushed = await client.push(bare, manifest.digest, manifest);
    const descriptor = {
        mediaType: _media_types_js__WEBPACK_IMPORTED_MODULE_2__/* .MediaType */ .zu.ociManifest,
        digest: manifest.digest,
        size: bytes.length,
        artifactType: artifact.artifactType,
        ...(annotations ? { annotations } : {})
    };
    if (pushed.indexedSubject !== subject.digest) {
        client.memory.rememberNoSubjectIndexing(bare);
        await addToReferrersTag(client, bare, subject.digest, descriptor, early);
    }
    return descriptor;
}
/**
 * The empty JSON config every artifact manifest may point at, made present in the repository of
 * `bare`: asked for once per repository and run, uploaded when missing.
 */
async function emptyConfig(client, bare) {
    const config = { mediaType: _media_types_js__WEBPACK_IMPORTED_MODULE_2__/* .MediaType */ .zu.ociEmpty, digest: (0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .sha256Digest */ .sI)(EMPTY_CONFIG), size: 2 };
    if (!client.memory.hasBlob(bare, config.digest) &&
        !(await client.hasBlob(bare, config.digest, true)))
        await client.uploadBlob(bare, config.digest, EMPTY_CONFIG);
    return config;
}
/**
 * Descriptors of the artifacts that refer to `digest` in the repository of `repo`, optionally
 * only those of `artifactType`; from the referrers API or, where the registry lacks it, the
 * referrers tag index.
 */
async function listReferrers(client, repo, digest, artifactType) {
    const all = await client.referrers(bareRepository(repo), digest);
    return artifactType === undefined ? all : all.filter(d => d.artifactType === artifactType);
}
/**
 * Copies the referrers of `digest` (optionally only those of `artifactType`) from the repository
 * of `from` to that of `to`, manifest bytes unchanged, so signatures follow a digest promoted
 * into another repository or registry. The subject must already be in `to`. Idempotent.
 *
 * @returns the descriptors now listed in `to`.
 */
async function copyReferrers(client, from, to, digest, artifactType) {
    const source = bareRepository(from);
    const target = bareRepository(to);
    const copied = [];
    for (const referrer of await listReferrers(client, source, digest, artifactType)) {
        const m = await client.get(source.withDigest(referrer.digest));
        const content = JSON.parse(m.bytes.toString());
        if (content.subject?.digest !== digest)
            continue;
        for (const blob of [content.config, ...(content.layers ?? [])]) {
            if (!blob || client.memory.hasBlob(target, blob.digest))
                continue;
            if (!(await client.hasBlob(target, blob.digest, true))) {
                const bytes = await client.getBlob(source, blob.digest);
                await client.uploadBlob(target, blob.digest, bytes);
            }
        }
        const pushed = await client.push(target, m.digest, m);
        const entry = {
            mediaType: m.mediaType,
            digest: m.digest,
            size: m.bytes.length,
            ...(content.artifactType ? { artifactType: content.artifactType } : {}),
            ...(referrer.annotations ? { annotations: referrer.annotations } : {})
        };
        if (pushed.indexedSubject !== digest)
            await addToReferrersTag(client, target, digest, entry);
        copied.push(entry);
    }
    return copied;
}
/**
 * Reads an artifact manifest named by a referrer descriptor and returns it with the bytes of
 * its first layer of `mediaType`, or `undefined` when it has none. The manifest is fetched by
 * digest, so its bytes are checked against the descriptor.
 */
async function readReferrerLayer(client, repo, referrer, mediaType) {
    const bare = bareRepository(repo);
    const m = await client.get(bare.withDigest(referrer.digest));
    const manifest = JSON.parse(m.bytes.toString());
    const layer = manifest.layers?.find(l => l.mediaType === mediaType);
    if (!layer)
        return { manifest };
    return { manifest, layer: await client.getBlob(bare, layer.digest) };
}
/**
 * Adds `entry` to the referrers tag index of `subject` unless it is listed already: one GET
 * (`read`, when the caller started it already), one PUT and one GET reading the index back. The tag schema has no compare-and-swap, so a writer
 * whose PUT lands between our GET and PUT drops our entry; the read-back then finds it missing,
 * and the entry is merged again into what the other writer left (bounded).
 */
async function addToReferrersTag(client, repo, subject, entry, read) {
    const tagRef = repo.withTag((0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .referrersTag */ .LN)(subject));
    let listed = indexEntries(await (read ?? client.find(tagRef, { push: true })));
    for (let attempt = 1; !listed.some(d => d.digest === entry.digest); attempt++) {
        if (attempt > INDEX_WRITE_ATTEMPTS) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RegistryError */ .gl({
                status: 200,
                method: 'PUT',
                url: `/v2/${repo.path}/manifests/${tagRef.tag}`,
                detail: `referrers index ${tagRef.tag} lost the entry ${entry.digest} ${attempt - 1} times`,
                advice: 'another client is rewriting the index concurrently; retry the run',
                temporary: true
            });
        }
        const index = { schemaVersion: 2, mediaType: _media_types_js__WEBPACK_IMPORTED_MODULE_2__/* .MediaType */ .zu.ociIndex, manifests: [...listed, entry] };
        const bytes = Buffer.from(JSON.stringify(index));
        await client.put(repo, tagRef.tag, {
            bytes,
            mediaType: _media_types_js__WEBPACK_IMPORTED_MODULE_2__/* .MediaType */ .zu.ociIndex,
            digest: (0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .sha256Digest */ .sI)(bytes)
        });
        listed = indexEntries(await client.find(tagRef, { push: true }));
    }
}
/** The entries of a referrers index, none when there is no index. */
function indexEntries(index) {
    if (!index)
        return [];
    return JSON.parse(index.bytes.toString()).manifests ?? [];
}
/** A copy of `record` with keys in sorted order, so equal annotations give equal bytes. */
function sortedRecord(record) {
    return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : 1)));
}


/***/ })

};
