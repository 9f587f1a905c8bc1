// process.features, which packages read to choose a path (mocha:
// require_module); Kiln's inspector and tls_ocsp differ from node's, so
// only the other entries and the object's shape are printed.
const f = process.features;
const d = Object.getOwnPropertyDescriptor(process, 'features');
console.log(d.enumerable, d.writable, d.configurable, Object.keys(f));
for (const k of ['debug', 'uv', 'ipv6', 'tls_alpn', 'tls_sni', 'tls', 'cached_builtins', 'require_module']) console.log(k, f[k]);
console.log(typeof Object.getOwnPropertyDescriptor(f, 'require_module').get);
