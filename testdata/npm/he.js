// he: HTML entity encoding and decoding.
const he = require('he');

console.log(he.version);
console.log(he.encode('foo © bar ≠ baz 𝌆 qux <>"\'&`'));
console.log(he.encode('foo © bar ≠ baz', { useNamedReferences: true }));
console.log(he.encode('a\u00a0b', { decimal: true }), he.encode('<x>', { encodeEverything: true }));
console.log(he.encode('a&b<c', { allowUnsafeSymbols: true }));
console.log(he.decode('&lt;p&gt; &amp;amp; &copy; &#x1D306; &#128512; &notin; &ampx &NotANamedRef; &#0; &#xD800;'));
console.log(he.decode('foo&ampbar', { isAttributeValue: true }), he.decode('foo&ampbar'));
try {
  he.decode('&#0;', { strict: true });
} catch (e) {
  console.log('error', e.message);
}
console.log(he.escape('<img src="x" alt=\'y\'> & `z`'), he.unescape('&lt;&#x27;&gt;'));
