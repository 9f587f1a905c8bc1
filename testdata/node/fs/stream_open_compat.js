// The streams' deprecated open() (DEP0135) and a subclass's own open(), as
// graceful-fs defines one.
const fs = require('fs');
const r = fs.createReadStream(__filename, { end: 9 });
r.on('open', (fd) => console.log('open', typeof fd));
r.on('ready', () => console.log('ready'));
r.open();
r.on('data', (c) => console.log('data', String(c)));
r.on('close', () => {
  console.log('closed');
  // A subclass with its own open(), graceful-fs style.
  function MyStream(path, options) { fs.ReadStream.call(this, path, options); }
  Object.setPrototypeOf(MyStream.prototype, fs.ReadStream.prototype);
  MyStream.prototype.open = function () {
    console.log('my open');
    fs.open(this.path, 'r', (err, fd) => {
      if (err) { this.emit('error', err); return; }
      this.fd = fd;
      this.emit('open', fd);
    });
  };
  const m = new MyStream(__filename, { end: 4 });
  m.on('open', () => console.log('my stream opened'));
  m.on('data', (c) => console.log('my data', String(c)));
  m.on('close', () => {
    const bad = new MyStream('/nonexistent/file');
    bad.on('error', (e) => console.log('my error', e.code));
  });
});
console.log(typeof fs.WriteStream.prototype.open, fs.ReadStream.prototype.open.name);
