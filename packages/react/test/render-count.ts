// Counts the components React renders in each commit, the way React DevTools' "highlight updates"
// does: a tiny stand-in for DevTools' global hook sees every committed tree, and a component
// counts when it ran in that commit (its fiber has PerformedWork) or was mounted. Subtrees React
// skipped (same child fibers as before) are not walked. React DOM reads the hook when it loads:
// test/setup.ts imports this module first.

interface Fiber {
  readonly tag: number;
  readonly flags: number;
  readonly type: unknown;
  readonly elementType: unknown;
  readonly child: Fiber | null;
  readonly sibling: Fiber | null;
  readonly alternate: Fiber | null;
}

// React's work tags of components written by people: function, class, forwardRef, memo.
const COMPONENT_TAGS = new Set([0, 1, 11, 14, 15]);
const PERFORMED_WORK = 1;

const nameOf = (fiber: Fiber): string => {
  const type = (fiber.type ?? fiber.elementType) as
    | { displayName?: string; name?: string; render?: { name?: string } }
    | undefined;
  return type?.displayName ?? type?.name ?? type?.render?.name ?? 'Anonymous';
};

function rendered(fiber: Fiber, into: string[]): void {
  const previous = fiber.alternate;
  if (
    COMPONENT_TAGS.has(fiber.tag) &&
    (previous === null || (fiber.flags & PERFORMED_WORK) === PERFORMED_WORK)
  )
    into.push(nameOf(fiber));
  // React reused the whole subtree: nothing under it rendered.
  if (previous !== null && fiber.child === previous.child) return;
  for (let child = fiber.child; child; child = child.sibling) rendered(child, into);
}

let commits: string[][] | null = null;

const hook = {
  supportsFiber: true,
  renderers: new Map(),
  inject: () => 1,
  checkDCE: () => {},
  onScheduleFiberRoot: () => {},
  onCommitFiberUnmount: () => {},
  onPostCommitFiberRoot: () => {},
  onCommitFiberRoot: (_id: number, root: { current: Fiber }) => {
    if (!commits) return; // only while a test counts
    const names: string[] = [];
    for (let child = root.current.child; child; child = child.sibling) rendered(child, names);
    commits.push(names);
  },
};
(globalThis as { __REACT_DEVTOOLS_GLOBAL_HOOK__?: unknown }).__REACT_DEVTOOLS_GLOBAL_HOOK__ = hook;

/**
 * The components rendered by the commits `work` causes, deferred renders included (wait for them
 * inside `work`), in order.
 */
export async function componentsRenderedBy(work: () => Promise<void> | void): Promise<string[]> {
  commits = [];
  try {
    await work();
    return commits.flat();
  } finally {
    commits = null;
  }
}
