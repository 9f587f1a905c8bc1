// Intl.Segmenter (ECMA-402 §18): constructor, options, %Segments%, %SegmentIterator%, errors.
const show = (f) => { try { console.log(JSON.stringify(f())); } catch (e) { console.log(e.constructor.name + ': ' + e.message); } };
show(() => new Intl.Segmenter().resolvedOptions());
show(() => new Intl.Segmenter('de-u-co-phonebk', { granularity: 'sentence', localeMatcher: 'lookup' }).resolvedOptions());
show(() => new Intl.Segmenter(['xx', 'fr-CA'], { granularity: 'word' }).resolvedOptions());
show(() => Object.prototype.toString.call(new Intl.Segmenter()));
show(() => Intl.Segmenter());
show(() => new Intl.Segmenter('en', { granularity: 'line' }));
show(() => new Intl.Segmenter('en', { localeMatcher: 'x' }));
show(() => new Intl.Segmenter('en', 5));
show(() => new Intl.Segmenter('en_US'));
show(() => [Intl.Segmenter.length, Intl.Segmenter.name, Intl.Segmenter.prototype.segment.length]);
show(() => Intl.Segmenter.supportedLocalesOf(['de', 'xx', 'zh-Hant']));
show(() => Object.getOwnPropertyNames(Intl.Segmenter.prototype));
show(() => Intl.Segmenter.prototype.segment.call({}, 'a'));
show(() => Intl.Segmenter.prototype.resolvedOptions.call(1));

const input = 'Hello, wörld! 👋🏽';
const segments = new Intl.Segmenter('en', { granularity: 'word' }).segment(input);
const sp = Object.getPrototypeOf(segments);
show(() => [Object.getOwnPropertyNames(sp), Object.getOwnPropertySymbols(sp).map(String), Object.prototype.toString.call(segments)]);
show(() => [...segments]);
show(() => [0, 4, 5, 6, 7, 12, 15, 16, 17, 18, -1, 100, 3.9, '8', NaN].map((i) => segments.containing(i)));
show(() => sp.containing.call({}, 0));
const it = segments[Symbol.iterator]();
const ip = Object.getPrototypeOf(it);
show(() => [Object.getOwnPropertyNames(ip), Object.prototype.toString.call(it), Object.getPrototypeOf(ip) === Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()))]);
show(() => [it.next(), it.next(), it.next()]);
show(() => ip.next.call({}));
show(() => { const all = [...it]; return [all.length, it.next()]; });
show(() => [...new Intl.Segmenter().segment()].map((s) => s.segment).join('|'));
show(() => [...new Intl.Segmenter().segment('')]);
show(() => new Intl.Segmenter().segment('').containing(0));
show(() => [...new Intl.Segmenter().segment({ toString() { return 'ab'; } })]);
show(() => { const seg = new Intl.Segmenter().segment('a😀b'); return [seg.containing(1), seg.containing(2)]; });
show(() => [...new Intl.Segmenter('en', { granularity: 'sentence' }).segment('One. Two!')]);
// Each iterator walks the string on its own.
show(() => { const seg = new Intl.Segmenter().segment('xyz'); const a = seg[Symbol.iterator](); a.next(); return [a.next().value.segment, seg[Symbol.iterator]().next().value.segment]; });
