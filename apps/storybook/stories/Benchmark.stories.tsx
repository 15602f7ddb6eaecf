import type { RaciMatrix as Matrix } from '@partnership-kit/core';
import { RaciMatrix } from '@partnership-kit/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { type KeyboardEvent, useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { largeMatrix, organizations } from './raci.data';

// The page behind `pnpm bench:react` (scripts/bench-react.mjs): it mounts each grid in a fresh
// root, times first render and cell edits in real Chromium, and counts the components React
// renders per edit (through the DevTools hook of .storybook/preview-head.html). Not a test:
// tagged '!test' and left out of the sidebar with '!dev'.

type Fiber = {
  tag: number;
  flags: number;
  alternate: Fiber | null;
  child: Fiber | null;
  sibling: Fiber | null;
  type: unknown;
  elementType: unknown;
};
const COMPOSITE = new Set([0, 1, 11, 14, 15]);
const PERFORMED_WORK = 1;

// Fibers of the previous commit. A component that rendered in this commit is a fiber object that
// was not in the previous tree (React swaps in its alternate); a subtree that bailed out keeps the
// very same objects, whose PerformedWork flag is left over from an earlier render.
let previous = new WeakSet<Fiber>();

function renderedComponents(root: { current: Fiber }): string[] {
  const names: string[] = [];
  const seen = new WeakSet<Fiber>();
  const stack: Fiber[] = root.current.child ? [root.current.child] : [];
  while (stack.length > 0) {
    const fiber = stack.pop() as Fiber;
    seen.add(fiber);
    const rendered =
      !previous.has(fiber) && (fiber.alternate === null || (fiber.flags & PERFORMED_WORK) !== 0);
    if (COMPOSITE.has(fiber.tag) && rendered) {
      // elementType keeps the memo() wrapper, whose displayName survives minification.
      const element = fiber.elementType as { displayName?: string; name?: string } | null;
      const type = fiber.type as { displayName?: string; name?: string } | null;
      names.push(
        element?.displayName || type?.displayName || element?.name || type?.name || 'anonymous',
      );
    }
    if (fiber.sibling) stack.push(fiber.sibling);
    if (fiber.child) stack.push(fiber.child);
  }
  previous = seen;
  return names;
}

/** The naive version: plain useState, every cell rendered, no memo — the comparison baseline. */
function NaiveTable({ initial }: { initial: Matrix }) {
  const [matrix, setMatrix] = useState(initial);
  return (
    <table>
      <tbody>
        {matrix.tasks.map((task, r) => (
          <tr key={task.id}>
            <th>{task.label}</th>
            {matrix.roles.map((role, c) => (
              // biome-ignore lint/a11y/noNoninteractiveElementInteractions: the naive baseline is deliberately a plain table.
              <td
                key={role.id}
                tabIndex={-1}
                data-row={r + 1}
                data-col={c + 2}
                onKeyDown={(event: KeyboardEvent) => {
                  const letter = event.key.toUpperCase() as 'R';
                  setMatrix((m) => ({
                    ...m,
                    cells: { ...m.cells, [task.id]: { ...m.cells[task.id], [role.id]: [letter] } },
                  }));
                }}
              >
                {(matrix.cells[task.id]?.[role.id] ?? []).join('/')}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

async function measure(
  name: string,
  element: React.ReactElement,
  cell: [number, number],
  batches = 9,
  perBatch = 40,
) {
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  const t0 = performance.now();
  flushSync(() => root.render(element));
  const firstRender = performance.now() - t0;
  await new Promise((resolve) => setTimeout(resolve, 50));
  const target = () =>
    host.querySelector<HTMLElement>(
      `[data-row="${cell[0]}"][data-col="${cell[1]}"]`,
    ) as HTMLElement;
  target().focus();
  // performance.now() is coarsened to 0.1 ms in a page that is not cross-origin isolated, so
  // edits are timed in batches: the per-edit time is a batch's mean, and the median of batches
  // smooths out garbage collection and a busy machine.
  const batchMeans: number[] = [];
  let n = 0;
  const edit = () => {
    const key = n % 2 === 0 ? 'c' : 'i';
    n += 1;
    // React flushes the update of a keydown in a microtask; flushSync makes it happen here, so
    // the time includes render and commit.
    inEdit = true;
    flushSync(() => {
      target().dispatchEvent(
        new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }),
      );
    });
    inEdit = false;
  };
  // Count the commit of the edit itself; deferred renders (rule checks) commit later, apart.
  let rendered: string[] = [];
  let inEdit = false;
  (window as unknown as { __pkOnCommit?: (root: { current: Fiber }) => void }).__pkOnCommit = (
    fiberRoot,
  ) => {
    const names = renderedComponents(fiberRoot);
    if (inEdit) rendered = names;
  };
  for (let batch = 0; batch < batches; batch += 1) {
    const start = performance.now();
    for (let i = 0; i < perBatch; i += 1) edit();
    batchMeans.push((performance.now() - start) / perBatch);
    // Let deferred renders (rule checks, the issue list) run between batches, as they would.
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const times = batchMeans;
  (window as unknown as { __pkOnCommit?: unknown }).__pkOnCommit = undefined;
  root.unmount();
  host.remove();
  return {
    name,
    firstRenderMs: firstRender,
    editMedianMs: median(times),
    renderedPerEdit: rendered.length,
    components: rendered,
  };
}

function Runner() {
  useEffect(() => {
    (window as unknown as { __pkBench?: unknown }).__pkBench = {
      async run() {
        const small = largeMatrix(10, 5);
        const large = largeMatrix(200, 15);
        const results = [];
        // Warm up the code paths once, then measure.
        await measure(
          'warm-up',
          <RaciMatrix
            aria-label="RACI"
            organizations={organizations}
            defaultValue={small}
            showWorkload={false}
          />,
          [2, 3],
          2,
          20,
        );
        results.push(
          await measure(
            'RaciMatrix 10×5',
            <RaciMatrix aria-label="RACI" organizations={organizations} defaultValue={small} />,
            [5, 3],
          ),
        );
        results.push(
          await measure(
            'RaciMatrix 200×15',
            <RaciMatrix aria-label="RACI" organizations={organizations} defaultValue={large} />,
            [100, 8],
          ),
        );
        results.push(await measure('naive table 200×15', <NaiveTable initial={large} />, [100, 8]));
        return results;
      },
    };
  }, []);
  return <p>Benchmark page: run window.__pkBench.run() (pnpm bench:react does).</p>;
}

const meta = {
  title: 'Benchmarks/RACI',
  component: Runner,
  tags: ['!test', '!dev', '!autodocs'],
} satisfies Meta<typeof Runner>;

export default meta;

export const Measure: StoryObj<typeof meta> = {};
