// Expected output comes from node: go test ./vm -run TestBuiltins -update
const t = (f) => { try { console.log(f()) } catch (e) { console.log(e.name + ': ' + e.message) } };
t(() => { const a = {}; a.a = a; return JSON.stringify(a) });
t(() => { const a = {b:[{}]}; a.b[0].c = a; return JSON.stringify(a) });
t(() => { class X{}; const a = new X; a.x = [a]; return JSON.stringify(a) });
t(() => { const a = []; a.push({q:a}); return JSON.stringify(a) });
t(() => { const a = Object.create(null); a.x = a; return JSON.stringify(a) });
t(() => { const a = {}; a.x = {y:{z:a}}; return JSON.stringify(a) });
t(() => { const a = {}; a.x = {y:{z:{w:{v:a}}}}; return JSON.stringify(a) });
t(() => { const a = {}; a.x = {y:{z:{w:{v:{u:a}}}}}; return JSON.stringify(a) });
t(() => { const a = {}; a.x = {y:{z:{w:{v:{u:a}}}}}; return JSON.stringify({top: {mid: a}}) });
t(() => { const a = {}; a[''] = a; return JSON.stringify(a) });
