interface Thing { name: string }

function boom(t: Thing): never {
  throw new Error('bad ' + t.name);
}

export function run(): void {
  boom({ name: 'x' });
}
run();
