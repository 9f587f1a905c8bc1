// Without --experimental-vm-modules node's vm has no module classes.
const vm = require('vm');
console.log(typeof vm.Module, typeof vm.SourceTextModule, typeof vm.SyntheticModule);
console.log(Object.keys(vm).filter((k) => /Module/.test(k)));
