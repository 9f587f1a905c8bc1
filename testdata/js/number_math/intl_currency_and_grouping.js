// Intl.NumberFormat beyond the big four currencies: CLDR symbols ("CA$",
// "₹"), ISO codes kept apart from the digits ("CHF 1.00"), plural names, and
// Indian grouping and compact forms (lakh, crore) for en-IN.
const currencies = ['USD', 'EUR', 'GBP', 'JPY', 'INR', 'CNY', 'KRW', 'CAD', 'AUD', 'MXN', 'BRL', 'CHF', 'ILS', 'SEK', 'NZD', 'HKD', 'SGD', 'TWD', 'VND', 'PHP', 'THB', 'ZAR', 'PLN', 'XOF'];
for (const locale of ['en-US', 'en-GB', 'en-IN']) {
  const f = (c) => new Intl.NumberFormat(locale, { style: 'currency', currency: c }).format(1234.5);
  console.log(locale, currencies.map(f).join(' | '));
}
console.log(currencies.map((c) => new Intl.NumberFormat('en-US', { style: 'currency', currency: c, currencyDisplay: 'name' }).format(2)).join(' | '));
console.log(new Intl.NumberFormat('en-US', { style: 'currency', currency: 'CHF' }).formatToParts(-1));
console.log(new Intl.NumberFormat('en-US', { style: 'currency', currency: 'CHF', currencySign: 'accounting' }).format(-1));
console.log([1, 12, 123, 1234, 12345, 123456, 1234567, 12345678, 123456789, -1234567890.25].map((n) => n.toLocaleString('en-IN')).join(' '));
for (const display of ['short', 'long']) {
  console.log([1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13].map((n) => new Intl.NumberFormat('en-IN', { notation: 'compact', compactDisplay: display }).format(n * 1.5)).join(' | '));
}
console.log(new Intl.NumberFormat('en-IN', { style: 'percent' }).format(1234.5), new Intl.NumberFormat('en-IN', { style: 'currency', currency: 'INR' }).format(12345678.9));
