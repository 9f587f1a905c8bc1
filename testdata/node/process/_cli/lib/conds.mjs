import { createRequire } from 'module';
const { default: imported } = await import('cond-pkg');
console.log('import', imported, 'require', createRequire(import.meta.url)('cond-pkg'));
