// RegExp.prototype.flags reads the flag getters in node's order (sticky before unicodeSets) but spells them dgimsuvy.
const reads = [];
const fake = {};
for (const k of ['hasIndices', 'global', 'ignoreCase', 'multiline', 'dotAll', 'unicode', 'unicodeSets', 'sticky']) {
  Object.defineProperty(fake, k, { get() { reads.push(k); return true; } });
}
console.log(Object.getOwnPropertyDescriptor(RegExp.prototype, 'flags').get.call(fake), reads.join());
console.log(new RegExp('a', 'yvsmigd').flags, /\p{Emoji_Presentation}/u.test('😀'), /\p{Extended_Pictographic}/u.test('a'), /\p{Bidi_Mirrored}/u.test('('));
