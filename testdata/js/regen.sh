#!/usr/bin/env bash
# Regenerate with bash testdata/js/regen.sh
#
# Kiln's JavaScript fixture corpus. Node v20 is the behaviour reference: this script runs every fixture on `node` and
# writes what it printed, so the Go harness can run the same program on Kiln and compare.
#
# Layout (the contract the harness relies on):
#   testdata/js/<family>/<name>.js        a fixture: only files directly inside a family folder are fixtures
#   testdata/js/<family>/<name>.stdout    everything the fixture wrote to stdout (stderr is never compared)
#   testdata/js/<family>/<name>.exitcode  the exit status as one decimal number and a newline, present only when not 0
#   testdata/js/<family>/lib/...          helper files loaded by fixtures (e.g. `require('./lib/x.js')`); never run
#
# How a fixture runs, here and in the harness: working directory = the fixture's folder, command `node <name>.js`,
# an empty environment except PATH and TZ=UTC (so Date output does not depend on the machine and no NODE_OPTIONS,
# FORCE_COLOR or locale variable leaks in; with no LANG/LC_* set, ICU's default locale is en-US, which the few
# localeCompare/toLocaleString outputs rely on).
#
# The script is idempotent: fixtures are deterministic (no clocks, randomness or absolute paths in stdout), so a second
# run rewrites the same bytes. Outputs whose fixture was deleted are removed. Fixtures that exit non-zero are listed at
# the end so an accidental exception is noticed before the outputs are checked in.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

if ! command -v node >/dev/null 2>&1; then
	echo "regen.sh: node is not on PATH" >&2
	exit 1
fi
# Expected outputs are Node 20's: a newer node prints differently (inspect details, new built-ins), so refuse it.
major="$(node -p 'process.versions.node.split(".")[0]')"
if [ "$major" != "20" ]; then
	echo "regen.sh: expected node v20, found $(node --version)" >&2
	exit 1
fi

count=0
nonzero=()
for dir in "$root"/*/; do
	dir="${dir%/}"
	family="$(basename "$dir")"

	for out in "$dir"/*.stdout "$dir"/*.exitcode; do
		[ -e "$out" ] || continue
		[ -e "${out%.*}.js" ] || rm -f -- "$out"
	done

	for js in "$dir"/*.js; do
		[ -e "$js" ] || continue
		name="$(basename "$js" .js)"
		status=0
		(cd "$dir" && env -i PATH="$PATH" TZ=UTC node "$name.js" >"$name.stdout.tmp" 2>/dev/null) || status=$?
		mv -f -- "$dir/$name.stdout.tmp" "$dir/$name.stdout"
		if [ "$status" -ne 0 ]; then
			echo "$status" >"$dir/$name.exitcode"
			nonzero+=("$family/$name.js: exit $status")
		else
			rm -f -- "$dir/$name.exitcode"
		fi
		count=$((count + 1))
	done
done

echo "regen.sh: $count fixtures regenerated with node $(node --version)"
if [ "${#nonzero[@]}" -gt 0 ]; then
	echo "regen.sh: fixtures with a non-zero exit code (check each is intended):"
	printf '  %s\n' "${nonzero[@]}"
fi
