//go:build amd64 || arm64 || loong64 || mips64 || mips64le || ppc64 || ppc64le || riscv64 || s390x

package wasm

// The interpreter sees a frame and a function's code as arrays as long as
// a uint32 index reaches, so that Go drops the bounds checks of indices
// that validation already bounded: slots below the frame's maxStack, pcs
// of branch targets and of the instruction after one that is not a
// return (a body always ends with one).
type (
	slots [1 << 32]uint64
	code  [1 << 32]ins
)
