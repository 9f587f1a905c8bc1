// Built-ins list their own keys in V8's order, which programs see through
// Object.getOwnPropertyNames and Reflect.ownKeys.
const TA = Object.getPrototypeOf(Uint8Array);
for (const [name, o] of [['Object', Object], ['Object.prototype', Object.prototype], ['Function.prototype', Function.prototype],
  ['Number', Number], ['Number.prototype', Number.prototype], ['BigInt', BigInt], ['Math', Math], ['Reflect', Reflect],
  ['Map.prototype', Map.prototype], ['Set.prototype', Set.prototype], ['Date.prototype', Date.prototype],
  ['ArrayBuffer.prototype', ArrayBuffer.prototype], ['TypedArray', TA], ['TypedArray.prototype', TA.prototype]]) {
  console.log(name, Reflect.ownKeys(o).map(String).join());
}
console.log('Symbol', Object.getOwnPropertyNames(Symbol).filter(k => k !== 'dispose' && k !== 'asyncDispose').join());
console.log('Promise', Object.getOwnPropertyNames(Promise).filter(k => k !== 'withResolvers').join());
