// Intl.NumberFormat.prototype.formatRange and formatRangeToParts, and
// Intl.PluralRules.prototype.selectRange.
const show = (f) => { try { console.log(JSON.stringify(f())); } catch (e) { console.log(e.constructor.name + ': ' + e.message); } };
const nf = (l, o) => new Intl.NumberFormat(l, o);
const cases = [
  ['en', {}, 3, 5], ['en', {}, 5, 3], ['en', {}, 3, 3], ['en', {}, 2.9, 3.1], ['en', { maximumFractionDigits: 0 }, 2.9, 3.1],
  ['en', { style: 'currency', currency: 'USD' }, 3, 5], ['en', { style: 'currency', currency: 'USD' }, 3, 3],
  ['en', { style: 'currency', currency: 'USD' }, -5, -3], ['en', { style: 'currency', currency: 'USD' }, -5, 3],
  ['en-GB', { style: 'currency', currency: 'USD' }, 3, 5],
  ['de', { style: 'currency', currency: 'EUR' }, 3, 5], ['de', { style: 'currency', currency: 'EUR' }, 3, 3],
  ['fr', {}, 1000, 2000], ['fr', {}, 3, 3], ['ja', { style: 'currency', currency: 'JPY' }, 300, 500], ['ja', {}, 3, 5], ['ja', {}, 3, 3],
  ['es', {}, 3, 5], ['es', {}, -3, 5], ['en', { style: 'percent' }, 0.1, 0.2], ['de', { style: 'percent' }, 0.1, 0.2],
  ['en', { style: 'unit', unit: 'kilometer' }, 3, 5], ['en', { style: 'unit', unit: 'kilometer', unitDisplay: 'long' }, 3, 5],
  ['en', { style: 'unit', unit: 'kilometer' }, 3, 3], ['en', { notation: 'compact' }, 3000, 5000], ['en', { notation: 'scientific' }, 3000, 5000],
  ['en', {}, -5, -3], ['en', {}, -3, 5], ['en', {}, 3, -5], ['en', { signDisplay: 'always' }, 3, 5], ['en', { signDisplay: 'exceptZero' }, 0, 5],
  ['en', {}, '3', '5'], ['en', {}, 0, -0], ['en', {}, -0, 0], ['en', {}, 1e21, 2e21], ['en', {}, 5, Infinity], ['en', {}, -Infinity, Infinity],
];
for (const [l, o, a, b] of cases) show(() => [l, o, String(a), String(b), nf(l, o).formatRange(a, b), nf(l, o).formatRangeToParts(a, b)]);
show(() => nf('en').formatRange(3n, 5n));
show(() => nf('en').formatRange(NaN, 5));
show(() => nf('en').formatRange(5, NaN));
show(() => nf('en').formatRange(5));
show(() => nf('en').formatRange(undefined, 5));
show(() => nf('en').formatRangeToParts(5));
show(() => Intl.NumberFormat.prototype.formatRange.call({}, 1, 2));
show(() => Intl.NumberFormat.prototype.formatRangeToParts.call({}, 1, 2));
show(() => [Intl.NumberFormat.prototype.formatRange.length, Intl.NumberFormat.prototype.formatRangeToParts.length, Intl.PluralRules.prototype.selectRange.length]);
const pairs = [[0, 1], [1, 1], [1, 2], [1, 5], [2, 3], [2, 5], [5, 21], [1.5, 2], [0, 0]];
for (const [l, type] of [['en', 'cardinal'], ['en', 'ordinal'], ['fr', 'cardinal'], ['de', 'cardinal'], ['ru', 'cardinal'], ['ar', 'cardinal'], ['ja', 'cardinal'], ['pl', 'cardinal'], ['es', 'cardinal']]) {
  const pr = new Intl.PluralRules(l, { type });
  show(() => [l, type, pairs.map(([a, b]) => pr.selectRange(a, b))]);
}
show(() => new Intl.PluralRules('en').selectRange(5, 1));
show(() => new Intl.PluralRules('en').selectRange(NaN, 1));
show(() => new Intl.PluralRules('en').selectRange(1, NaN));
show(() => new Intl.PluralRules('en').selectRange(1));
show(() => new Intl.PluralRules('en').selectRange('1', '2'));
show(() => Intl.PluralRules.prototype.selectRange.call({}, 1, 2));
