// toLocaleUpperCase/toLocaleLowerCase follow the Turkish and Azeri rules
// for dotted and dotless i; other locales and no locale use the root rules.
console.log('istanbul'.toLocaleUpperCase('tr-TR'), 'istanbul'.toLocaleUpperCase('en-US'), 'istanbul'.toLocaleUpperCase());
console.log('DİYARBAKIR'.toLocaleLowerCase('tr'), 'DİYARBAKIR'.toLocaleLowerCase('en').length, 'I\u0307'.toLocaleLowerCase('az').length);
console.log('i'.toLocaleUpperCase(['tr', 'en']), 'i'.toLocaleUpperCase(['en', 'tr']), 'ıi'.toLocaleUpperCase('TR'));
try { 'a'.toLocaleUpperCase('not a tag!'); } catch (e) { console.log(e.name, e.message); }
