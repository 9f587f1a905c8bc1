//go:build !(amd64 || arm64 || loong64 || mips64 || mips64le || ppc64 || ppc64le || riscv64 || s390x)

package wasm

// On 32-bit machines the arrays of slots64.go would not fit in the address
// space; these keep a (never failing) bounds check.
type (
	slots [1 << 24]uint64
	code  [1 << 24]ins
)
