import { unit } from './_lib/shapes.js';

interface Shape { area(): number; name: string }
enum Kind { Circle = 'circle', Square = 'square' }

class Circle implements Shape {
  name = Kind.Circle;
  constructor(private readonly r: number) {}
  area(): number { return Math.round(Math.PI * this.r ** 2 * 100) / 100; }
}
class Square implements Shape {
  name: string = Kind.Square;
  constructor(public side: number) {}
  area() { return this.side * this.side; }
}
function total<T extends Shape>(shapes: readonly T[]): number {
  return shapes.reduce((sum, s) => sum + s.area(), 0);
}
const shapes: Shape[] = [new Circle(1), new Square(3)];
for (const s of shapes) console.log(`${s.name}: ${s.area()} ${unit}²`);
console.log('total', total(shapes));
type Pair = [string, number];
const p: Pair = ['a', 1];
console.log(p, Kind);
const maybe: string | undefined = undefined;
console.log(maybe ?? 'default', (maybe as any)?.length);
