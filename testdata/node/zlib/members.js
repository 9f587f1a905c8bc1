// gunzip reads gzip members one after another, and what follows a member
// must be another one; a stream hands out a member's output as soon as
// its input is in, without waiting for the end of the stream.
const zlib = require('zlib');
const gz = (s) => zlib.gzipSync(Buffer.from(s));
console.log(zlib.gunzipSync(Buffer.concat([gz('a'), gz('b'), gz('c')])).toString());
for (const tail of [Buffer.from('xyz'), Buffer.from([0x1f]), Buffer.from([0x1f, 0x8b, 8, 0]), Buffer.from([0x1f, 0x00])]) {
  try {
    console.log(zlib.gunzipSync(Buffer.concat([gz('a'), tail])).toString());
  } catch (e) {
    console.log(tail.toString('hex'), e.code, e.message);
  }
}
const g = zlib.createGunzip();
let got = 0;
g.on('data', (c) => { got += c.length; });
g.write(gz('hello world '.repeat(1000)), () => {
  console.log('before end', got);
  g.end(gz('!'), () => console.log('after end', got));
});
