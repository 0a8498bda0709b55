export const id = 252;
export const ids = [252];
export const modules = {

/***/ 18456:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.toMessageSignatureBundle = toMessageSignatureBundle;
exports.toDSSEBundle = toDSSEBundle;
/*
Copyright 2023 The Sigstore Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/
const protobuf_specs_1 = __webpack_require__(19654);
const bundle_1 = __webpack_require__(37742);
// Message signature bundle - $case: 'messageSignature'
function toMessageSignatureBundle(options) {
    return {
        mediaType: options.certificateChain
            ? bundle_1.BUNDLE_V02_MEDIA_TYPE
            : bundle_1.BUNDLE_V03_MEDIA_TYPE,
        content: {
            $case: 'messageSignature',
            messageSignature: {
                messageDigest: {
                    algorithm: protobuf_specs_1.HashAlgorithm.SHA2_256,
                    digest: options.digest,
                },
                signature: options.signature,
            },
        },
        verificationMaterial: toVerificationMaterial(options),
    };
}
// DSSE envelope bundle - $case: 'dsseEnvelope'
function toDSSEBundle(options) {
    return {
        mediaType: options.certificateChain
            ? bundle_1.BUNDLE_V02_MEDIA_TYPE
            : bundle_1.BUNDLE_V03_MEDIA_TYPE,
        content: {
            $case: 'dsseEnvelope',
            dsseEnvelope: toEnvelope(options),
        },
        verificationMaterial: toVerificationMaterial(options),
    };
}
function toEnvelope(options) {
    return {
        payloadType: options.artifactType,
        payload: options.artifact,
        signatures: [toSignature(options)],
    };
}
function toSignature(options) {
    return {
        keyid: options.keyHint || '',
        sig: options.signature,
    };
}
// Verification material
function toVerificationMaterial(options) {
    return {
        content: toKeyContent(options),
        tlogEntries: [],
        timestampVerificationData: { rfc3161Timestamps: [] },
    };
}
function toKeyContent(options) {
    if (options.certificate) {
        if (options.certificateChain) {
            return {
                $case: 'x509CertificateChain',
                x509CertificateChain: {
                    certificates: [{ rawBytes: options.certificate }],
                },
            };
        }
        else {
            return {
                $case: 'certificate',
                certificate: { rawBytes: options.certificate },
            };
        }
    }
    else {
        return {
            $case: 'publicKey',
            publicKey: {
                hint: options.keyHint || '',
            },
        };
    }
}


/***/ }),

/***/ 37742:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.BUNDLE_V03_MEDIA_TYPE = exports.BUNDLE_V03_LEGACY_MEDIA_TYPE = exports.BUNDLE_V02_MEDIA_TYPE = exports.BUNDLE_V01_MEDIA_TYPE = void 0;
exports.isBundleWithCertificateChain = isBundleWithCertificateChain;
exports.isBundleWithPublicKey = isBundleWithPublicKey;
exports.isBundleWithMessageSignature = isBundleWithMessageSignature;
exports.isBundleWithDsseEnvelope = isBundleWithDsseEnvelope;
exports.BUNDLE_V01_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle+json;version=0.1';
exports.BUNDLE_V02_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle+json;version=0.2';
exports.BUNDLE_V03_LEGACY_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle+json;version=0.3';
exports.BUNDLE_V03_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json';
// Type guards for bundle variants.
function isBundleWithCertificateChain(b) {
    return b.verificationMaterial.content.$case === 'x509CertificateChain';
}
function isBundleWithPublicKey(b) {
    return b.verificationMaterial.content.$case === 'publicKey';
}
function isBundleWithMessageSignature(b) {
    return b.content.$case === 'messageSignature';
}
function isBundleWithDsseEnvelope(b) {
    return b.content.$case === 'dsseEnvelope';
}


/***/ }),

/***/ 47714:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ValidationError = void 0;
/*
Copyright 2023 The Sigstore Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/
class ValidationError extends Error {
    fields;
    constructor(message, fields) {
        super(message);
        this.fields = fields;
    }
}
exports.ValidationError = ValidationError;


/***/ }),

/***/ 61040:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.isBundleV01 = exports.assertBundleV02 = exports.assertBundleV01 = exports.assertBundleLatest = exports.assertBundle = exports.envelopeToJSON = exports.envelopeFromJSON = exports.bundleToJSON = exports.bundleFromJSON = exports.ValidationError = exports.isBundleWithPublicKey = exports.isBundleWithMessageSignature = exports.isBundleWithDsseEnvelope = exports.isBundleWithCertificateChain = exports.BUNDLE_V03_MEDIA_TYPE = exports.BUNDLE_V03_LEGACY_MEDIA_TYPE = exports.BUNDLE_V02_MEDIA_TYPE = exports.BUNDLE_V01_MEDIA_TYPE = exports.toMessageSignatureBundle = exports.toDSSEBundle = void 0;
/*
Copyright 2023 The Sigstore Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/
var build_1 = __webpack_require__(18456);
Object.defineProperty(exports, "toDSSEBundle", ({ enumerable: true, get: function () { return build_1.toDSSEBundle; } }));
Object.defineProperty(exports, "toMessageSignatureBundle", ({ enumerable: true, get: function () { return build_1.toMessageSignatureBundle; } }));
var bundle_1 = __webpack_require__(37742);
Object.defineProperty(exports, "BUNDLE_V01_MEDIA_TYPE", ({ enumerable: true, get: function () { return bundle_1.BUNDLE_V01_MEDIA_TYPE; } }));
Object.defineProperty(exports, "BUNDLE_V02_MEDIA_TYPE", ({ enumerable: true, get: function () { return bundle_1.BUNDLE_V02_MEDIA_TYPE; } }));
Object.defineProperty(exports, "BUNDLE_V03_LEGACY_MEDIA_TYPE", ({ enumerable: true, get: function () { return bundle_1.BUNDLE_V03_LEGACY_MEDIA_TYPE; } }));
Object.defineProperty(exports, "BUNDLE_V03_MEDIA_TYPE", ({ enumerable: true, get: function () { return bundle_1.BUNDLE_V03_MEDIA_TYPE; } }));
Object.defineProperty(exports, "isBundleWithCertificateChain", ({ enumerable: true, get: function () { return bundle_1.isBundleWithCertificateChain; } }));
Object.defineProperty(exports, "isBundleWithDsseEnvelope", ({ enumerable: true, get: function () { return bundle_1.isBundleWithDsseEnvelope; } }));
Object.defineProperty(exports, "isBundleWithMessageSignature", ({ enumerable: true, get: function () { return bundle_1.isBundleWithMessageSignature; } }));
Object.defineProperty(exports, "isBundleWithPublicKey", ({ enumerable: true, get: function () { return bundle_1.isBundleWithPublicKey; } }));
var error_1 = __webpack_require__(47714);
Object.defineProperty(exports, "ValidationError", ({ enumerable: true, get: function () { return error_1.ValidationError; } }));
var serialized_1 = __webpack_require__(23404);
Object.defineProperty(exports, "bundleFromJSON", ({ enumerable: true, get: function () { return serialized_1.bundleFromJSON; } }));
Object.defineProperty(exports, "bundleToJSON", ({ enumerable: true, get: function () { return serialized_1.bundleToJSON; } }));
Object.defineProperty(exports, "envelopeFromJSON", ({ enumerable: true, get: function () { return serialized_1.envelopeFromJSON; } }));
Object.defineProperty(exports, "envelopeToJSON", ({ enumerable: true, get: function () { return serialized_1.envelopeToJSON; } }));
var validate_1 = __webpack_require__(9352);
Object.defineProperty(exports, "assertBundle", ({ enumerable: true, get: function () { return validate_1.assertBundle; } }));
Object.defineProperty(exports, "assertBundleLatest", ({ enumerable: true, get: function () { return validate_1.assertBundleLatest; } }));
Object.defineProperty(exports, "assertBundleV01", ({ enumerable: true, get: function () { return validate_1.assertBundleV01; } }));
Object.defineProperty(exports, "assertBundleV02", ({ enumerable: true, get: function () { return validate_1.assertBundleV02; } }));
Object.defineProperty(exports, "isBundleV01", ({ enumerable: true, get: function () { return validate_1.isBundleV01; } }));


/***/ }),

/***/ 23404:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.envelopeToJSON = exports.envelopeFromJSON = exports.bundleToJSON = exports.bundleFromJSON = void 0;
/*
Copyright 2023 The Sigstore Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/
const protobuf_specs_1 = __webpack_require__(19654);
const bundle_1 = __webpack_require__(37742);
const validate_1 = __webpack_require__(9352);
const bundleFromJSON = (obj) => {
    const bundle = protobuf_specs_1.Bundle.fromJSON(obj);
    switch (bundle.mediaType) {
        case bundle_1.BUNDLE_V01_MEDIA_TYPE:
            (0, validate_1.assertBundleV01)(bundle);
            break;
        case bundle_1.BUNDLE_V02_MEDIA_TYPE:
            (0, validate_1.assertBundleV02)(bundle);
            break;
        default:
            (0, validate_1.assertBundleLatest)(bundle);
            break;
    }
    return bundle;
};
exports.bundleFromJSON = bundleFromJSON;
const bundleToJSON = (bundle) => {
    return protobuf_specs_1.Bundle.toJSON(bundle);
};
exports.bundleToJSON = bundleToJSON;
const envelopeFromJSON = (obj) => {
    return protobuf_specs_1.Envelope.fromJSON(obj);
};
exports.envelopeFromJSON = envelopeFromJSON;
const envelopeToJSON = (envelope) => {
    return protobuf_specs_1.Envelope.toJSON(envelope);
};
exports.envelopeToJSON = envelopeToJSON;


/***/ }),

/***/ 9352:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.assertBundle = assertBundle;
exports.assertBundleV01 = assertBundleV01;
exports.isBundleV01 = isBundleV01;
exports.assertBundleV02 = assertBundleV02;
exports.assertBundleLatest = assertBundleLatest;
/*
Copyright 2023 The Sigstore Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/
const error_1 = __webpack_require__(47714);
// Performs basic validation of a Sigstore bundle to ensure that all required
// fields are populated. This is not a complete validation of the bundle, but
// rather a check that the bundle is in a valid state to be processed by the
// rest of the code.
function assertBundle(b) {
    const invalidValues = validateBundleBase(b);
    if (invalidValues.length > 0) {
        throw new error_1.ValidationError('invalid bundle', invalidValues);
    }
}
// Asserts that the given bundle conforms to the v0.1 bundle format.
function assertBundleV01(b) {
    const invalidValues = [];
    invalidValues.push(...validateBundleBase(b));
    invalidValues.push(...validateInclusionPromise(b));
    if (invalidValues.length > 0) {
        throw new error_1.ValidationError('invalid v0.1 bundle', invalidValues);
    }
}
// Type guard to determine if Bundle is a v0.1 bundle.
function isBundleV01(b) {
    try {
        assertBundleV01(b);
        return true;
    }
    catch (e) {
        return false;
    }
}
// Asserts that the given bundle conforms to the v0.2 bundle format.
function assertBundleV02(b) {
    const invalidValues = [];
    invalidValues.push(...validateBundleBase(b));
    invalidValues.push(...validateInclusionProof(b));
    if (invalidValues.length > 0) {
        throw new error_1.ValidationError('invalid v0.2 bundle', invalidValues);
    }
}
// Asserts that the given bundle conforms to the newest (0.3) bundle format.
function assertBundleLatest(b) {
    const invalidValues = [];
    invalidValues.push(...validateBundleBase(b));
    invalidValues.push(...validateInclusionProof(b));
    invalidValues.push(...validateNoCertificateChain(b));
    if (invalidValues.length > 0) {
        throw new error_1.ValidationError('invalid bundle', invalidValues);
    }
}
function validateBundleBase(b) {
    const invalidValues = [];
    // Media type validation
    if (b.mediaType === undefined ||
        (!b.mediaType.match(/^application\/vnd\.dev\.sigstore\.bundle\+json;version=\d\.\d/) &&
            !b.mediaType.match(/^application\/vnd\.dev\.sigstore\.bundle\.v\d\.\d\+json/))) {
        invalidValues.push('mediaType');
    }
    // Content-related validation
    if (b.content === undefined) {
        invalidValues.push('content');
    }
    else {
        switch (b.content.$case) {
            case 'messageSignature':
                if (b.content.messageSignature.messageDigest === undefined) {
                    invalidValues.push('content.messageSignature.messageDigest');
                }
                else {
                    if (b.content.messageSignature.messageDigest.digest.length === 0) {
                        invalidValues.push('content.messageSignature.messageDigest.digest');
                    }
                }
                if (b.content.messageSignature.signature.length === 0) {
                    invalidValues.push('content.messageSignature.signature');
                }
                break;
            case 'dsseEnvelope':
                if (b.content.dsseEnvelope.payload.length === 0) {
                    invalidValues.push('content.dsseEnvelope.payload');
                }
                if (b.content.dsseEnvelope.signatures.length !== 1) {
                    invalidValues.push('content.dsseEnvelope.signatures');
                }
                else {
                    if (b.content.dsseEnvelope.signatures[0].sig.length === 0) {
                        invalidValues.push('content.dsseEnvelope.signatures[0].sig');
                    }
                }
                break;
        }
    }
    // Verification material-related validation
    if (b.verificationMaterial === undefined) {
        invalidValues.push('verificationMaterial');
    }
    else {
        if (b.verificationMaterial.content === undefined) {
            invalidValues.push('verificationMaterial.content');
        }
        else {
            switch (b.verificationMaterial.content.$case) {
                case 'x509CertificateChain':
                    if (b.verificationMaterial.content.x509CertificateChain.certificates
                        .length === 0) {
                        invalidValues.push('verificationMaterial.content.x509CertificateChain.certificates');
                    }
                    b.verificationMaterial.content.x509CertificateChain.certificates.forEach((cert, i) => {
                        if (cert.rawBytes.length === 0) {
                            invalidValues.push(`verificationMaterial.content.x509CertificateChain.certificates[${i}].rawBytes`);
                        }
                    });
                    break;
                case 'certificate':
                    if (b.verificationMaterial.content.certificate.rawBytes.length === 0) {
                        invalidValues.push('verificationMaterial.content.certificate.rawBytes');
                    }
                    break;
            }
        }
        if (b.verificationMaterial.tlogEntries === undefined) {
            invalidValues.push('verificationMaterial.tlogEntries');
        }
        else {
            if (b.verificationMaterial.tlogEntries.length > 0) {
                b.verificationMaterial.tlogEntries.forEach((entry, i) => {
                    if (entry.logId === undefined) {
                        invalidValues.push(`verificationMaterial.tlogEntries[${i}].logId`);
                    }
                    if (entry.kindVersion === undefined) {
                        invalidValues.push(`verificationMaterial.tlogEntries[${i}].kindVersion`);
                    }
                });
            }
        }
    }
    return invalidValues;
}
// Necessary for V01 bundles
function validateInclusionPromise(b) {
    const invalidValues = [];
    if (b.verificationMaterial &&
        b.verificationMaterial.tlogEntries?.length > 0) {
        b.verificationMaterial.tlogEntries.forEach((entry, i) => {
            if (entry.inclusionPromise === undefined) {
                invalidValues.push(`verificationMaterial.tlogEntries[${i}].inclusionPromise`);
            }
        });
    }
    return invalidValues;
}
// Necessary for V02 and later bundles
function validateInclusionProof(b) {
    const invalidValues = [];
    if (b.verificationMaterial &&
        b.verificationMaterial.tlogEntries?.length > 0) {
        b.verificationMaterial.tlogEntries.forEach((entry, i) => {
            if (entry.inclusionProof === undefined) {
                invalidValues.push(`verificationMaterial.tlogEntries[${i}].inclusionProof`);
            }
            else {
                if (entry.inclusionProof.checkpoint === undefined) {
                    invalidValues.push(`verificationMaterial.tlogEntries[${i}].inclusionProof.checkpoint`);
                }
            }
        });
    }
    return invalidValues;
}
// Necessary for V03 and later bundles
function validateNoCertificateChain(b) {
    const invalidValues = [];
    /* istanbul ignore next */
    if (b.verificationMaterial?.content?.$case === 'x509CertificateChain') {
        invalidValues.push('verificationMaterial.content.$case');
    }
    return invalidValues;
}


/***/ }),

/***/ 50252:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  SignatureLayoutsVerifier: () => (/* binding */ SignatureLayoutsVerifier)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./node_modules/@sigstore/bundle/dist/index.js
var dist = __webpack_require__(61040);
// EXTERNAL MODULE: ./node_modules/@sigstore/verify/dist/index.js
var verify_dist = __webpack_require__(54187);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/registry/referrers.ts
var referrers = __webpack_require__(9191);
// EXTERNAL MODULE: ./src/signing/cosign-layout.ts
var cosign_layout = __webpack_require__(70551);
// EXTERNAL MODULE: ./src/signing/identity.ts
var identity = __webpack_require__(76281);
// EXTERNAL MODULE: ./src/signing/keys.ts
var keys = __webpack_require__(6663);
// EXTERNAL MODULE: ./src/signing/refusals.ts
var refusals = __webpack_require__(1142);
;// CONCATENATED MODULE: ./src/signing/cosign-legacy-verify.ts
/**
 * Verification of cosign's legacy `.sig` signatures (see cosign-layout.ts), as `cosign verify`
 * does it (cosign `pkg/cosign/verify.go` `verifyInternal`, `VerifyBundle`, and
 * `pkg/cosign/verifiers.go` `SimpleClaimVerifier`):
 *
 * - the signature over the payload bytes, with the trusted key or the certificate's key;
 * - keyless: the certificate chains to a Fulcio CA of the trusted root, carries an SCT of a
 *   trusted CT log, and was valid when Rekor integrated the entry;
 * - the Rekor bundle's SignedEntryTimestamp verifies with a Rekor key of the trusted root, and
 *   its entry holds this signature, this payload's hash and this signer's key;
 * - the payload names the digest in `critical.image.docker-manifest-digest` and is of cosign's
 *   `critical.type`. `critical.identity.docker-reference` is not compared, as cosign does not
 *   (its spec: "the critical.identity.docker-reference field is ignored"): a digest promoted into
 *   another repository or registry keeps its signatures.
 *
 * The cryptography is `@sigstore/verify`'s: each layer becomes a Sigstore bundle v0.1 (message
 * signature over the payload, the Rekor bundle as a tlog entry with its inclusion promise),
 * which is what cosign's `bundle` annotation is.
 *
 * @module
 */









/** Most signature layers checked per digest, so a flood of junk cannot stall a gate. */
const MAX_LAYERS = 50;
/** Largest payload read; cosign's payloads are a few hundred bytes. */
const MAX_PAYLOAD_BYTES = 64 * 1024;
/** Reads the `.sig` tag of `image`'s digest and checks each signature layer under `trust`. */
async function checkLegacySignatures(client, image, digest, trust) {
    const repo = (0,referrers/* bareRepository */.RI)(image);
    const tagRef = repo.withTag((0,cosign_layout/* signatureTag */.bG)(digest));
    if (!(await client.head(tagRef)))
        return { found: false };
    const manifest = await client.get(tagRef);
    const layers = (0,cosign_layout/* signatureLayers */.Ho)(manifest.bytes).slice(0, MAX_LAYERS);
    const findings = [];
    for (const layer of layers) {
        let finding;
        try {
            finding = await checkLayer(client, repo, layer, digest, trust);
        }
        catch (err) {
            finding = { ok: false, reason: `unreadable (${(0,errors/* errorMessage */.gJ)(err)})` };
        }
        findings.push(finding);
        if (finding.ok)
            break;
    }
    if (findings.length === 0) {
        findings.push({ ok: false, reason: 'it holds no simple signing layer' });
    }
    return { found: true, findings };
}
async function checkLayer(client, repo, layer, digest, trust) {
    const annotations = layer.annotations ?? {};
    const signature = annotations[cosign_layout/* CosignAnnotation */.lr.signature];
    if (!signature)
        return { ok: false, reason: 'has no signature annotation' };
    if (layer.size > MAX_PAYLOAD_BYTES) {
        return { ok: false, reason: `its payload is larger than ${MAX_PAYLOAD_BYTES} bytes` };
    }
    const payload = await client.getBlob(repo, layer.digest);
    const claim = claimProblem(payload, digest);
    if (claim)
        return { ok: false, reason: claim };
    const rekor = parseRekorBundle(annotations[cosign_layout/* CosignAnnotation */.lr.bundle]);
    if (typeof rekor === 'string')
        return { ok: false, reason: rekor };
    const certificate = annotations[cosign_layout/* CosignAnnotation */.lr.certificate];
    const signed = { payloadType: layer.mediaType, payload };
    if ('key' in trust) {
        if (certificate)
            return { ok: false, reason: 'is signed keylessly, not with a key' };
        return checkWithKey(payload, signature, rekor, trust, signed);
    }
    if (!certificate)
        return { ok: false, reason: 'is signed with a key, not a Fulcio certificate' };
    return checkKeyless(payload, signature, certificate, rekor, trust, signed);
}
function checkWithKey(payload, signature, rekor, trust, signed) {
    const useLog = trust.haveRoot && rekor !== undefined;
    if (trust.haveRoot && trust.requireTlog && !rekor) {
        return { ok: false, reason: 'carries no Rekor bundle, and the transparency log is required' };
    }
    const bundle = toBundle(payload, signature, { publicKey: { hint: '' } }, useLog ? rekor : undefined);
    try {
        new verify_dist/* Verifier */.BL(trust.tm, {
            tlogThreshold: useLog && trust.requireTlog ? 1 : 0,
            ctlogThreshold: 0,
            timestampThreshold: 0
        }).verify((0,verify_dist/* toSignedEntity */.DC)(bundle, payload));
    }
    catch (err) {
        // The logged key, verified or not, tells a signature by another key from an altered one.
        const logged = rekor ? loggedKey(rekor) : undefined;
        if (logged && !spki(logged).equals(spki(trust.key))) {
            const theirs = (0,keys/* keyFingerprint */.yy)(logged);
            return {
                ok: false,
                reason: `is signed by another key, ${theirs}, not ${(0,keys/* keyFingerprint */.yy)(trust.key)}`
            };
        }
        return { ok: false, reason: (0,refusals/* keyFailure */.Y4)(bundle, trust.key, err) };
    }
    if (useLog) {
        const mismatch = logKeyProblem(rekor, trust.key);
        if (mismatch)
            return { ok: false, reason: mismatch };
    }
    return {
        ok: true,
        keyFingerprint: (0,keys/* keyFingerprint */.yy)(trust.key),
        ...(useLog ? logFields(rekor) : {}),
        ...signed
    };
}
function checkKeyless(payload, signature, certificatePem, rekor, trust, signed) {
    if (!rekor) {
        return { ok: false, reason: 'carries no Rekor bundle to prove when its certificate was valid' };
    }
    let der;
    let certKey;
    try {
        certKey = (0,external_node_crypto_.createPublicKey)(certificatePem);
        der = pemBody(certificatePem);
    }
    catch (err) {
        return { ok: false, reason: `holds an unreadable certificate (${(0,errors/* errorMessage */.gJ)(err)})` };
    }
    const material = {
        x509CertificateChain: { certificates: [{ rawBytes: der.toString('base64') }] }
    };
    let signer;
    try {
        const bundle = toBundle(payload, signature, material, rekor);
        signer = new verify_dist/* Verifier */.BL(trust.tm, {
            tlogThreshold: 1,
            ctlogThreshold: 1,
            timestampThreshold: 1
        }).verify((0,verify_dist/* toSignedEntity */.DC)(bundle, payload));
    }
    catch (err) {
        return { ok: false, reason: (0,refusals/* keylessFailure */.bZ)(err) };
    }
    const mismatch = logKeyProblem(rekor, certKey);
    if (mismatch)
        return { ok: false, reason: mismatch };
    const san = signer.identity?.subjectAlternativeName ?? '(no identity)';
    const issuer = signer.identity?.extensions?.issuer ?? '(no issuer)';
    if (!(0,identity/* issuerMatches */.Z)(trust.policy, issuer) || !(0,identity/* identityMatches */.a)(trust.policy, san)) {
        return { ok: false, reason: (0,refusals/* otherIdentity */.x$)(san, issuer) };
    }
    return { ok: true, identity: san, issuer, ...logFields(rekor), ...signed };
}
/**
 * The layer as a Sigstore bundle v0.1: a message signature over the payload and, when given, the
 * Rekor bundle as a tlog entry with its inclusion promise (the SignedEntryTimestamp).
 */
function toBundle(payload, signature, material, rekor) {
    const tlogEntries = rekor ? [tlogEntry(rekor)] : [];
    return (0,dist.bundleFromJSON)({
        mediaType: 'application/vnd.dev.sigstore.bundle+json;version=0.1',
        verificationMaterial: { ...material, tlogEntries },
        messageSignature: {
            messageDigest: {
                algorithm: 'SHA2_256',
                digest: (0,external_node_crypto_.createHash)('sha256').update(payload).digest('base64')
            },
            signature
        }
    });
}
function tlogEntry(rekor) {
    const { body, integratedTime, logIndex, logID } = rekor.Payload;
    const entry = JSON.parse(Buffer.from(body, 'base64').toString('utf8'));
    return {
        logIndex: String(logIndex),
        logId: { keyId: Buffer.from(logID, 'hex').toString('base64') },
        kindVersion: { kind: String(entry.kind), version: String(entry.apiVersion) },
        integratedTime: String(integratedTime),
        inclusionPromise: { signedEntryTimestamp: rekor.SignedEntryTimestamp },
        canonicalizedBody: body
    };
}
/**
 * The log entry must name the key that verified (cosign `comparePublicKey`): the SET covers the
 * body, and the body's key is what the log vouches for.
 */
function logKeyProblem(rekor, key) {
    const logged = loggedKey(rekor);
    if (!logged)
        return 'its Rekor entry names no readable public key';
    return spki(logged).equals(spki(key)) ? undefined : 'its Rekor entry names another key';
}
/** The public key (or the certificate's key) a Rekor entry body names, if readable. */
function loggedKey(rekor) {
    try {
        const body = JSON.parse(Buffer.from(rekor.Payload.body, 'base64').toString('utf8'));
        const content = body.spec?.signature?.publicKey?.content;
        return content ? (0,external_node_crypto_.createPublicKey)(Buffer.from(content, 'base64').toString('utf8')) : undefined;
    }
    catch {
        return undefined;
    }
}
/** Why the payload is not a cosign signature claim of `digest`, or undefined. */
function claimProblem(payload, digest) {
    let claim;
    try {
        claim = JSON.parse(payload.toString('utf8'));
    }
    catch {
        return 'its payload is not JSON';
    }
    const named = claim?.critical?.image?.['docker-manifest-digest'];
    if (named !== digest)
        return `its payload signs ${String(named)}`;
    if (claim.critical?.type !== cosign_layout/* COSIGN_SIGNATURE_TYPE */.ED) {
        return `its payload is of type ${String(claim.critical?.type)}, not a cosign image signature`;
    }
    return undefined;
}
/** The bundle annotation, `undefined` when absent, or why it is unusable. */
function parseRekorBundle(text) {
    if (text === undefined)
        return undefined;
    try {
        const b = JSON.parse(text);
        const p = b?.Payload;
        if (typeof b.SignedEntryTimestamp === 'string' &&
            typeof p?.body === 'string' &&
            Number.isSafeInteger(p.integratedTime) &&
            Number.isSafeInteger(p.logIndex) &&
            typeof p.logID === 'string' &&
            /^[0-9a-f]{64}$/.test(p.logID)) {
            return b;
        }
    }
    catch {
        // falls through to the refusal
    }
    return 'carries a malformed Rekor bundle';
}
function logFields(rekor) {
    return {
        rekorLogIndex: String(rekor.Payload.logIndex),
        integratedTime: new Date(rekor.Payload.integratedTime * 1000).toISOString()
    };
}
function pemBody(pem) {
    const m = /-----BEGIN CERTIFICATE-----([^-]+)-----END CERTIFICATE-----/.exec(pem);
    if (!m?.[1])
        throw new Error('no PEM certificate');
    return Buffer.from(m[1].replace(/\s+/g, ''), 'base64');
}
function spki(key) {
    return key.export({ format: 'der', type: 'spki' });
}

// EXTERNAL MODULE: ./src/signing/sigstore-verify.ts
var sigstore_verify = __webpack_require__(32719);
// EXTERNAL MODULE: ./src/signing/trust.ts
var trust = __webpack_require__(34465);
// EXTERNAL MODULE: ./src/signing/types.ts
var types = __webpack_require__(14410);
;// CONCATENATED MODULE: ./src/signing/layouts-verify.ts
/**
 * The signature gate's reader of both layouts cosign writes: Sigstore bundles attached as OCI
 * referrers (`cosign sign --new-bundle-format`, and what the sigstore backend writes), then the
 * legacy `sha256-<hex>.sig` tag (`cosign sign` before v3, and every tool that reads only it).
 * A digest counts as signed when a signature in either layout verifies under the policy.
 *
 * @module
 */





/** The reason {@link SigstoreVerifier} gives when no bundle is attached at all. */
const NO_BUNDLE = 'no Sigstore bundle is attached';
/** Most refusals named in one reason; the rest are counted. */
const MAX_REASONS = 3;
/** Verifies a digest's bundle referrers, then its cosign `.sig` signatures. */
class SignatureLayoutsVerifier {
    opts;
    bundles;
    constructor(opts) {
        this.opts = opts;
        this.bundles = new sigstore_verify/* SigstoreVerifier */.j(opts);
    }
    /** Looks for a signature on `image`'s digest, in either layout, that verifies under `policy`. */
    async verify(image, policy) {
        const digest = image.digest;
        if (!digest)
            throw new types/* SigningError */.uJ(`${image.familiar} has no digest; verify repo@digest`);
        const bundles = await this.bundles.verify(image, policy);
        if (bundles.verified)
            return bundles;
        const legacy = await checkLegacySignatures(this.opts.client, image, digest, await this.legacyTrust(policy));
        if (!legacy.found)
            return bundles;
        const reasons = bundles.reason && bundles.reason !== NO_BUNDLE ? [bundles.reason] : [];
        for (const finding of legacy.findings) {
            this.opts.logger.debug(`cosign .sig signature: ${finding.ok ? 'verified' : finding.reason}`);
            if (finding.ok) {
                const { identity, issuer, keyFingerprint, rekorLogIndex, integratedTime } = finding;
                return {
                    verified: true,
                    backend: 'sigstore',
                    ...defined({ identity, issuer, keyFingerprint, rekorLogIndex, integratedTime })
                };
            }
            reasons.push(`cosign signature ${finding.reason}`);
        }
        const more = reasons.length > MAX_REASONS ? `; and ${reasons.length - MAX_REASONS} more` : '';
        return {
            verified: false,
            backend: 'sigstore',
            reason: reasons.slice(0, MAX_REASONS).join('; ') + more
        };
    }
    /** The same trust the bundle check uses: the pinned key, or the root's CAs and logs. */
    async legacyTrust(policy) {
        if ((0,types/* isKeyPolicy */.cy)(policy)) {
            const key = (0,keys/* loadPublicKey */.fg)((0,keys/* resolveKeyText */.rd)(policy.key, this.opts.env, this.opts.logger));
            const root = this.opts.trustedRootPath ? await this.bundles.trustedRoot() : undefined;
            return {
                key,
                tm: (0,trust.keyTrustMaterial)(key, root),
                haveRoot: root !== undefined,
                requireTlog: this.opts.requireTlog ?? false
            };
        }
        return { policy, tm: (0,trust.keylessTrustMaterial)(await this.bundles.trustedRoot()) };
    }
}
function defined(o) {
    return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}


/***/ })

};
