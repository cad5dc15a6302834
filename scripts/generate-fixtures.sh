#!/usr/bin/env bash
# Regenerates examples/sample-repo/reports/ from examples/sample-repo/ with the real tools:
# coverage.py + pytest-cov + pytest (Debian /usr/bin/python3), c8, node's test runner,
# jest + jest-junit. See examples/sample-repo/reports/README.md.
#
# The sample is copied to a fixed scratch path and every tool runs there, so the
# absolute paths inside the reports are those of "another machine", never this repo.
#
# Usage: bash scripts/generate-fixtures.sh
# Env:   FIXTURE_TOOLS  npm prefix for jest/jest-junit (default /tmp/fixture-tools;
#                       installed there on first run, never into the repo)
#        PYTHON         interpreter with coverage/pytest/pytest-cov (default /usr/bin/python3)
set -euo pipefail

START_SECONDS=$SECONDS
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SAMPLE="$REPO/examples/sample-repo"
OUT="$REPO/examples/sample-repo/reports"
BUILD=/tmp/maturity-fixture-build
WORK="$BUILD/checkout"
STAGE="$BUILD/reports"
LOGS="$BUILD/logs"
EXPECTED="$STAGE/expected"
PY="${PYTHON:-/usr/bin/python3}"
C8="$REPO/node_modules/.bin/c8"
TOOLS="${FIXTURE_TOOLS:-/tmp/fixture-tools}"
JEST_VERSION=30.5.2
JEST_JUNIT_VERSION=17.0.0
HOST_PLACEHOLDER=fixture-host

# Determinism: fixed hash seed, timezone and locale; no colours; no inherited tool config.
export TZ=UTC LC_ALL=C.UTF-8 PYTHONHASHSEED=0 PYTHONDONTWRITEBYTECODE=1
export SOURCE_DATE_EPOCH=1700000000 NO_COLOR=1 FORCE_COLOR=0 CI=true
unset COVERAGE_FILE COVERAGE_RCFILE COVERAGE_PROCESS_START PYTEST_ADDOPTS \
  NODE_V8_COVERAGE NODE_OPTIONS JEST_JUNIT_OUTPUT_DIR JEST_JUNIT_OUTPUT_NAME || true

say() { printf '==> %s\n' "$*" >&2; }
die() { printf 'generate-fixtures: %s\n' "$*" >&2; exit 1; }

# Runs a command that is EXPECTED to exit with status $1 (e.g. a run with failing tests).
expect_status() {
  local want=$1 got=0
  shift
  "$@" || got=$?
  [[ $got == "$want" ]] || die "expected exit $want, got $got from: $*"
}

# Final summary line of a pytest run, without the ===== decoration and the duration.
pytest_summary() {
  tail -n 1 "$1" | sed -E 's/^=+ //; s/ =+$//; s/ in [0-9.]+s( \([0-9:]+\))?$//'
}

[[ -d $SAMPLE ]] || die "missing $SAMPLE"
[[ -x $C8 ]] || die "missing $C8 (run npm ci in the repo first)"
"$PY" -c 'import coverage, pytest, pytest_cov' 2>/dev/null ||
  die "$PY lacks coverage/pytest/pytest-cov (use Debian python3-coverage python3-pytest-cov)"

if [[ ! -x $TOOLS/node_modules/.bin/jest ]] ||
  [[ $(node -p "require('$TOOLS/node_modules/jest/package.json').version") != "$JEST_VERSION" ]] ||
  [[ $(node -p "require('$TOOLS/node_modules/jest-junit/package.json').version") != "$JEST_JUNIT_VERSION" ]]; then
  say "installing jest@$JEST_VERSION jest-junit@$JEST_JUNIT_VERSION into $TOOLS"
  npm install --prefix "$TOOLS" --no-audit --no-fund --loglevel=error \
    "jest@$JEST_VERSION" "jest-junit@$JEST_JUNIT_VERSION" >&2
fi

say "copying sample to $WORK"
rm -rf "$BUILD"
mkdir -p "$WORK" "$LOGS" "$EXPECTED"
cp -R "$SAMPLE/." "$WORK/"
rm -rf "$WORK/reports" # the previous outputs are not part of the sample
find "$WORK" \( -name __pycache__ -o -name '.coverage*' -o -name .pytest_cache \) -prune -exec rm -rf {} +
for d in python/unit python/integration python/combined python/lines-only python/failing \
  js/c8 js/node js/jest-junit; do
  mkdir -p "$STAGE/$d"
done

cat >"$WORK/.coveragerc" <<'EOF'
# Written by scripts/generate-fixtures.sh. Branch mode is chosen per run (--cov-branch).
[run]
source = src
# Sample components whose fixtures are lint, type and security reports (scripts/fixtures/),
# kept out of the coverage figures so those stay as the expected reports record them.
omit =
  src/components/narrative_engine/*
  src/components/session_vault/*
  src/components/admin_console/*
EOF

cat >"$WORK/jest.config.json" <<EOF
{
  "testEnvironment": "node",
  "testMatch": ["<rootDir>/tests/jest/**/*.spec.mjs"],
  "moduleFileExtensions": ["mjs", "js"],
  "transform": {},
  "watchman": false,
  "cacheDirectory": "$BUILD/jest-cache",
  "reporters": ["default", "$TOOLS/node_modules/jest-junit"]
}
EOF

say "recording tool versions"
{
  printf 'python      %s\n' "$("$PY" -c 'import platform; print(platform.python_version())')"
  printf 'coverage.py %s\n' "$("$PY" -c 'import coverage; print(coverage.__version__)')"
  printf 'pytest      %s\n' "$("$PY" -c 'import pytest; print(pytest.__version__)')"
  printf 'pytest-cov  %s\n' "$("$PY" -c 'import pytest_cov; print(pytest_cov.__version__)')"
  printf 'node        %s\n' "$(node --version)"
  printf 'c8          %s\n' "$(node -p "require('$REPO/node_modules/c8/package.json').version")"
  printf 'jest        %s\n' "$(node -p "require('$TOOLS/node_modules/jest/package.json').version")"
  printf 'jest-junit  %s\n' "$(node -p "require('$TOOLS/node_modules/jest-junit/package.json').version")"
} >"$STAGE/VERSIONS.txt"
cat "$STAGE/VERSIONS.txt" >&2

cd "$WORK"
PYTEST=("$PY" -m pytest --color=no)
COV=("$PY" -m coverage)

# --- Python: unit and integration runs, branch coverage, one data file each -------------
for suite in unit integration; do
  say "pytest tests/$suite (branch coverage)"
  dest="$STAGE/python/$suite"
  COVERAGE_FILE="$WORK/.coverage.$suite" "${PYTEST[@]}" "tests/$suite" \
    --cov=src --cov-branch --cov-config=.coveragerc \
    --cov-report="xml:$dest/coverage.xml" --cov-report="lcov:$dest/coverage.lcov" \
    --junitxml="$dest/junit.xml" >"$LOGS/pytest-$suite.log"
  "${COV[@]}" json --data-file=".coverage.$suite" --pretty-print -o "$dest/coverage.json" >/dev/null
  "${COV[@]}" report --precision=2 --data-file=".coverage.$suite" >"$EXPECTED/python-$suite-report.txt"
done
pytest_summary "$LOGS/pytest-unit.log" >"$EXPECTED/pytest-unit-summary.txt"

say "coverage combine (unit + integration)"
"${COV[@]}" combine --keep -q --data-file=.coverage.combined .coverage.unit .coverage.integration
dest="$STAGE/python/combined"
"${COV[@]}" xml --data-file=.coverage.combined -o "$dest/coverage.xml" >/dev/null
"${COV[@]}" json --data-file=.coverage.combined --pretty-print -o "$dest/coverage.json" >/dev/null
"${COV[@]}" lcov --data-file=.coverage.combined -o "$dest/coverage.lcov" >/dev/null
"${COV[@]}" report --precision=2 --data-file=.coverage.combined >"$EXPECTED/python-combined-report.txt"

say "per-component and per-category reports"
for component in neo4j model_management; do
  for data in unit combined; do
    "${COV[@]}" report --precision=2 --data-file=".coverage.$data" \
      --include="src/components/$component/*" >"$EXPECTED/python-$data-$component-report.txt"
  done
done
"${COV[@]}" report --precision=2 --data-file=.coverage.combined --include='*/auth/*' \
  >"$EXPECTED/python-combined-auth-report.txt"

say "pytest tests/unit (line coverage only)"
dest="$STAGE/python/lines-only"
COVERAGE_FILE="$WORK/.coverage.lines" "${PYTEST[@]}" tests/unit \
  --cov=src --cov-config=.coveragerc \
  --cov-report="xml:$dest/coverage.xml" --cov-report="lcov:$dest/coverage.lcov" \
  >"$LOGS/pytest-lines-only.log"
"${COV[@]}" json --data-file=.coverage.lines --pretty-print -o "$dest/coverage.json" >/dev/null
"${COV[@]}" report --precision=2 --data-file=.coverage.lines >"$EXPECTED/python-lines-only-report.txt"

say "pytest tests/failing (every outcome; exits 1)"
expect_status 1 "${PYTEST[@]}" tests/failing --junitxml="$STAGE/python/failing/junit.xml" \
  >"$LOGS/pytest-failing.log"
pytest_summary "$LOGS/pytest-failing.log" >"$EXPECTED/pytest-failing-summary.txt"

# --- JavaScript -------------------------------------------------------------------------
NODE_TESTS=(tests/dashboard_web/format.test.mjs tests/dashboard_web/table.test.mjs)
C8_SCOPE=(--all --include='src/components/dashboard_web/**' --temp-directory="$BUILD/c8-tmp")

say "c8 over node --test"
"$C8" "${C8_SCOPE[@]}" --reports-dir="$STAGE/js/c8" \
  --reporter=json --reporter=json-summary --reporter=lcovonly --reporter=cobertura --reporter=text \
  node --test "${NODE_TESTS[@]}" >"$LOGS/c8.log" 2>&1
# The same text table c8 printed at the end of the run, without the test output before it.
"$C8" report "${C8_SCOPE[@]}" --reporter=text >"$EXPECTED/c8-text.txt"

say "node --test --experimental-test-coverage"
node --test --experimental-test-coverage \
  --test-reporter=lcov --test-reporter-destination="$STAGE/js/node/lcov.info" \
  --test-reporter=spec --test-reporter-destination=stdout \
  --test-reporter=junit --test-reporter-destination="$STAGE/js/node/junit.xml" \
  "${NODE_TESTS[@]}" >"$LOGS/node-test.log" 2>"$LOGS/node-test.stderr"
sed -n '/start of coverage report/,/end of coverage report/p' "$LOGS/node-test.log" \
  >"$EXPECTED/node-coverage-table.txt"
grep -E '^ℹ (tests|suites|pass|fail|cancelled|skipped|todo) [0-9]+$' "$LOGS/node-test.log" \
  >"$EXPECTED/node-test-summary.txt"
[[ -s $EXPECTED/node-coverage-table.txt ]] || die "no coverage table in node output"

say "node --test with failing outcomes (junit only; exits 1)"
expect_status 1 node --test \
  --test-reporter=junit --test-reporter-destination="$STAGE/js/node/junit-failing.xml" \
  --test-reporter=spec --test-reporter-destination=stdout \
  tests/dashboard_web_failing/outcomes.test.mjs >"$LOGS/node-test-failing.log" 2>&1
grep -E '^ℹ (tests|suites|pass|fail|cancelled|skipped|todo) [0-9]+$' "$LOGS/node-test-failing.log" \
  >"$EXPECTED/node-test-failing-summary.txt"

say "jest + jest-junit (one failing test; exits 1)"
expect_status 1 env NODE_OPTIONS=--experimental-vm-modules \
  JEST_JUNIT_OUTPUT_DIR="$STAGE/js/jest-junit" JEST_JUNIT_OUTPUT_NAME=junit.xml \
  "$TOOLS/node_modules/.bin/jest" --ci >"$LOGS/jest.log" 2>&1
grep -E '^(Test Suites|Tests|Snapshots): ' "$LOGS/jest.log" >"$EXPECTED/jest-summary.txt"

# --- Sanitise: machine-specific values that are not paths -------------------------------
# pytest and node's junit reporter write the host name; nothing else needs stripping.
find "$STAGE" -name '*.xml' -exec sed -i -E "s/ hostname=\"[^\"]*\"/ hostname=\"$HOST_PLACEHOLDER\"/g" {} +

# Guards: no trace of this repo's location, no third-party Python files in coverage data.
if grep -rlF "$REPO" "$STAGE" >&2; then die "reports mention $REPO"; fi
if grep -rlE 'site-packages|dist-packages' "$STAGE" >&2; then die "reports mention installed packages"; fi
for f in "$EXPECTED"/*.txt; do [[ -s $f ]] || die "empty $f"; done

say "installing into $OUT"
# Replace the generated files only: README.md beside them is hand-written.
rm -rf "$OUT/python" "$OUT/js" "$OUT/expected" "$OUT/VERSIONS.txt"
mkdir -p "$OUT"
cp -R "$STAGE/." "$OUT/"

echo "Wrote $(find "$OUT" -type f | wc -l) files under ${OUT#"$REPO"/}/ in $((SECONDS - START_SECONDS))s:"
(cd "$OUT" && find . -type f -printf '%P\t%s bytes\n' | sort | column -t -s $'\t')
echo "Headline figures:"
for f in "$OUT"/expected/python-*-report.txt; do
  printf '  %-46s %s\n' "$(basename "$f")" "$(awk '/^TOTAL/ {print $NF}' "$f")"
done
printf '  %-46s %s\n' "c8 (All files, % Lines)" "$(awk -F'|' '/^All files/ {gsub(/ /, "", $5); print $5}' "$OUT/expected/c8-text.txt")"
printf '  %-46s %s\n' "node (all files, line %)" "$(awk -F'|' '/all files/ {gsub(/ /, "", $2); print $2}' "$OUT/expected/node-coverage-table.txt")"
