// A heap snapshot's JSON as node hands it out (v8.getHeapSnapshot,
// worker.getHeapSnapshot): a Readable, here over the bytes the snapshot
// was written to, handed out in chunks as it is read.

const { Readable } = require('stream');

const chunkSize = 65536;

class HeapSnapshotStream extends Readable {
  #data;
  #at = 0;

  constructor(data) {
    super();
    this.#data = data;
  }

  _read() {
    const data = this.#data;
    if (this.#at >= data.length) {
      this.push(null);
      return;
    }
    const end = Math.min(this.#at + chunkSize, data.length);
    this.push(Buffer.from(data.buffer, data.byteOffset + this.#at, end - this.#at));
    this.#at = end;
  }
}

module.exports = { HeapSnapshotStream };
