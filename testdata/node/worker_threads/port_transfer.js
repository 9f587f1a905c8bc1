// MessagePorts moving between threads: in workerData with transferList, nested in worker.postMessage and
// parentPort.postMessage values, and onwards again; messages posted while a port travels arrive in order; closing
// either end closes both; an unref'd port lets a worker end. The main thread prints everything, from messages.
const { Worker, MessageChannel, isMainThread, parentPort, workerData, receiveMessageOnPort } = require('worker_threads');

function worker(mode, options = {}) {
  return new Worker(__filename, { ...options, workerData: { mode, ...options.workerData } });
}

// Resolves once every named event has happened, so that events of different channels print in a fixed order.
function all(names) {
  const seen = new Map();
  let done;
  const p = new Promise((resolve) => { done = resolve; });
  return {
    p,
    mark(name, value) {
      seen.set(name, value);
      if (seen.size === names.length) done(names.map((n) => `${n}: ${seen.get(n)}`).join(', '));
    },
  };
}

async function viaWorkerData() {
  const { port1, port2 } = new MessageChannel();
  port1.postMessage('early 1');
  port1.postMessage('early 2');
  const w = worker('echo', { workerData: { port: port2 }, transferList: [port2] });
  port1.postMessage('after spawn');
  const got = [];
  const ends = all(['close', 'exit']);
  port1.on('message', (m) => {
    got.push(m);
    if (got.length === 3) port1.postMessage('bye');
  });
  port1.on('close', () => ends.mark('close', got.join(' | ')));
  w.on('exit', (code) => ends.mark('exit', code));
  console.log('workerData:', await ends.p);
}

async function nestedToWorker() {
  const { port1, port2 } = new MessageChannel();
  const w = worker('nested');
  w.postMessage({ deep: { list: [1, port2, 'x'] } }, [port2]);
  const ends = all(['reply', 'close', 'worker saw close', 'exit']);
  port1.once('message', (m) => {
    ends.mark('reply', m);
    port1.close();
  });
  port1.on('close', () => ends.mark('close', 'yes'));
  w.on('message', (m) => ends.mark('worker saw close', m));
  w.on('exit', (code) => ends.mark('exit', code));
  console.log('nested:', await ends.p);
}

async function fromWorker() {
  const w = worker('sender');
  const ends = all(['messages', 'exit']);
  w.once('message', ({ port, tag }) => {
    const got = [];
    port.on('message', (m) => {
      got.push(m);
      if (m === 'last') {
        port.close();
        ends.mark('messages', `${tag} ${port instanceof require('worker_threads').MessagePort} ${got.join(' ')}`);
      }
    });
  });
  w.on('exit', (code) => ends.mark('exit', code));
  console.log('from worker:', await ends.p);
}

async function onwards() {
  const { port1, port2 } = new MessageChannel();
  const a = worker('bounce');
  const b = worker('echo-once');
  const got = [];
  const ends = all(['got', 'a exit', 'b exit']);
  let n = 0;
  a.postMessage({ port: port2 }, [port2]);
  port1.postMessage(`m${n++}`);
  a.once('message', ({ port }) => {
    port1.postMessage(`m${n++}`);
    b.postMessage({ port }, [port]);
    port1.postMessage(`m${n++}`);
  });
  port1.on('message', (m) => {
    got.push(m);
    if (got.length === 3) {
      port1.close();
      ends.mark('got', got.join(' '));
    }
  });
  a.on('exit', (code) => ends.mark('a exit', code));
  b.on('exit', (code) => ends.mark('b exit', code));
  console.log('onwards:', await ends.p);
}

async function unrefed() {
  const { port1, port2 } = new MessageChannel();
  const w = worker('unref', { workerData: { port: port2 }, transferList: [port2] });
  const ends = all(['close', 'exit']);
  port1.on('close', () => ends.mark('close', 'yes'));
  w.on('exit', (code) => ends.mark('exit', code));
  console.log('unref:', await ends.p);
}

// receiveMessageOnPort takes what the worker posted on the port before it posted 'ready', with no listener.
async function receiveSync() {
  const { port1, port2 } = new MessageChannel();
  const w = worker('sync', { workerData: { port: port2 }, transferList: [port2] });
  const ends = all(['taken', 'exit']);
  w.on('message', () => {
    const taken = [receiveMessageOnPort(port1), receiveMessageOnPort(port1), receiveMessageOnPort(port1)];
    ends.mark('taken', JSON.stringify(taken));
  });
  w.on('exit', (code) => ends.mark('exit', code));
  console.log('receiveMessageOnPort:', await ends.p);
}

async function errors() {
  const w = worker('idle');
  const { port1, port2 } = new MessageChannel();
  w.postMessage(port2, [port2]);
  port2.postMessage('posting on a moved port does nothing');
  const attempts = [
    () => w.postMessage(port2, [port2]),
    () => w.postMessage({ p: port1 }),
    () => { const c = new MessageChannel(); w.postMessage(1, [c.port1, c.port1]); },
    () => port1.postMessage(1, [port1]),
    () => w.postMessage(1, [{}]),
  ];
  for (const f of attempts) {
    try {
      f();
      console.log('no error');
    } catch (e) {
      console.log(e.name, e.code, e.message);
    }
  }
  await w.terminate();
  port1.close();
}

async function main() {
  await viaWorkerData();
  await nestedToWorker();
  await fromWorker();
  await onwards();
  await unrefed();
  await receiveSync();
  await errors();
}

if (isMainThread) {
  main().catch((e) => console.log("failed", e));
} else {
  const { mode, port } = workerData;
  if (mode === 'echo') {
    port.on('message', (m) => {
      port.postMessage(`echo ${m}`);
      if (m === 'bye') port.close();
    });
  } else if (mode === 'nested') {
    parentPort.once('message', ({ deep }) => {
      const p = deep.list[1];
      p.on('message', () => {});
      p.on('close', () => parentPort.postMessage('closed'));
      p.postMessage(`got ${deep.list[0]} ${deep.list[2]} ${p.constructor.name}`);
    });
  } else if (mode === 'sender') {
    const c = new MessageChannel();
    c.port1.postMessage('first');
    parentPort.postMessage({ tag: 'hello', port: c.port2 }, [c.port2]);
    c.port1.postMessage('second');
    c.port1.postMessage('last');
    c.port1.close();
  } else if (mode === 'bounce') {
    parentPort.once('message', ({ port }) => {
      parentPort.postMessage({ port }, [port]);
    });
  } else if (mode === 'echo-once') {
    parentPort.once('message', ({ port }) => {
      port.on('message', (m) => port.postMessage(`b got ${m}`));
      port.on('close', () => port.close());
    });
  } else if (mode === 'unref') {
    port.on('message', () => {});
    port.unref();
  } else if (mode === 'sync') {
    port.postMessage({ answer: 42 });
    port.postMessage('two');
    parentPort.postMessage('ready');
  } else if (mode === 'idle') {
    parentPort.on('message', () => {});
  }
}
