// Strings reach stdout as UTF-8: a lone surrogate is written as U+FFFD
// (EF BF BD), by console.log and process.stdout.write alike.
console.log('a\ud800b', ['\udc00'], { k: 'x\ud83dy' });
process.stdout.write('w\udfff\n');
console.log('pair kept: \ud83d\ude00');
console.log(Buffer.from('z\ud800').toString('hex'));
