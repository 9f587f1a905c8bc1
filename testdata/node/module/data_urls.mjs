// import() of data: URLs: JavaScript (plain and base64), JSON, and the errors of the rest.
for (const u of ['data:text/javascript,export default 1', 'data:text/javascript;base64,' + Buffer.from('export const b = 2').toString('base64'), 'data:application/json,{"a":1}', 'data:text/plain,hi', 'data:,x', 'data:text/javascript,import "./x.mjs"', 'data:text/javascript,export default import.meta.url.length']) {
  try { console.log(u.slice(0, 30), await import(u, u.includes('json') ? { with: { type: 'json' } } : undefined)); } catch (e) { console.log(u.slice(0, 30), e.name, e.code, e.message); }
}
try { await import('data:application/json,{"a":1}') } catch (e) { console.log(e.code, e.message) }
