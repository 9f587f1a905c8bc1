// describe is how Node's error messages name a value they received
// ("Received type number (5)", "Received an instance of Foo"), for messages
// the library words itself rather than through binding.invalidArgType.
function describe(v) {
  if (v === null || v === undefined) return String(v);
  if (typeof v === 'function') return `function ${v.name}`;
  if (typeof v === 'object') return v.constructor && v.constructor.name ? `an instance of ${v.constructor.name}` : binding.inspect(v);
  let s = binding.inspect(v);
  if (s.length > 28) s = s.slice(0, 25) + '...';
  return `type ${typeof v} (${s})`;
}

module.exports = { describe };
