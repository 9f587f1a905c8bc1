// Intl.NumberFormat style "unit": every sanctioned simple unit in its short,
// long (plural and singular) and narrow English forms, the short singular
// forms ("1 wk"), and compound "X-per-Y" units built from per-unit patterns.
const units = Intl.supportedValuesOf('unit');
console.log(units.length);
const forms = (unit) => [['short', 2], ['short', 1], ['long', 2], ['long', 1], ['narrow', 2]]
  .map(([unitDisplay, v]) => new Intl.NumberFormat('en', { style: 'unit', unit, unitDisplay }).format(v));
for (const unit of units) console.log(unit, JSON.stringify(forms(unit)));
for (const unit of ['mile-per-gallon', 'kilometer-per-hour', 'liter-per-kilometer', 'meter-per-second', 'kilobyte-per-second', 'megabit-per-second', 'gram-per-liter', 'kilobyte-per-gallon', 'kilobyte-per-byte']) {
  console.log(unit, JSON.stringify(forms(unit)));
}
for (const unit of ['furlong', 'kilometer-per-hour-per-second', 'meter-per-furlong']) {
  try { new Intl.NumberFormat('en', { style: 'unit', unit }); } catch (e) { console.log(e.name, e.message); }
}
