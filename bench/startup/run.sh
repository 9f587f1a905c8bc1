#!/bin/bash
# bench/startup/run.sh [RUNS]: the start-up figures of console.log("hi"), in one hyperfine run (hyperfine -N,
# median of RUNS, default 300): from source, from a .kbc snapshot, from a single executable, and on node; with
# the floor under them, an empty Go program and one that links the standard and third-party packages Kiln links
# and does nothing (their package initialisers run: what any Go program with Node's API surface pays).
#
# A binary's start-up depends on how its file was written, because the page cache keeps the size of the folios
# it was written in and a process maps its binary page by page from them: the Go linker writes its output
# through a memory mapping, in 4 KB folios; cp and package managers write it in larger ones; a single write (as
# `kiln build --exe` writes an executable) in the largest (2 MB on this kernel). A file the kernel dropped from the
# page cache and reads back because a process runs it (after a reboot, or memory pressure) comes back in 4 KB
# folios again: on x86 the page faults of a mapping read around in single pages. So each Kiln binary is measured
# in four states: as `go build` leaves it (the README's build), copied with cp, written with one write, and
# evicted (written, dropped from the page cache, and read back by running it).
#
# Needs: Go, node, hyperfine, python3 (for the summary). Run from the repository's root.
set -euo pipefail
runs=${1:-300}
root=$(pwd)
out=$(mktemp -d)
trap 'rm -rf "$out" "$root"/bench/startup/depsonly.tmp' EXIT

CGO_ENABLED=0 go build -o "$out/kiln" ./cmd/kiln
CGO_ENABLED=0 go build -tags kilnrun -o "$out/kiln-run" ./cmd/kiln

# The floor: an empty program, and one importing every non-internal package kiln-run links.
mkdir -p bench/startup/depsonly.tmp/empty bench/startup/depsonly.tmp/deps
printf 'package main\n\nfunc main() {}\n' > bench/startup/depsonly.tmp/empty/main.go
{
	printf 'package main\n\nimport (\n'
	go list -tags kilnrun -deps ./cmd/kiln | grep -v -e '^github.com/kilnjs/' -e internal -e '^vendor/' \
		-e '^unsafe$' -e '^runtime$' -e '^runtime/cgo$' -e '^runtime/race' -e '^C$' -e '^plugin$' |
		sed 's/.*/\t_ "&"/'
	printf ')\n\nfunc main() {}\n'
} > bench/startup/depsonly.tmp/deps/main.go
CGO_ENABLED=0 go build -o "$out/empty" ./bench/startup/depsonly.tmp/empty
CGO_ENABLED=0 go build -o "$out/deps" ./bench/startup/depsonly.tmp/deps

cd "$out"
echo 'console.log("hi")' > hi.js
./kiln build hi.js -o hi.kbc
./kiln build --exe --runtime ./kiln-run hi.js -o hi-exe
for b in kiln kiln-run deps hi-exe; do
	cp "$b" "$b-cp"
	dd if="$b" of="$b-1w" bs=256M status=none # one write
	cp "$b-1w" "$b-ev"
	chmod +x "$b-1w" "$b-ev"
done
# Evicted: written back to disk, then dropped from the page cache (POSIX_FADV_DONTNEED drops clean pages no
# process maps); hyperfine's warm-up runs read them back.
sync
python3 -c 'import os, sys
for f in sys.argv[1:]:
    fd = os.open(f, os.O_RDONLY); os.fsync(fd); os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED); os.close(fd)' \
	kiln-ev kiln-run-ev deps-ev hi-exe-ev
./kiln hi.js > /dev/null # fills the compile cache
hyperfine -N --warmup 30 --runs "$runs" --export-json hf.json \
	./empty ./deps ./deps-cp ./deps-1w ./deps-ev "node hi.js" "./kiln hi.js" "./kiln-ev hi.js" \
	"./kiln hi.kbc" "./kiln-cp hi.kbc" "./kiln-1w hi.kbc" "./kiln-ev hi.kbc" \
	"./kiln-run hi.kbc" "./kiln-run-cp hi.kbc" "./kiln-run-1w hi.kbc" "./kiln-run-ev hi.kbc" \
	./hi-exe ./hi-exe-ev > /dev/null
python3 - hf.json <<'PY'
import json, statistics, sys
for r in json.load(open(sys.argv[1]))['results']:
    t = sorted(r['times'])
    print('%-22s median %6.3f ms   p10 %6.3f   p90 %6.3f' % (r['command'], statistics.median(t) * 1e3,
          t[len(t) // 10] * 1e3, t[len(t) * 9 // 10] * 1e3))
PY
