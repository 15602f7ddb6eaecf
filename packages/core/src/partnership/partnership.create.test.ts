import { describe, expect, it } from 'vitest';
import { createPartnership } from './partnership.create';
import { CURRENT_SCHEMA_VERSION, PartnershipSchema } from './partnership.schema';

describe('createPartnership', () => {
  it('makes a valid document at the current version, exploring, with an empty draft matrix', () => {
    const partnership = createPartnership();
    expect(PartnershipSchema.safeParse(partnership).success).toBe(true);
    expect(partnership).toMatchObject({
      schemaVersion: CURRENT_SCHEMA_VERSION,
      status: 'exploring',
      languages: ['fr'],
      primaryLanguage: 'fr',
      raci: { tasks: [], roles: [], status: 'draft' },
      meetings: { records: [] },
    });
    expect(partnership.id).toMatch(/^partnership-/);
  });

  it('leaves undecided things unset rather than inventing them (no start date, no meeting cadence, no agreement)', () => {
    const partnership = createPartnership({ name: { en: 'Demo' } });
    expect(partnership.meetings.cadenceMonths).toBeUndefined();
    expect('agreement' in partnership).toBe(false);
    expect('startedOn' in partnership).toBe(false);
  });

  it('declares the languages it is given, the first one primary unless said otherwise', () => {
    expect(createPartnership({ languages: ['en', 'fr'] })).toMatchObject({
      languages: ['en', 'fr'],
      primaryLanguage: 'en',
    });
    expect(createPartnership({ primaryLanguage: 'en' })).toMatchObject({
      languages: ['en'],
      primaryLanguage: 'en',
    });
  });

  it('uses what it is given', () => {
    expect(createPartnership({ id: 'p-1', status: 'active' })).toMatchObject({
      id: 'p-1',
      status: 'active',
    });
  });
});
