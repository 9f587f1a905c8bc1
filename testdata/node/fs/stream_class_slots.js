// fs.ReadStream, fs.WriteStream, fs.FileReadStream and fs.FileWriteStream are
// four separate assignable slots, and createReadStream/createWriteStream build
// whatever ReadStream/WriteStream hold. graceful-fs (as yarn 1 bundles it)
// patches a clone of fs that shares these accessors: it assigns its subclass to
// FileReadStream first and then reads ReadStream as the class to extend.
const fs = require('fs');
const os = require('os');
const path = require('path');

const OrigRead = fs.ReadStream;
const OrigWrite = fs.WriteStream;
console.log('same class under both names:', fs.FileReadStream === OrigRead, fs.FileWriteStream === OrigWrite);
for (const name of ['ReadStream', 'WriteStream', 'FileReadStream', 'FileWriteStream']) {
  const d = Object.getOwnPropertyDescriptor(fs, name);
  console.log(name, typeof d.get, typeof d.set, d.enumerable, d.configurable);
}

// graceful-fs's clone(): copy every own property descriptor of fs.
const copy = { __proto__: Object.getPrototypeOf(fs) };
for (const key of Object.getOwnPropertyNames(fs)) {
  Object.defineProperty(copy, key, Object.getOwnPropertyDescriptor(fs, key));
}

// graceful-fs's patch(), reduced to its stream part.
const made = [];
function GracefulReadStream(p, options) {
  if (this instanceof GracefulReadStream) return fsReadStream.apply(this, arguments), this;
  return GracefulReadStream.apply(Object.create(GracefulReadStream.prototype), arguments);
}
function GracefulWriteStream(p, options) {
  if (this instanceof GracefulWriteStream) return fsWriteStream.apply(this, arguments), this;
  return GracefulWriteStream.apply(Object.create(GracefulWriteStream.prototype), arguments);
}
copy.FileReadStream = GracefulReadStream;
copy.FileWriteStream = GracefulWriteStream;
const fsReadStream = copy.ReadStream;
const fsWriteStream = copy.WriteStream;
console.log('FileReadStream set, ReadStream kept:', fsReadStream === OrigRead, copy.FileReadStream === GracefulReadStream);
console.log('FileWriteStream set, WriteStream kept:', fsWriteStream === OrigWrite, copy.FileWriteStream === GracefulWriteStream);
GracefulReadStream.prototype = Object.create(fsReadStream.prototype);
GracefulReadStream.prototype.open = function () {
  made.push('graceful open');
  fs.open(this.path, this.flags, this.mode, (err, fd) => {
    if (err) { this.destroy(); this.emit('error', err); return; }
    this.fd = fd;
    this.emit('open', fd);
    this.read();
  });
};
GracefulWriteStream.prototype = Object.create(fsWriteStream.prototype);
copy.ReadStream = GracefulReadStream;
copy.WriteStream = GracefulWriteStream;
console.log('slots replaced:', fs.ReadStream === GracefulReadStream, fs.WriteStream === GracefulWriteStream);

const file = path.join(os.tmpdir(), `kiln-stream-slots-${process.pid}.txt`);
const w = fs.createWriteStream(file);
console.log('write stream is graceful:', w instanceof GracefulWriteStream, w instanceof OrigWrite);
w.end('hello slots\n', () => {
  const r = fs.createReadStream(file);
  console.log('read stream is graceful:', r instanceof GracefulReadStream, r instanceof OrigRead);
  let text = '';
  r.on('data', (c) => { text += c; });
  r.on('close', () => {
    console.log('read back:', JSON.stringify(text), made);
    // A FileHandle's streams are the built-in classes whatever the slots hold.
    fs.promises.open(file).then(async (fh) => {
      const s = fh.createReadStream();
      console.log('filehandle stream:', s instanceof GracefulReadStream, s instanceof OrigRead);
      for await (const c of s) text = String(c);
      console.log('filehandle read:', JSON.stringify(text));
      fs.ReadStream = OrigRead;
      fs.WriteStream = OrigWrite;
      fs.FileReadStream = OrigRead;
      fs.FileWriteStream = OrigWrite;
      fs.unlinkSync(file);
      console.log('restored:', fs.createReadStream(__filename).destroy() instanceof GracefulReadStream);
    });
  });
});
