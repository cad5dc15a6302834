#!/usr/bin/env bash
# The checks of .github/workflows/e2e.yml: a job's outputs (passed in env by the workflow) against
# the figures the tools printed themselves (the expected/ folders beside the recorded reports)
# or the verdict a gate must reach on that evidence.
#   bash .github/e2e/expect.sh sample-repo|journey-repo|annotations
set -uo pipefail
cd "$(dirname "$0")/../.." || exit 2

failures=0
# expect <what> <actual> <expected>
expect() {
  if [[ $2 == "$3" ]]; then
    echo "ok    $1: $2"
  else
    echo "::error title=e2e::$1: expected \"$3\", got \"$2\""
    failures=$((failures + 1))
  fi
}

# The TOTAL percentage of a `coverage report` text (coverage.py's own figure), without the %.
coverage_py_total() { awk '$1 == "TOTAL" { sub(/%$/, "", $NF); print $NF }' "$1"; }
# The number before "passed" in pytest's summary line.
pytest_passed() { grep -oE '[0-9]+ passed' "$1" | tail -1 | cut -d' ' -f1; }
# JUnit <testcase> elements of one test module (pytest's classname is the module's dotted path).
junit_cases() { grep -o "<testcase classname=\"$2\"" "$1" | wc -l | tr -d ' '; }
# The number before a word in a tool's own summary line ("Found 9 errors.", "6 errors, 4 warnings").
count_before() { grep -oE "[0-9]+ $2" "$1" | head -1 | cut -d' ' -f1; }
# A column of one row of a Locust stats CSV (columns: Type, Name, ..., 95% is the 17th).
locust_column() { awk -F, -v type="$2" -v name="$3" -v col="$4" '$1 == type && $2 == name { print $col }' "$1"; }
# The component ids of a maturity config, in order, as the planner's JSON list.
config_components() { grep -E '^  [a-z0-9-]+:$' "$1" | tr -d ' :' | jq -R . | jq -sc .; }

case ${1:-} in
  sample-repo)
    r=examples/sample-repo/reports
    expect 'planner: every component' "$PLAN_COUNT $PLAN_COMPONENTS" "6 $(config_components examples/sample-repo/.github/maturity.yml)"
    # coverage.py's TOTAL for each component's files; the integration suite's cases of each.
    expect 'coverage-gate neo4j: coverage, verdict, tests' "$NEO4J" \
      "$(coverage_py_total $r/expected/python-combined-neo4j-report.txt) pass $(junit_cases $r/python/integration/junit.xml tests.integration.test_neo4j_integration)/0"
    expect "coverage-gate model-management: below Production's 80%, the step fails" "$MODEL_MANAGEMENT" \
      "$(coverage_py_total $r/expected/python-combined-model_management-report.txt) fail failure"
    # c8's "All files" % Lines; its node:test cases are not in the component's `tests` globs: no test counts.
    expect 'coverage-gate dashboard-web (c8 LCOV): lines' "$DASHBOARD_WEB" \
      "$(awk -F'|' '$1 ~ /All files/ { gsub(/ /, "", $5); printf "%.2f", $5 }' $r/expected/c8-text.txt) 0/0"
    # Every ruff and pyright finding of the sample reports is in narrative_engine.
    expect 'quality-gate narrative-engine: ruff + pyright errors, pyright warnings' "$QUALITY" \
      "fail $(($(count_before $r/quality/expected/ruff-summary.txt errors) + $(count_before $r/quality/expected/pyright-summary.txt errors))) $(count_before $r/quality/expected/pyright-summary.txt warnings)"
    # A file bandit could not parse is a tool error, never a pass; AR-00x accept two low findings.
    expect 'security-gate session-vault: status critical high medium low accepted' "$SECURITY" 'error 0 6 3 2 2'
    p95=$(jq -r '.criteria[] | select(.id == "load.p95:POST /api/graph/query") | .measured' "$UPTIME_RESULT")
    expect 'uptime-check neo4j: Locust p95 of POST /api/graph/query' "$UPTIME $p95" \
      "fail $(locust_column $r/load/neo4j_stats.csv POST /api/graph/query 17)"
    expect 'promotion-report neo4j: ready, stage' "$PROMOTION" 'false staging'
    expect 'dashboard: every component' "$DASHBOARD" "$(config_components examples/sample-repo/.github/maturity.yml)"
    ;;
  journey-repo)
    rec=examples/journey/recordings/main/expected
    expect 'planner: every component' "$PLAN_COUNT $PLAN_COMPONENTS" "4 $(config_components examples/journey/repo/.github/maturity.yml)"
    expect 'coverage-gate model-management (unit): coverage, verdict, tests' "$COVERAGE" \
      "$(coverage_py_total $rec/coverage-unit-model-management.txt) pass $(pytest_passed $rec/pytest-unit-model-management.txt)/0"
    expect 'quality-gate model-management: verdict, errors' "$QUALITY" 'pass 0'
    expect 'security-gate model-management: verdict, high, medium' "$SECURITY" 'pass 0 0'
    ;;
  annotations)
    q=examples/sample-repo/reports/quality/expected
    expect 'coverage-gate (whole report, failing tests): status, outcome' "$COVERAGE" 'fail failure'
    errors=$(($(count_before $q/ruff-summary.txt errors) + $(count_before $q/eslint-summary.txt errors) + $(count_before $q/pyright-summary.txt errors) + $(cat $q/tsc-error-count.txt)))
    expect 'quality-gate (ruff, ESLint, pyright, tsc): status, errors, outcome' "$QUALITY" "fail $errors failure"
    # bandit could not parse one file (broken_migration.py): a tool problem is an error, never a pass.
    expect 'security-gate (bandit): status, outcome' "$SECURITY" 'error failure'
    ;;
  *)
    echo "usage: expect.sh sample-repo|journey-repo|annotations" >&2
    exit 2
    ;;
esac

if ((failures > 0)); then
  echo "$failures check(s) failed"
  exit 1
fi
