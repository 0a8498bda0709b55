export const id = 6281;
export const ids = [6281];
export const modules = {

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


/***/ })

};
