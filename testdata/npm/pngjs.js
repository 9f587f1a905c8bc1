// pngjs: its CommonJS entry assigns `let PNG = (exports.PNG = function …)`,
// which Node's lexer finds for a named import; write a PNG and read it back
// (pixels and header fields only: the compressed bytes are zlib's choice).
import('pngjs').then(({ PNG, default: whole }) => {
  console.log(typeof PNG, PNG === whole.PNG);
  for (const [colorType, inputHasAlpha] of [[6, true], [2, false], [0, false]]) {
    const png = new PNG({ width: 5, height: 3, colorType, inputHasAlpha });
    for (let y = 0; y < 3; y++) {
      for (let x = 0; x < 5; x++) {
        const i = (y * 5 + x) << 2;
        png.data[i] = x * 50;
        png.data[i + 1] = y * 100;
        png.data[i + 2] = (x + y) * 20;
        png.data[i + 3] = 255 - x * 10;
      }
    }
    const file = PNG.sync.write(png, { colorType, inputHasAlpha: true });
    const back = PNG.sync.read(file);
    console.log(colorType, file.subarray(1, 4).toString(), back.width, back.height, back.colorType, back.depth, back.alpha,
      Array.from(back.data.subarray(0, 12)).join(','), Array.from(back.data.subarray(-8)).join(','));
  }
  const bad = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
  try {
    PNG.sync.read(bad);
  } catch (e) {
    console.log('error', e.message);
  }
  const stream = new PNG({ width: 2, height: 2 });
  stream.data.fill(128);
  const chunks = [];
  stream.pack().on('data', (c) => chunks.push(c)).on('end', () => {
    new PNG().parse(Buffer.concat(chunks), (err, img) => console.log('parsed', err, img.width, Array.from(img.data).join(',')));
  });
});
