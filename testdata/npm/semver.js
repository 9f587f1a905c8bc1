// semver: parsing, comparison, ranges, increments and coercion.
const semver = require('semver');

const show = (label, v) => console.log(label, JSON.stringify(v));
show('valid', ['1.2.3', 'a.b.c', 'v1.2.3', '1.2.3-beta.1+build'].map(v => semver.valid(v)));
show('clean', semver.clean('  =v1.2.3   '));
show('gt/lt/eq', [semver.gt('1.2.3', '9.8.7'), semver.lt('1.2.3', '9.8.7'), semver.eq('1.0.0', 'v1.0.0')]);
show('satisfies', [semver.satisfies('1.2.3', '1.x || >=2.5.0 || 5.0.0 - 7.2.3'), semver.satisfies('3.0.0', '^2.0.0'), semver.satisfies('1.2.3-alpha', '^1.2.0')]);
show('prerelease ok', semver.satisfies('1.2.3-alpha', '^1.2.3-0', { includePrerelease: true }));
show('minVersion', semver.minVersion('>=1.0.0 <2').version);
show('maxSatisfying', semver.maxSatisfying(['1.2.3', '1.2.4', '1.3.0', '2.0.0'], '~1.2.0'));
show('minSatisfying', semver.minSatisfying(['1.2.3', '1.2.4', '1.3.0'], '^1.2.4'));
show('validRange', [semver.validRange('^1.2.3'), semver.validRange('~1.2'), semver.validRange('1.x'), semver.validRange('not a range')]);
show('inc', ['major', 'minor', 'patch', 'premajor', 'prerelease'].map(r => semver.inc('1.2.3', r)));
show('inc pre id', semver.inc('1.2.3-beta.1', 'prerelease', 'beta'));
show('diff', [semver.diff('1.2.3', '2.0.0'), semver.diff('1.2.3', '1.2.4'), semver.diff('1.2.3', '1.2.3')]);
show('coerce', ['v2', '42.6.7.9.3-alpha', 'version 3.1 final', 'nothing'].map(v => { const c = semver.coerce(v); return c && c.version; }));
show('sort', semver.sort(['1.10.0', '1.2.0', '1.2.0-rc.1', '0.9.9']));
show('rsort', semver.rsort(['1.10.0', '1.2.0', '0.9.9']));
show('compare', [semver.compare('1.0.0', '1.0.1'), semver.rcompare('1.0.0', '1.0.1'), semver.compareBuild('1.0.0+a', '1.0.0+b')]);
show('parts', [semver.major('4.5.6'), semver.minor('4.5.6'), semver.patch('4.5.6'), semver.prerelease('1.2.3-alpha.4')]);
const sv = new semver.SemVer('1.2.3-beta.4+exp.sha');
show('SemVer', [sv.major, sv.minor, sv.patch, sv.prerelease, sv.build, sv.format(), String(sv)]);
const r = new semver.Range('>=1.2.7 <1.3.0 || 2.x');
show('Range', [r.range, r.test('1.2.8'), r.test('1.3.0'), r.test('2.9.9')]);
show('intersects', [semver.intersects('^1.2.0', '~1.3.0'), semver.intersects('^1.0.0', '^2.0.0')]);
show('outside', [semver.gtr('3.0.0', '^2.0.0'), semver.ltr('1.0.0', '^2.0.0'), semver.outside('1.0.0', '^2.0.0', '<')]);
show('simplifyRange', semver.simplifyRange(['1.1.0', '1.2.0', '1.3.0', '2.0.0'], '1.1.0 || 1.2.0 || 1.3.0'));
show('subset', [semver.subset('^1.2.3', '>=1.0.0'), semver.subset('^1.2.3', '^2.0.0')]);
for (const bad of [() => new semver.SemVer('1.2'), () => new semver.Range('>=>1'), () => semver.inc('1.2.3', 'bogus')]) {
  try {
    show('no error', bad());
  } catch (e) {
    console.log('error', e.name, e.message);
  }
}
