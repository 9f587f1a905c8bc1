// A test file as projects write them: an ES module with describe/it,
// beforeEach, node:assert/strict, async tests, mocks and a done callback.
import './_lib/tap.js';
import { describe, it, beforeEach, mock } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';

class Store extends EventEmitter {
  #m = new Map();
  set(k, v) { this.#m.set(k, v); this.emit('set', k, v); }
  get(k) { return this.#m.get(k); }
  async load(k) { await new Promise((r) => setTimeout(r, 2)); if (!this.#m.has(k)) throw new Error(`missing ${k}`); return this.#m.get(k); }
}

describe('Store', () => {
  let store;
  beforeEach(() => { store = new Store(); });
  it('sets and gets', () => { store.set('a', 1); assert.equal(store.get('a'), 1); });
  it('emits', () => {
    const spy = mock.fn();
    store.on('set', spy);
    store.set('b', 2);
    assert.equal(spy.mock.callCount(), 1);
    assert.deepEqual(spy.mock.calls[0].arguments, ['b', 2]);
  });
  it('loads', async () => { store.set('c', 3); assert.equal(await store.load('c'), 3); });
  it('rejects', async () => { await assert.rejects(store.load('z'), /missing z/); });
  it('wrong', async () => { assert.equal(await store.load('z'), 1); });
  describe('nested', () => {
    it('method mock', (t) => {
      t.mock.method(store, 'get', () => 42);
      assert.equal(store.get('x'), 42);
    });
    it('callback', (t, done) => { store.once('set', () => done()); store.set('d', 4); });
  });
});
