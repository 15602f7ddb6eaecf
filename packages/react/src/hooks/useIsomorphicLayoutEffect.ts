import { useEffect, useLayoutEffect } from 'react';

/**
 * `useLayoutEffect` in the browser (measure before paint), `useEffect` on the server, where
 * neither runs: React 18's server renderer warns on every `useLayoutEffect` it meets, and a
 * portal rendering our components on the server would see that warning once per grid.
 */
export const useIsomorphicLayoutEffect =
  typeof document === 'undefined' ? useEffect : useLayoutEffect;
