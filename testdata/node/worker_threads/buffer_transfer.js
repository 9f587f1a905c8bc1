// ArrayBuffers moving to a worker and back: the sender's buffer is detached (byteLength 0, its views empty), the
// receiver gets the bytes; transferred through a MessagePort too; resizable buffers keep their maximum.
const { Worker, MessageChannel, isMainThread, parentPort } = require('worker_threads');

if (isMainThread) {
  const w = new Worker(__filename);
  const buf = new ArrayBuffer(8);
  const view = new Uint8Array(buf);
  view.set([1, 2, 3, 4, 5, 6, 7, 8]);
  const half = new Uint16Array(buf, 2, 2);
  w.postMessage({ buf, half }, [buf]);
  console.log('after transfer', buf.byteLength, view.length, half.length, buf.detached);
  try {
    w.postMessage(buf, [buf]);
    console.log('detached buffer transferred again');
  } catch (e) {
    console.log(e.name, e.message);
  }
  const twice = new ArrayBuffer(2);
  try {
    w.postMessage(twice, [twice, twice]);
  } catch (e) {
    console.log(e.name, e.message, twice.byteLength);
  }
  const resizable = new ArrayBuffer(4, { maxByteLength: 16 });
  new Uint8Array(resizable).set([9, 8, 7, 6]);
  const { port1, port2 } = new MessageChannel();
  w.postMessage({ port: port2 }, [port2]);
  port1.postMessage(resizable, [resizable]);
  console.log('resizable after', resizable.byteLength, resizable.maxByteLength);
  const copied = new Uint8Array([42]);
  w.postMessage({ copied });
  copied[0] = 43;
  w.on('message', (m) => {
    if (m.buf) {
      console.log('back', m.buf.byteLength, [...new Uint8Array(m.buf)]);
    } else {
      console.log(m);
    }
  });
  // The port is another channel: what it brings prints at exit, so that the order does not depend on scheduling.
  let overPort;
  port1.on('message', (m) => {
    overPort = m;
    port1.close();
  });
  w.on('exit', (code) => console.log('over the port', overPort, 'exit', code));
} else {
  parentPort.on('message', (m) => {
    if (m.half) {
      parentPort.postMessage(`worker got ${m.buf.byteLength} [${[...new Uint8Array(m.buf)]}] half ${[...m.half]} same buffer ${m.half.buffer === m.buf}`);
      new Uint8Array(m.buf)[0] = 100;
      parentPort.postMessage({ buf: m.buf }, [m.buf]);
      parentPort.postMessage(`worker after ${m.buf.byteLength} ${m.half.length}`);
    } else if (m.port) {
      m.port.once('message', (r) => {
        const u = new Uint8Array(r);
        r.resize(6);
        m.port.postMessage(`resizable ${r.resizable} ${r.byteLength} ${r.maxByteLength} ${[...u]}`);
      });
    } else if (m.copied) {
      parentPort.postMessage(`copy ${m.copied[0]}`);
      parentPort.close();
    }
  });
}
