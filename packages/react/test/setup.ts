// First, before React DOM loads: the render counter's stand-in for DevTools' hook.
import './render-count';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// Vitest runs without globals, so Testing Library cannot register its own cleanup.
afterEach(() => {
  cleanup();
});

/**
 * A stand-in for the 2D canvas jsdom lacks. axe's label-in-name rule (WCAG 2.5.3) draws each
 * text to tell icon-font ligatures from words; without a canvas the check fails on every text
 * (jsdom prints "Not implemented: getContext") and the rule is never really applied. Here every
 * glyph is drawn and has a width, so every text is read as words — which is what our components
 * show (they use no icon fonts) — and the rule compares names with visible labels for real.
 */
function fakeContext(canvas: HTMLCanvasElement) {
  let drawn = false;
  return {
    canvas,
    font: '',
    textAlign: 'left',
    textBaseline: 'top',
    measureText: (text: string) => ({ width: 10 * text.length }),
    fillText: () => {
      drawn = true;
    },
    clearRect: () => {
      drawn = false;
    },
    getImageData: (_x: number, _y: number, width: number, height: number) => ({
      data: new Uint8ClampedArray(Math.max(1, Math.ceil(width) * Math.ceil(height) * 4)).fill(
        drawn ? 255 : 0,
      ),
    }),
  };
}

if (typeof HTMLCanvasElement !== 'undefined') {
  HTMLCanvasElement.prototype.getContext = function getContext(this: HTMLCanvasElement) {
    return fakeContext(this);
  } as unknown as typeof HTMLCanvasElement.prototype.getContext;
}
