// Encodings both ways: invalid input, lone surrogates, partial writes.
const t = [['ab$cd','base64'],['YW Jj\nZA==','base64'],['YWJj=ZA','base64'],['YW-_','base64'],['a','base64'],['ab','base64'],['abc','base64'],['1g2','hex'],['zz12','hex'],['12zz34','hex'],['\ud800x','latin1'],['\ud800x','utf16le'],['€','ascii'],['YW.Jj','base64url'], ['\ud800x', 'utf8'], ['héllo €𝄞', 'UTF-8']];
for (const [s,e] of t) console.log(JSON.stringify(s), e, Buffer.from(s,e), Buffer.byteLength(s,e));
console.log(Buffer.from([0xe2,0x82,0x41,0xf0,0x90,0x80,0xff,0xc0,0x80,0xed,0xa0,0x80]).toString());
console.log(Buffer.from([0xff,0xfe,0x80]).toString('ascii'), Buffer.from([1,2,3]).toString('ucs2').length);
const b = Buffer.alloc(5); console.log(b.write('a€€', 0), b, b.write('abcdef', 3, 'hex'), b);
console.log(Buffer.concat([Buffer.from('ab'), new Uint8Array([1,2])]), Buffer.isBuffer(b), Buffer.from(b.buffer, 1, 2), Buffer.alloc(3, 'ab'), Buffer.allocUnsafe(2).length);
console.log(Buffer.from('hello').toString('base64'), Buffer.from('hello').toString('hex', 1, 3), Buffer.alloc(60), [Buffer.from('x')]);
const x = Buffer.from('hi'); x.foo = 1; console.log(x, Buffer.alloc(0));
