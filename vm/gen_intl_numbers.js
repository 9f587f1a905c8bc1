// gen_intl_numbers.js writes intl_numbers_node.go, the number symbols and patterns of the locales Kiln formats
// beyond its hand-written en, de, fr, es and ja, read from node's ICU:
//
//	node vm/gen_intl_numbers.js > vm/intl_numbers_node.go
//
// Everything goes into one packedNames string (no map or slice literals: they would cost every start-up).
// Keys are "n:" then a locale (or a locale, "/" and a numbering system other than its default) for the number
// data, "c:" a locale ":" a currency code for a currency symbol, and "d:" a numbering system for its ten digits.
'use strict';

const languages = ['en', 'de', 'fr', 'es', 'ja', 'it', 'pt', 'nl', 'ru', 'pl', 'sv', 'da', 'nb', 'no', 'fi', 'tr', 'cs',
  'el', 'hu', 'ro', 'uk', 'he', 'ar', 'fa', 'hi', 'bn', 'ur', 'id', 'ms', 'vi', 'th', 'zh', 'ko', 'mr', 'my', 'ta',
  'te', 'sk', 'bg', 'hr', 'sr', 'lt', 'lv', 'et', 'sl', 'ca', 'fil', 'sw', 'af', 'gu', 'kn', 'ml', 'pa', 'ne', 'is'];
// handWritten are the languages whose bare tag keeps Kiln's hand-written tables; only their regions that
// differ are generated.
const handWritten = ['en', 'de', 'fr', 'es', 'ja'];
const handWrittenTags = ['en-GB', 'en-IN'];
const regions = ['US', 'GB', 'IN', 'CA', 'AU', 'NZ', 'IE', 'ZA', 'SG', 'PH', 'NG', 'PK', 'DE', 'AT', 'CH', 'LI', 'LU',
  'BE', 'FR', 'CA', 'ES', 'MX', 'AR', 'CO', 'CL', 'PE', 'VE', 'US', '419', 'IT', 'BR', 'PT', 'AO', 'MZ', 'NL', 'RU',
  'UA', 'BY', 'KZ', 'PL', 'SE', 'FI', 'DK', 'NO', 'TR', 'CY', 'CZ', 'GR', 'HU', 'RO', 'MD', 'IL', 'EG', 'SA', 'AE',
  'MA', 'DZ', 'TN', 'IQ', 'JO', 'LB', 'SY', 'IR', 'AF', 'BD', 'ID', 'MY', 'BN', 'VN', 'TH', 'CN', 'TW', 'HK', 'MO',
  'KR', 'JP', 'MM', 'LK', 'KE', 'TZ', 'RS', 'HR', 'BA', 'SI', 'SK', 'BG', 'LT', 'LV', 'EE', 'IS', 'NP'];
const scripts = ['zh-Hans', 'zh-Hant', 'zh-Hant-HK', 'zh-Hant-TW', 'sr-Latn', 'sr-Cyrl'];
const systems = ['arab', 'arabext', 'beng', 'deva', 'mymr', 'thai', 'hanidec', 'tamldec', 'telu', 'gujr', 'knda',
  'mlym', 'guru', 'orya', 'tibt', 'khmr', 'laoo', 'fullwide'];
const currencies = ['USD', 'EUR', 'GBP', 'JPY', 'CNY', 'INR', 'KRW', 'CAD', 'AUD', 'MXN', 'BRL', 'CHF', 'RUB', 'SEK',
  'NOK', 'DKK', 'PLN', 'TRY', 'ILS', 'HKD', 'TWD', 'SGD', 'NZD', 'ZAR', 'THB', 'IDR', 'MYR', 'PHP', 'VND', 'UAH',
  'CZK', 'HUF', 'RON', 'EGP', 'SAR', 'AED', 'IRR', 'PKR', 'BDT', 'NGN', 'ARS', 'CLP', 'COP'];

const SIGN = '\x04', NUM = '\x02', CUR = '\x03', PCT = '\x05';

// pattern turns formatToParts into a pattern: the number's parts become NUM, the sign SIGN, the currency CUR and
// the percent sign PCT; literals stay.
function pattern(parts) {
  let s = '';
  for (const p of parts) {
    switch (p.type) {
      case 'integer': case 'group': case 'decimal': case 'fraction':
        if (!s.endsWith(NUM)) s += NUM;
        break;
      case 'minusSign': case 'plusSign': s += SIGN; break;
      case 'currency': s += CUR; break;
      case 'percentSign': s += PCT; break;
      default: s += p.value;
    }
  }
  return s;
}

const partOf = (parts, type) => (parts.find((p) => p.type === type) || { value: '' }).value;

// compactForms is the compact patterns as compactForm reads them: "from div suffix" where the pattern changes,
// from 10^3 to 10^14, div 0 where the number is not compacted. The long forms are read at two of each power, with
// the forms of the other plural categories after them.
function compactForms(loc, display) {
  const nf = new Intl.NumberFormat(loc, { notation: 'compact', compactDisplay: display, numberingSystem: 'latn' });
  const out = [];
  let last = '';
  for (let n = 3; n <= 14; n++) {
    // A bidi mark before the number (Hebrew) is left out.
    const read = (v) => nf.formatToParts(v).filter((p, i) => !(i === 0 && p.type === 'literal' && /^[\u200e\u200f]+$/.test(p.value)));
    const parts = read((display === 'long' ? 2 : 1) * 10 ** n);
    const int = parts.filter((p) => p.type === 'integer').map((p) => p.value).join('');
    const rest = parts.slice(parts.findIndex((p) => p.type === 'integer') + 1)
      .filter((p) => p.type !== 'integer' && p.type !== 'group').map((p) => p.value).join('');
    let form = parts[0].type !== 'integer' || !parts.some((p) => p.type === 'compact') ? '0 ' : `${n - (int.length - 1)} ${rest}`;
    if (display === 'long' && form !== '0 ') {
      // The long words agree with the number (Polish "1,2 miliona", "5 milionów"): a sample number of each plural
      // category gives "\x07", the category, "=" and its suffix, where it is not the other category's.
      const pr = new Intl.PluralRules(loc);
      const seen = new Set([pr.select(Number(int))]);
      // Numbers shown with as many integer digits as this form's.
      const div = n - (int.length - 1);
      const shown = [];
      for (let v = 10 ** (int.length - 1); v < 10 ** int.length; v++) shown.push(v);
      if (int.length === 1) shown.push(1.5, 1.2);
      for (const v of shown) {
        const cat = pr.select(v);
        if (seen.has(cat)) continue;
        seen.add(cat);
        const ps = read(v * 10 ** div);
        if (ps[0].type !== 'integer') continue; // a form without the number (Italian "mille")
        const suffix = ps.slice(ps.findIndex((p) => p.type === 'integer') + 1)
          .filter((p) => !['integer', 'group', 'decimal', 'fraction'].includes(p.type)).map((p) => p.value).join('');
        if (suffix !== rest) form += `\x07${cat}=${suffix}`;
      }
    }
    if (form !== last) out.push(`${n} ${form}`);
    last = form;
  }
  return out.join(CUR);
}

function numberData(loc) {
  const nf = new Intl.NumberFormat(loc);
  const nu = nf.resolvedOptions().numberingSystem;
  const p = nf.formatToParts(1234567.891);
  // The size of the groups left of the first (Indian 12,34,567: 2), or 0 for 3; percents and currency amounts
  // may group otherwise.
  const secondaryOf = (parts) => {
    const ints = parts.filter((x) => x.type === 'integer').map((x) => x.value.length);
    return ints.length > 2 && ints[1] !== 3 ? ints[1] : 0;
  };
  const secondary = secondaryOf(p);
  const minGrouping = new Intl.NumberFormat(loc).formatToParts(1234).some((x) => x.type === 'group') ? 1 : 2;
  const neg = nf.formatToParts(-1);
  const plus = new Intl.NumberFormat(loc, { signDisplay: 'always' }).formatToParts(1);
  const pc = new Intl.NumberFormat(loc, { style: 'percent' });
  // The currency pattern is read with a currency whose symbol here has no letters, so that no currency spacing
  // is in it.
  const cur = ['EUR', 'USD', 'GBP', 'JPY', 'XXX'].find((c) => !/\p{L}/u.test(
    partOf(new Intl.NumberFormat(loc, { style: 'currency', currency: c }).formatToParts(1), 'currency'))) || 'XXX';
  const cf = new Intl.NumberFormat(loc, { style: 'currency', currency: cur });
  const ac = new Intl.NumberFormat(loc, { style: 'currency', currency: cur, currencySign: 'accounting' });
  // Some locales separate a currency amount's digits with other symbols (de-AT, fr-CH).
  const cp = cf.formatToParts(1234567.5);
  return [nu, partOf(p, 'decimal'), partOf(p, 'group'), minGrouping, secondary, partOf(neg, 'minusSign'),
    partOf(plus, 'plusSign'), partOf(pc.formatToParts(1), 'percentSign'), pattern(neg), pattern(pc.formatToParts(1)),
    pattern(pc.formatToParts(-1)), pattern(cf.formatToParts(1)), pattern(cf.formatToParts(-1)),
    compactForms(loc, 'short'), compactForms(loc, 'long'), partOf(cp, 'decimal'), partOf(cp, 'group'),
    secondaryOf(pc.formatToParts(12345678.9)), secondaryOf(cp), pattern(ac.formatToParts(-1)),
    partOf(nf.formatRangeToParts(3, 5), 'literal'), partOf(nf.formatRangeToParts(3, 3), 'approximatelySign')].join('\x01');
}

// namedCurrencies are those whose names (currencyDisplay "name") are kept, after "/l" with the text between the
// number and the name before it, as an amount with two decimals shows them.
const namedCurrencies = ['USD', 'EUR', 'GBP', 'JPY', 'CNY', 'INR', 'CHF', 'CAD', 'AUD', 'BRL', 'MXN', 'RUB', 'KRW'];

// symbolsOf is a locale's currency symbols, after "/n" their narrow forms, and after "/l" the names.
function symbolsOf(loc) {
  const out = {};
  for (const c of currencies) {
    out[c] = partOf(new Intl.NumberFormat(loc, { style: 'currency', currency: c }).formatToParts(1), 'currency');
    out[c + '/n'] = partOf(new Intl.NumberFormat(loc, { style: 'currency', currency: c, currencyDisplay: 'narrowSymbol' })
      .formatToParts(1), 'currency');
    if (namedCurrencies.includes(c)) {
      const ps = new Intl.NumberFormat(loc, { style: 'currency', currency: c, currencyDisplay: 'name', minimumFractionDigits: 2 })
        .formatToParts(2);
      const at = ps.findIndex((p) => p.type === 'fraction');
      if (at >= 0 && ps.slice(at + 1).every((p) => p.type === 'literal' || p.type === 'currency')) {
        out[c + '/l'] = ps.slice(at + 1).map((p) => p.value).join('');
      }
    }
  }
  return out;
}

const rows = [];
const add = (k, v) => rows.push([k, v]);
const candidates = [];
for (const lang of languages) {
  candidates.push(lang);
  for (const r of regions) candidates.push(lang + '-' + r);
}
candidates.push(...scripts);
const seen = new Set();
const dataOf = {}, symsOf = {}, latnOf = {};
for (const tag of candidates) {
  if (seen.has(tag)) continue;
  seen.add(tag);
  const loc = new Intl.NumberFormat(tag).resolvedOptions().locale;
  if (loc !== tag) continue; // ICU has nothing of its own for this tag
  const lang = tag.split('-')[0];
  const parent = tag.includes('-') ? (tag.split('-').length > 2 ? tag.split('-').slice(0, 2).join('-') : lang) : null;
  const data = numberData(tag);
  const syms = symbolsOf(tag);
  dataOf[tag] = data;
  symsOf[tag] = syms;
  const base = parent && (dataOf[parent] !== undefined ? parent : lang);
  if (!parent) {
    // A hand-written language's symbols are still read for its generated regions.
    if (!handWritten.includes(lang)) add('n:' + tag, data);
    for (const c of Object.keys(syms)) if (syms[c] !== c.slice(0, 3)) add(`c:${tag}:${c}`, syms[c]);
  } else {
    const symDiff = Object.keys(syms).filter((c) => syms[c] !== symsOf[base][c]);
    // A hand-written language's regions need their own row, since the language's own row is not generated.
    if (handWrittenTags.includes(tag)) continue;
    if (data !== dataOf[base] || (handWritten.includes(lang) && symDiff.length)) add('n:' + tag, data);
    for (const c of symDiff) add(`c:${tag}:${c}`, syms[c]);
  }
  // Where the default digits are not Latin, -u-nu-latn needs the Latin symbols, which may differ.
  if (data.split('\x01')[0] !== 'latn') {
    latnOf[tag] = numberData(tag + '-u-nu-latn');
    if (!parent || latnOf[tag] !== latnOf[base]) add(`n:${tag}/latn`, latnOf[tag]);
  }
}
for (const nu of systems) {
  const nf = new Intl.NumberFormat('en-u-nu-' + nu);
  add('d:' + nu, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((d) => nf.format(d)).join(''));
  // The symbols of a numbering system in a locale whose own digits differ (en-u-nu-arab).
  add(`n:/${nu}`, numberData('en-u-nu-' + nu));
}
rows.sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));

let s = `// Code generated by gen_intl_numbers.js from node ${process.version} (ICU ${process.versions.icu}, CLDR ${process.versions.cldr}); DO NOT EDIT.

package vm

// numberingSystemNames are the numbering systems Kiln writes, for Intl.supportedValuesOf.
const numberingSystemNames = "${[...systems, 'latn'].sort().join(' ')}"

// numberNames holds the number data of the locales beyond the hand-written ones, sorted by key: "n:" a locale
// (with "/" and a numbering system where it is not the locale's default; "n:/arab" is a numbering system's
// symbols in any other locale), "c:" a locale, ":" and a currency's symbol, "d:" a numbering system's digits.
// An "n:" value is its fields joined by \\x01 (see generatedNumberLocale).
var numberNames = packedNames{s: "" +
`;
s += require('./gen_packed.js')(rows);
process.stdout.write(s);
