import { v7 as uuidv7 } from 'uuid';
import type { AuditAction, AuditQuery } from '../../shared/audit.schema.ts';
import type { Actor } from '../auth/actor.ts';
import { assertCan } from '../auth/policy.ts';
import type { Database } from '../db/database.ts';
import { nowIso } from '../db/dialect.ts';
import { findAuditEntries, insertAuditEntry } from './audit.repository.ts';

export interface AuditEvent {
  actor: { id: string; email: string } | null;
  actorLabel?: string;
  action: AuditAction;
  target?: { type: string; id: string };
  ip: string;
  details?: Record<string, unknown>;
}

export async function recordAudit(db: Database, event: AuditEvent): Promise<void> {
  await insertAuditEntry(db, {
    id: uuidv7(),
    at: nowIso(),
    actor_id: event.actor?.id ?? null,
    actor_label: event.actorLabel ?? event.actor?.email ?? '',
    action: event.action,
    target_type: event.target?.type ?? null,
    target_id: event.target?.id ?? null,
    ip: event.ip,
    details: JSON.stringify(event.details ?? {}),
  });
}

export async function listAudit(db: Database, actor: Actor, query: AuditQuery) {
  assertCan(actor, 'audit:read');
  return findAuditEntries(db, query);
}
