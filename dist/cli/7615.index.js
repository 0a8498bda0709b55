export const id = 7615;
export const ids = [7615,2089];
export const modules = {

/***/ 6702:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ createOctokit)
/* harmony export */ });
/**
 * One Octokit for the run, with retries on server errors and rate-limit
 * throttling (one retry, then fail with GitHub's message), like
 * create-pull-request's octokit client. Proxies come from @actions/http-client.
 * Octokit and its plugins are loaded here, on first use: most commands never call GitHub.
 */
async function createOctokit(token, opts) {
    opts.logger.setSecret(token);
    const [{ getOctokit }, { retry }, { throttling }] = await Promise.all([
        __webpack_require__.e(/* import() */ 1758).then(__webpack_require__.bind(__webpack_require__, 11758)),
        Promise.all(/* import() */[__webpack_require__.e(3251), __webpack_require__.e(9735)]).then(__webpack_require__.bind(__webpack_require__, 49735)),
        Promise.all(/* import() */[__webpack_require__.e(3251), __webpack_require__.e(6856)]).then(__webpack_require__.bind(__webpack_require__, 86856))
    ]);
    return getOctokit(token, {
        baseUrl: opts.baseUrl,
        userAgent: 'digest-promote',
        throttle: {
            onRateLimit: onLimit('rate limit', opts.logger),
            onSecondaryRateLimit: onLimit('secondary rate limit', opts.logger)
        },
        retry: { doNotRetry: [400, 401, 403, 404, 409, 422, 429] }
    }, retry, throttling);
}
/** Warns once and retries once when GitHub says to wait; then the request fails with its message. */
function onLimit(kind, logger) {
    return (retryAfter, options, _o, retryCount) => {
        logger.warning(`GitHub ${kind} on ${options.method} ${options.url}; retry in ${retryAfter} s`);
        return retryCount < 1;
    };
}


/***/ }),

/***/ 90885:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BV: () => (/* binding */ readInTotoStatement),
/* harmony export */   Fc: () => (/* binding */ PROMOTION_PREDICATE_TYPE),
/* harmony export */   HC: () => (/* binding */ promotionStatement),
/* harmony export */   Xp: () => (/* binding */ sameEvent),
/* harmony export */   en: () => (/* binding */ ENVIRONMENT_ANNOTATION),
/* harmony export */   nn: () => (/* binding */ PREDICATE_TYPE_ANNOTATION),
/* harmony export */   w3: () => (/* binding */ promotionAnnotations),
/* harmony export */   wo: () => (/* binding */ parsePromotionStatement)
/* harmony export */ });
/* harmony import */ var _ledger_validate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(69664);
/* harmony import */ var _registry_reference_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(79310);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(14410);
/**
 * The promotion attestation payload: an in-toto Statement v1 whose only subject is the promoted
 * image digest and whose predicate is the ledger event that moved it, exactly as the ledger
 * stores it (schemas/promotion-event.schema.json is the contract of both).
 *
 * Pure functions only: building the statement, the referrer annotations, and judging a signed
 * payload. Signing and the registry are in attestation.ts.
 *
 * @module
 */



/** Predicate type of a promotion attestation. */
const PROMOTION_PREDICATE_TYPE = 'https://digest-promote.dev/attestations/promotion/v1';
/** The annotation cosign and others filter bundle referrers by. */
const PREDICATE_TYPE_ANNOTATION = 'dev.sigstore.bundle.predicateType';
/**
 * The annotation naming the environment of a promotion attestation. Unsigned, so it only narrows
 * which bundles are worth verifying; the signed predicate decides.
 */
const ENVIRONMENT_ANNOTATION = 'dev.digest-promote.environment';
/**
 * The statement signed for `event`: subject `image`'s repository and digest, predicate the event.
 * The bytes are a pure function of the arguments, but verifiers compare parsed fields only.
 *
 * @throws InvalidReferenceError when `image` has no valid digest.
 */
function promotionStatement(image, event) {
    const { algorithm, hex } = (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDigest */ .m)(image.digest ?? '');
    return Buffer.from(JSON.stringify({
        _type: _types_js__WEBPACK_IMPORTED_MODULE_2__/* .IN_TOTO_STATEMENT_V1 */ .tV,
        subject: [{ name: image.repository, digest: { [algorithm]: hex } }],
        predicateType: PROMOTION_PREDICATE_TYPE,
        predicate: event
    }));
}
/**
 * The annotations of a promotion attestation referrer: cosign's bundle annotations with our
 * predicate type, and the environment, so readers can pick bundles without fetching them.
 */
function promotionAnnotations(event) {
    return {
        'dev.sigstore.bundle.content': 'dsse-envelope',
        [PREDICATE_TYPE_ANNOTATION]: PROMOTION_PREDICATE_TYPE,
        [ENVIRONMENT_ANNOTATION]: event.environment
    };
}
/**
 * Reads a signed DSSE payload as a promotion attestation of `digest`: an in-toto v1 statement
 * with our predicate type, `digest` among its subjects, and a predicate that is a valid ledger
 * event about `digest`. The environment is not judged here, so callers can say which one an
 * attestation is for.
 */
function parsePromotionStatement(payloadType, payload, digest) {
    const read = readInTotoStatement(payloadType, payload);
    if ('problem' in read)
        return read;
    const { statement } = read;
    if (statement._type !== _types_js__WEBPACK_IMPORTED_MODULE_2__/* .IN_TOTO_STATEMENT_V1 */ .tV) {
        return {
            problem: `statement type is ${JSON.stringify(statement._type)}, not ${_types_js__WEBPACK_IMPORTED_MODULE_2__/* .IN_TOTO_STATEMENT_V1 */ .tV}`
        };
    }
    if (statement.predicateType !== PROMOTION_PREDICATE_TYPE) {
        return {
            problem: `predicate type is ${JSON.stringify(statement.predicateType)}, not ${PROMOTION_PREDICATE_TYPE}`
        };
    }
    const { algorithm, hex } = (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDigest */ .m)(digest);
    const subjects = Array.isArray(statement.subject) ? statement.subject : [];
    if (!subjects.some(s => s?.digest?.[algorithm] === hex)) {
        const named = subjects
            .flatMap(s => Object.entries(s?.digest ?? {}).map(([alg, h]) => `${alg}:${String(h)}`))
            .slice(0, 3);
        return {
            problem: `attests ${named.length > 0 ? named.join(', ') : 'no digest'}, not ${digest}`
        };
    }
    const problem = (0,_ledger_validate_js__WEBPACK_IMPORTED_MODULE_0__/* .eventProblem */ .I)(statement.predicate);
    if (problem)
        return { problem: `its predicate is not a promotion event: ${problem}` };
    const event = statement.predicate;
    if (event.digest !== digest) {
        return { problem: `its event ${event.id} moved ${event.digest}, not ${digest}` };
    }
    return { event };
}
/** Why a value is not a ledger event; the ledger's own check. */

/**
 * Whether two events are the same record: equal JSON with object keys in any order, so an event
 * read back from a bundle matches the one built in memory.
 */
function sameEvent(a, b) {
    return canonicalJson(a) === canonicalJson(b);
}
function canonicalJson(value) {
    return JSON.stringify(value, (_key, v) => v && typeof v === 'object' && !Array.isArray(v)
        ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)))
        : v);
}
/**
 * A DSSE payload as an in-toto statement object, or why it is not one: the payload type must be
 * in-toto's and the payload a JSON object. The statement's own fields are the caller's to check.
 */
function readInTotoStatement(payloadType, payload) {
    if (payloadType !== _types_js__WEBPACK_IMPORTED_MODULE_2__/* .IN_TOTO_PAYLOAD_TYPE */ .T4) {
        return {
            problem: `payload type is ${JSON.stringify(payloadType)}, not ${_types_js__WEBPACK_IMPORTED_MODULE_2__/* .IN_TOTO_PAYLOAD_TYPE */ .T4}`
        };
    }
    let statement;
    try {
        statement = JSON.parse(payload.toString('utf8'));
    }
    catch {
        return { problem: 'payload is not JSON' };
    }
    if (typeof statement !== 'object' || statement === null) {
        return { problem: 'payload is not a JSON object' };
    }
    return { statement: statement };
}


/***/ }),

/***/ 82553:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AO: () => (/* binding */ attestationGate),
/* harmony export */   vJ: () => (/* binding */ attestPromotion)
/* harmony export */ });
/* unused harmony export verifyPromotionAttestation */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _registry_referrers_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9191);
/* harmony import */ var _attestation_statement_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(90885);
/* harmony import */ var _backends_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76532);
/* harmony import */ var _oidc_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(69154);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(14410);
/**
 * Signed promotion attestations: after a promotion lands, its ledger event is signed as an
 * in-toto statement about the digest and attached to the digest as a Sigstore bundle referrer,
 * so "this digest reached staging" can be checked from the registry alone, with the same trust
 * as a signature, before it may go further.
 *
 * Signing uses the configured backend, key or keyless identity (the ones that sign digests);
 * verification is in process for both backends (bundles are the standard format) under the
 * signature gate's policy. The digest itself is never written.
 *
 * @module
 */







/** Most attestation bundles checked per digest, so a flood of referrers cannot stall a gate. */
const MAX_ATTESTATIONS = 50;
/** Most refusals named in one reason; the rest are counted. */
const MAX_REASONS = 3;
/**
 * Signs `event` as a promotion attestation of `image`'s digest and attaches the bundle to the
 * digest as an OCI referrer (artifact type `application/vnd.dev.sigstore.bundle.v0.3+json`,
 * annotated with our predicate type and the event's environment).
 *
 * Idempotent: when an attestation of the same event by the same signer already verifies, nothing
 * is signed or attached. When signing is not set up (`signing: none`, or neither a key nor an
 * OIDC token for keyless signing) nothing is done and `attached` is false; `opts.sign` is not
 * consulted, so callers decide whether attesting is wanted.
 *
 * @param image - `repo@digest`; the digest must be the event's.
 * @param opts - the run's signing options (`SigningOptions` from `parseSigningOptions`).
 * @throws SigningError when signing is set up but fails, or the attached bundle does not verify.
 */
async function attestPromotion(client, image, event, opts, logger) {
    const digest = requireDigest(image);
    if (event.digest !== digest) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_5__/* .SigningError */ .uJ(`event ${event.id} moved ${event.digest}, not ${digest}; attest that`);
    }
    const backend = await (0,_backends_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveBackend */ .Bm)(opts, logger);
    if (backend === 'none')
        return { attached: false, detail: "not signed: 'signing' is none" };
    const missing = signerMissing(opts);
    if (missing)
        return { attached: false, detail: `not signed: ${missing}` };
    const signer = (0,_backends_js__WEBPACK_IMPORTED_MODULE_3__/* .createStatementSigner */ .CI)(client, image, opts, backend, await (0,_backends_js__WEBPACK_IMPORTED_MODULE_3__/* .resolvePolicy */ .nZ)(opts, backend, logger), logger);
    const signerPolicy = await signer.signerPolicy();
    const check = signerPolicy
        ? await tryChecker(client, opts, signerPolicy, event.environment, digest, logger)
        : undefined;
    if (check) {
        const referrers = await promotionReferrers(client, image, digest, event.environment);
        const existing = (await checkAll(client, image, digest, referrers.matching, check)).find(c => c.ok && (0,_attestation_statement_js__WEBPACK_IMPORTED_MODULE_2__/* .sameEvent */ .Xp)(c.event, event));
        if (existing?.ok) {
            logger.info(`promotion ${event.id} is already attested on ${digest} (${existing.who})`);
            return {
                attached: true,
                digest: existing.referrer,
                detail: `already attested: ${event.kind} ${event.id} into ${event.environment} (${existing.who})`
            };
        }
    }
    const subject = await client.head(image.withoutTag());
    if (!subject || subject.digest !== digest) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_5__/* .SigningError */ .uJ(`${image.familiar} is not in the registry; cannot attest its promotion`);
    }
    const signed = await signer.signStatement((0,_attestation_statement_js__WEBPACK_IMPORTED_MODULE_2__/* .promotionStatement */ .HC)(image, event));
    const referrer = await (0,_registry_referrers_js__WEBPACK_IMPORTED_MODULE_1__/* .attachReferrer */ .vO)(client, image, subject, {
        artifactType: _types_js__WEBPACK_IMPORTED_MODULE_5__/* .SIGSTORE_BUNDLE_MEDIA_TYPE */ .Ib,
        blobs: [{ mediaType: _types_js__WEBPACK_IMPORTED_MODULE_5__/* .SIGSTORE_BUNDLE_MEDIA_TYPE */ .Ib, bytes: signed.bundle }],
        annotations: (0,_attestation_statement_js__WEBPACK_IMPORTED_MODULE_2__/* .promotionAnnotations */ .w3)(event)
    });
    // Read back what was attached, so an attestation known not to pass the gate is never left
    // behind silently (wrong trusted root, a key that is not the configured one).
    let who = signed.keyFingerprint ?? backend;
    if (check) {
        const [back] = await checkAll(client, image, digest, [referrer], check);
        if (!back?.ok || !(0,_attestation_statement_js__WEBPACK_IMPORTED_MODULE_2__/* .sameEvent */ .Xp)(back.event, event)) {
            const why = back && !back.ok ? back.reason : 'it holds another event';
            throw new _types_js__WEBPACK_IMPORTED_MODULE_5__/* .SigningError */ .uJ(`attested promotion ${event.id}, but the attached bundle does not verify: ${why}`);
        }
        who = back.who;
    }
    else {
        logger.info(`attestation on ${digest} not read back: no policy or trusted root to check it`);
    }
    logger.info(`attested ${event.kind} ${event.id} into ${event.environment} on ${digest} ` +
        `(${backend}: ${who}${signed.rekorLogIndex ? `, rekor ${signed.rekorLogIndex}` : ''})`);
    return {
        attached: true,
        digest: referrer.digest,
        detail: `attested ${event.kind} ${event.id} into ${event.environment} (${who})`
    };
}
/**
 * Looks for a promotion attestation of `image`'s digest into `environment` that verifies under
 * the configured policy (`public-key`, else a keyless identity and issuer, else the public half
 * of `cosign-key`: the signature gate's policy). Each bundle must verify cryptographically, its
 * statement must name the digest, and its predicate must be a ledger event of this digest into
 * `environment`; the newest such event (by its timestamp) is returned.
 *
 * The event's `image` is not compared with `image`: the digest is the identity, and attestations
 * travel with it when referrers are copied to another repository.
 *
 * @param image - `repo@digest`.
 * @returns `verified: false` with a one-line reason when nothing verifies or nothing says whom to
 *   trust; registry failures are thrown.
 */
async function verifyPromotionAttestation(client, image, environment, opts, logger) {
    const digest = requireDigest(image);
    const refuse = (detail) => ({ verified: false, detail });
    const backend = await (0,_backends_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveBackend */ .Bm)(opts, logger);
    if (backend === 'none')
        return refuse("cannot verify promotion attestations: 'signing' is none");
    let policy;
    let check;
    try {
        policy = await (0,_backends_js__WEBPACK_IMPORTED_MODULE_3__/* .resolvePolicy */ .nZ)(opts, backend, logger);
        if (policy) {
            policy = await (0,_backends_js__WEBPACK_IMPORTED_MODULE_3__/* .inProcessPolicy */ .zz)(opts, policy, logger);
            check = await checker(client, opts, policy, environment, digest, logger);
        }
    }
    catch (err) {
        if (!(err instanceof _types_js__WEBPACK_IMPORTED_MODULE_5__/* .SigningError */ .uJ))
            throw err;
        return refuse(`cannot verify promotion attestations: ${err.message}`);
    }
    if (!policy || !check) {
        return refuse('no signer to trust is configured: set public-key, or certificate-identity ' +
            '(or certificate-identity-regexp) with certificate-oidc-issuer');
    }
    const referrers = await promotionReferrers(client, image, digest, environment);
    if (referrers.total === 0)
        return refuse(`no promotion attestation is attached to ${digest}`);
    if (referrers.matching.length === 0) {
        return refuse(`no promotion attestation for ${environment} is attached to ${digest} ` +
            `(found: ${referrers.others.join(', ')})`);
    }
    const checked = await checkAll(client, image, digest, referrers.matching, check);
    let newest;
    for (const c of checked) {
        if (c.ok && (!newest || Date.parse(c.event.timestamp) >= Date.parse(newest.event.timestamp))) {
            newest = c;
        }
    }
    if (newest) {
        const { event } = newest;
        return {
            verified: true,
            event,
            detail: `${event.kind} ${event.id} into ${environment} at ${event.timestamp}, attested by ${newest.who}`
        };
    }
    const reasons = checked.flatMap(c => c.ok ? [] : [`bundle ${c.referrer.slice(0, 19)}… ${c.reason}`]);
    const more = reasons.length > MAX_REASONS ? `; and ${reasons.length - MAX_REASONS} more` : '';
    const expected = (0,_types_js__WEBPACK_IMPORTED_MODULE_5__/* .describePolicy */ .wy)(policy, (0,_backends_js__WEBPACK_IMPORTED_MODULE_3__/* .fingerprintOf */ .ax)(policy, opts, logger));
    return refuse(`no promotion attestation for ${environment} on ${digest} verifies for ${expected}: ` +
        reasons.slice(0, MAX_REASONS).join('; ') +
        more);
}
/**
 * An ordering gate on attestations (`require-attestation`): every environment in `required`
 * (the target's `requires`) must hold a verified promotion attestation of `image`'s digest.
 *
 * @returns `passed` naming the attested events, or `skipped` when nothing is required.
 * @throws GateError naming every environment without one, and why.
 */
async function attestationGate(client, image, required, opts, logger, context = {}) {
    const where = context.environment ?? 'this environment';
    if (required.length === 0) {
        return {
            name: 'attestation',
            result: 'skipped',
            detail: `${where} requires no earlier environment`
        };
    }
    const found = [];
    const missing = [];
    for (const environment of required) {
        const r = await verifyPromotionAttestation(client, image, environment, opts, logger);
        if (r.verified && r.event)
            found.push(`${environment} (${r.event.id})`);
        else
            missing.push(`${environment}: ${r.detail}`);
    }
    if (missing.length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .ue('attestation', `${where} requires a signed promotion of ${requireDigest(image)} into ${required.join(', ')}; ${missing.join('; ')}`, 'promote the digest through those environments with signing set up (cosign-key, or keyless with id-token: write), or trust the signer that attested them');
    }
    return { name: 'attestation', result: 'passed', detail: `attested in ${found.join(', ')}` };
}
/**
 * Our attestation referrers of `digest`: those whose environment annotation is `environment` (or
 * absent), the newest {@link MAX_ATTESTATIONS}, and the other environments seen, for messages.
 */
async function promotionReferrers(client, image, digest, environment) {
    const ours = (await (0,_registry_referrers_js__WEBPACK_IMPORTED_MODULE_1__/* .listReferrers */ .xt)(client, image, digest, _types_js__WEBPACK_IMPORTED_MODULE_5__/* .SIGSTORE_BUNDLE_MEDIA_TYPE */ .Ib)).filter(d => d.annotations?.[_attestation_statement_js__WEBPACK_IMPORTED_MODULE_2__/* .PREDICATE_TYPE_ANNOTATION */ .nn] === _attestation_statement_js__WEBPACK_IMPORTED_MODULE_2__/* .PROMOTION_PREDICATE_TYPE */ .Fc);
    const matching = [];
    const others = new Set();
    for (const d of ours) {
        const env = d.annotations?.[_attestation_statement_js__WEBPACK_IMPORTED_MODULE_2__/* .ENVIRONMENT_ANNOTATION */ .en];
        if (env === undefined || env === environment)
            matching.push(d);
        else
            others.add(env);
    }
    return { total: ours.length, matching: matching.slice(-MAX_ATTESTATIONS), others: [...others] };
}
/** Reads and checks each referrer's bundle. */
async function checkAll(client, image, digest, referrers, check) {
    const out = [];
    for (const referrer of referrers) {
        out.push(await checkOne(client, image, digest, referrer, check));
    }
    return out;
}
async function checkOne(client, image, digest, referrer, check) {
    const fail = (reason) => ({ ok: false, referrer: referrer.digest, reason });
    let layer;
    try {
        const read = await (0,_registry_referrers_js__WEBPACK_IMPORTED_MODULE_1__/* .readReferrerLayer */ .fs)(client, image, referrer, _types_js__WEBPACK_IMPORTED_MODULE_5__/* .SIGSTORE_BUNDLE_MEDIA_TYPE */ .Ib);
        if (read.manifest.subject?.digest !== digest) {
            return fail(`its subject is ${String(read.manifest.subject?.digest)}`);
        }
        layer = read.layer;
    }
    catch (err) {
        return fail(`unreadable (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(err)})`);
    }
    if (!layer)
        return fail('it holds no bundle layer');
    const result = check(layer);
    if (!result.ok)
        return fail(result.reason);
    const parsed = (0,_attestation_statement_js__WEBPACK_IMPORTED_MODULE_2__/* .parsePromotionStatement */ .wo)(result.payloadType, result.payload, digest);
    // The check accepted this payload already; a problem here would be a bug, not an attack.
    if ('problem' in parsed)
        return fail(parsed.problem);
    return {
        ok: true,
        referrer: referrer.digest,
        event: parsed.event,
        who: result.identity ?? result.keyFingerprint ?? 'verified'
    };
}
/** The bundle check for promotions of `digest` into `environment` under `policy`. */
async function checker(client, opts, policy, environment, digest, logger) {
    const accept = (payloadType, payload) => {
        const parsed = (0,_attestation_statement_js__WEBPACK_IMPORTED_MODULE_2__/* .parsePromotionStatement */ .wo)(payloadType, payload, digest);
        if ('problem' in parsed)
            return parsed.problem;
        const env = parsed.event.environment;
        return env === environment ? undefined : `is a promotion into ${env}, not ${environment}`;
    };
    return (await (0,_backends_js__WEBPACK_IMPORTED_MODULE_3__/* .createBundleVerifier */ .Bb)(client, opts, logger)).bundleChecker(policy, accept);
}
/**
 * {@link checker}, or `undefined` when verification cannot be set up here (keyless with no
 * trusted root reachable): signing then goes ahead unchecked, and the gate verifies later.
 */
async function tryChecker(client, opts, policy, environment, digest, logger) {
    try {
        const usable = await (0,_backends_js__WEBPACK_IMPORTED_MODULE_3__/* .inProcessPolicy */ .zz)(opts, policy, logger);
        return await checker(client, opts, usable, environment, digest, logger);
    }
    catch (err) {
        if (!(err instanceof _types_js__WEBPACK_IMPORTED_MODULE_5__/* .SigningError */ .uJ))
            throw err;
        logger.debug(`cannot verify promotion attestations here: ${err.message}`);
        return undefined;
    }
}
/** Why nothing can sign, or `undefined` when a key or a keyless identity is available. */
function signerMissing(opts) {
    if (opts.key)
        return undefined;
    if (!(0,_oidc_js__WEBPACK_IMPORTED_MODULE_4__/* .identityTokenAvailable */ .hd)(opts.env)) {
        return ('no cosign-key, and no OIDC token for keyless signing ' +
            '(grant the job id-token: write, or set SIGSTORE_ID_TOKEN)');
    }
    // A keyless certificate expires in minutes; only the log proves when it signed.
    if (!opts.tlogUpload)
        return 'tlog-upload is false, which keyless signing cannot do; set cosign-key';
    return undefined;
}
function requireDigest(image) {
    if (!image.digest)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_5__/* .SigningError */ .uJ(`${image.familiar} has no digest; use repo@digest`);
    return image.digest;
}


/***/ }),

/***/ 69154:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Uk: () => (/* binding */ getIdentityToken),
/* harmony export */   eh: () => (/* binding */ policyFromClaims),
/* harmony export */   f: () => (/* binding */ tokenClaims),
/* harmony export */   hd: () => (/* binding */ identityTokenAvailable)
/* harmony export */ });
/* unused harmony exports SIGSTORE_AUDIENCE, escapeRegExp */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(14410);
/**
 * OIDC identity tokens for keyless signing: GitHub Actions' token endpoint (audience
 * `sigstore`), or a token given in `SIGSTORE_ID_TOKEN` as cosign accepts it.
 *
 * @module
 */


/** The audience Fulcio expects. */
const SIGSTORE_AUDIENCE = 'sigstore';
/**
 * Whether {@link getIdentityToken} has somewhere to get a token from (`SIGSTORE_ID_TOKEN`, or
 * the GitHub Actions token endpoint), without asking it: so optional keyless signing can be
 * skipped up front instead of failing.
 */
function identityTokenAvailable(env) {
    return Boolean(env.SIGSTORE_ID_TOKEN ||
        (env.ACTIONS_ID_TOKEN_REQUEST_URL && env.ACTIONS_ID_TOKEN_REQUEST_TOKEN));
}
/**
 * Gets an identity token from the environment: `SIGSTORE_ID_TOKEN` first (an explicit choice
 * wins), then the GitHub Actions token endpoint. The token and the request token are masked.
 */
async function getIdentityToken(env, logger, fetchImpl = fetch) {
    const given = env.SIGSTORE_ID_TOKEN;
    if (given) {
        logger.setSecret(given);
        return given;
    }
    const url = env.ACTIONS_ID_TOKEN_REQUEST_URL;
    const requestToken = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
    if (!url || !requestToken) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .SigningError */ .uJ('keyless signing needs an OIDC token: in GitHub Actions grant the job ' +
            '`permissions: id-token: write`; elsewhere set SIGSTORE_ID_TOKEN, or sign with cosign-key');
    }
    logger.setSecret(requestToken);
    const target = new URL(url);
    target.searchParams.set('audience', SIGSTORE_AUDIENCE);
    let body;
    try {
        const res = await fetchImpl(target, {
            headers: { accept: 'application/json', authorization: `bearer ${requestToken}` }
        });
        if (!res.ok)
            throw new Error(`HTTP ${res.status}`);
        body = (await res.json());
    }
    catch (err) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .SigningError */ .uJ(`requesting the GitHub Actions OIDC token failed (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(err)}); ` +
            'check the job has `permissions: id-token: write`');
    }
    if (typeof body.value !== 'string' || body.value === '') {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .SigningError */ .uJ('the GitHub Actions OIDC token endpoint answered without a token');
    }
    logger.setSecret(body.value);
    return body.value;
}
/**
 * The claims of a JWT, unverified: only used to predict which identity our own token will be
 * certified as, never to trust anyone.
 */
function tokenClaims(token) {
    const part = token.split('.')[1];
    if (!part)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .SigningError */ .uJ('the OIDC token is not a JWT');
    try {
        return JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    }
    catch {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .SigningError */ .uJ('the OIDC token is not a JWT (its payload is not JSON)');
    }
}
/**
 * The policy a certificate issued for `claims` satisfies. Fulcio takes the identity from a
 * different claim per issuer (GitHub: `https://github.com/` + `job_workflow_ref`; e-mail
 * issuers: `email`; others: `sub`), so every candidate is allowed, exactly.
 */
function policyFromClaims(claims) {
    if (!claims.iss)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .SigningError */ .uJ('the OIDC token has no issuer (iss) claim');
    const candidates = [
        claims.job_workflow_ref ? `https://github.com/${claims.job_workflow_ref}` : undefined,
        claims.email,
        claims.sub
    ].filter((c) => typeof c === 'string' && c !== '');
    if (candidates.length === 0)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .SigningError */ .uJ('the OIDC token names no subject');
    return {
        // Anchored: identity regexps are searched for, as in cosign.
        certificateIdentityRegexp: `^(?:${candidates.map(escapeRegExp).join('|')})$`,
        certificateOidcIssuer: claims.iss
    };
}
/** Escapes `s` for use as a literal inside a regular expression (JavaScript and Go RE2 alike). */
function escapeRegExp(s) {
    return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}


/***/ }),

/***/ 69847:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Rc: () => (/* binding */ provenanceGate),
  DE: () => (/* binding */ provenanceRequired)
});

// UNUSED EXPORTS: SLSA_PROVENANCE_V1, certificateClaims, certificateDisagreement, compileRefPattern, describeBuild, parseProvenanceStatement, policyProblem

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/github/attestations.ts
/**
 * GitHub's artifact attestations API: the Sigstore bundles `actions/attest-build-provenance`
 * stored for a subject digest in a repository
 * (`GET /repos/{owner}/{repo}/attestations/{subject_digest}`,
 * https://docs.github.com/rest/repos/repos#list-attestations).
 *
 * The bundles are untrusted here: callers verify each one.
 *
 * @module
 */
/** Most bundles read per digest, so a flood of attestations cannot stall a gate. */
const MAX_BUNDLES = 50;
/**
 * The bundles stored for `digest` in `owner/repo`, as JSON bytes, newest last as GitHub lists
 * them; empty when GitHub has none (it answers 404 then).
 *
 * @param predicateType - only bundles of this predicate type, e.g. `provenance`.
 * @throws the client's error for anything but "none found".
 */
async function listAttestationBundles(octokit, owner, repo, digest, predicateType) {
    let attestations;
    try {
        const response = await octokit.request('GET /repos/{owner}/{repo}/attestations/{subject_digest}', {
            owner,
            repo,
            subject_digest: digest,
            per_page: MAX_BUNDLES,
            ...(predicateType ? { predicate_type: predicateType } : {})
        });
        attestations = response.data.attestations;
    }
    catch (err) {
        if (err.status === 404)
            return [];
        throw err;
    }
    return (attestations ?? [])
        .slice(0, MAX_BUNDLES)
        .flatMap(a => a.bundle && typeof a.bundle === 'object' ? [Buffer.from(JSON.stringify(a.bundle))] : []);
}

// EXTERNAL MODULE: ./src/github/octokit.ts
var github_octokit = __webpack_require__(6702);
// EXTERNAL MODULE: ./src/registry/referrers.ts
var registry_referrers = __webpack_require__(9191);
// EXTERNAL MODULE: ./src/signing/backends.ts + 2 modules
var backends = __webpack_require__(76532);
// EXTERNAL MODULE: ./node_modules/@sigstore/core/dist/index.js
var dist = __webpack_require__(83917);
// EXTERNAL MODULE: ./src/registry/reference.ts
var reference = __webpack_require__(79310);
// EXTERNAL MODULE: ./src/util/text.ts
var util_text = __webpack_require__(49997);
// EXTERNAL MODULE: ./src/signing/attestation-statement.ts
var attestation_statement = __webpack_require__(90885);
// EXTERNAL MODULE: ./src/signing/ref-pattern.ts
var ref_pattern = __webpack_require__(12089);
// EXTERNAL MODULE: ./src/signing/types.ts
var types = __webpack_require__(14410);
;// CONCATENATED MODULE: ./src/signing/provenance.ts
/**
 * SLSA provenance as GitHub writes it (`actions/attest-build-provenance`, and
 * `docker/build-push-action` with attestations): an in-toto v1 statement with predicate type
 * `https://slsa.dev/provenance/v1` and GitHub's build type, signed keylessly by the building
 * workflow. Pure functions only: reading a verified statement, reading the GitHub OIDC
 * extensions of the signing certificate, and judging both against a {@link ProvenancePolicy}.
 *
 * Statement fields: https://slsa.dev/spec/v1.0/provenance and the GitHub Actions build type,
 * https://slsa-framework.github.io/github-actions-buildtypes/workflow/v1 (a real one is vendored
 * under `__tests__/fixtures/provenance/`). Certificate extensions: Fulcio's
 * `docs/oid-info.md` (1.3.6.1.4.1.57264.1.12 source repository URI, .13 source repository
 * digest, .14 source repository ref, .18 build config URI).
 *
 * @module
 */






// In its own module so that parsing the provenance inputs does not load this one.

/** Predicate type of SLSA provenance v1. */
const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';
const REPOSITORY_URI = /^https?:\/\/[^/\s]+\/([^/\s]+\/[^/\s]+)$/;
/**
 * Reads a verified DSSE payload as SLSA provenance of `digest`: the facts, or why it is not.
 */
function parseProvenanceStatement(payloadType, payload, digest) {
    const read = (0,attestation_statement/* readInTotoStatement */.BV)(payloadType, payload);
    if ('problem' in read)
        return read;
    const { statement } = read;
    if (statement._type !== types/* IN_TOTO_STATEMENT_V1 */.tV) {
        return { problem: `statement type is ${provenance_short(statement._type)}, not ${types/* IN_TOTO_STATEMENT_V1 */.tV}` };
    }
    if (statement.predicateType !== SLSA_PROVENANCE_V1) {
        return {
            problem: `predicate type is ${provenance_short(statement.predicateType)}, not SLSA provenance v1`
        };
    }
    const { algorithm, hex } = (0,reference/* parseDigest */.m)(digest);
    const subjects = Array.isArray(statement.subject) ? statement.subject : [];
    if (!subjects.some(s => s?.digest?.[algorithm] === hex)) {
        const named = subjects
            .flatMap(s => Object.entries(s?.digest ?? {}).map(([alg, h]) => `${alg}:${String(h)}`))
            .slice(0, 3);
        return { problem: `is provenance of ${named.length > 0 ? named.join(', ') : 'no digest'}` };
    }
    const predicate = statement.predicate ?? {};
    const workflow = predicate.buildDefinition?.externalParameters?.workflow ?? {};
    const builder = predicate.runDetails?.builder?.id;
    const fields = { repository: workflow.repository, ref: workflow.ref, path: workflow.path };
    for (const [name, value] of Object.entries(fields)) {
        if (typeof value !== 'string' || value === '') {
            return { problem: `states no externalParameters.workflow.${name}` };
        }
    }
    if (typeof builder !== 'string' || builder === '')
        return { problem: 'states no builder id' };
    const repositoryUri = workflow.repository;
    const repository = REPOSITORY_URI.exec(repositoryUri)?.[1];
    if (!repository)
        return { problem: `names repository ${provenance_short(repositoryUri)}, not a URL` };
    const commit = sourceCommit(predicate.buildDefinition?.resolvedDependencies);
    const invocation = predicate.runDetails?.metadata?.invocationId;
    return {
        facts: {
            builder,
            repositoryUri,
            repository,
            ref: workflow.ref,
            workflow: workflow.path,
            ...(commit ? { commit } : {}),
            ...(typeof invocation === 'string' && invocation ? { invocation } : {})
        }
    };
}
/** The commit of the first `git+` dependency, which GitHub's build type makes the source. */
function sourceCommit(deps) {
    if (!Array.isArray(deps))
        return undefined;
    for (const dep of deps) {
        const commit = dep?.digest?.gitCommit;
        if (typeof dep?.uri === 'string' && dep.uri.startsWith('git+') && typeof commit === 'string') {
            return commit;
        }
    }
    return undefined;
}
const OID = '1.3.6.1.4.1.57264.1.';
/**
 * The GitHub claims in the leaf certificate of a bundle (JSON), read without judging the
 * certificate: call it only for a bundle that verified.
 */
function certificateClaims(bundle) {
    let cert;
    try {
        const json = JSON.parse(bundle.toString('utf8'));
        const m = json.verificationMaterial;
        const raw = m?.certificate?.rawBytes ?? m?.x509CertificateChain?.certificates?.[0]?.rawBytes;
        if (!raw)
            return {};
        cert = dist.X509Certificate.parse(Buffer.from(raw, 'base64'));
    }
    catch {
        return {};
    }
    const text = (n) => {
        const ext = cert.extension(`${OID}${n}`);
        if (!ext)
            return undefined;
        try {
            // From .8 on, values are DER UTF8Strings (Fulcio oid-info.md).
            return dist.ASN1Obj.parseBuffer(Buffer.from(ext.value)).value.toString('utf8');
        }
        catch {
            return undefined;
        }
    };
    const claims = {};
    const set = (key, n) => {
        const v = text(n);
        if (v !== undefined)
            claims[key] = v;
    };
    set('sourceRepositoryUri', 12);
    set('sourceRepositoryDigest', 13);
    set('sourceRepositoryRef', 14);
    set('buildConfigUri', 18);
    return claims;
}
/**
 * Why the certificate that signed a statement disagrees with it, or `undefined` when its
 * GitHub claims (repository, ref, workflow file, commit) are the ones the statement states.
 * A statement is only as true as its signer: this ties what it says to what GitHub's OIDC
 * token said about the run that signed it.
 */
function certificateDisagreement(facts, claims) {
    const expected = [
        ['source repository', claims.sourceRepositoryUri, facts.repositoryUri],
        ['source ref', claims.sourceRepositoryRef, facts.ref],
        [
            'build config',
            claims.buildConfigUri,
            `${facts.repositoryUri}/${facts.workflow}@${facts.ref}`
        ],
        ['source commit', claims.sourceRepositoryDigest, facts.commit ?? claims.sourceRepositoryDigest]
    ];
    for (const [what, inCert, stated] of expected) {
        if (inCert === undefined)
            return `its certificate carries no GitHub ${what} claim`;
        if (inCert !== stated) {
            return `its certificate's ${what} is ${provenance_short(inCert)}, but the statement says ${provenance_short(stated)}`;
        }
    }
    return undefined;
}
/** Why `facts` do not satisfy `policy`, or `undefined` when they do. */
function policyProblem(facts, policy) {
    if (facts.repository.toLowerCase() !== policy.repository.toLowerCase()) {
        return `was built from ${provenance_short(facts.repository)}, not ${policy.repository}`;
    }
    if (policy.ref !== undefined) {
        const matches = (0,ref_pattern.compileRefPattern)(policy.ref);
        if (typeof matches === 'string' || !matches(facts.ref)) {
            return `was built from ref ${provenance_short(facts.ref)}, which does not match ^(?:${policy.ref})$`;
        }
    }
    if (policy.workflow !== undefined && facts.workflow !== policy.workflow) {
        return `was built by workflow ${provenance_short(facts.workflow)}, not ${policy.workflow}`;
    }
    return undefined;
}
/** One line naming the build, for gate details and texts. */
function describeBuild(facts) {
    const commit = facts.commit ? ` at ${plain(facts.commit.slice(0, 12))}` : '';
    return (`built by ${plain(facts.builder)} from ${plain(facts.repository)} ${plain(facts.ref)}` +
        `${commit} (${plain(facts.workflow)})`);
}
/** Untrusted text quoted and cut short, for messages. */
function provenance_short(value) {
    return typeof value === 'string' ? (0,util_text/* echo */.W)(value) : (0,util_text/* echo */.W)(JSON.stringify(value) ?? String(value));
}
/** Untrusted text on one line, without quotes (a build description is a table cell too). */
function plain(value) {
    const text = value.replace(/\p{Cc}/gu, '?');
    return text.length > util_text/* MAX_ECHO */.d ? `${text.slice(0, util_text/* MAX_ECHO */.d)}…` : text;
}

;// CONCATENATED MODULE: ./src/signing/provenance-gate.ts
/**
 * The `provenance` gate: only what our own CI built, from our repository, on an allowed ref,
 * with our workflow, reaches an environment.
 *
 * Provenance is looked for where GitHub puts it: as a Sigstore bundle referrer of the digest
 * (`actions/attest-build-provenance` with `push-to-registry`; the referrers API or the tag-schema
 * fallback), and in GitHub's attestations API for the build repository when a token is at hand.
 * Each bundle must verify exactly as a keyless signature does (certificate chain, SCT,
 * transparency log, signer identity and issuer), its statement must be SLSA provenance v1 of
 * this digest, the GitHub claims of its certificate must agree with what the statement says,
 * and what it says must satisfy the policy.
 *
 * @module
 */








/** Most bundles checked per digest, so a flood of referrers cannot stall a gate. */
const provenance_gate_MAX_BUNDLES = 50;
/** Most refusals named in one reason; the rest are counted. */
const MAX_REASONS = 3;
/** The annotation attest-build-provenance and cosign put on bundle referrers. */
const PREDICATE_TYPE_ANNOTATION = 'dev.sigstore.bundle.predicateType';
/**
 * Whether `env` needs provenance: `require-provenance` when set, else the environment's
 * `requireProvenance` in promotion.yaml.
 */
function provenanceRequired(opts, environment) {
    return opts.require ?? environment ?? false;
}
/**
 * Runs the gate on `image` (`repo@digest`).
 *
 * @returns `skipped` when not required; `passed` with the build the provenance states.
 * @throws GateError when required and no provenance of the digest verifies and satisfies the
 *   policy, naming what was found instead.
 */
async function provenanceGate(client, image, opts, signing, required, logger, context = {}) {
    const where = context.environment ?? 'this environment';
    const digest = image.digest;
    if (!digest)
        throw new types/* SigningError */.uJ(`${image.familiar} has no digest; use repo@digest`);
    if (!required) {
        return { gate: { name: 'provenance', result: 'skipped', detail: `not required for ${where}` } };
    }
    if (!opts.repository) {
        throw new errors/* GateError */.ue('provenance', `${where} requires SLSA provenance, but no repository to trust builds from is configured`, 'name the repository whose CI builds the image (provenance-repository: owner/name)');
    }
    const policy = {
        repository: opts.repository,
        ...(opts.ref !== undefined ? { ref: opts.ref } : {}),
        ...(opts.workflow !== undefined ? { workflow: opts.workflow } : {})
    };
    const signer = signerPolicy(signing);
    const expected = `SLSA provenance of ${digest} from ${expectedBuild(policy)}, signed by ${(0,types/* describePolicy */.wy)(signer)}`;
    let check;
    try {
        check = await (await (0,backends/* createBundleVerifier */.Bb)(client, signing, logger)).bundleChecker(signer, (type, payload) => {
            const parsed = parseProvenanceStatement(type, payload, digest);
            return 'problem' in parsed ? parsed.problem : undefined;
        });
    }
    catch (err) {
        if (!(err instanceof types/* SigningError */.uJ))
            throw err;
        throw new errors/* GateError */.ue('provenance', `cannot check for ${expected}: ${err.message}`, 'fix the signer inputs named above');
    }
    const bundles = await findBundles(client, image, digest, policy, context, logger);
    if (bundles.length === 0) {
        throw new errors/* GateError */.ue('provenance', `${where} requires ${expected}, but none is attached to the digest${context.github ? ` or stored in ${policy.repository}'s attestations` : ''}`, `attest the build with actions/attest-build-provenance (push-to-registry: true) in ${policy.repository}'s build workflow, and promote that digest`);
    }
    const reasons = [];
    for (const b of bundles) {
        const outcome = judge(b.bytes, check, digest, policy);
        logger.debug(`provenance ${b.source}: ${'facts' in outcome ? 'verified' : outcome.reason}`);
        if ('facts' in outcome) {
            return {
                gate: { name: 'provenance', result: 'passed', detail: describeBuild(outcome.facts) },
                provenance: outcome.facts
            };
        }
        reasons.push(`${b.source} ${outcome.reason}`);
    }
    const more = reasons.length > MAX_REASONS ? `; and ${reasons.length - MAX_REASONS} more` : '';
    throw new errors/* GateError */.ue('provenance', `${where} requires ${expected}; found: ${reasons.slice(0, MAX_REASONS).join('; ')}${more}`, `promote a digest that ${expectedBuild(policy)} built and attested, or correct the provenance inputs if they are wrong`);
}
/** One bundle's outcome: the facts of an acceptable build, or why not. */
function judge(bytes, check, digest, policy) {
    const result = check(bytes);
    if (!result.ok)
        return { reason: result.reason };
    const parsed = parseProvenanceStatement(result.payloadType, result.payload, digest);
    if ('problem' in parsed)
        return { reason: parsed.problem };
    const disagreement = certificateDisagreement(parsed.facts, certificateClaims(bytes));
    if (disagreement)
        return { reason: disagreement };
    const problem = policyProblem(parsed.facts, policy);
    return problem ? { reason: problem } : { facts: parsed.facts };
}
/** Provenance bundles of `digest`: referrers first, then GitHub's attestations. */
async function findBundles(client, image, digest, policy, sources, logger) {
    const found = [];
    const referrers = (await (0,registry_referrers/* listReferrers */.xt)(client, image, digest, types/* SIGSTORE_BUNDLE_MEDIA_TYPE */.Ib)).filter(r => {
        const type = r.annotations?.[PREDICATE_TYPE_ANNOTATION];
        return type === undefined || type === SLSA_PROVENANCE_V1;
    });
    for (const referrer of referrers.slice(-provenance_gate_MAX_BUNDLES)) {
        const source = `bundle ${referrer.digest.slice(0, 19)}…`;
        try {
            const read = await (0,registry_referrers/* readReferrerLayer */.fs)(client, image, referrer, types/* SIGSTORE_BUNDLE_MEDIA_TYPE */.Ib);
            if (read.manifest.subject?.digest === digest && read.layer) {
                found.push({ source, bytes: read.layer });
            }
        }
        catch (err) {
            logger.debug(`${source} unreadable: ${(0,errors/* errorMessage */.gJ)(err)}`);
        }
    }
    if (sources.github) {
        const [owner = '', repo = ''] = policy.repository.split('/');
        try {
            const octokit = await (0,github_octokit/* createOctokit */.Q)(sources.github.token, {
                baseUrl: sources.github.apiUrl,
                logger
            });
            const bundles = await listAttestationBundles(octokit, owner, repo, digest, 'provenance');
            bundles.forEach((bytes, i) => found.push({ source: `GitHub attestation ${i + 1}`, bytes }));
        }
        catch (err) {
            logger.warning(`GitHub attestations of ${policy.repository} not read (${(0,errors/* errorMessage */.gJ)(err).split('\n')[0]}); using the registry's only`);
        }
    }
    return found;
}
/**
 * Whose signature provenance must carry: the keyless signer the signature gate trusts when one
 * is configured; otherwise any identity of the configured issuer, since the source repository,
 * ref and workflow are checked from the certificate's own GitHub claims.
 */
function signerPolicy(signing) {
    return {
        ...(signing.certificateIdentity
            ? { certificateIdentity: signing.certificateIdentity }
            : { certificateIdentityRegexp: signing.certificateIdentityRegexp ?? '^https://' }),
        certificateOidcIssuer: signing.certificateOidcIssuer,
        ...(signing.certificateOidcIssuerRegexp
            ? { certificateOidcIssuerRegexp: signing.certificateOidcIssuerRegexp }
            : {})
    };
}
function expectedBuild(policy) {
    const ref = policy.ref !== undefined ? ` on a ref matching ^(?:${policy.ref})$` : '';
    const workflow = policy.workflow ? ` with ${policy.workflow}` : '';
    return `${policy.repository}${ref}${workflow}`;
}


/***/ }),

/***/ 12089:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   compileRefPattern: () => (/* binding */ compileRefPattern)
/* harmony export */ });
/* harmony import */ var re2js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2856);
/**
 * The `provenance-ref` pattern, kept apart from the provenance gate so that checking it, the
 * first step of a run that has one, loads only the regular-expression engine.
 *
 * @module
 */

/** Compiles a ref pattern for a whole-string match, as `provenance-ref` documents. */
function compileRefPattern(pattern) {
    try {
        const re = re2js__WEBPACK_IMPORTED_MODULE_0__/* .RE2JS */ .L3.compile(`^(?:${pattern})$`);
        return ref => re.matches(ref);
    }
    catch (err) {
        return err instanceof Error ? err.message : String(err);
    }
}


/***/ })

};
