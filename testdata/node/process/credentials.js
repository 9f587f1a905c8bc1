// process.setuid and friends: argument checks (made before any system
// call, so the output does not depend on who runs it).
const t = (f) => {
  try { f(); console.log('ok'); } catch (e) { console.log(e.name, e.code, e.message); }
};
for (const name of ['setuid', 'setgid', 'seteuid', 'setegid', 'setgroups', 'initgroups']) {
  console.log(name, typeof process[name], process[name].name);
}
t(() => process.setuid('nosuchuser_kiln'));
t(() => process.seteuid('nosuchuser_kiln'));
t(() => process.setgid('nosuchgroup_kiln'));
t(() => process.setegid('nosuchgroup_kiln'));
t(() => process.setuid({}));
t(() => process.setgid(null));
t(() => process.setuid(-1));
t(() => process.setuid(2 ** 32));
t(() => process.setuid(1.5));
t(() => process.setgroups(5));
t(() => process.setgroups(['nosuchgroup_kiln']));
t(() => process.setgroups([-1]));
t(() => process.setgroups([0, {}]));
t(() => process.initgroups({}, 0));
t(() => process.initgroups(4294967295, 0));
t(() => process.initgroups('root', 'nosuchgroup_kiln'));
t(() => process.initgroups('root', -2));
