export const id = 2959;
export const ids = [2959];
export const modules = {

/***/ 76532:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Bb: () => (/* binding */ createBundleVerifier),
  rO: () => (/* binding */ createSigner),
  CI: () => (/* binding */ createStatementSigner),
  $A: () => (/* binding */ createVerifier),
  ax: () => (/* binding */ fingerprintOf),
  zz: () => (/* binding */ inProcessPolicy),
  Bm: () => (/* binding */ resolveBackend),
  nZ: () => (/* binding */ resolvePolicy)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/@actions/exec/lib/exec.js + 3 modules
var exec = __webpack_require__(27187);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(62088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/signing/keys.ts
var keys = __webpack_require__(6663);
// EXTERNAL MODULE: ./src/signing/types.ts
var types = __webpack_require__(14410);
;// CONCATENATED MODULE: ./src/signing/cosign-args.ts
/**
 * Command lines of the cosign CLI, as pure functions of a request and the capabilities of the
 * installed version, and the parser of `cosign verify --output json`.
 *
 * @module
 */



/** Capabilities of a cosign `version` (`v2.6.1`, `2.6.1`); unknown versions get the newest. */
function capabilitiesOf(version) {
    const v = semver_default().coerce(version)?.version;
    const atLeast = (min) => (v ? semver_default().gte(v, min) : true);
    return {
        newBundleFormat: atLeast('2.6.0'),
        signingConfig: atLeast('2.6.0'),
        signTrustedRoot: atLeast('2.6.0'),
        verifyTrustedRoot: atLeast('2.4.0')
    };
}
/** Arguments of `cosign sign` for `req`. */
function cosignSignArgs(req, caps) {
    const args = ['sign', '--yes'];
    if (req.key)
        args.push('--key', req.key);
    if (caps.newBundleFormat)
        args.push('--new-bundle-format=true');
    const customFulcio = !req.key && req.fulcioUrl && req.fulcioUrl !== types/* DEFAULT_FULCIO_URL */.jl;
    const customRekor = req.rekorUrl && req.rekorUrl !== types/* DEFAULT_REKOR_URL */.AD;
    // cosign 3 signs from the TUF signing config by default and refuses service URLs or
    // --tlog-upload=false alongside it.
    if (caps.signingConfig && (customFulcio || customRekor || !req.tlogUpload)) {
        args.push('--use-signing-config=false');
    }
    if (!req.tlogUpload)
        args.push('--tlog-upload=false');
    if (customFulcio)
        args.push('--fulcio-url', req.fulcioUrl);
    if (customRekor && req.tlogUpload)
        args.push('--rekor-url', req.rekorUrl);
    if (req.trustedRoot && caps.signTrustedRoot)
        args.push('--trusted-root', req.trustedRoot);
    if (req.insecureRegistry)
        args.push('--allow-insecure-registry', '--allow-http-registry');
    args.push(req.image);
    return args;
}
/**
 * Arguments of `cosign attest-blob` signing `req.statement` into `req.bundle`, with the same key,
 * service and transparency-log choices as {@link cosignSignArgs}.
 *
 * @throws SigningError when the installed cosign cannot sign a statement into a bundle.
 */
function cosignStatementArgs(req, caps) {
    // --statement and bundles for statements came with 2.6.0, as did the new bundle format.
    if (!caps.newBundleFormat) {
        throw new types/* SigningError */.uJ('signing attestations needs cosign >= 2.6.0 (attest-blob --statement)');
    }
    const args = ['attest-blob', '--yes'];
    if (req.key)
        args.push('--key', req.key);
    args.push('--new-bundle-format=true');
    const customFulcio = !req.key && req.fulcioUrl && req.fulcioUrl !== types/* DEFAULT_FULCIO_URL */.jl;
    const customRekor = req.rekorUrl && req.rekorUrl !== types/* DEFAULT_REKOR_URL */.AD;
    if (caps.signingConfig && (customFulcio || customRekor || !req.tlogUpload)) {
        args.push('--use-signing-config=false');
    }
    if (!req.tlogUpload)
        args.push('--tlog-upload=false');
    if (customFulcio)
        args.push('--fulcio-url', req.fulcioUrl);
    if (customRekor && req.tlogUpload)
        args.push('--rekor-url', req.rekorUrl);
    if (req.trustedRoot && caps.signTrustedRoot)
        args.push('--trusted-root', req.trustedRoot);
    args.push('--statement', req.statement, '--bundle', req.bundle);
    return args;
}
/** Arguments of `cosign verify` for `req`, with JSON output. */
function cosignVerifyArgs(req, caps) {
    const args = ['verify', '--output', 'json'];
    const p = req.policy;
    if ((0,types/* isKeyPolicy */.cy)(p))
        args.push('--key', p.key);
    else {
        // Passed as given: the sigstore backend searches for a regexp just as cosign does.
        if (p.certificateIdentity)
            args.push('--certificate-identity', p.certificateIdentity);
        else if (p.certificateIdentityRegexp) {
            args.push('--certificate-identity-regexp', p.certificateIdentityRegexp);
        }
        if (p.certificateOidcIssuerRegexp) {
            args.push('--certificate-oidc-issuer-regexp', p.certificateOidcIssuerRegexp);
        }
        else
            args.push('--certificate-oidc-issuer', p.certificateOidcIssuer);
    }
    if (caps.newBundleFormat)
        args.push('--new-bundle-format=true');
    if (!req.tlogUpload)
        args.push('--insecure-ignore-tlog=true');
    if (req.rekorUrl && req.rekorUrl !== types/* DEFAULT_REKOR_URL */.AD && req.tlogUpload) {
        args.push('--rekor-url', req.rekorUrl);
    }
    if (req.trustedRoot && caps.verifyTrustedRoot)
        args.push('--trusted-root', req.trustedRoot);
    if (req.insecureRegistry)
        args.push('--allow-insecure-registry', '--allow-http-registry');
    args.push(req.image);
    return args;
}
/** Parses `cosign verify --output json`: a JSON array of simple-signing payloads. */
function parseVerifyOutput(stdout) {
    const start = stdout.indexOf('[');
    if (start < 0)
        throw new types/* SigningError */.uJ('cosign verify printed no JSON result');
    let items;
    try {
        items = JSON.parse(stdout.slice(start));
    }
    catch (err) {
        throw new types/* SigningError */.uJ(`cosign verify printed invalid JSON (${(0,errors/* errorMessage */.gJ)(err)})`);
    }
    if (!Array.isArray(items))
        throw new types/* SigningError */.uJ('cosign verify printed no JSON array');
    return items.flatMap(item => {
        const it = item;
        const digest = it.critical?.image?.['docker-manifest-digest'];
        if (!digest)
            return [];
        const index = it.optional?.Bundle?.Payload?.logIndex;
        return [
            {
                digest,
                ...(it.optional?.Subject ? { identity: it.optional.Subject } : {}),
                ...(index !== undefined ? { rekorLogIndex: String(index) } : {})
            }
        ];
    });
}

;// CONCATENATED MODULE: ./src/signing/cosign.ts
/**
 * The cosign CLI backend: for KMS keys, hardware tokens and anyone who wants the reference
 * implementation. The wrapper builds argument lists (pure functions, table-tested), runs the
 * binary, turns stderr into errors and parses `verify --output json`.
 *
 * Key material never appears on a command line: files and KMS URIs are references, and a PEM
 * given as text travels in an environment variable read through cosign's `env://` scheme.
 * Passwords travel in `COSIGN_PASSWORD`, as cosign expects.
 *
 * @module
 */











/** The cosign binary. */
class Cosign {
    /** The binary that runs. */
    binPath;
    opts;
    versionOnce;
    constructor(opts) {
        this.opts = opts;
        this.binPath = opts.binPath ?? 'cosign';
    }
    /** Whether the binary runs at all; never throws. */
    async isAvailable() {
        try {
            await this.version();
            return true;
        }
        catch (err) {
            this.opts.logger.debug(`cosign at ${this.binPath} is not available: ${(0,errors/* errorMessage */.gJ)(err)}`);
            return false;
        }
    }
    /** The `gitVersion` of `cosign version --json` (e.g. `v2.6.1`), asked once. */
    version() {
        this.versionOnce ??= this.exec(['version', '--json']).then(out => {
            const parsed = JSON.parse(out.stdout);
            if (typeof parsed.gitVersion !== 'string')
                throw new Error('no gitVersion in its output');
            return parsed.gitVersion;
        });
        return this.versionOnce;
    }
    /** Whether the version satisfies a semver range; development builds (a commit) always do. */
    async versionSatisfies(range, version) {
        const v = version ?? (await this.version());
        if (/^[0-9a-f]{7,40}$/.test(v))
            return true;
        const clean = semver_default().coerce(v)?.version;
        return clean !== undefined && semver_default().satisfies(clean, range);
    }
    /** The public key PEM of a private key reference (file, `env://`, KMS): `cosign public-key`. */
    async publicKey(key, password) {
        const { key: ref, env } = this.keyEnv(key, password);
        const out = await this.exec(['public-key', '--key', ref], env);
        return out.stdout.trim();
    }
    /** Signs; `password` goes in `COSIGN_PASSWORD`, a PEM key text in an `env://` variable. */
    async sign(req, password) {
        const { key, env } = this.keyEnv(req.key, password);
        const caps = capabilitiesOf(await this.version());
        await this.exec(cosignSignArgs({ ...req, key }, caps), env);
    }
    /**
     * Signs an in-toto statement into a Sigstore bundle (`cosign attest-blob --statement`, cosign
     * >= 2.6.0) and returns the bundle bytes. The statement and bundle live in a private temporary
     * directory, removed afterwards; key and password travel as in {@link Cosign.sign}.
     */
    async signStatement(req, statement, password) {
        const { key, env } = this.keyEnv(req.key, password);
        const caps = capabilitiesOf(await this.version());
        const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(this.opts.env?.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'digest-promote-attest-'));
        try {
            const paths = { statement: (0,external_node_path_.join)(dir, 'statement.json'), bundle: (0,external_node_path_.join)(dir, 'bundle.json') };
            await (0,promises_.writeFile)(paths.statement, statement, { mode: 0o600 });
            await this.exec(cosignStatementArgs({ ...req, ...paths, key }, caps), env);
            try {
                return await (0,promises_.readFile)(paths.bundle);
            }
            catch (err) {
                throw new types/* SigningError */.uJ(`cosign attest-blob wrote no bundle (${(0,errors/* errorMessage */.gJ)(err)})`);
            }
        }
        finally {
            await (0,promises_.rm)(dir, { recursive: true, force: true });
        }
    }
    /** The key reference to pass and the variables that carry the key text and password. */
    keyEnv(key, password) {
        const env = {};
        if (key?.includes('-----BEGIN ')) {
            (0,keys/* maskPem */.rL)(key, this.opts.logger);
            env.DIGEST_PROMOTE_COSIGN_KEY = key;
            key = 'env://DIGEST_PROMOTE_COSIGN_KEY';
        }
        if (password !== undefined) {
            this.opts.logger.setSecret(password);
            env.COSIGN_PASSWORD = password;
        }
        else if (key && !(0,keys/* isKmsReference */.td)(key)) {
            // cosign prompts on a terminal otherwise; an empty password fails fast instead.
            env.COSIGN_PASSWORD = this.opts.env?.COSIGN_PASSWORD ?? '';
        }
        return { key, env };
    }
    /** Verifies; the signatures cosign accepted, or a {@link SigningError} with cosign's words. */
    async verify(req) {
        const env = {};
        let policy = req.policy;
        if ((0,types/* isKeyPolicy */.cy)(policy) && policy.key.includes('-----BEGIN ')) {
            env.DIGEST_PROMOTE_COSIGN_PUBLIC_KEY = policy.key;
            policy = { key: 'env://DIGEST_PROMOTE_COSIGN_PUBLIC_KEY' };
        }
        const caps = capabilitiesOf(await this.version());
        const out = await this.exec(cosignVerifyArgs({ ...req, policy }, caps), env);
        return parseVerifyOutput(out.stdout);
    }
    async exec(args, extraEnv = {}) {
        this.opts.logger.debug(`running ${this.binPath} ${args.join(' ')}`);
        const env = { ...stringEnv(this.opts.env ?? process.env), ...extraEnv };
        const run = this.opts.run ?? defaultRun;
        const out = await run(this.binPath, args, env);
        if (out.exitCode !== 0) {
            const lines = out.stderr.trim().split(/\r?\n/).filter(Boolean);
            const detail = lines.slice(-3).join(' | ') || `exit code ${out.exitCode}`;
            throw new types/* SigningError */.uJ(`cosign ${args[0]} failed: ${detail}`);
        }
        return out;
    }
}
/** Signs with the cosign CLI: digests (`cosign sign`) and statements (`cosign attest-blob`). */
class CosignSigner {
    cosign;
    opts;
    constructor(cosign, opts) {
        this.cosign = cosign;
        this.opts = opts;
    }
    /** Signs `image` unless a signature that verifies under the policy is already attached. */
    async sign(image) {
        const digest = requireDigest(image);
        const { request, password } = this.opts;
        const policy = this.opts.policy ??
            (request.key ? { key: await this.cosign.publicKey(request.key, password) } : undefined);
        const verifier = new CosignVerifier(this.cosign, request);
        if (policy) {
            const existing = await verifier.verify(image, policy);
            if (existing.verified)
                return { backend: 'cosign', digest, created: false, ...details(existing) };
        }
        await this.cosign.sign({ ...request, image: image.normalized }, password);
        if (!policy)
            return { backend: 'cosign', digest, created: true };
        const check = await verifier.verify(image, policy);
        if (!check.verified) {
            throw new types/* SigningError */.uJ(`cosign signed ${digest}, but it does not verify: ${check.reason}`);
        }
        return { backend: 'cosign', digest, created: true, ...details(check) };
    }
    /**
     * Who this signer's bundles verify as: the configured policy, else the key's public half
     * (`cosign public-key`); `undefined` keyless without a configured identity.
     */
    async signerPolicy() {
        const { request, password } = this.opts;
        if (this.opts.policy)
            return this.opts.policy;
        return request.key ? { key: await this.cosign.publicKey(request.key, password) } : undefined;
    }
    /** Signs an in-toto statement with the same key or keyless identity as `cosign sign` would. */
    async signStatement(statement) {
        // No registry flag: attest-blob talks to Fulcio and Rekor only.
        const { key, fulcioUrl, rekorUrl, tlogUpload, trustedRoot } = this.opts.request;
        const bundle = await this.cosign.signStatement({ key, fulcioUrl, rekorUrl, tlogUpload, trustedRoot }, statement, this.opts.password);
        return { backend: 'cosign', bundle };
    }
}
/** Verifies with the cosign CLI. */
class CosignVerifier {
    cosign;
    request;
    constructor(cosign, request) {
        this.cosign = cosign;
        this.request = request;
    }
    /** Runs `cosign verify`; a refusal becomes `verified: false` with cosign's reason. */
    async verify(image, policy) {
        const digest = requireDigest(image);
        let found;
        try {
            found = await this.cosign.verify({ ...this.request, image: image.normalized, policy });
        }
        catch (err) {
            if (!(err instanceof types/* SigningError */.uJ))
                throw err;
            return { verified: false, backend: 'cosign', reason: err.message };
        }
        const match = found.find(f => f.digest === digest);
        if (!match) {
            return {
                verified: false,
                backend: 'cosign',
                reason: `cosign verified no signature of ${digest} by ${(0,types/* describePolicy */.wy)(policy)}`
            };
        }
        const identity = match.identity ?? ((0,types/* isKeyPolicy */.cy)(policy) ? undefined : policy.certificateIdentity);
        const fingerprint = (0,types/* isKeyPolicy */.cy)(policy) ? pemFingerprint(policy.key) : undefined;
        return {
            verified: true,
            backend: 'cosign',
            ...(identity ? { identity } : {}),
            ...(fingerprint ? { keyFingerprint: fingerprint } : {}),
            ...(match.rekorLogIndex ? { rekorLogIndex: match.rekorLogIndex } : {})
        };
    }
}
/** The fingerprint of a PEM public key, or `undefined` for references (files, KMS). */
function pemFingerprint(key) {
    if (!key.includes('-----BEGIN '))
        return undefined;
    try {
        return (0,keys/* keyFingerprint */.yy)((0,external_node_crypto_.createPublicKey)(key));
    }
    catch {
        return undefined;
    }
}
function details(r) {
    const out = {};
    if (r.identity)
        out.identity = r.identity;
    if (r.keyFingerprint)
        out.keyFingerprint = r.keyFingerprint;
    if (r.rekorLogIndex)
        out.rekorLogIndex = r.rekorLogIndex;
    return out;
}
function requireDigest(image) {
    if (!image.digest)
        throw new types/* SigningError */.uJ(`${image.familiar} has no digest; use repo@digest`);
    return image.digest;
}
function stringEnv(env) {
    return Object.fromEntries(Object.entries(env).filter((e) => e[1] !== undefined));
}
const defaultRun = (bin, args, env) => (0,exec/* getExecOutput */.H)(bin, args, { env, silent: true, ignoreReturnCode: true });

;// CONCATENATED MODULE: ./src/signing/backends.ts
/**
 * Picks and builds a backend from settings, so callers deal with {@link Signer} and
 * {@link Verifier} only.
 *
 * @module
 */




/** The sigstore backend, loaded on first use: most runs never sign or check a bundle. */
let sigstoreModule;
const loadSigstore = () => (sigstoreModule ??= Promise.all(/* import() */[__webpack_require__.e(2856), __webpack_require__.e(5505), __webpack_require__.e(9042), __webpack_require__.e(3917), __webpack_require__.e(5179), __webpack_require__.e(1805), __webpack_require__.e(5604)]).then(__webpack_require__.bind(__webpack_require__, 75604)));
/** A signer whose sigstore implementation is loaded (once) when it first signs. */
function lazySigstoreSigner(make) {
    let signer;
    const get = () => (signer ??= loadSigstore().then(make));
    return {
        sign: async (image) => (await get()).sign(image),
        signerPolicy: async () => (await get()).signerPolicy(),
        signStatement: async (statement) => (await get()).signStatement(statement)
    };
}
/** The backend `config` names, resolving `auto` by running `cosign version`. */
async function resolveBackend(config, logger) {
    if (config.backend !== 'auto')
        return config.backend;
    const available = await cosignFor(config, logger).isAvailable();
    logger.debug(`signing: auto chose ${available ? 'cosign' : 'sigstore'}`);
    return available ? 'cosign' : 'sigstore';
}
/**
 * The policy verification uses: `public-key`, else a certificate identity, else the public half
 * of `cosign-key` (whoever holds the private key may vouch for its public key); `undefined` when
 * nothing is configured.
 */
async function resolvePolicy(config, backend, logger) {
    if (config.publicKey)
        return { key: config.publicKey };
    if (config.certificateIdentity || config.certificateIdentityRegexp) {
        return {
            ...(config.certificateIdentity ? { certificateIdentity: config.certificateIdentity } : {}),
            ...(config.certificateIdentityRegexp
                ? { certificateIdentityRegexp: config.certificateIdentityRegexp }
                : {}),
            certificateOidcIssuer: config.certificateOidcIssuer,
            ...(config.certificateOidcIssuerRegexp
                ? { certificateOidcIssuerRegexp: config.certificateOidcIssuerRegexp }
                : {})
        };
    }
    if (!config.key)
        return undefined;
    if (backend === 'cosign' || (0,keys/* isKmsReference */.td)(config.key)) {
        return { key: await cosignFor(config, logger).publicKey(config.key, config.password) };
    }
    const privateKey = (0,keys/* loadPrivateKey */.PM)((0,keys/* resolveKeyText */.rd)(config.key, config.env, logger), config.password, {
        openSecretbox: config.openSecretbox
    });
    return { key: (0,external_node_crypto_.createPublicKey)(privateKey).export({ format: 'pem', type: 'spki' }).toString() };
}
/** The signer of `backend`. */
function createSigner(client, image, config, backend, policy, logger) {
    return buildSigner(client, image, config, backend, policy, logger);
}
/**
 * The statement (attestation) signer of `backend`: the same object and settings as
 * {@link createSigner}, so attestations are signed with exactly the key or keyless identity
 * digests are.
 */
function createStatementSigner(client, image, config, backend, policy, logger) {
    return buildSigner(client, image, config, backend, policy, logger);
}
/**
 * A verifier of single bundles (attestations) for either backend. Bundles are the standard
 * format, so they are checked in process whichever backend made them, with the trust settings
 * the sigstore backend's signature gate uses.
 */
async function createBundleVerifier(client, config, logger) {
    const { SigstoreVerifier } = await loadSigstore();
    return new SigstoreVerifier(sigstoreVerifierOptions(client, config, logger));
}
/**
 * `policy` ready for in-process verification: a KMS public key is replaced by its PEM, asked of
 * `cosign public-key` (the only backend that reaches KMS); anything else is returned as is.
 */
async function inProcessPolicy(config, policy, logger) {
    if (!(0,types/* isKeyPolicy */.cy)(policy) || !(0,keys/* isKmsReference */.td)(policy.key))
        return policy;
    return { key: await cosignFor(config, logger).publicKey(policy.key) };
}
function buildSigner(client, image, config, backend, policy, logger) {
    if (backend === 'cosign') {
        return new CosignSigner(cosignFor(config, logger), {
            request: {
                key: config.key,
                fulcioUrl: config.fulcioUrl,
                rekorUrl: config.rekorUrl,
                tlogUpload: config.tlogUpload,
                trustedRoot: config.trustedRoot,
                insecureRegistry: insecure(config, image)
            },
            password: config.password,
            policy
        });
    }
    return lazySigstoreSigner(({ SigstoreSigner }) => new SigstoreSigner({
        ...sigstoreVerifierOptions(client, config, logger),
        fulcioUrl: config.fulcioUrl,
        rekorUrl: config.rekorUrl,
        tlogUpload: config.tlogUpload,
        key: config.key,
        password: config.password,
        openSecretbox: config.openSecretbox,
        ...(policy && !('key' in policy) ? { policy } : {})
    }));
}
/** The verifier of `backend`. */
function createVerifier(client, image, config, backend, logger) {
    if (backend === 'cosign') {
        return new CosignVerifier(cosignFor(config, logger), {
            rekorUrl: config.rekorUrl,
            tlogUpload: config.tlogUpload,
            trustedRoot: config.trustedRoot,
            insecureRegistry: insecure(config, image)
        });
    }
    const options = sigstoreVerifierOptions(client, config, logger);
    return {
        verify: async (i, p) => new (await Promise.all(/* import() */[__webpack_require__.e(2856), __webpack_require__.e(5505), __webpack_require__.e(9042), __webpack_require__.e(3917), __webpack_require__.e(1805), __webpack_require__.e(252)]).then(__webpack_require__.bind(__webpack_require__, 50252))).SignatureLayoutsVerifier(options).verify(i, p)
    };
}
function sigstoreVerifierOptions(client, config, logger) {
    return {
        client,
        logger,
        env: config.env,
        trustedRootPath: config.trustedRoot,
        // A key signature must be in Rekor only when signatures are logged and a root can check it.
        requireTlog: config.tlogUpload && config.trustedRoot !== undefined
    };
}
function cosignFor(config, logger) {
    return new Cosign({ binPath: config.cosignBin, logger, env: config.env });
}
const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])(:\d+)?$/;
function insecure(config, image) {
    return LOOPBACK.test(image.domain) || (config.insecureRegistries ?? []).includes(image.domain);
}
/** The fingerprint of a key policy's public key, for gate details; undefined for keyless or KMS. */
function fingerprintOf(policy, opts, logger) {
    if (!(0,types/* isKeyPolicy */.cy)(policy) || (0,keys/* isKmsReference */.td)(policy.key))
        return undefined;
    try {
        return (0,keys/* keyFingerprint */.yy)((0,keys/* loadPublicKey */.fg)((0,keys/* resolveKeyText */.rd)(policy.key, opts.env, logger)));
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 6663:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hf: () => (/* binding */ LocalKeySigner),
/* harmony export */   PM: () => (/* binding */ loadPrivateKey),
/* harmony export */   fg: () => (/* binding */ loadPublicKey),
/* harmony export */   p4: () => (/* binding */ keyHint),
/* harmony export */   rL: () => (/* binding */ maskPem),
/* harmony export */   rd: () => (/* binding */ resolveKeyText),
/* harmony export */   td: () => (/* reexport safe */ _kms_js__WEBPACK_IMPORTED_MODULE_4__.t),
/* harmony export */   yy: () => (/* binding */ keyFingerprint)
/* harmony export */ });
/* unused harmony exports naclSecretboxOpen, decryptCosignKey */
/* harmony import */ var _noble_ciphers_salsa_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(46382);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _kms_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(74442);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(14410);

/**
 * Signing keys for the sigstore backend, kept in memory only: PEM texts, `env://VAR`
 * references and files, in the formats cosign reads.
 *
 * cosign's own `cosign.key` (`ENCRYPTED SIGSTORE PRIVATE KEY`) is scrypt + NaCl secretbox
 * (go-securesystemslib `encrypted`). node:crypto has scrypt but no XSalsa20-Poly1305, so opening
 * the box is a seam ({@link SecretboxOpen}) until a vetted implementation is a dependency;
 * unencrypted and OpenSSL-encrypted PKCS#8 keys work with node:crypto alone.
 *
 * @module
 */





// In their own module so that parsing the signing inputs does not load the key code below.

/** PEM types of cosign's encrypted key files (the old name and the current one). */
const COSIGN_KEY_TYPES = ['ENCRYPTED SIGSTORE PRIVATE KEY', 'ENCRYPTED COSIGN PRIVATE KEY'];
/** scrypt parameters go-securesystemslib writes (legacy, standard, OWASP); others are refused. */
const SCRYPT_N = new Set([32768, 65536, 131072]);
/** NaCl secretbox (XSalsa20-Poly1305) as cosign.key uses it; undefined when the tag does not verify. */
const naclSecretboxOpen = (key, nonce, box) => {
    try {
        return Buffer.from((0,_noble_ciphers_salsa_js__WEBPACK_IMPORTED_MODULE_5__/* .secretbox */ .EY)(key, nonce).open(box));
    }
    catch {
        return undefined;
    }
};
/**
 * The PEM text a key reference names: the text itself, `env://VAR`, or a file path. Every line
 * of the text is masked in logs before it is returned.
 */
function resolveKeyText(ref, env, logger) {
    let text;
    if (ref.includes('-----BEGIN '))
        text = ref;
    else if (ref.startsWith('env://')) {
        const name = ref.slice('env://'.length);
        const value = env[name];
        if (!value)
            throw new _types_js__WEBPACK_IMPORTED_MODULE_3__/* .SigningError */ .uJ(`key ${ref}: environment variable ${name} is not set`);
        text = value;
    }
    else if ((0,_kms_js__WEBPACK_IMPORTED_MODULE_4__/* .isKmsReference */ .t)(ref)) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_3__/* .SigningError */ .uJ(`key ${ref}: KMS keys need the cosign backend; set signing: cosign and install cosign`);
    }
    else {
        try {
            text = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(ref, 'utf8');
        }
        catch (err) {
            throw new _types_js__WEBPACK_IMPORTED_MODULE_3__/* .SigningError */ .uJ(`key ${ref}: cannot read it (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(err)})`);
        }
    }
    if (/PRIVATE KEY-----/.test(text))
        maskPem(text, logger);
    return text;
}
/** Masks a PEM text and each of its base64 lines, since loggers mask line by line. */
function maskPem(text, logger) {
    logger.setSecret(text);
    for (const line of text.split(/\r?\n/)) {
        if (line.trim() && !line.startsWith('-----'))
            logger.setSecret(line.trim());
    }
}
/**
 * Loads a private key: cosign's encrypted format, OpenSSL-encrypted PKCS#8 (`ENCRYPTED PRIVATE
 * KEY`), or unencrypted PKCS#8 / SEC 1. Only ECDSA P-256 is accepted, the key type cosign
 * generates and the one sigstore verifiers check with SHA-256.
 */
function loadPrivateKey(pem, password, opts = {}) {
    const type = /-----BEGIN ([A-Z0-9 ]+)-----/.exec(pem)?.[1];
    let key;
    if (type && COSIGN_KEY_TYPES.includes(type)) {
        const der = decryptCosignKey(pem, password, opts.openSecretbox);
        key = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPrivateKey)({ key: der, format: 'der', type: 'pkcs8' });
    }
    else if (type === 'ENCRYPTED PRIVATE KEY') {
        if (password === undefined)
            throw missingPassword();
        try {
            key = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPrivateKey)({ key: pem, format: 'pem', passphrase: password });
        }
        catch {
            throw wrongPassword();
        }
    }
    else if (type === 'PRIVATE KEY' || type === 'EC PRIVATE KEY') {
        try {
            key = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPrivateKey)({ key: pem, format: 'pem' });
        }
        catch (err) {
            throw new _types_js__WEBPACK_IMPORTED_MODULE_3__/* .SigningError */ .uJ(`private key: cannot parse the ${type} PEM (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(err)})`);
        }
    }
    else {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_3__/* .SigningError */ .uJ(`private key: unsupported PEM type ${type ? `'${type}'` : '(none)'}; ` +
            'use a cosign.key, a PKCS#8 PEM (PRIVATE KEY / ENCRYPTED PRIVATE KEY) or an EC PRIVATE KEY');
    }
    assertP256(key, 'private key');
    return key;
}
/** Loads a public key PEM (SubjectPublicKeyInfo), ECDSA P-256 only. */
function loadPublicKey(pem) {
    let key;
    try {
        key = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)({ key: pem, format: 'pem' });
    }
    catch (err) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_3__/* .SigningError */ .uJ(`public key: not a PEM public key (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(err)})`);
    }
    assertP256(key, 'public key');
    return key;
}
/** `sha256:<hex>` of the key's SubjectPublicKeyInfo DER: how messages name a key. */
function keyFingerprint(key) {
    const der = key.export({ format: 'der', type: 'spki' });
    return `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(der).digest('hex')}`;
}
/** The bundle's public key hint, as sigstore-go writes it: base64 of the SPKI DER's sha256. */
function keyHint(key) {
    const der = key.export({ format: 'der', type: 'spki' });
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(der).digest('base64');
}
/** A sigstore-js signer over a local private key: ECDSA P-256 with SHA-256, DER signatures. */
class LocalKeySigner {
    privateKey;
    publicKeyPem;
    hint;
    constructor(privateKey) {
        this.privateKey = privateKey;
        const publicKey = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)(privateKey);
        this.publicKeyPem = publicKey.export({ format: 'pem', type: 'spki' }).toString();
        this.hint = keyHint(publicKey);
    }
    /** Signs `data` (the DSSE pre-authentication encoding). */
    sign(data) {
        const signature = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.sign)('sha256', data, this.privateKey);
        return Promise.resolve({
            signature,
            key: { $case: 'publicKey', publicKey: this.publicKeyPem, hint: this.hint }
        });
    }
}
/**
 * Decrypts cosign's key envelope to PKCS#8 DER: scrypt(password, salt, N, r, p) gives the
 * 32-byte secretbox key, which opens the ciphertext with the envelope's nonce.
 */
function decryptCosignKey(pem, password, openSecretbox = naclSecretboxOpen) {
    const body = pem
        .replace(/-----(BEGIN|END) [A-Z ]+-----/g, '')
        .replace(/\s+/g, '')
        .trim();
    let envelope;
    try {
        envelope = JSON.parse(Buffer.from(body, 'base64').toString('utf8'));
    }
    catch {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_3__/* .SigningError */ .uJ('cosign key: the PEM body is not the JSON envelope cosign writes');
    }
    const { kdf, cipher } = envelope;
    const params = kdf?.params;
    if (kdf?.name !== 'scrypt' || !params || !SCRYPT_N.has(params.N ?? 0) || params.r !== 8) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_3__/* .SigningError */ .uJ('cosign key: unsupported key derivation (expected scrypt, r=8)');
    }
    if (params.p !== 1)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_3__/* .SigningError */ .uJ('cosign key: unsupported scrypt parameter p');
    if (cipher?.name !== 'nacl/secretbox') {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_3__/* .SigningError */ .uJ(`cosign key: unsupported cipher ${JSON.stringify(cipher?.name)}`);
    }
    const nonce = Buffer.from(cipher.nonce ?? '', 'base64');
    if (nonce.length !== 24)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_3__/* .SigningError */ .uJ('cosign key: the nonce is not 24 bytes');
    if (!openSecretbox) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_3__/* .SigningError */ .uJ('cosign key: ENCRYPTED SIGSTORE PRIVATE KEY files need NaCl secretbox, which this build ' +
            'lacks; export the key as PKCS#8 (openssl pkcs8 -topk8) or use signing: cosign');
    }
    if (password === undefined)
        throw missingPassword();
    const N = params.N;
    const key = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.scryptSync)(password, Buffer.from(kdf.salt ?? '', 'base64'), 32, {
        N,
        r: 8,
        p: 1,
        // 128 * N * r bytes, plus headroom: the default 32 MiB is too small for N >= 2^15.
        maxmem: 256 * N * 8 + 1024 * 1024
    });
    const plain = openSecretbox(key, nonce, Buffer.from(envelope.ciphertext ?? '', 'base64'));
    key.fill(0);
    if (!plain)
        throw wrongPassword();
    return plain;
}
function assertP256(key, what) {
    const curve = key.asymmetricKeyDetails?.namedCurve;
    if (key.asymmetricKeyType !== 'ec' || curve !== 'prime256v1') {
        const found = key.asymmetricKeyType === 'ec' ? `EC ${curve}` : String(key.asymmetricKeyType);
        throw new _types_js__WEBPACK_IMPORTED_MODULE_3__/* .SigningError */ .uJ(`${what}: ${found} is not supported; use an ECDSA P-256 key (cosign generate-key-pair)`);
    }
}
function missingPassword() {
    return new _types_js__WEBPACK_IMPORTED_MODULE_3__/* .SigningError */ .uJ('private key is encrypted but no password was given; set cosign-password or COSIGN_PASSWORD');
}
function wrongPassword() {
    return new _types_js__WEBPACK_IMPORTED_MODULE_3__/* .SigningError */ .uJ('private key: decryption failed; check cosign-password (or COSIGN_PASSWORD)');
}


/***/ }),

/***/ 62959:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _i: () => (/* binding */ signDigest),
  DW: () => (/* binding */ signatureCheck),
  AM: () => (/* binding */ signatureGate),
  SI: () => (/* binding */ signatureRequired)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/signing/backends.ts + 2 modules
var backends = __webpack_require__(76532);
;// CONCATENATED MODULE: ./src/signing/gate-text.ts
/**
 * The words of the `signature` gate: what passed, and how to fix what did not.
 *
 * @module
 */
/** `<backend>: <identity or key fingerprint>, rekor <index>` for a passed gate. */
function passedDetail(backend, r) {
    const who = r.identity ?? r.keyFingerprint ?? 'verified';
    return `${backend}: ${who}, ${r.rekorLogIndex ? `rekor ${r.rekorLogIndex}` : 'not in rekor'}`;
}
/**
 * How to fix a refusal, chosen by what was found (the reasons are those of `refusals.ts`, or
 * cosign's own words): nothing attached, another key, another identity, a certificate or log
 * entry the trusted root does not vouch for, or a bundle altered after signing.
 */
function fixFor(reason, expected) {
    if (/no Sigstore bundle is attached|no signatures? found|no matching signatures/i.test(reason)) {
        return `sign the digest as ${expected} (sign: true, or cosign sign) before promoting; signatures are referrers of the digest, so copy them along when the image moves registries`;
    }
    if (/signed statement is for/.test(reason)) {
        return 'the attached signature belongs to another digest; sign this digest';
    }
    if (/signed by another key|does not verify with key/.test(reason)) {
        return `sign with ${expected}, or trust the key that did sign (public-key)`;
    }
    if (/is signed by|signed keylessly|signed with a key|none of the expected identities/.test(reason)) {
        return `sign as ${expected}, or trust the signer that did (certificate-identity or certificate-identity-regexp, certificate-oidc-issuer or certificate-oidc-issuer-regexp; or public-key)`;
    }
    if (/trusted root does not vouch for|trusted root vouches for/.test(reason)) {
        return 'the signature comes from another Sigstore instance than trusted-root names (or a forged one); set trusted-root to the instance that signed, or re-sign the digest';
    }
    if (/altered after signing/.test(reason)) {
        return 'the attached signature no longer matches what was signed (changed in the registry or on the way); do not promote this digest until it is re-signed and the change explained';
    }
    return 'check the signing inputs and re-sign the digest';
}

// EXTERNAL MODULE: ./src/signing/types.ts
var types = __webpack_require__(14410);
;// CONCATENATED MODULE: ./src/signing/signature-gate.ts




/** Whether an environment needs a signature: `require-signature`, else whether it is protected. */
function signatureRequired(opts, protectedEnvironment) {
    return opts.requireSignature ?? protectedEnvironment;
}
/**
 * The `signature` gate: verifies `image` (`repo@digest`) under the configured policy.
 *
 * @returns `passed` with who signed; `skipped` when not required and no policy is configured;
 *   `failed` (with a warning, not a throw) when not required but a configured check fails.
 * @throws GateError when required and no signature verifies (or nothing says whose to trust).
 */
async function signatureGate(client, image, opts, required, logger, context = {}) {
    return (await signatureCheck(client, image, opts, required, logger, context)).gate;
}
/**
 * {@link signatureGate}, also returning what verified (signer, issuer, log entry), for the
 * `verify` command to show: the same gate, not a copy of it.
 */
async function signatureCheck(client, image, opts, required, logger, context = {}) {
    const digest = image.digest;
    if (!digest)
        throw new Error(`signatureGate needs repo@digest, got ${image.familiar}`);
    const where = context.environment ?? 'this environment';
    const backend = await (0,backends/* resolveBackend */.Bm)(opts, logger);
    if (backend === 'none') {
        if (!required)
            return { gate: skipped(where) };
        throw new errors/* GateError */.ue('signature', `${where} requires a signature but 'signing' is none`, "set 'signing' to sigstore or cosign");
    }
    const policy = await (0,backends/* resolvePolicy */.nZ)(opts, backend, logger);
    if (!policy) {
        if (!required)
            return { gate: skipped(where) };
        throw new errors/* GateError */.ue('signature', `${digest} must be signed for ${where}, but no signer to trust is configured`, 'set public-key, or certificate-identity (or certificate-identity-regexp) with certificate-oidc-issuer');
    }
    const expected = (0,types/* describePolicy */.wy)(policy, (0,backends/* fingerprintOf */.ax)(policy, opts, logger));
    let result;
    try {
        result = await (0,backends/* createVerifier */.$A)(client, image, opts, backend, logger).verify(image, policy);
    }
    catch (err) {
        if (!(err instanceof types/* SigningError */.uJ))
            throw err;
        throw new errors/* GateError */.ue('signature', `cannot check ${digest} for ${expected}: ${err.message}`, 'fix the signing inputs named above');
    }
    if (result.verified) {
        return {
            gate: { name: 'signature', result: 'passed', detail: passedDetail(backend, result) },
            verified: result
        };
    }
    const reason = `${digest} has no signature from ${expected}; found: ${result.reason ?? 'nothing'}`;
    if (!required) {
        logger.warning(`signature check (not required for ${where}): ${reason}`);
        return { gate: { name: 'signature', result: 'failed', detail: reason } };
    }
    throw new errors/* GateError */.ue('signature', reason, fixFor(result.reason ?? '', expected));
}
/**
 * Signs `image` when `sign` is set (capture, promote), unless a signature by the same key or
 * identity is already attached.
 *
 * @returns what signing did, or `undefined` when signing is off.
 */
async function signDigest(client, image, opts, logger) {
    if (!opts.sign)
        return undefined;
    const backend = await (0,backends/* resolveBackend */.Bm)(opts, logger);
    if (backend === 'none')
        return undefined;
    const policy = await (0,backends/* resolvePolicy */.nZ)(opts, backend, logger);
    const result = await (0,backends/* createSigner */.rO)(client, image, opts, backend, policy, logger).sign(image);
    const who = result.identity ?? result.keyFingerprint ?? 'keyless';
    logger.info(`${result.created ? 'signed' : 'already signed'} ${result.digest} (${backend}: ${who}` +
        `${result.rekorLogIndex ? `, rekor ${result.rekorLogIndex}` : ''})`);
    return result;
}
function skipped(where) {
    return {
        name: 'signature',
        result: 'skipped',
        detail: `not required for ${where}; no signature checked`
    };
}


/***/ })

};
