import { describe, expect, it } from 'vitest';
import { fitToDisplays } from '../../electron/main/windowState';

const laptop = { x: 0, y: 0, width: 1440, height: 900 };
const external = { x: 1440, y: 0, width: 2560, height: 1440 };

describe('fitToDisplays', () => {
  it('keeps bounds that are on a display', () => {
    const saved = { x: 1600, y: 100, width: 1200, height: 800, maximized: false };
    expect(fitToDisplays(saved, [laptop, external])).toEqual(saved);
  });

  it('drops the position when that display is gone, keeping the size', () => {
    const saved = { x: 1600, y: 100, width: 1200, height: 800, maximized: true };
    expect(fitToDisplays(saved, [laptop])).toEqual({ width: 1200, height: 800, maximized: true });
  });

  it('drops a position whose title bar is above the screen', () => {
    expect(
      fitToDisplays({ x: 10, y: -400, width: 1000, height: 800, maximized: false }, [laptop]).x,
    ).toBeUndefined();
  });

  it('leaves a state without position alone', () => {
    expect(fitToDisplays({ width: 1000, height: 700, maximized: false }, [])).toEqual({
      width: 1000,
      height: 700,
      maximized: false,
    });
  });
});
