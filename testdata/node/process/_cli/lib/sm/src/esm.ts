// The original of dist/esm.mjs, whose map names it by its sourceRoot.
export {};
// (lines to move positions)
//
//
//
//
//
//
function fail(): never {
    throw new TypeError('from esm');
}
// tail
fail();
