import type { Locale, Role } from '../../shared/users.schema.ts';

/** The signed-in person a service acts for. */
export interface Actor {
  id: string;
  email: string;
  name: string;
  role: Role;
  branchIds: readonly string[];
  locale: Locale;
}

export interface RequestContext {
  actor: Actor;
  ip: string;
}
