export default 'feature for import';
