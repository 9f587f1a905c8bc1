const d = new Date(Date.UTC(2020, 0, 2, 3, 4, 5, 6));
const d2 = new Date(Date.UTC(2021, 11, 25, 15, 30, 45, 789));
for (const loc of ['en-US','en-GB','de-DE','fr-FR','es-ES','ja-JP']) {
  const o = {timeZone:'UTC'};
  console.log(loc, '|', d.toLocaleString(loc,o), '|', d.toLocaleDateString(loc,o), '|', d.toLocaleTimeString(loc,o), '|', d2.toLocaleString(loc,o));
  for (const ds of ['full','long','medium','short']) console.log('  ', ds, '|', new Intl.DateTimeFormat(loc,{dateStyle:ds,timeZone:'UTC'}).format(d2), '|', new Intl.DateTimeFormat(loc,{timeStyle:ds,timeZone:'UTC'}).format(d2), '|', new Intl.DateTimeFormat(loc,{dateStyle:ds,timeStyle:ds,timeZone:'UTC'}).format(d2));
  console.log('  ', new Intl.DateTimeFormat(loc,{timeZone:'UTC', weekday:'long', year:'numeric', month:'long', day:'numeric'}).format(d2));
  console.log('  ', new Intl.DateTimeFormat(loc,{timeZone:'UTC', year:'numeric', month:'short', day:'numeric'}).format(d2));
  console.log('  ', new Intl.DateTimeFormat(loc,{timeZone:'UTC', month:'long'}).format(d2), new Intl.DateTimeFormat(loc,{timeZone:'UTC', weekday:'short'}).format(d2), new Intl.DateTimeFormat(loc,{timeZone:'UTC', hour:'numeric', minute:'2-digit'}).format(d2));
}
console.log(JSON.stringify(new Intl.DateTimeFormat('en-US').resolvedOptions()));
console.log(JSON.stringify(new Intl.DateTimeFormat('en-US',{dateStyle:'full',timeStyle:'long'}).resolvedOptions()));
console.log(JSON.stringify(new Intl.DateTimeFormat('de',{hour:'numeric'}).resolvedOptions()));
console.log(JSON.stringify(new Intl.DateTimeFormat('en-US',{timeZone:'America/New_York', timeZoneName:'short', hour:'numeric'}).formatToParts(d2)));
console.log(JSON.stringify(new Intl.DateTimeFormat('en-US').formatToParts(d2)));
