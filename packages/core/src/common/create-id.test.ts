import { describe, expect, it } from 'vitest';
import { IdSchema } from './common.schema';
import { createId, nextId } from './create-id';

describe('createId', () => {
  it('makes 12 lower-case letters or digits after the prefix, valid as an id', () => {
    const id = createId('task');
    expect(id).toMatch(/^task-[0-9a-z]{12}$/);
    expect(IdSchema.safeParse(id).success).toBe(true);
    expect(createId()).toMatch(/^[0-9a-z]{12}$/);
  });

  it('does not repeat itself over many calls', () => {
    const ids = new Set(Array.from({ length: 20_000 }, () => createId()));
    expect(ids.size).toBe(20_000);
  });
});

describe('nextId', () => {
  it('returns the first free prefix-N', () => {
    expect(nextId('task', [])).toBe('task-1');
    expect(nextId('task', ['task-1', 'task-2', 'task-4'])).toBe('task-3');
    expect(nextId('role', ['task-1'])).toBe('role-1');
  });
});
