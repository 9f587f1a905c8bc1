const d = new Date(Date.UTC(2021, 11, 5, 3, 7, 9, 45));
const combos = [
 {year:'numeric'},{month:'numeric'},{month:'long'},{month:'short'},{month:'narrow'},{day:'numeric'},{weekday:'long'},{weekday:'short'},{weekday:'narrow'},
 {year:'numeric',month:'numeric'},{year:'numeric',month:'short'},{year:'numeric',month:'long'},{month:'numeric',day:'numeric'},{month:'short',day:'numeric'},{month:'long',day:'numeric'},
 {year:'numeric',month:'numeric',day:'numeric'},{year:'2-digit',month:'2-digit',day:'2-digit'},{year:'numeric',month:'2-digit',day:'2-digit'},
 {year:'numeric',month:'short',day:'numeric'},{year:'numeric',month:'long',day:'numeric'},{weekday:'short',year:'numeric',month:'short',day:'numeric'},
 {weekday:'long',month:'long',day:'numeric'},{weekday:'short',month:'numeric',day:'numeric'},{weekday:'short',year:'numeric',month:'numeric',day:'numeric'},{weekday:'long',day:'numeric'},
 {hour:'numeric'},{hour:'2-digit'},{hour:'numeric',minute:'numeric'},{hour:'2-digit',minute:'2-digit'},{hour:'numeric',minute:'2-digit',second:'2-digit'},{minute:'numeric'},{second:'numeric'},{minute:'numeric',second:'numeric'},
 {hour:'numeric',hour12:false},{hour:'numeric',minute:'numeric',hour12:false},{hour:'numeric',minute:'numeric',hourCycle:'h23'},{hour:'numeric',minute:'numeric',hourCycle:'h11'},{hour:'numeric',minute:'numeric',hourCycle:'h24'},
 {hour:'numeric',minute:'numeric',second:'numeric',fractionalSecondDigits:2},{second:'numeric',fractionalSecondDigits:3},{fractionalSecondDigits:3},
 {year:'numeric',month:'numeric',day:'numeric',hour:'numeric',minute:'numeric'},{year:'numeric',month:'short',day:'numeric',hour:'numeric',minute:'numeric'},{year:'numeric',month:'long',day:'numeric',hour:'numeric',minute:'numeric'},
 {weekday:'long',year:'numeric',month:'long',day:'numeric',hour:'numeric',minute:'numeric',second:'numeric'},
 {era:'short'},{era:'long',year:'numeric'},{era:'short',year:'numeric',month:'numeric',day:'numeric'},{era:'narrow',year:'numeric',month:'short',day:'numeric'},
 {timeZoneName:'short'},{timeZoneName:'long'},{hour:'numeric',timeZoneName:'short'},{timeZoneName:'shortOffset'},{timeZoneName:'longOffset'},{year:'numeric',timeZoneName:'short'},
 {dateStyle:'short',timeStyle:'short',hour12:false},{timeStyle:'medium',hourCycle:'h23'}, {dayPeriod:'short'},{hour:'numeric',dayPeriod:'long'}
];
for (const tz of ['UTC','America/New_York','Europe/Berlin','Asia/Kolkata']) {
for (const c of combos) {
  try {
  const f = new Intl.DateTimeFormat('en-US', {...c, timeZone: tz});
  const ro = f.resolvedOptions(); delete ro.locale; delete ro.calendar; delete ro.numberingSystem; delete ro.timeZone;
  console.log(tz, JSON.stringify(c), '=>', JSON.stringify(f.format(d)), JSON.stringify(ro));
  } catch (e) { console.log(JSON.stringify(c), e.message); }
  if (tz !== 'UTC' && !('timeZoneName' in c)) continue;
}}
