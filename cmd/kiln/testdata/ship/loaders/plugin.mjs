export default 'the ES module plugin beside its loader';
