export default 'percent';
