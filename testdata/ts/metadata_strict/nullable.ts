// Under strictNullChecks ("strict" here) tsc keeps null and undefined in a
// union's metadata, so a nullable type gives Object. Expected output as in
// ../metadata/decorators.ts, from ts.transpileModule (TypeScript 5.9).
const R = Reflect as any;
R.metadata = (key: string, value: unknown) => (target: any, member?: string) => {
  console.log(`${member} ${key}: ${typeof value === 'function' ? value.name : String(value)}`);
};
const dec = (..._args: unknown[]) => {};

class Local {}

class Nullable {
  @dec a!: string | null;
  @dec b?: string;
  @dec c!: Local | undefined;
  @dec d!: null;
  @dec e!: string | never;
}
void Nullable;
