// Transferring a MessagePort: the receiver gets a new port in event.ports and in place of the old one in the data;
// the messages queued on the old port and its peer go with it; the old port is closed.
const a = new MessageChannel();
const b = new MessageChannel();
b.port1.postMessage('queued before transfer');
a.port2.on('message', (v) => {
  console.log('a2 got', Object.keys(v), v.port instanceof MessagePort, v.port === b.port2);
});
a.port2.addEventListener('message', (e) => {
  console.log('ports', e.ports.length, e.ports[0] === e.data.port, e.ports[0] === b.port2);
  const p = e.ports[0];
  p.on('message', (v) => {
    console.log('moved port got', v);
    if (v === 'again') {
      p.close();
      a.port2.close();
    }
  });
  b.port1.postMessage('again');
});
a.port1.postMessage({ port: b.port2 }, [b.port2]);
console.log(b.port2.hasRef());
b.port2.postMessage('from the old port, dropped');
try { a.port1.postMessage({ p: b.port1 }); } catch (e) { console.log(e.name, e.code, e.message); }
try { a.port1.postMessage({ f() {} }, [b.port1]); } catch (e) { console.log(e.name, e.message); }
b.port1.on('close', () => console.log('b1 close'));

// structuredClone through a port, as some polyfills do.
const { port1, port2 } = new MessageChannel();
port2.onmessage = ({ data }) => {
  console.log('cloned', data.big, data.re, data.err.name, data.err.message, data.self === data);
  port2.close();
};
const cyclic = { big: 10n, re: /x/gi, err: new RangeError('bad') };
cyclic.self = cyclic;
port1.postMessage(cyclic);
