// Intl.Collator's caseFirst: "upper" sorts capitals before their lower-case
// forms where strings differ only in case; other differences decide first.
const words = ['b', 'A', 'a', 'B', 'ab', 'Ab', 'aB', 'AB', 'á', 'Á', 'résumé', 'Resume', 'resume'];
for (const caseFirst of ['upper', 'lower', 'false']) {
  for (const sensitivity of ['variant', 'case', 'accent', 'base']) {
    console.log(caseFirst.padEnd(5), sensitivity.padEnd(7), [...words].sort(new Intl.Collator('en', { caseFirst, sensitivity }).compare).join(' '));
  }
}
console.log('a'.localeCompare('A', 'en', { caseFirst: 'upper' }), 'a'.localeCompare('A', 'en-u-kf-upper'), 'a'.localeCompare('A'));
console.log(new Intl.Collator('en-u-kf-upper').resolvedOptions().caseFirst, new Intl.Collator('en', { caseFirst: 'lower' }).resolvedOptions().caseFirst);
