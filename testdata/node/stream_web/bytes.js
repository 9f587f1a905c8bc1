// Byte streams: BYOB readers, byobRequest.respond and respondWithNewView,
// autoAllocateChunkSize, default readers over a byte stream, tee.
async function main() {
  let controller;
  const rs = new ReadableStream({
    type: 'bytes',
    start(c) { controller = c; },
  });
  console.log(rs, controller.desiredSize, controller.byobRequest);
  controller.enqueue(new Uint8Array([1, 2, 3, 4, 5]));
  const reader = rs.getReader({ mode: 'byob' });
  const buf = new Uint8Array(3);
  const r1 = await reader.read(buf);
  console.log(r1, buf.byteLength);
  const r2 = await reader.read(new Uint8Array(8));
  console.log(r2);
  const pending = reader.read(new Uint16Array(2));
  const req = controller.byobRequest;
  console.log(req.view.constructor.name, req.view.byteLength);
  req.view.set([9, 0, 8, 0]);
  req.respond(4);
  console.log(await pending, controller.byobRequest);
  const pending2 = reader.read(new Uint8Array(4));
  const view = controller.byobRequest.view;
  controller.byobRequest.respondWithNewView(new Uint8Array(view.buffer, view.byteOffset, 2).fill(7));
  console.log(await pending2);
  controller.close();
  console.log(await reader.read(new Uint8Array(2)));
  await reader.closed;
  console.log('closed');

  // A pull source filling the BYOB request.
  let count = 0;
  const pulled = new ReadableStream({
    type: 'bytes',
    autoAllocateChunkSize: 4,
    pull(c) {
      count++;
      if (count > 2) {
        c.close();
        c.byobRequest.respond(0);
        return;
      }
      const v = c.byobRequest.view;
      v[0] = count;
      v[1] = count * 10;
      c.byobRequest.respond(2);
    },
  });
  for await (const chunk of pulled) console.log('auto', chunk);

  // Errors.
  const errs = new ReadableStream({ type: 'bytes' });
  const er = errs.getReader({ mode: 'byob' });
  for (const v of [undefined, new Uint8Array(0), 'x']) {
    await er.read(v).catch((e) => console.log(e.code, e.name, e.message));
  }
  const [t1, t2] = new ReadableStream({
    type: 'bytes',
    start(c) { c.enqueue(new Uint8Array([4, 5])); c.close(); },
  }).tee();
  console.log(t1, await t1.getReader().read(), await t2.getReader().read());
}

main();
