const attempts = [
  ['./_lib/missing.js'], ['./_lib'], ['#nope'], ['nonexistent-package'], ['node:nothing'], ['./_lib/util'],
];
for (const [spec] of attempts) {
  try {
    await import(spec);
    console.log(spec, 'loaded');
  } catch (e) {
    console.log(spec, '->', e.code, e.constructor.name, e.message.replace(/\/[^ ]*testdata/g, '...'));
  }
}
