import type { WindowState } from './settings';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Saved bounds, kept only if the window would still be visible: a monitor unplugged since last time must
 * not leave the window off-screen. At least 100×50 px of its title area has to land on some display.
 */
export function fitToDisplays(saved: WindowState, workAreas: readonly Rect[]): WindowState {
  if (saved.x === undefined || saved.y === undefined) return saved;
  const { x, y } = saved;
  const visible = workAreas.some(
    (area) =>
      x + saved.width - 100 >= area.x &&
      x + 100 <= area.x + area.width &&
      y >= area.y &&
      y + 50 <= area.y + area.height,
  );
  if (visible) return saved;
  return { width: saved.width, height: saved.height, maximized: saved.maximized };
}
