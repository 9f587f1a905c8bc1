function fail() {
  throw new TypeError('from esm');
}
fail();
//# sourceMappingURL=esm.mjs.map
