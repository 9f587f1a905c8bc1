// process.release, title, config and umask as scripts read them.
console.log(process.release.name, process.release.lts, typeof process.release.sourceUrl);
console.log(process.title, typeof process.config, Object.keys(process.config));
const old = process.umask(0o027);
console.log(process.umask().toString(8), process.umask('022').toString(8), process.umask().toString(8));
process.umask(old);
console.log(process.umask() === old);
try {
  process.umask('9');
} catch (e) {
  console.log(e.code, e.name);
}
