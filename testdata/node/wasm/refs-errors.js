// Reference-type compile errors: V8's messages and byte offsets, on
// hand-assembled modules of one function of type () -> (), two tables
// (externref, then funcref) and a passive segment of one null externref.
const mod = (...code) => {
  const body = [0x00, ...code, 0x0b];
  return new Uint8Array([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    0x01, 0x04, 0x01, 0x60, 0x00, 0x00,
    0x03, 0x02, 0x01, 0x00,
    0x04, 0x07, 0x02, 0x6f, 0x00, 0x01, 0x70, 0x00, 0x01,
    0x09, 0x07, 0x01, 0x05, 0x6f, 0x01, 0xd0, 0x6f, 0x0b,
    0x0a, body.length + 2, 0x01, body.length, ...body]);
};
const cases = {
  'select without a type of references': mod(0xd0, 0x70, 0xd0, 0x70, 0x41, 1, 0x1b, 0x1a),
  'typed select of two types': mod(0x41, 0, 0x41, 0, 0x41, 0, 0x1c, 2, 0x7f, 0x7f, 0x1a),
  'table.get of a table that is not there': mod(0x41, 0, 0x25, 5, 0x1a),
  'call_indirect through an externref table': mod(0x41, 0, 0x11, 0, 0),
  'table.copy between tables of two types': mod(0x41, 0, 0x41, 0, 0x41, 0, 0xfc, 14, 0, 1),
  'ref.null of a value type': mod(0xd0, 0x7f, 0x1a),
  'ref.func of an undeclared function': mod(0xd2, 0, 0x1a),
  'table.init of an externref segment into a funcref table': mod(0x41, 0, 0x41, 0, 0x41, 0, 0xfc, 12, 0, 1),
  'elem.drop of a segment that is not there': mod(0xfc, 13, 5),
  'table.init into the externref table': mod(0x41, 0, 0x41, 0, 0x41, 0, 0xfc, 12, 0, 0),
  'typed select of references': mod(0xd0, 0x6f, 0xd0, 0x6f, 0x41, 0, 0x1c, 1, 0x6f, 0x1a),
  'table.copy within the funcref table': mod(0x41, 0, 0x41, 0, 0x41, 1, 0xfc, 14, 1, 1),
};
for (const [name, bytes] of Object.entries(cases)) {
  try {
    new WebAssembly.Module(bytes);
    console.log(name, 'compiles');
  } catch (e) {
    console.log(name, '|', e.constructor.name, e.message);
  }
}
