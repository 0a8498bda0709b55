export const id = 5604;
export const ids = [5604];
export const modules = {

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

/***/ 75604:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  SigstoreSigner: () => (/* binding */ SigstoreSigner),
  SigstoreVerifier: () => (/* reexport */ sigstore_verify/* SigstoreVerifier */.j)
});

// EXTERNAL MODULE: ./node_modules/@sigstore/bundle/dist/index.js
var dist = __webpack_require__(61040);
// EXTERNAL MODULE: ./node_modules/@sigstore/sign/dist/index.js
var sign_dist = __webpack_require__(15179);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/registry/referrers.ts
var referrers = __webpack_require__(9191);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/signing/keys.ts
var keys = __webpack_require__(6663);
// EXTERNAL MODULE: ./src/signing/cosign-layout.ts
var cosign_layout = __webpack_require__(70551);
// EXTERNAL MODULE: ./src/registry/client.ts + 3 modules
var registry_client = __webpack_require__(89711);
// EXTERNAL MODULE: ./src/registry/media-types.ts
var media_types = __webpack_require__(99867);
;// CONCATENATED MODULE: ./src/signing/cosign-legacy-write.ts
/**
 * Writes a signature in cosign's legacy `.sig` layout (see cosign-layout.ts), so tools that read
 * only that layout (cosign before v3, policy-controller, Kyverno's cosign verifier) see it.
 *
 * The signature comes from a Sigstore message-signature bundle over the simple signing payload:
 * its signature, certificate and Rekor entry (hashedrekord with its SignedEntryTimestamp) are
 * exactly what cosign's annotations hold.
 *
 * @module
 */





/**
 * The layer cosign would write for `payload` signed into `bundle` (a message signature): the
 * base64 signature, the Fulcio certificate (its chain left empty: the trusted root holds it),
 * and the Rekor bundle of its first log entry with an inclusion promise.
 */
function cosignLayerFromBundle(payload, bundle) {
    if (bundle.content.$case !== 'messageSignature') {
        throw new Error('a cosign signature is a message signature, not a DSSE envelope');
    }
    const material = bundle.verificationMaterial;
    const leaf = material.content.$case === 'x509CertificateChain'
        ? material.content.x509CertificateChain.certificates[0]?.rawBytes
        : material.content.$case === 'certificate'
            ? material.content.certificate.rawBytes
            : undefined;
    const entry = material.tlogEntries.find(e => e.inclusionPromise);
    const rekorBundle = entry?.inclusionPromise
        ? {
            SignedEntryTimestamp: Buffer.from(entry.inclusionPromise.signedEntryTimestamp).toString('base64'),
            Payload: {
                body: Buffer.from(entry.canonicalizedBody).toString('base64'),
                integratedTime: Number(entry.integratedTime),
                logIndex: Number(entry.logIndex),
                logID: Buffer.from(entry.logId?.keyId ?? Buffer.alloc(0)).toString('hex')
            }
        }
        : undefined;
    return {
        payload,
        annotations: (0,cosign_layout/* signatureAnnotations */.Ng)({
            signature: Buffer.from(bundle.content.messageSignature.signature),
            ...(leaf ? { certificatePem: new external_node_crypto_.X509Certificate(Buffer.from(leaf)).toString() } : {}),
            ...(rekorBundle ? { rekorBundle } : {})
        })
    };
}
/**
 * Adds `layer` to the `.sig` manifest of `image`'s digest, keeping the layers already there
 * (cosign appends too); writes nothing when the same payload and signature are already in it.
 */
async function attachCosignSignature(client, image, layer) {
    const digest = image.digest;
    if (!digest)
        throw new Error(`${image.familiar} has no digest`);
    const repo = (0,referrers/* bareRepository */.RI)(image);
    const tag = (0,cosign_layout/* signatureTag */.bG)(digest);
    const tagRef = repo.withTag(tag);
    const existing = (await client.head(tagRef, { push: true }))
        ? await client.get(tagRef, { push: true })
        : undefined;
    const kept = existing ? (0,cosign_layout/* signatureLayers */.Ho)(existing.bytes) : [];
    const payloadDigest = (0,registry_client/* sha256Digest */.sI)(layer.payload);
    const signature = layer.annotations[cosign_layout/* CosignAnnotation */.lr.signature];
    if (existing &&
        kept.some(d => d.digest === payloadDigest && d.annotations?.[cosign_layout/* CosignAnnotation */.lr.signature] === signature)) {
        return { tag, manifestDigest: existing.digest, created: false };
    }
    const { config, manifest } = (0,cosign_layout/* signatureImage */.KJ)([
        ...kept.map(d => ({ digest: d.digest, size: d.size, annotations: d.annotations ?? {} })),
        layer
    ]);
    for (const blob of [config, layer.payload]) {
        const d = (0,registry_client/* sha256Digest */.sI)(blob);
        if (!(await client.hasBlob(repo, d, true)))
            await client.uploadBlob(repo, d, blob);
    }
    const manifestDigest = (0,registry_client/* sha256Digest */.sI)(manifest);
    await client.put(repo, tag, {
        bytes: manifest,
        mediaType: media_types/* MediaType */.zu.ociManifest,
        digest: manifestDigest
    });
    return { tag, manifestDigest, created: true };
}

// EXTERNAL MODULE: ./src/signing/oidc.ts
var oidc = __webpack_require__(69154);
// EXTERNAL MODULE: ./src/signing/sigstore-verify.ts
var sigstore_verify = __webpack_require__(32719);
// EXTERNAL MODULE: ./src/signing/statement.ts
var statement = __webpack_require__(77874);
// EXTERNAL MODULE: ./src/signing/types.ts
var types = __webpack_require__(14410);
;// CONCATENATED MODULE: ./src/signing/sigstore.ts
/**
 * The sigstore-js backend: signs in process, with no binary to install.
 *
 * Keyless: an OIDC token (GitHub Actions, or `SIGSTORE_ID_TOKEN`) buys a short-lived Fulcio
 * certificate, and the signature is logged in Rekor. With a key: a local ECDSA P-256 key signs,
 * and Rekor is optional (`tlog-upload`), so key signing works with no network at all.
 *
 * Either way the payload is cosign's (see statement.ts) and the bundle is attached to the digest
 * as an OCI referrer, the layout `cosign sign --new-bundle-format` writes and `cosign verify`
 * reads.
 *
 * @module
 */













/**
 * Signs digests with sigstore-js and attaches the bundle as a referrer; also signs arbitrary
 * statements (attestations) with the same key or identity.
 */
class SigstoreSigner {
    opts;
    verifier;
    prepared;
    constructor(opts) {
        this.opts = opts;
        this.verifier = new sigstore_verify/* SigstoreVerifier */.j(opts);
    }
    /**
     * Signs `image`'s digest unless a signature by the same key or identity already verifies;
     * then reads the new signature back through the verifier, so what was attached is known to
     * pass the gate.
     */
    async sign(image) {
        const digest = image.digest;
        if (!digest)
            throw new types/* SigningError */.uJ(`${image.familiar} has no digest; sign repo@digest`);
        const { signer, policy, keyFp } = await this.prepare();
        const existing = await this.tryVerify(image, policy);
        if (existing?.verified) {
            this.opts.logger.info(`${digest} is already signed by ${(0,types/* describePolicy */.wy)(policy, keyFp)}`);
            return {
                backend: 'sigstore',
                digest,
                created: false,
                ...pick(existing, ['identity', 'keyFingerprint', 'rekorLogIndex'])
            };
        }
        const bundleJson = await this.createBundle(signer, (0,statement/* signingStatement */.B)(digest), digest);
        const subject = await this.opts.client.head(image);
        if (!subject || subject.digest !== digest) {
            throw new types/* SigningError */.uJ(`${image.familiar} is not in the registry; push it before signing`);
        }
        const referrer = await (0,referrers/* attachReferrer */.vO)(this.opts.client, image, subject, {
            artifactType: types/* SIGSTORE_BUNDLE_MEDIA_TYPE */.Ib,
            blobs: [
                { mediaType: types/* SIGSTORE_BUNDLE_MEDIA_TYPE */.Ib, bytes: Buffer.from(JSON.stringify(bundleJson)) }
            ],
            annotations: { ...types/* BUNDLE_ANNOTATIONS */.GY }
        });
        if (this.opts.cosignLegacyLayout)
            await this.signLegacy(signer, image, digest);
        const check = await this.tryVerify(image, policy);
        if (check && !check.verified) {
            throw new types/* SigningError */.uJ(`signed ${digest}, but the attached signature does not verify: ${check.reason ?? 'unknown'}`);
        }
        if (!check)
            this.opts.logger.info(`signature on ${digest} not read back: no trusted root to check it`);
        return {
            backend: 'sigstore',
            digest,
            created: true,
            referrer: referrer.digest,
            ...(check ? pick(check, ['identity', 'keyFingerprint', 'rekorLogIndex']) : {}),
            ...(keyFp ? { keyFingerprint: keyFp } : {})
        };
    }
    /**
     * Who this signer's bundles verify as: its key's public half, or the keyless identity (the
     * configured policy, else the one the OIDC token will be certified as).
     */
    async signerPolicy() {
        return (await this.prepareOnce()).policy;
    }
    /**
     * Signs an arbitrary in-toto statement (an attestation) with the same key or keyless identity
     * as {@link SigstoreSigner.sign}, logging it in Rekor the same way; attaches nothing.
     */
    async signStatement(statement) {
        const { signer, keyFp } = await this.prepareOnce();
        const json = await this.createBundle(signer, statement, 'the statement');
        const rekorLogIndex = json.verificationMaterial?.tlogEntries?.[0]?.logIndex;
        return {
            backend: 'sigstore',
            bundle: Buffer.from(JSON.stringify(json)),
            ...(keyFp ? { keyFingerprint: keyFp } : {}),
            ...(rekorLogIndex ? { rekorLogIndex } : {})
        };
    }
    /**
     * Signs cosign's simple signing payload of `digest` (a message signature, logged as a
     * hashedrekord entry) and adds it to the digest's `.sig` manifest.
     */
    async signLegacy(signer, image, digest) {
        const payload = (0,cosign_layout/* simpleSigningPayload */.Kq)(digest, image.repository);
        let bundle;
        try {
            bundle = await new sign_dist/* MessageSignatureBundleBuilder */.z3({
                signer,
                witnesses: this.witnesses()
            }).create({ data: payload });
        }
        catch (err) {
            throw new types/* SigningError */.uJ(`signing ${digest} in cosign's layout failed: ${(0,errors/* errorMessage */.gJ)(err)}`);
        }
        await attachCosignSignature(this.opts.client, image, cosignLayerFromBundle(payload, bundle));
    }
    /** A Rekor witness when logging is on. */
    witnesses() {
        if (this.opts.tlogUpload === false)
            return [];
        return [
            new sign_dist/* RekorWitness */.fU({
                rekorBaseURL: this.opts.rekorUrl ?? types/* DEFAULT_REKOR_URL */.AD,
                fetchOnConflict: true,
                timeout: this.opts.timeoutMs
            })
        ];
    }
    /** Signs `data` as an in-toto DSSE payload, with a Rekor witness when logging is on. */
    async createBundle(signer, data, what) {
        const witnesses = this.witnesses();
        try {
            const bundle = await new sign_dist/* DSSEBundleBuilder */.VV({ signer, witnesses }).create({
                data,
                type: types/* IN_TOTO_PAYLOAD_TYPE */.T4
            });
            return (0,dist.bundleToJSON)(bundle);
        }
        catch (err) {
            throw new types/* SigningError */.uJ(`signing ${what} failed: ${(0,errors/* errorMessage */.gJ)(err)}`);
        }
    }
    /**
     * {@link SigstoreSigner.prepare} once per signer, for the statement entry points: a keyless
     * signer asks for one OIDC token, however many statements it signs.
     */
    prepareOnce() {
        this.prepared ??= this.prepare();
        return this.prepared;
    }
    /** The signer and the policy its signatures satisfy. */
    async prepare() {
        const { env, logger } = this.opts;
        if (this.opts.key) {
            const privateKey = (0,keys/* loadPrivateKey */.PM)((0,keys/* resolveKeyText */.rd)(this.opts.key, env, logger), this.opts.password, { openSecretbox: this.opts.openSecretbox });
            const publicKey = (0,external_node_crypto_.createPublicKey)(privateKey);
            const publicPem = publicKey.export({ format: 'pem', type: 'spki' }).toString();
            return {
                signer: new keys/* LocalKeySigner */.Hf(privateKey),
                policy: { key: publicPem },
                keyFp: (0,keys/* keyFingerprint */.yy)(publicKey)
            };
        }
        if (this.opts.tlogUpload === false) {
            throw new types/* SigningError */.uJ('tlog-upload: false needs cosign-key: a keyless certificate expires after minutes, and ' +
                'only the transparency log proves the signature was made while it was valid');
        }
        const token = this.opts.identityToken
            ? await this.opts.identityToken()
            : await (0,oidc/* getIdentityToken */.Uk)(env, logger);
        logger.setSecret(token);
        const signer = new sign_dist/* FulcioSigner */.$o({
            fulcioBaseURL: this.opts.fulcioUrl ?? types/* DEFAULT_FULCIO_URL */.jl,
            identityProvider: { getToken: () => Promise.resolve(token) },
            timeout: this.opts.timeoutMs
        });
        return { signer, policy: this.opts.policy ?? (0,oidc/* policyFromClaims */.eh)((0,oidc/* tokenClaims */.f)(token)) };
    }
    /**
     * Verifies under `policy`, or `undefined` when verification cannot be set up (keyless with no
     * trusted root available): signing then goes ahead, and the gate verifies later.
     */
    async tryVerify(image, policy) {
        try {
            return await this.verifier.verify(image, policy);
        }
        catch (err) {
            if (!(err instanceof types/* SigningError */.uJ))
                throw err;
            this.opts.logger.debug(`cannot verify ${image.familiar} here: ${err.message}`);
            return undefined;
        }
    }
}
function pick(o, keys) {
    const out = {};
    for (const k of keys)
        if (o[k] !== undefined)
            out[k] = o[k];
    return out;
}


/***/ })

};
