/**
 * Settings live in one key/value table. Each area keeps its settings under its own key, as one
 * JSON object validated by that area's schema, so adding a setting needs no migration.
 */
import type { z } from 'zod';
import type { Db } from '../db/types';

const SELECT = 'SELECT value FROM settings WHERE key = ?';
const UPSERT = 'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value';

export function readSettings<S extends z.ZodType>(db: Db, key: string, schema: S): z.output<S> {
  const row = db.prepare<[string], { value: string }>(SELECT).get(key);
  let stored: unknown = {};
  if (row) {
    try {
      stored = JSON.parse(row.value);
    } catch {
      stored = {};
    }
  }
  const parsed = schema.safeParse(stored);
  // A setting that no longer passes (e.g. an older, looser rule) falls back to the defaults.
  return parsed.success ? parsed.data : schema.parse({});
}

export function writeSettings<S extends z.ZodType>(db: Db, key: string, schema: S, patch: Partial<z.output<S>>): z.output<S> {
  return db.transaction(() => {
    const current = readSettings(db, key, schema) as Record<string, unknown>;
    const next = schema.parse({ ...current, ...patch });
    db.prepare(UPSERT).run(key, JSON.stringify(next));
    return next;
  })();
}
