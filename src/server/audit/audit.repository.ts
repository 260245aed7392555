import type { Database } from '../db/database.ts';
import type { AuditLogTable } from './audit.table.ts';
import type { AuditQuery } from '../../shared/audit.schema.ts';
import { toIso } from '../db/dialect.ts';

export async function insertAuditEntry(db: Database, entry: AuditLogTable): Promise<void> {
  await db.insertInto('audit_log').values(entry).execute();
}

export async function findAuditEntries(db: Database, query: AuditQuery) {
  let base = db.selectFrom('audit_log');
  if (query.action) base = base.where('action', '=', query.action);
  if (query.actor) {
    const pattern = `%${query.actor.toLowerCase().replaceAll(/[%_\\]/g, '')}%`;
    base = base.where((eb) => eb(eb.fn('lower', ['actor_label']), 'like', pattern));
  }
  if (query.from) base = base.where('at', '>=', new Date(query.from).toISOString());
  if (query.to) base = base.where('at', '<=', new Date(query.to).toISOString());
  const [rows, count] = await Promise.all([
    base.selectAll().orderBy('at', 'desc').orderBy('id', 'desc').limit(query.limit).offset(query.offset).execute(),
    base.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
  ]);
  return {
    total: Number(count.total),
    items: rows.map((row) => ({
      id: row.id,
      at: toIso(row.at),
      actorId: row.actor_id,
      actorLabel: row.actor_label,
      action: row.action,
      targetType: row.target_type,
      targetId: row.target_id,
      ip: row.ip,
      details: JSON.parse(row.details) as Record<string, unknown>,
    })),
  };
}
