export const id = 1140;
export const ids = [1140,6281,4465];
export const modules = {

/***/ 81140:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  verifyBundleForDigest: () => (/* binding */ verifyBundleForDigest)
});

// EXTERNAL MODULE: ./node_modules/@sigstore/bundle/dist/index.js
var dist = __webpack_require__(61040);
// EXTERNAL MODULE: ./node_modules/@sigstore/core/dist/index.js
var core_dist = __webpack_require__(83917);
// EXTERNAL MODULE: ./node_modules/@sigstore/protobuf-specs/dist/index.js
var protobuf_specs_dist = __webpack_require__(19654);
// EXTERNAL MODULE: ./node_modules/@sigstore/verify/dist/index.js
var verify_dist = __webpack_require__(54187);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./node_modules/@noble/curves/nist.js + 10 modules
var nist = __webpack_require__(13260);
;// CONCATENATED MODULE: ./src/signing/ecdsa-prehashed.ts
/**
 * ECDSA verification of a signature over a digest the caller already has.
 *
 * Node's crypto (OpenSSL's EVP_DigestVerify) always hashes the message itself, so a Sigstore
 * message signature cannot be checked from the artifact's digest alone. `@noble/curves` verifies
 * over a given hash (`prehash: false`); DER signatures and high-S values are accepted, as
 * OpenSSL and Go's crypto/ecdsa accept them.
 *
 * @module
 */

/** The curves {@link verifyPrehashed} supports, by OpenSSL name. */
const CURVES = { prime256v1: nist/* p256 */.s9, secp384r1: nist/* p384 */.sL };
function curveOf(key) {
    if (key.asymmetricKeyType !== 'ec')
        return undefined;
    const name = key.asymmetricKeyDetails?.namedCurve ?? '';
    return name in CURVES ? CURVES[name] : undefined;
}
/** True for P-256 and P-384 keys, the curves Fulcio and cosign keys use. */
function prehashedCurveSupported(key) {
    return curveOf(key) !== undefined;
}
/**
 * True when the DER `signature` is `key`'s ECDSA signature of `digest` (the hash of the message,
 * not the message). Only P-256 and P-384 keys; check {@link prehashedCurveSupported} first.
 */
function verifyPrehashed(key, digest, signature) {
    const curve = curveOf(key);
    if (!curve)
        return false;
    // SubjectPublicKeyInfo DER ends with the uncompressed point (0x04 || x || y).
    const spki = key.export({ format: 'der', type: 'spki' });
    const point = spki.subarray(spki.length - (curve.lengths.publicKeyUncompressed ?? 0));
    try {
        return curve.verify(signature, digest, point, { prehash: false, lowS: false, format: 'der' });
    }
    catch {
        return false;
    }
}

// EXTERNAL MODULE: ./src/signing/keys.ts
var keys = __webpack_require__(6663);
// EXTERNAL MODULE: ./src/signing/identity.ts
var identity = __webpack_require__(76281);
// EXTERNAL MODULE: ./src/signing/trust.ts
var trust = __webpack_require__(34465);
// EXTERNAL MODULE: ./src/signing/types.ts
var types = __webpack_require__(14410);
;// CONCATENATED MODULE: ./src/signing/bundle-verify.ts
/**
 * Offline verification of one Sigstore bundle for an artifact digest, as `cosign verify-blob
 * --bundle` and the sigstore-conformance `verify-bundle` protocol do it: certificate chain, SCT,
 * transparency log entry (inclusion proof or promise, checkpoint), timestamps, the signature over
 * the digest (message signature) or the in-toto statement naming the digest (DSSE), then the
 * signer against the policy. No network: the trusted root is given.
 *
 * @module
 */










/**
 * Verifies `bytes` (a bundle's JSON) for `digest` (`sha256:<64 hex>`) under `policy`.
 *
 * @throws SigningError with one line saying why the bundle is refused.
 */
function verifyBundleForDigest(bytes, digest, policy, root) {
    const hex = /^sha256:([0-9a-f]{64})$/.exec(digest)?.[1];
    if (!hex)
        throw new types/* SigningError */.uJ(`${digest} is not a sha256:<64 hex> digest`);
    refuseUnboundedLogKeys(root);
    const bundle = parse(bytes);
    refuseRootInChain(bundle);
    const content = bundle.content;
    const checked = content.$case === 'messageSignature'
        ? checkMessageDigest(content.messageSignature, Buffer.from(hex, 'hex'), digest)
        : checkStatement(content.dsseEnvelope.payloadType, content.dsseEnvelope.payload, hex, digest);
    const entity = (0,verify_dist/* toSignedEntity */.DC)(bundle);
    if (content.$case === 'messageSignature') {
        entity.signature = prehashedContent(content.messageSignature);
    }
    const material = bundle.verificationMaterial.content;
    if ('publicKey' in policy) {
        if (material.$case !== 'publicKey') {
            throw new types/* SigningError */.uJ('the bundle is signed keylessly (a certificate), not with a key');
        }
    }
    else if (material.$case === 'publicKey') {
        throw new types/* SigningError */.uJ('the bundle is signed with a key, not a Fulcio certificate');
    }
    const signer = verifyEntity(entity, policy, root);
    const result = {
        content: content.$case === 'messageSignature' ? 'message-signature' : 'dsse',
        digest,
        ...checked,
        keyFingerprint: (0,keys/* keyFingerprint */.yy)(signer.key),
        ...logIndex(bundle),
        timestamps: timestampsOf(bundle)
    };
    if ('publicKey' in policy)
        return result;
    const san = signer.identity?.subjectAlternativeName ?? '(no identity)';
    const issuer = signer.identity?.extensions?.issuer ?? '(no issuer)';
    if (!(0,identity/* issuerMatches */.Z)(policy, issuer) || !(0,identity/* identityMatches */.a)(policy, san)) {
        throw new types/* SigningError */.uJ(`the bundle is signed by ${san} (issuer ${issuer})`);
    }
    return { ...result, identity: san, issuer };
}
function parse(bytes) {
    let json;
    try {
        json = JSON.parse(bytes.toString('utf8'));
    }
    catch (err) {
        throw new types/* SigningError */.uJ(`the bundle is not JSON (${(0,errors/* errorMessage */.gJ)(err)})`);
    }
    try {
        return (0,dist.bundleFromJSON)(json);
    }
    catch (err) {
        throw new types/* SigningError */.uJ(`the file is not a valid Sigstore bundle (${(0,errors/* errorMessage */.gJ)(err)})`);
    }
}
/** The cryptographic checks; a key policy's key answers every key hint. */
function verifyEntity(entity, policy, root) {
    const keyed = 'publicKey' in policy;
    const tm = keyed ? (0,trust.keyTrustMaterial)(policy.publicKey, root) : (0,trust.keylessTrustMaterial)(root);
    try {
        return new verify_dist/* Verifier */.BL(tm, {
            tlogThreshold: 1,
            ctlogThreshold: keyed ? 0 : 1,
            // A keyless certificate lives ten minutes: only a verified time proves it signed in them.
            timestampThreshold: keyed ? 0 : 1
        }).verify(entity);
    }
    catch (err) {
        // @sigstore/verify raises VerificationError for what it checks, and plain errors (a
        // TypeError) for shapes it does not expect: both are refusals of this bundle.
        throw new types/* SigningError */.uJ(`the bundle failed verification: ${(0,errors/* errorMessage */.gJ)(err)}`);
    }
}
/**
 * A log key whose validity has no start is a malformed root, not an unbounded key
 * (sigstore-conformance `trust-root-tlog-missing-validity-start_fail`; @sigstore/verify 3.1 reads
 * a missing start as "always").
 */
function refuseUnboundedLogKeys(root) {
    for (const log of [...root.tlogs, ...root.ctlogs]) {
        if (!log.publicKey?.validFor?.start) {
            const id = log.logId ? Buffer.from(log.logId.keyId).toString('base64') : log.baseUrl;
            throw new types/* SigningError */.uJ(`the trusted root is malformed: log ${id} has a key without a validity start`);
        }
    }
}
/**
 * Roots come only from the trusted root; a bundle that carries one is refused by name
 * (sigstore-conformance `bundle-with-root-cert_fail`; @sigstore/verify 3.1 fails on it with a
 * TypeError about a missing checkpoint instead).
 */
function refuseRootInChain(bundle) {
    const material = bundle.verificationMaterial.content;
    if (material.$case !== 'x509CertificateChain')
        return;
    for (const raw of material.x509CertificateChain.certificates) {
        let cert;
        try {
            cert = core_dist.X509Certificate.parse(Buffer.from(raw.rawBytes));
        }
        catch (err) {
            throw new types/* SigningError */.uJ(`the bundle holds an unreadable certificate (${(0,errors/* errorMessage */.gJ)(err)})`);
        }
        if (cert.isCA && cert.subject.equals(cert.issuer)) {
            throw new types/* SigningError */.uJ("the bundle's certificate chain includes a root certificate; roots come only from the trusted root");
        }
    }
}
/** The bundle's message digest must be the artifact's (a SHA-256 one, like the input). */
function checkMessageDigest(sig, expected, digest) {
    const { algorithm, digest: signed } = sig.messageDigest;
    if (algorithm !== protobuf_specs_dist.HashAlgorithm.SHA2_256) {
        throw new types/* SigningError */.uJ(`the bundle signs a ${protobuf_specs_dist.HashAlgorithm[algorithm]} digest, not SHA-256`);
    }
    if (!signed.equals(expected)) {
        throw new types/* SigningError */.uJ(`the bundle signs sha256:${signed.toString('hex')}, not ${digest}`);
    }
    return {};
}
/** A DSSE bundle must carry an in-toto statement with `hex` among its subjects' sha256. */
function checkStatement(payloadType, payload, hex, digest) {
    if (payloadType !== types/* IN_TOTO_PAYLOAD_TYPE */.T4) {
        throw new types/* SigningError */.uJ(`the bundle's envelope holds ${payloadType}, not an in-toto statement`);
    }
    let statement;
    try {
        statement = JSON.parse(payload.toString('utf8'));
    }
    catch (err) {
        throw new types/* SigningError */.uJ(`the bundle's statement is not JSON (${(0,errors/* errorMessage */.gJ)(err)})`);
    }
    const subjects = Array.isArray(statement.subject) ? statement.subject : [];
    const named = subjects.some(s => {
        const d = s?.digest;
        return typeof d?.sha256 === 'string' && d.sha256.toLowerCase() === hex;
    });
    if (!named)
        throw new types/* SigningError */.uJ(`the bundle's statement has no subject with ${digest}`);
    return typeof statement.predicateType === 'string'
        ? { predicateType: statement.predicateType }
        : {};
}
/**
 * `@sigstore/verify` checks a message signature over the artifact's bytes; with only the digest
 * the signature is checked over the digest itself (the bundle's digest, equal to the artifact's,
 * see {@link checkMessageDigest}).
 */
function prehashedContent(sig) {
    return {
        signature: sig.signature,
        compareSignature: (other) => other.equals(sig.signature),
        compareDigest: (other) => other.equals(sig.messageDigest.digest),
        compareSignedDigest: (other) => other.equals(sig.messageDigest.digest),
        verifySignature: (key) => {
            if (!prehashedCurveSupported(key)) {
                throw new types/* SigningError */.uJ(`a message signature by a ${key.asymmetricKeyType ?? 'unknown'} key cannot be checked from a digest alone (P-256 and P-384 only)`);
            }
            return verifyPrehashed(key, sig.messageDigest.digest, sig.signature);
        }
    };
}
function logIndex(bundle) {
    const index = bundle.verificationMaterial.tlogEntries[0]?.logIndex;
    return index === undefined ? {} : { rekorLogIndex: index };
}
/** The bundle's signing times (all verified by then: the verifier checks every one). */
function timestampsOf(bundle) {
    const out = [];
    for (const entry of bundle.verificationMaterial.tlogEntries) {
        const seconds = Number(entry.integratedTime);
        if (seconds > 0)
            out.push({ source: 'rekor', time: new Date(seconds * 1000).toISOString() });
    }
    for (const ts of bundle.verificationMaterial.timestampVerificationData?.rfc3161Timestamps ?? []) {
        const time = core_dist.RFC3161Timestamp.parse(Buffer.from(ts.signedTimestamp)).signingTime;
        out.push({ source: 'timestamp-authority', time: time.toISOString() });
    }
    return out;
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
