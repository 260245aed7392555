import { v7 as uuidv7 } from 'uuid';
import type { z } from 'zod';
import {
  type BranchSafetyContacts,
  EMERGENCY_NUMBER,
  type SafetyContact,
  type SaveSafetyContactsSchema,
} from '../../shared/safety-contacts.schema.ts';
import type { Actor, RequestContext } from '../auth/actor.ts';
import { assertCan, can } from '../auth/policy.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { getBranch } from '../branches/branches.service.ts';
import type { Database } from '../db/database.ts';
import { nowIso, toIso } from '../db/dialect.ts';
import { forbidden } from '../errors.ts';
import { editorName, listSafetyContactRows, replaceSafetyContactRows, type SafetyContactRow } from './safety-contacts.repository.ts';

type SaveSafetyContacts = z.output<typeof SaveSafetyContactsSchema>;

const DEFAULT_CONTACTS: readonly SafetyContact[] = [{ kind: 'police', label: '', phone: EMERGENCY_NUMBER, note: '' }];

/** The managers of the branch and administrators keep its safety contacts. */
export function canEditSafetyContacts(actor: Actor, branchId: string): boolean {
  return can(actor, 'safety:manage') && (actor.role === 'admin' || actor.branchIds.includes(branchId));
}

function toContact(row: SafetyContactRow): SafetyContact {
  return { kind: row.kind, label: row.label, phone: row.phone, note: row.note };
}

export async function getSafetyContacts(db: Database, context: RequestContext, branchId: string): Promise<BranchSafetyContacts> {
  const branch = await getBranch(db, context, branchId);
  const rows = await listSafetyContactRows(db, branchId);
  const last = rows.reduce<SafetyContactRow | undefined>(
    (latest, row) => (!latest || row.updated_at > latest.updated_at ? row : latest),
    undefined,
  );
  const editorId = last?.updated_by ?? null;
  return {
    branchId,
    branchName: branch.name,
    configured: rows.length > 0,
    contacts: rows.length > 0 ? rows.map(toContact) : [...DEFAULT_CONTACTS],
    updatedAt: last ? toIso(last.updated_at) : null,
    updatedBy: editorId ? { id: editorId, name: await editorName(db, editorId) } : null,
    canEdit: canEditSafetyContacts(context.actor, branchId),
  };
}

export async function saveSafetyContacts(
  db: Database,
  context: RequestContext,
  branchId: string,
  input: SaveSafetyContacts,
): Promise<BranchSafetyContacts> {
  assertCan(context.actor, 'safety:manage');
  return db.transaction().execute(async (trx) => {
    await getBranch(trx, context, branchId);
    if (!canEditSafetyContacts(context.actor, branchId)) throw forbidden();
    const now = nowIso();
    const rows = input.contacts.map((contact, position) => ({
      id: uuidv7(),
      branch_id: branchId,
      position,
      ...contact,
      updated_at: now,
      updated_by: context.actor.id,
    }));
    await replaceSafetyContactRows(trx, branchId, rows);
    await recordAudit(trx, {
      actor: context.actor,
      action: 'branch.safety_contacts_changed',
      target: { type: 'branch', id: branchId },
      ip: context.ip,
      details: { contacts: rows.length },
    });
    return getSafetyContacts(trx, context, branchId);
  });
}
