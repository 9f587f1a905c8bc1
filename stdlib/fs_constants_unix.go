//go:build unix && !linux

package stdlib

// Other Unix systems have no O_NOATIME or O_DIRECT.
var openConstantsOfOS, directConstantsOfOS []fsConstant
