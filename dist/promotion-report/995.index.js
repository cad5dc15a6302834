export const id = 995;
export const ids = [995];
export const modules = {

/***/ 995:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checklistEvidence: () => (/* binding */ checklistEvidence),
/* harmony export */   measuredCoverage: () => (/* binding */ measuredCoverage)
/* harmony export */ });
/** The headline coverage the promotion was judged on (for the board and MATURITY.md). */
function measuredCoverage(ev) {
    const row = ev.rows.find((r) => r.id === 'coverage.total' && typeof r.measured === 'number');
    return row ? row.measured : null;
}
function checklistEvidence(m, ev) {
    const verified = ev.rows.filter((r) => r.source !== 'requester' && r.status !== 'declared' && r.status !== 'not-applicable');
    const section = m.target === 'staging' ? 'dev-staging' : 'staging-production';
    return {
        passed: new Set(verified.filter((r) => r.status === 'pass').map((r) => r.id)),
        failed: new Set(verified.filter((r) => r.status !== 'pass').map((r) => r.id)),
        notApplicable: new Map(Object.entries(m.notApplicable).filter((e) => e[1] !== undefined)),
        declared: m.checks.filter((c) => c.section === section && c.checked).map((c) => c.label),
        coverage: measuredCoverage(ev),
    };
}


/***/ })

};
