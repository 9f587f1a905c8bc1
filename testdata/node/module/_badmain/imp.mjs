import nomain from 'nomain'; export default nomain;
