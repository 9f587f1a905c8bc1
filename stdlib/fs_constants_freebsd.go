package stdlib

// golang.org/x/sys has no O_DSYNC for FreeBSD.
var dsyncConstantsOfOS []fsConstant
