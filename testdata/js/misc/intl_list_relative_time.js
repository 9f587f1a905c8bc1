// Intl.ListFormat and Intl.RelativeTimeFormat: CLDR list patterns per type and
// style, Spanish's e/u conjunctions, relative times with plural forms and the
// numeric: 'auto' phrases (yesterday, next week), parts and errors.
for (const l of ["en","en-GB","de","fr","es","ja"]) for (const type of ["conjunction","disjunction","unit"]) for (const style of ["long","short","narrow"]) { const f = new Intl.ListFormat(l,{type,style}); console.log(l,type,style, JSON.stringify([[],["a"],["a","b"],["a","b","c"],["a","b","c","d"]].map(x=>f.format(x)))) }
console.log(new Intl.ListFormat("en").formatToParts(["x","y","z"]), new Intl.ListFormat().resolvedOptions(), Object.prototype.toString.call(new Intl.ListFormat()));
try { new Intl.ListFormat("en").format(["a", 1]) } catch(e) { console.log(e.name, e.message) }
try { Intl.ListFormat() } catch(e) { console.log(e.name, e.message) }
try { new Intl.ListFormat("en", {type: 'bogus'}) } catch(e) { console.log(e.name, e.message) }
console.log(new Intl.ListFormat("en").format(new Set(["p","q"])), new Intl.ListFormat("en").format());
console.log(new Intl.ListFormat('es').format(['agua', 'hielo']), new Intl.ListFormat('es', {type: 'disjunction'}).format(['siete', 'ocho']), new Intl.ListFormat('es').format(['a', 'hierro']), new Intl.ListFormat('es', {type:'disjunction'}).format(['uno', 'otro']));
const units=["second","minute","hour","day","week","month","quarter","year"];
for (const l of ["en", "de","fr","es","ja"]) for (const style of ["long","short","narrow"]) for (const numeric of ["always","auto"]) { if (l !== 'en' && style !== 'long') continue; const f = new Intl.RelativeTimeFormat(l,{style,numeric}); console.log(l,style,numeric); for (const u of units) console.log("  ",u, JSON.stringify([-2,-1,-0,0,1,2,1.5,-1000, 0.5].map(v=>f.format(v,u)))) }
const f = new Intl.RelativeTimeFormat("en"); console.log(f.formatToParts(-1234.5,"day"), f.formatToParts(1,"days"), f.resolvedOptions(), f.format(3,"seconds"));
console.log(new Intl.RelativeTimeFormat("en",{numeric:"auto"}).formatToParts(-1,"day"));
try { f.format(1,"decade") } catch(e) { console.log(e.name, e.message) }
try { f.format(Infinity,"day") } catch(e) { console.log(e.name, e.message) }
try { f.formatToParts("x","day") } catch(e) { console.log(e.name, e.message) }
console.log(f.format('3', 'day'), f.format(1e21, 'year'), Intl.RelativeTimeFormat.supportedLocalesOf(['en', 'de']), typeof Intl.RelativeTimeFormat.prototype.formatToParts);
