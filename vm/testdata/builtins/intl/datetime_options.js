const m = new Date(Date.UTC(2021, 11, 5, 0, 7, 9));
const n = new Date(Date.UTC(2021, 11, 5, 12, 7, 9));
for (const loc of ['en-US','en-GB','de-DE','ja-JP','fr-FR'])
for (const o of [{hour12:false},{hour12:true},{hourCycle:'h11'},{hourCycle:'h24'},{hourCycle:'h23'},{hourCycle:'h12'}]) {
  const f = new Intl.DateTimeFormat(loc, {...o, hour:'numeric', minute:'numeric', timeZone:'UTC'});
  console.log(loc, JSON.stringify(o), f.format(m), '|', f.format(n), f.resolvedOptions().hourCycle, f.resolvedOptions().hour12, f.resolvedOptions().hour);
}
const tries = [()=>new Intl.DateTimeFormat('en',{dateStyle:'short',hour:'numeric'}), ()=>new Date().toLocaleDateString('en',{timeStyle:'short'}), ()=>new Date().toLocaleTimeString('en',{dateStyle:'short'}),
 ()=>new Intl.DateTimeFormat('en',{timeZone:'Mars/Base'}), ()=>new Intl.DateTimeFormat('en').format(NaN), ()=>Intl.DateTimeFormat.prototype.format.call({}), ()=>Intl.DateTimeFormat.prototype.resolvedOptions.call(1),
 ()=>new Intl.DateTimeFormat('en_US'), ()=>new Intl.DateTimeFormat('en',{month:'longer'}), ()=>new Intl.DateTimeFormat('en',null), ()=>new Intl.NumberFormat('en',{style:'currency'}), ()=>new Intl.NumberFormat('en',{style:'currency',currency:'US'}),
 ()=>new Intl.NumberFormat('en',{maximumFractionDigits:200}), ()=>new Intl.NumberFormat('en',{minimumFractionDigits:3,maximumFractionDigits:1}),()=>new Intl.NumberFormat('en',{style:'unit'}),()=>new Intl.NumberFormat('en',{style:'unit',unit:'parsec'}),
 ()=>Intl.getCanonicalLocales([1]), ()=>Intl.supportedValuesOf('foo'), ()=>new Intl.PluralRules('en',{type:'x'}), ()=>Intl.DateTimeFormat.supportedLocalesOf(['en-US','xx','de']),
 ()=>new Intl.DateTimeFormat('en',{timeZone:'utc'}).resolvedOptions().timeZone, ()=>new Intl.DateTimeFormat('en',{timeZone:'Etc/UTC'}).resolvedOptions().timeZone, ()=>new Intl.DateTimeFormat('en',{timeZone:'america/new_york'}).resolvedOptions().timeZone,()=>new Intl.DateTimeFormat('en',{timeZone:'Etc/GMT+5'}).resolvedOptions().timeZone,
 ()=>new Intl.DateTimeFormat('en',{timeZone:'GMT'}).resolvedOptions().timeZone, ()=>new Intl.DateTimeFormat('en',{timeZone:'Asia/Calcutta'}).resolvedOptions().timeZone,
 ()=>Object.prototype.toString.call(Intl), ()=>Object.prototype.toString.call(new Intl.DateTimeFormat()), ()=>typeof Intl.DateTimeFormat.prototype.format, ()=>new Intl.DateTimeFormat().format === new Intl.DateTimeFormat().format,
 ()=>{const f=new Intl.DateTimeFormat(); return f.format===f.format && f.format.name + f.format.length}, ()=>Intl.DateTimeFormat.length + ' ' + Intl.NumberFormat.length+ ' ' + Intl.Collator.length,
 ()=>new Intl.DateTimeFormat('en-u-hc-h23',{hour:'numeric'}).resolvedOptions().locale,()=>new Intl.NumberFormat('zz').resolvedOptions().locale,
 ()=>Intl.DateTimeFormat('en').format(0), ()=>new Intl.DateTimeFormat('en').format('2020-01-01'), ()=>new Intl.DateTimeFormat('en',{timeZone:'UTC'}).format(8.64e15),()=>new Intl.DateTimeFormat('en',{timeZone:'UTC'}).format(-8.64e15),()=>new Date(-8.64e15).toLocaleString('en',{timeZone:'UTC'}),
 ()=>new Date(Date.UTC(-50,6,4)).toLocaleString('en',{timeZone:'UTC'}), ()=>new Date(Date.UTC(-50,6,4)).toLocaleString('en',{timeZone:'UTC', era:'short'}), ()=>new Intl.DateTimeFormat('en',{timeZone:'UTC', year:'2-digit'}).format(Date.UTC(5,0,1)),
];
for (const t of tries) { try { console.log(String(t).slice(6,60), '=>', t()); } catch (e) { console.log(String(t).slice(6,60), '=>', e.constructor.name + ': ' + e.message); } }
