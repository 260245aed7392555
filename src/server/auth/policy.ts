import type { Role } from '../../shared/users.schema.ts';
import { forbidden } from '../errors.ts';
import type { Actor } from './actor.ts';

export type Permission =
  | 'user:manage'
  | 'branch:manage'
  | 'branch:read'
  | 'audit:read'
  | 'user:read-directory'
  | 'practice:read'
  | 'practice:write'
  | 'practice:review'
  | 'practice:import'
  | 'practice:settings'
  | 'referral:read'
  | 'referral:manage'
  | 'safety:manage'
  | 'incident:write'
  | 'incident:overview'
  | 'interaction:log'
  | 'retention:manage'
  | 'gap:manage'
  | 'search:vocabulary';

const GRANTS: Record<Role, ReadonlySet<Permission>> = {
  admin: new Set([
    'user:manage',
    'branch:manage',
    'branch:read',
    'audit:read',
    'user:read-directory',
    'practice:read',
    'practice:write',
    'practice:review',
    'practice:import',
    'practice:settings',
    'referral:read',
    'referral:manage',
    'safety:manage',
    'incident:write',
    'incident:overview',
    'interaction:log',
    'retention:manage',
    'gap:manage',
    'search:vocabulary',
  ]),
  manager: new Set([
    'branch:read',
    'user:read-directory',
    'practice:read',
    'practice:write',
    'practice:review',
    'practice:import',
    'referral:read',
    'referral:manage',
    'safety:manage',
    'incident:write',
    'incident:overview',
    'interaction:log',
    'gap:manage',
    'search:vocabulary',
  ]),
  librarian: new Set(['branch:read', 'practice:read', 'practice:write', 'referral:read', 'incident:write', 'interaction:log']),
};

export function can(actor: Actor, permission: Permission): boolean {
  return GRANTS[actor.role].has(permission);
}

export function assertCan(actor: Actor, permission: Permission): void {
  if (!can(actor, permission)) throw forbidden();
}

/** Managers act within their own branches; admins everywhere. */
export function canActInBranch(actor: Actor, branchId: string): boolean {
  return actor.role === 'admin' || actor.branchIds.includes(branchId);
}
