/** Angles in radians, measured clockwise from 12 o'clock (d3-shape's convention). */
export type Radians = number & { readonly __unit: 'radians' };
/** A fraction of the full circle, 0 to 1, in the model's own (unzoomed) space. */
export type Turns = number & { readonly __unit: 'turns' };

export const turns = (n: number) => n as Turns;
export const radians = (n: number) => n as Radians;

/** @example toDegrees(radians(Math.PI)) // 180 */
export const toDegrees = (a: Radians) => (a * 180) / Math.PI;

/** A point at an angle and distance from the centre. */
export function polar(angle: Radians, radius: number): { x: number; y: number } {
  return { x: radius * Math.sin(angle), y: -radius * Math.cos(angle) };
}
