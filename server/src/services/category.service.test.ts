import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTempDatabase, type TempDatabase } from '../../test/support/temp-database';
import { listCategories } from './category.service';

let temp: TempDatabase;
beforeAll(async () => {
  temp = await createTempDatabase();
}, 60_000);
afterAll(() => temp.close());

describe('listCategories', () => {
  it('lists the whole taxonomy with item counts from the loaded sample benchmark', async () => {
    const categories = await listCategories(temp.db);
    expect(categories.map((c) => c.name)).toEqual(['Art & Sports', 'Culture', 'HASS', 'Science', 'Social Intelligence', 'Tech.']);
    expect(categories.flatMap((c) => c.fines)).toHaveLength(63);
    const science = categories.find((c) => c.name === 'Science')!;
    const math = science.fines.find((f) => f.name === 'Science/Math')!;
    expect(math.itemCount).toBe(await temp.db.itemSubject.count({ where: { subject: 'Science/Math' } }));
    expect(math.itemCount).toBeGreaterThan(100);
    expect(science.itemCount).toBeGreaterThanOrEqual(math.itemCount);
    expect(categories.find((c) => c.name === 'Art & Sports')!.itemCount).toBe(0);
    const korean = await listCategories(temp.db, 'Korean');
    expect(korean.find((c) => c.name === 'Science')!.itemCount).toBeLessThan(science.itemCount);
  });
});
