export const id = 1805;
export const ids = [1805,6281,4465];
export const modules = {

/***/ 70551:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ED: () => (/* binding */ COSIGN_SIGNATURE_TYPE),
/* harmony export */   Ho: () => (/* binding */ signatureLayers),
/* harmony export */   KJ: () => (/* binding */ signatureImage),
/* harmony export */   Kq: () => (/* binding */ simpleSigningPayload),
/* harmony export */   Ng: () => (/* binding */ signatureAnnotations),
/* harmony export */   bG: () => (/* binding */ signatureTag),
/* harmony export */   lr: () => (/* binding */ CosignAnnotation)
/* harmony export */ });
/* unused harmony exports SIMPLE_SIGNING_MEDIA_TYPE, OCI_CONFIG_MEDIA_TYPE */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _registry_media_types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(99867);
/**
 * cosign's legacy signature layout, as its signature spec and code write it: a tag
 * `sha256-<hex>.sig` in the image's repository holding an OCI image manifest whose layers are
 * "simple signing" payloads naming the signed digest, each layer annotated with its base64
 * signature and, for keyless signatures, the Fulcio certificate, its chain and the Rekor bundle.
 *
 * Everything here is pure: bytes in, bytes out, shaped exactly as cosign's Go code serialises
 * them (struct field order, Go's HTML escaping), so what we write is what cosign writes.
 *
 * See sigstore/cosign `specs/SIGNATURE_SPEC.md`, `pkg/oci/static/signature.go` (annotation
 * keys), `pkg/oci/empty/empty.go` and `pkg/oci/mutate/signatures.go` (the manifest), and
 * sigstore/sigstore `pkg/signature/payload/payload.go` (the payload).
 *
 * @module
 */


/** Media type of a simple signing payload layer. */
const SIMPLE_SIGNING_MEDIA_TYPE = 'application/vnd.dev.cosign.simplesigning.v1+json';
/** The config media type cosign's OCI signature manifests use. */
const OCI_CONFIG_MEDIA_TYPE = 'application/vnd.oci.image.config.v1+json';
/** `critical.type` of a cosign image signature payload. */
const COSIGN_SIGNATURE_TYPE = 'cosign container image signature';
/** Layer annotation keys (cosign `pkg/oci/static/signature.go`). */
const CosignAnnotation = {
    signature: 'dev.cosignproject.cosign/signature',
    certificate: 'dev.sigstore.cosign/certificate',
    chain: 'dev.sigstore.cosign/chain',
    bundle: 'dev.sigstore.cosign/bundle',
    rfc3161Timestamp: 'dev.sigstore.cosign/rfc3161timestamp'
};
/** The tag cosign stores a digest's signatures under: `sha256-<hex>.sig`. */
function signatureTag(digest) {
    return `${digest.replace(':', '-')}.sig`;
}
/**
 * The simple signing payload cosign signs for `digest` of the image in `dockerReference` (the
 * repository, without tag or digest), in the field order cosign emits: sigstore's
 * `payload.SimpleContainerImage` with no optional claims.
 */
function simpleSigningPayload(digest, dockerReference) {
    return goJson({
        critical: {
            identity: { 'docker-reference': dockerReference },
            image: { 'docker-manifest-digest': digest },
            type: COSIGN_SIGNATURE_TYPE
        },
        optional: null
    });
}
/** The annotations of one signature layer, keys and values as cosign writes them. */
function signatureAnnotations(parts) {
    const out = {};
    // cosign sets the chain annotation whenever it sets the certificate, even when empty.
    if (parts.certificatePem !== undefined) {
        out[CosignAnnotation.certificate] = parts.certificatePem;
        out[CosignAnnotation.chain] = parts.chainPem ?? '';
    }
    if (parts.rekorBundle) {
        const { SignedEntryTimestamp, Payload } = parts.rekorBundle;
        const { body, integratedTime, logIndex, logID } = Payload;
        out[CosignAnnotation.bundle] = goJson({
            SignedEntryTimestamp,
            Payload: { body, integratedTime, logIndex, logID }
        }).toString('utf8');
    }
    out[CosignAnnotation.signature] = parts.signature.toString('base64');
    return out;
}
/**
 * The signature image of `layers`: its config blob and manifest bytes, as go-containerregistry
 * builds cosign's `empty.Signatures()` with one appended layer per signature.
 */
function signatureImage(layers) {
    const zero = '0001-01-01T00:00:00Z';
    const described = layers.map(l => 'payload' in l
        ? { digest: sha256(l.payload), size: l.payload.length, annotations: l.annotations }
        : l);
    const config = goJson({
        architecture: '',
        created: zero,
        history: described.map(() => ({ created: zero })),
        os: '',
        // The payload layers are uncompressed, so a layer's diff ID is its digest.
        rootfs: { type: 'layers', diff_ids: described.map(l => l.digest) },
        config: {}
    });
    const manifest = goJson({
        schemaVersion: 2,
        mediaType: _registry_media_types_js__WEBPACK_IMPORTED_MODULE_1__/* .MediaType */ .zu.ociManifest,
        config: { mediaType: OCI_CONFIG_MEDIA_TYPE, size: config.length, digest: sha256(config) },
        layers: described.map(l => ({
            mediaType: SIMPLE_SIGNING_MEDIA_TYPE,
            size: l.size,
            digest: l.digest,
            annotations: sortedKeys(l.annotations)
        }))
    });
    return { config, manifest };
}
/** The layer descriptors of a signature manifest that hold simple signing payloads. */
function signatureLayers(manifest) {
    let parsed;
    try {
        parsed = JSON.parse(manifest.toString('utf8'));
    }
    catch {
        return [];
    }
    const layers = parsed?.layers;
    if (!Array.isArray(layers))
        return [];
    return layers.filter((l) => typeof l === 'object' &&
        l !== null &&
        l.mediaType === SIMPLE_SIGNING_MEDIA_TYPE &&
        typeof l.digest === 'string' &&
        typeof l.size === 'number');
}
/** `sha256:<hex>` of `bytes`. */
function sha256(bytes) {
    return `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex')}`;
}
/**
 * JSON as Go's `encoding/json` writes it: compact, in the given key order, with `<`, `>`, `&`
 * and the line and paragraph separators escaped.
 */
function goJson(value) {
    const text = JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    return Buffer.from(text, 'utf8');
}
/** Go marshals maps with sorted keys. */
function sortedKeys(record) {
    return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : 1)));
}


/***/ }),

/***/ 76281:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ issuerMatches),
/* harmony export */   a: () => (/* binding */ identityMatches),
/* harmony export */   compileIdentityPattern: () => (/* binding */ compileIdentityPattern)
/* harmony export */ });
/* harmony import */ var re2js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2856);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/**
 * Whether a Fulcio certificate's identity and issuer satisfy a keyless policy, with cosign's
 * semantics, so a pattern copied from cosign's, Kyverno's or `gh attestation verify`'s docs
 * accepts here exactly what it accepts there:
 *
 * - an exact identity or issuer is compared as a whole string;
 * - a regexp is Go RE2 syntax and *searched* for (Go's `regexp.MatchString`), not matched
 *   against the whole value: anchor it with `^…$` to pin it;
 * - an issuer regexp, when set, takes the place of the exact issuer.
 *
 * See cosign `pkg/cosign/verify.go` `CheckCertificatePolicy`, and sigstore-go
 * `pkg/verify/certificate_identity.go` (`SubjectAlternativeNameMatcher.Verify`,
 * `IssuerMatcher.Verify`).
 *
 * @module
 */


/**
 * Compiles a Go RE2 pattern for an unanchored search.
 *
 * @returns the pattern, or the parser's one-line reason it is not valid RE2.
 */
function compileIdentityPattern(pattern) {
    try {
        const re = re2js__WEBPACK_IMPORTED_MODULE_1__/* .RE2JS */ .L3.compile(pattern);
        return value => re.matcher(value).find();
    }
    catch (err) {
        return (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(err);
    }
}
/** Compiles `pattern`, which callers have already validated. */
function compiled(pattern) {
    const re = compileIdentityPattern(pattern);
    if (typeof re === 'string')
        throw new Error(`invalid identity pattern: ${re}`);
    return re;
}
/** True when `san` is the exact identity, or when the identity regexp occurs in it. */
function identityMatches(policy, san) {
    if (policy.certificateIdentity !== undefined && policy.certificateIdentity === san)
        return true;
    if (policy.certificateIdentityRegexp !== undefined) {
        return compiled(policy.certificateIdentityRegexp)(san);
    }
    return false;
}
/** True when the issuer regexp occurs in `issuer` or, without one, `issuer` is the exact issuer. */
function issuerMatches(policy, issuer) {
    if (policy.certificateOidcIssuerRegexp !== undefined) {
        return compiled(policy.certificateOidcIssuerRegexp)(issuer);
    }
    return policy.certificateOidcIssuer === issuer;
}


/***/ }),

/***/ 1142:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y4: () => (/* binding */ keyFailure),
/* harmony export */   bZ: () => (/* binding */ keylessFailure),
/* harmony export */   vI: () => (/* binding */ shortened),
/* harmony export */   x$: () => (/* binding */ otherIdentity)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _keys_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6663);
/**
 * Why one attached bundle does not count, in words that tell the cases apart: signed by another
 * key, signed by another identity, certified by a CA the trusted root does not hold, or altered
 * after signing. Bundles are untrusted: what they claim is shortened and cleaned before it is
 * shown, and only ever shown.
 *
 * @module
 */


/** Longest certificate identity or issuer shown in a message. */
const MAX_SHOWN = 96;
/** `text` without control characters, cut to {@link MAX_SHOWN} characters with an ellipsis. */
function shortened(text) {
    // eslint-disable-next-line no-control-regex
    const clean = text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
    return clean.length > MAX_SHOWN ? `${clean.slice(0, MAX_SHOWN - 1)}…` : clean;
}
/** A keyless bundle whose signer is not the expected one: who it is, shortened. */
function otherIdentity(san, issuer) {
    return `is signed by ${shortened(san)} (issuer ${shortened(issuer)})`;
}
/** `@sigstore/verify` error codes that mean the log entry, not the signature, did not check. */
const LOG_CODES = new Set([
    'TLOG_ERROR',
    'TLOG_MISSING_INCLUSION_ERROR',
    'TLOG_INCLUSION_PROOF_ERROR',
    'TLOG_INCLUSION_PROMISE_ERROR',
    'TIMESTAMP_ERROR'
]);
/**
 * Why a bundle failed cryptographic verification, unless the cause is the trust material rather
 * than the bundle: a certificate that does not chain to the trusted root (another Sigstore
 * instance, or a forged CA), or a log entry the root's logs do not vouch for. Anything else
 * (signature, or log body against the bundle) means the bundle no longer matches what was signed.
 */
function trustFailure(err) {
    const code = err.code;
    if (code === 'CERTIFICATE_ERROR') {
        return `has a certificate the trusted root does not vouch for (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(err)})`;
    }
    if (typeof code === 'string' && LOG_CODES.has(code)) {
        return `has no transparency log entry the trusted root vouches for (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(err)})`;
    }
    return undefined;
}
/** A keyless bundle that failed cryptographic verification. */
function keylessFailure(err) {
    return trustFailure(err) ?? `was altered after signing: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(err)}`;
}
/**
 * A key bundle that does not verify with `publicKey`. The bundle's key hint (base64 of the
 * SPKI sha256, as sigstore-go and cosign write it) tells a signature by another key from one
 * that names our key but no longer verifies; without a hint either may be the case.
 */
function keyFailure(bundle, publicKey, err) {
    const ours = (0,_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .keyFingerprint */ .yy)(publicKey);
    const material = bundle.verificationMaterial.content;
    const hint = material.$case === 'publicKey' ? material.publicKey.hint : '';
    if (hint && hint !== (0,_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .keyHint */ .p4)(publicKey)) {
        const theirs = /^[A-Za-z0-9+/]{43}=$/.test(hint)
            ? `sha256:${Buffer.from(hint, 'base64').toString('hex')}`
            : shortened(hint);
        return `is signed by another key, ${theirs}, not ${ours}`;
    }
    const trust = trustFailure(err);
    if (trust)
        return trust;
    if (hint)
        return `names key ${ours} but was altered after signing: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(err)}`;
    return `does not verify with key ${ours}: signed by another key, or altered after signing`;
}


/***/ }),

/***/ 32719:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ SigstoreVerifier)
/* harmony export */ });
/* harmony import */ var _sigstore_bundle__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61040);
/* harmony import */ var _sigstore_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83917);
/* harmony import */ var _sigstore_core__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(_sigstore_core__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _sigstore_verify__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(54187);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83916);
/* harmony import */ var _registry_referrers_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9191);
/* harmony import */ var _identity_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(76281);
/* harmony import */ var _keys_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6663);
/* harmony import */ var _refusals_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1142);
/* harmony import */ var _statement_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(77874);
/* harmony import */ var _trust_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(34465);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(14410);
/**
 * Verification of the Sigstore bundles attached to a digest, with `@sigstore/verify`: each
 * bundle referrer is checked cryptographically (certificate chain, SCT, transparency log,
 * signature), then its statement must name this digest, then its signer must match the policy.
 * Every refusal keeps its own reason, so a failed gate says what was found.
 *
 * @module
 */











/** The annotation cosign's new bundle format puts on each bundle referrer. */
const BUNDLE_PREDICATE_ANNOTATION = 'dev.sigstore.bundle.predicateType';
/** Most refusals named in one reason; the rest are counted. */
const MAX_REASONS = 3;
/** Most bundles checked per digest, so a flood of junk referrers cannot stall a gate. */
const MAX_BUNDLES = 50;
/** Verifies DSSE bundles attached as referrers, as {@link SigstoreSigner} produces them. */
class SigstoreVerifier {
    opts;
    root;
    constructor(opts) {
        this.opts = opts;
    }
    /** Looks for a bundle on `image`'s digest that verifies under `policy`. */
    async verify(image, policy) {
        const digest = image.digest;
        if (!digest)
            throw new _types_js__WEBPACK_IMPORTED_MODULE_10__/* .SigningError */ .uJ(`${image.familiar} has no digest; verify repo@digest`);
        const check = await this.checker(policy);
        // Attestations (other predicate types) are bundles too; they are not signatures, and
        // must not push the signature out of the window read below.
        const referrers = (await (0,_registry_referrers_js__WEBPACK_IMPORTED_MODULE_4__/* .listReferrers */ .xt)(this.opts.client, image, digest, _types_js__WEBPACK_IMPORTED_MODULE_10__/* .SIGSTORE_BUNDLE_MEDIA_TYPE */ .Ib)).filter(r => {
            const predicate = r.annotations?.[BUNDLE_PREDICATE_ANNOTATION];
            return predicate === undefined || predicate === _types_js__WEBPACK_IMPORTED_MODULE_10__/* .COSIGN_SIGN_PREDICATE_TYPE */ .Z4;
        });
        if (referrers.length === 0) {
            return { verified: false, backend: 'sigstore', reason: 'no Sigstore bundle is attached' };
        }
        const reasons = [];
        for (const referrer of referrers.slice(-MAX_BUNDLES)) {
            const short = referrer.digest.slice(0, 19);
            let finding;
            try {
                const { manifest, layer } = await (0,_registry_referrers_js__WEBPACK_IMPORTED_MODULE_4__/* .readReferrerLayer */ .fs)(this.opts.client, image, referrer, _types_js__WEBPACK_IMPORTED_MODULE_10__/* .SIGSTORE_BUNDLE_MEDIA_TYPE */ .Ib);
                if (manifest.subject?.digest !== digest) {
                    finding = { ok: false, reason: `its subject is ${String(manifest.subject?.digest)}` };
                }
                else if (!layer)
                    finding = { ok: false, reason: 'it holds no bundle layer' };
                else
                    finding = check(layer, (type, payload) => (0,_statement_js__WEBPACK_IMPORTED_MODULE_8__/* .statementProblem */ .h)(type, payload, digest));
            }
            catch (err) {
                finding = { ok: false, reason: `unreadable (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(err)})` };
            }
            this.opts.logger.debug(`bundle ${short}: ${finding.ok ? 'verified' : finding.reason}`);
            if (finding.ok)
                return { verified: true, backend: 'sigstore', ...withoutOk(finding) };
            reasons.push(`bundle ${short}… ${finding.reason}`);
        }
        const more = reasons.length > MAX_REASONS ? `; and ${reasons.length - MAX_REASONS} more` : '';
        return {
            verified: false,
            backend: 'sigstore',
            reason: reasons.slice(0, MAX_REASONS).join('; ') + more
        };
    }
    /**
     * A check of single bundles under `policy`: the same signature, certificate, log and signer
     * checks as {@link SigstoreVerifier.verify}, with `accept` judging the signed payload in place
     * of the digest-signature statement check, so attestations (other predicate types) are
     * verified exactly as strictly as signatures. Trust material is built once per call.
     */
    async bundleChecker(policy, accept) {
        const check = await this.checker(policy);
        return bytes => check(bytes, accept);
    }
    /** The per-bundle check for `policy`, with its trust material built once. */
    async checker(policy) {
        if ((0,_types_js__WEBPACK_IMPORTED_MODULE_10__/* .isKeyPolicy */ .cy)(policy)) {
            const publicKey = (0,_keys_js__WEBPACK_IMPORTED_MODULE_6__/* .loadPublicKey */ .fg)((0,_keys_js__WEBPACK_IMPORTED_MODULE_6__/* .resolveKeyText */ .rd)(policy.key, this.opts.env, this.opts.logger));
            const root = this.opts.trustedRootPath ? await this.trustedRoot() : undefined;
            const tm = (0,_trust_js__WEBPACK_IMPORTED_MODULE_9__.keyTrustMaterial)(publicKey, root);
            return (bytes, accept) => checkKeyBundle(bytes, accept, publicKey, tm, root !== undefined, this.opts.requireTlog ?? false);
        }
        if (!policy.certificateIdentity && !policy.certificateIdentityRegexp) {
            throw new _types_js__WEBPACK_IMPORTED_MODULE_10__/* .SigningError */ .uJ('keyless verification needs certificate-identity or certificate-identity-regexp');
        }
        const tm = (0,_trust_js__WEBPACK_IMPORTED_MODULE_9__.keylessTrustMaterial)(await this.trustedRoot());
        return (bytes, accept) => checkKeylessBundle(bytes, accept, policy, tm);
    }
    /** The configured root, or the public-good one; loaded at most once. */
    trustedRoot() {
        this.root ??= this.opts.trustedRootPath
            ? (0,_trust_js__WEBPACK_IMPORTED_MODULE_9__.loadTrustedRootFile)(this.opts.trustedRootPath)
            : (this.opts.loadPublicGoodRoot ?? _trust_js__WEBPACK_IMPORTED_MODULE_9__.loadPublicGoodRoot)();
        return this.root;
    }
}
/** Parses a bundle and checks it is a DSSE bundle; a reason otherwise. */
function parseBundle(bytes) {
    try {
        const bundle = (0,_sigstore_bundle__WEBPACK_IMPORTED_MODULE_0__.bundleFromJSON)(JSON.parse(bytes.toString('utf8')));
        if (bundle.content.$case !== 'dsseEnvelope')
            return 'is a message signature, not a DSSE statement';
        return bundle;
    }
    catch (err) {
        return `is not a valid Sigstore bundle (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(err)})`;
    }
}
function checkKeylessBundle(bytes, accept, policy, tm) {
    const bundle = parseBundle(bytes);
    if (typeof bundle === 'string')
        return { ok: false, reason: bundle };
    const material = bundle.verificationMaterial.content;
    if (material.$case === 'publicKey') {
        return { ok: false, reason: 'is signed with a key, not a Fulcio certificate' };
    }
    let signer;
    try {
        signer = new _sigstore_verify__WEBPACK_IMPORTED_MODULE_2__/* .Verifier */ .BL(tm, {
            tlogThreshold: 1,
            ctlogThreshold: 1,
            timestampThreshold: 1
        }).verify((0,_sigstore_verify__WEBPACK_IMPORTED_MODULE_2__/* .toSignedEntity */ .DC)(bundle));
    }
    catch (err) {
        return { ok: false, reason: (0,_refusals_js__WEBPACK_IMPORTED_MODULE_7__/* .keylessFailure */ .bZ)(err) };
    }
    const signed = acceptedPayload(bundle, accept);
    if (typeof signed === 'string')
        return { ok: false, reason: signed };
    const san = signer.identity?.subjectAlternativeName ?? '(no identity)';
    const issuer = signer.identity?.extensions?.issuer ?? '(no issuer)';
    if (!(0,_identity_js__WEBPACK_IMPORTED_MODULE_5__/* .issuerMatches */ .Z)(policy, issuer) || !(0,_identity_js__WEBPACK_IMPORTED_MODULE_5__/* .identityMatches */ .a)(policy, san)) {
        return { ok: false, reason: (0,_refusals_js__WEBPACK_IMPORTED_MODULE_7__/* .otherIdentity */ .x$)(san, issuer) };
    }
    return {
        ok: true,
        identity: san,
        issuer,
        rekorLogIndex: logIndex(bundle),
        integratedTime: integratedTime(bundle),
        ...signed
    };
}
function checkKeyBundle(bytes, accept, publicKey, tm, haveRoot, requireTlog) {
    const bundle = parseBundle(bytes);
    if (typeof bundle === 'string')
        return { ok: false, reason: bundle };
    const material = bundle.verificationMaterial.content;
    if (material.$case !== 'publicKey')
        return { ok: false, reason: `is signed keylessly by ${(0,_refusals_js__WEBPACK_IMPORTED_MODULE_7__/* .shortened */ .vI)(certificateSan(bundle))}` };
    let entity = (0,_sigstore_verify__WEBPACK_IMPORTED_MODULE_2__/* .toSignedEntity */ .DC)(bundle);
    // Without a trusted root, log entries cannot be checked; the pinned key still is.
    if (!haveRoot)
        entity = { ...entity, tlogEntries: [], timestamps: [] };
    try {
        new _sigstore_verify__WEBPACK_IMPORTED_MODULE_2__/* .Verifier */ .BL(tm, {
            tlogThreshold: haveRoot && requireTlog ? 1 : 0,
            ctlogThreshold: 0,
            timestampThreshold: 0
        }).verify(entity);
    }
    catch (err) {
        return { ok: false, reason: (0,_refusals_js__WEBPACK_IMPORTED_MODULE_7__/* .keyFailure */ .Y4)(bundle, publicKey, err) };
    }
    const signed = acceptedPayload(bundle, accept);
    if (typeof signed === 'string')
        return { ok: false, reason: signed };
    return {
        ok: true,
        keyFingerprint: (0,_keys_js__WEBPACK_IMPORTED_MODULE_6__/* .keyFingerprint */ .yy)(publicKey),
        rekorLogIndex: haveRoot ? logIndex(bundle) : undefined,
        integratedTime: haveRoot ? integratedTime(bundle) : undefined,
        ...signed
    };
}
/** The signed payload when `accept` takes it, else why not. */
function acceptedPayload(bundle, accept) {
    if (bundle.content.$case !== 'dsseEnvelope')
        return 'is not a DSSE statement';
    const { payloadType, payload } = bundle.content.dsseEnvelope;
    return accept(payloadType, payload) ?? { payloadType, payload };
}
function logIndex(bundle) {
    return bundle.verificationMaterial.tlogEntries[0]?.logIndex;
}
function integratedTime(bundle) {
    const seconds = Number(bundle.verificationMaterial.tlogEntries[0]?.integratedTime ?? 0);
    return seconds > 0 ? new Date(seconds * 1000).toISOString() : undefined;
}
/** The SAN of a keyless bundle's leaf certificate, unverified: only for the message. */
function certificateSan(bundle) {
    const m = bundle.verificationMaterial.content;
    const raw = m.$case === 'certificate'
        ? m.certificate.rawBytes
        : m.$case === 'x509CertificateChain'
            ? m.x509CertificateChain.certificates[0]?.rawBytes
            : undefined;
    try {
        return raw
            ? (_sigstore_core__WEBPACK_IMPORTED_MODULE_1__.X509Certificate.parse(Buffer.from(raw)).subjectAltName ?? '(no identity)')
            : '(no certificate)';
    }
    catch {
        return '(unreadable certificate)';
    }
}
function withoutOk(f) {
    const out = {};
    if (f.identity !== undefined)
        out.identity = f.identity;
    if (f.keyFingerprint !== undefined)
        out.keyFingerprint = f.keyFingerprint;
    if (f.rekorLogIndex !== undefined)
        out.rekorLogIndex = f.rekorLogIndex;
    if (f.issuer !== undefined)
        out.issuer = f.issuer;
    if (f.integratedTime !== undefined)
        out.integratedTime = f.integratedTime;
    return out;
}


/***/ }),

/***/ 77874:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ signingStatement),
/* harmony export */   h: () => (/* binding */ statementProblem)
/* harmony export */ });
/* harmony import */ var _registry_reference_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(79310);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(14410);
/**
 * The signed payload: exactly what `cosign sign --new-bundle-format` signs for an image, an
 * in-toto v1 statement with the image digest as its only subject and cosign's signing predicate,
 * wrapped in DSSE. Signing a statement rather than the digest bytes keeps the signature
 * self-describing: the bundle alone says which digest it is for, so a bundle copied onto another
 * digest is refused without trusting where it was found.
 *
 * @module
 */


/**
 * The statement bytes signed for `digest`: the statement cosign signs (protojson of
 * `intoto.v1.Statement`; cosign may add empty subject annotations and protojson varies its
 * whitespace, so verifiers compare the parsed digest, never bytes).
 */
function signingStatement(digest) {
    const { algorithm, hex } = (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDigest */ .m)(digest);
    return Buffer.from(JSON.stringify({
        _type: _types_js__WEBPACK_IMPORTED_MODULE_1__/* .IN_TOTO_STATEMENT_V1 */ .tV,
        subject: [{ digest: { [algorithm]: hex } }],
        predicateType: _types_js__WEBPACK_IMPORTED_MODULE_1__/* .COSIGN_SIGN_PREDICATE_TYPE */ .Z4,
        predicate: {}
    }));
}
/**
 * Why a verified DSSE payload is not a signature of `digest`, or `undefined` when it is. Only
 * what {@link signingStatement} produces is accepted: other predicate types are attestations
 * (provenance, SBOM), which say something about the image but do not sign it.
 */
function statementProblem(payloadType, payload, digest) {
    if (payloadType !== _types_js__WEBPACK_IMPORTED_MODULE_1__/* .IN_TOTO_PAYLOAD_TYPE */ .T4) {
        return `payload type is ${JSON.stringify(payloadType)}, not ${_types_js__WEBPACK_IMPORTED_MODULE_1__/* .IN_TOTO_PAYLOAD_TYPE */ .T4}`;
    }
    let statement;
    try {
        statement = JSON.parse(payload.toString('utf8'));
    }
    catch {
        return 'payload is not JSON';
    }
    if (statement._type !== _types_js__WEBPACK_IMPORTED_MODULE_1__/* .IN_TOTO_STATEMENT_V1 */ .tV) {
        return `statement type is ${JSON.stringify(statement._type)}, not ${_types_js__WEBPACK_IMPORTED_MODULE_1__/* .IN_TOTO_STATEMENT_V1 */ .tV}`;
    }
    if (statement.predicateType !== _types_js__WEBPACK_IMPORTED_MODULE_1__/* .COSIGN_SIGN_PREDICATE_TYPE */ .Z4) {
        return `predicate type is ${JSON.stringify(statement.predicateType)}, not ${_types_js__WEBPACK_IMPORTED_MODULE_1__/* .COSIGN_SIGN_PREDICATE_TYPE */ .Z4} (an attestation, not a signature)`;
    }
    const { algorithm, hex } = (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDigest */ .m)(digest);
    const subjects = Array.isArray(statement.subject) ? statement.subject : [];
    if (subjects.some(s => s?.digest?.[algorithm] === hex))
        return undefined;
    const named = subjects
        .flatMap(s => Object.entries(s?.digest ?? {}).map(([alg, h]) => `${alg}:${String(h)}`))
        .slice(0, 3);
    return `signed statement is for ${named.length > 0 ? named.join(', ') : 'no digest'}, not ${digest}`;
}


/***/ }),

/***/ 34465:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   emptyTrustedRoot: () => (/* binding */ emptyTrustedRoot),
/* harmony export */   keyTrustMaterial: () => (/* binding */ keyTrustMaterial),
/* harmony export */   keylessTrustMaterial: () => (/* binding */ keylessTrustMaterial),
/* harmony export */   loadPublicGoodRoot: () => (/* binding */ loadPublicGoodRoot),
/* harmony export */   loadTrustedRootFile: () => (/* binding */ loadTrustedRootFile)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(19654);
/* harmony import */ var _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(_sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _sigstore_tuf__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(84423);
/* harmony import */ var _sigstore_verify__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(54187);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(83916);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(14410);
/**
 * Trust material for verification: a `trusted_root.json` (private Sigstore instances, tests),
 * the public-good root (only when none is given, loaded lazily), or a bare public key.
 *
 * @module
 */






/** Media type of an empty root: no CA, no log, for key-only verification. */
const TRUSTED_ROOT_MEDIA_TYPE = 'application/vnd.dev.sigstore.trustedroot+json;version=0.1';
/** Loads a trusted root from a `trusted_root.json` file. */
async function loadTrustedRootFile(path) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8');
    }
    catch (err) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_5__/* .SigningError */ .uJ(`trusted-root ${path}: cannot read it (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(err)})`);
    }
    try {
        const root = _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_1__.TrustedRoot.fromJSON(JSON.parse(text));
        if (root.certificateAuthorities.length + root.tlogs.length === 0) {
            throw new Error('it lists no certificate authority and no transparency log');
        }
        return root;
    }
    catch (err) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_5__/* .SigningError */ .uJ(`trusted-root ${path}: not a Sigstore trusted root (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(err)})`);
    }
}
/** The public-good root of this process: images checked at once share one TUF update. */
let publicGoodRoot;
/**
 * The public-good trusted root through TUF (`@sigstore/tuf`), fetched only when called: key
 * verification and runs given a `trusted-root` never touch the network. Fetched once per
 * process (a failure is not kept, so a later call tries again).
 */
function loadPublicGoodRoot() {
    publicGoodRoot ??= fetchPublicGoodRoot().catch((err) => {
        publicGoodRoot = undefined;
        throw err;
    });
    return publicGoodRoot;
}
async function fetchPublicGoodRoot() {
    try {
        return _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_1__.TrustedRoot.fromJSON(await (0,_sigstore_tuf__WEBPACK_IMPORTED_MODULE_2__.getTrustedRoot)());
    }
    catch (err) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_5__/* .SigningError */ .uJ(`fetching the public-good trusted root through TUF failed (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(err)}); ` +
            'set trusted-root to a trusted_root.json');
    }
}
/** A root that trusts nothing but the keys it is given. */
function emptyTrustedRoot() {
    return _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_1__.TrustedRoot.fromJSON({
        mediaType: TRUSTED_ROOT_MEDIA_TYPE,
        tlogs: [],
        certificateAuthorities: [],
        ctlogs: [],
        timestampAuthorities: []
    });
}
/** Trust material for keyless bundles: the root's CAs, logs and timestamp authorities. */
function keylessTrustMaterial(root) {
    return (0,_sigstore_verify__WEBPACK_IMPORTED_MODULE_3__/* .toTrustMaterial */ .jO)(root);
}
/**
 * Trust material for key bundles: `publicKey` answers every key hint (the bundle's hint is only
 * a lookup aid; the signature check decides), and `root`, when given, checks log entries.
 */
function keyTrustMaterial(publicKey, root) {
    return (0,_sigstore_verify__WEBPACK_IMPORTED_MODULE_3__/* .toTrustMaterial */ .jO)(root ?? emptyTrustedRoot(), () => ({
        publicKey,
        validFor: () => true
    }));
}


/***/ })

};
