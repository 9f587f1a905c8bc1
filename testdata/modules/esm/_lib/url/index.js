export default 'index';
