import pc from 'picocolors';
import type { Io } from '../io.js';

export type Colors = ReturnType<typeof pc.createColors>;

/** Colours only on a terminal, and never when NO_COLOR is set (https://no-color.org); FORCE_COLOR turns them on. */
export function colorsFor(io: Pick<Io, 'env' | 'isTTY'>): Colors {
  const noColor = io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '';
  const force = io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0';
  return pc.createColors(!noColor && (force || io.isTTY));
}
