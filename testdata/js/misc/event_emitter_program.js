// A realistic class-based program: an event emitter with once/off, error events, and async listeners; plus a small store.
class Emitter {
  #listeners = new Map();
  on(event, fn) { (this.#listeners.get(event) ?? this.#listeners.set(event, []).get(event)).push({ fn, once: false }); return this; }
  once(event, fn) { this.on(event, fn); this.#listeners.get(event).at(-1).once = true; return this; }
  off(event, fn) { const l = this.#listeners.get(event); if (l) this.#listeners.set(event, l.filter((x) => x.fn !== fn)); return this; }
  emit(event, ...args) {
    const list = this.#listeners.get(event);
    if (!list || list.length === 0) {
      if (event === 'error') throw args[0] instanceof Error ? args[0] : new Error(`Unhandled error: ${args[0]}`);
      return false;
    }
    this.#listeners.set(event, list.filter((l) => !l.once));
    for (const { fn } of [...list]) fn.apply(this, args);
    return true;
  }
  listenerCount(event) { return this.#listeners.get(event)?.length ?? 0; }
}
const e = new Emitter();
const log = [];
const onData = (d) => log.push('data:' + d);
e.on('data', onData).once('data', (d) => log.push('once:' + d)).on('end', function () { log.push('end, this is emitter: ' + (this === e)); });
console.log(e.emit('data', 1), e.emit('data', 2), e.listenerCount('data'));
e.off('data', onData);
console.log(e.emit('data', 3), e.emit('end'), e.emit('nothing'));
console.log(log.join(' | '));
try {
  e.emit('error', new Error('boom'));
} catch (err) {
  console.log('unhandled error event throws:', err.message);
}
e.on('error', (err) => console.log('handled error:', err.message));
e.emit('error', new Error('handled now'));

// A reducer-based store with subscribers and async actions.
class Store extends Emitter {
  #state;
  constructor(reducer, initial) { super(); this.reducer = reducer; this.#state = initial; }
  get state() { return this.#state; }
  dispatch(action) {
    if (typeof action === 'function') return action((a) => this.dispatch(a), () => this.#state);
    const prev = this.#state;
    this.#state = this.reducer(prev, action);
    if (prev !== this.#state) this.emit('change', this.#state, action.type);
    return action;
  }
}
const reducer = (s, a) => {
  switch (a.type) {
    case 'add': return { ...s, items: [...s.items, a.item] };
    case 'remove': return { ...s, items: s.items.filter((i) => i !== a.item) };
    case 'loading': return { ...s, loading: a.value };
    default: return s;
  }
};
const store = new Store(reducer, { items: [], loading: false });
store.on('change', (s, type) => console.log(`change(${type}):`, JSON.stringify(s)));
store.dispatch({ type: 'add', item: 'apple' });
store.dispatch({ type: 'add', item: 'pear' });
store.dispatch({ type: 'unknown' });
store.dispatch({ type: 'remove', item: 'apple' });
const fetchItem = (name) => async (dispatch) => {
  dispatch({ type: 'loading', value: true });
  const item = await new Promise((r) => setTimeout(() => r(name.toUpperCase()), 0));
  dispatch({ type: 'add', item });
  dispatch({ type: 'loading', value: false });
  return item;
};
store.dispatch(fetchItem('plum')).then((item) => console.log('async action resolved with', item, 'final items', store.state.items.join()));
