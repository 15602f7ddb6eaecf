import { createRoot } from 'react-dom/client';
import type { GridAdapter } from './grids/adapter';
import { benchMatrix, type EditTarget, editTarget, SIZES, type SizeName } from './matrix';

// One page per grid and size: `?grid=ours|naive|aggrid&size=10x5|200x15|1000x15`. The page loads
// the grid's code and builds the matrix, then mounts the grid at once, or, with `&mount=manual`,
// when `window.__pkBench.mount()` is called (scripts/bench-react.mjs does that, so the mount can
// be measured on its own). Each grid is its own chunk: a page loads only the grid it shows.

const GRIDS = {
  ours: () => import('./grids/ours'),
  naive: () => import('./grids/naive'),
  aggrid: () => import('./grids/aggrid'),
} satisfies Record<string, () => Promise<{ adapter: GridAdapter }>>;

type GridName = keyof typeof GRIDS;
type Letter = 'C' | 'I';

/** What the benchmark script reads and calls (`window.__pkBench`). */
export interface PkBench {
  grid: GridName;
  size: SizeName;
  tasks: number;
  roles: number;
  /** loading → loaded (code and matrix ready) → mounting → ready (first rows painted), or error. */
  state: 'loading' | 'loaded' | 'mounting' | 'ready' | 'error';
  error?: string;
  /** `performance.now()` (ms since navigation start) when the code and the matrix were ready. */
  loadedAt?: number;
  mountStartedAt?: number;
  /** When the first rows were painted (two animation frames after they were in the DOM). */
  readyAt?: number;
  /** The cell every edit goes to. */
  target: EditTarget;
  /** Mounts the grid; resolves once its first rows are painted. */
  mount(): Promise<void>;
  /** Scrolls the target cell into view and focuses it; resolves with whether it has focus, painted. */
  focusTarget(): Promise<boolean>;
  /** Whether the target cell has keyboard focus. */
  hasFocus(): boolean;
  /** The letter the target cell shows (C or I), or null. */
  letter(): Letter | null;
  /**
   * Starts watching the target cell (a MutationObserver, so nothing runs until the grid changes
   * the DOM): `expected` resolves once the cell shows `letter` and two animation frames have run
   * since (the change was painted), with the keydown's time stamp and that paint's time.
   */
  expect(letter: Letter): void;
  expected?: Promise<{ keydownAt: number; paintedAt: number }>;
  /** Resolves after two animation frames (a paint). */
  frames(): Promise<void>;
}

const params = new URLSearchParams(location.search);
const gridName = (params.get('grid') ?? 'ours') as GridName;
const sizeName = (params.get('size') ?? '10x5') as SizeName;
const size = SIZES[sizeName] ?? SIZES['10x5'];
const host = document.getElementById('root') as HTMLElement;

const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
const frames = async () => {
  await frame();
  await frame();
};

/** C or I as a whole token of the cell's text (a hidden label such as "Consulted" does not count). */
function shows(cell: HTMLElement | null, letter: Letter): boolean {
  const text = cell?.textContent ?? '';
  const token = (l: string) => new RegExp(`(^|[^A-Za-z])${l}([^A-Za-z]|$)`).test(text);
  return token(letter) && !token(letter === 'C' ? 'I' : 'C');
}

async function start() {
  const loader = GRIDS[gridName];
  if (!loader) throw new Error(`Unknown grid "${gridName}": use ours, naive or aggrid.`);
  const { adapter } = await loader();
  const matrix = benchMatrix(size.tasks, size.roles);
  const target = editTarget(size.tasks, size.roles);
  const first = { taskIndex: 0, roleIndex: 0, roleId: 'role-1' };
  const cell = () => adapter.cell(host, target);

  bench.target = target;
  bench.mount = async () => {
    bench.state = 'mounting';
    bench.mountStartedAt = performance.now();
    createRoot(host, { onUncaughtError: fail }).render(adapter.element(matrix));
    // Ready = the first row's cells are in the DOM; then two frames so that they were painted.
    while (!adapter.cell(host, first)?.textContent) {
      if (bench.error !== undefined) throw new Error(bench.error);
      if (performance.now() - bench.mountStartedAt > 30_000) throw new Error('no rows after 30 s');
      await frame();
    }
    await frames();
    bench.readyAt = performance.now();
    bench.state = 'ready';
  };
  bench.hasFocus = () => {
    const element = cell();
    return element?.contains(document.activeElement) ?? false;
  };
  bench.focusTarget = async () => {
    for (let attempt = 0; attempt < 120 && !bench.hasFocus(); attempt += 1) {
      adapter.focus(host, target);
      await frame();
    }
    await frames();
    return bench.hasFocus();
  };
  bench.letter = () => {
    const element = cell();
    return shows(element, 'C') ? 'C' : shows(element, 'I') ? 'I' : null;
  };
  bench.expect = (letter) => {
    let keydownAt = Number.NaN;
    const onKeyDown = (event: KeyboardEvent) => {
      keydownAt = event.timeStamp;
    };
    window.addEventListener('keydown', onKeyDown, { capture: true, once: true });
    bench.expected = new Promise<void>((resolve) => {
      // The cell may be replaced by the grid: it is looked up again on every change.
      if (shows(cell(), letter)) return resolve();
      const observer = new MutationObserver(() => {
        if (!shows(cell(), letter)) return;
        observer.disconnect();
        resolve();
      });
      observer.observe(host, { subtree: true, childList: true, characterData: true });
    }).then(async () => {
      await frames();
      return { keydownAt, paintedAt: performance.now() };
    });
  };
  bench.loadedAt = performance.now();
  bench.state = 'loaded';
  if (params.get('mount') !== 'manual') await bench.mount();
}

const bench = {
  grid: gridName,
  size: sizeName,
  tasks: size.tasks,
  roles: size.roles,
  state: 'loading',
  frames,
} as PkBench;
(window as unknown as { __pkBench: PkBench }).__pkBench = bench;

/** Any error stops the page: its figures would mean nothing. */
function fail(error: unknown) {
  bench.state = 'error';
  bench.error = error instanceof Error ? (error.stack ?? error.message) : String(error);
  host.textContent = `Benchmark page failed: ${bench.error}`;
}
window.addEventListener('error', (event) => fail(event.error ?? event.message));
window.addEventListener('unhandledrejection', (event) => fail(event.reason));
start().catch(fail);
