export default function () { return 1; }
export const arrow = () => 2;
class S { static { this.x = 1; } }
class T { static a = 1; static { this.y = 2; } }
class U { static { this.z = 3; } static b = () => 4; }
const top = await Promise.resolve(5);
if (top === 5) {
  console.log('five');
} else {
  console.log('other');
}
for await (const v of [1, 2]) { if (v > 1) break; }
function fin() {
  for (let i = 0; i < 3; i++) {
    try {
      if (i === 1) continue;
      if (i === 2) return i;
    } catch (e) {
      console.log(e);
    } finally {
      console.log('f', i);
    }
  }
  return -1;
}
fin();
label: for (const x of [1]) { continue label; }
