import { z } from 'zod';

/** What a colleague's browser receives on the event stream when someone at the desk asks for support. */
export const ColleagueAlertEventSchema = z.object({
  type: z.literal('colleague_alert'),
  id: z.string(),
  sender: z.object({ id: z.string(), name: z.string() }),
  branch: z.object({ id: z.string(), name: z.string() }),
  message: z.string(),
  sentAt: z.string(),
});
export type ColleagueAlertEvent = z.infer<typeof ColleagueAlertEventSchema>;

export const StaffEventSchema = z.discriminatedUnion('type', [ColleagueAlertEventSchema]);
export type StaffEvent = z.infer<typeof StaffEventSchema>;

/** The SSE `event:` name every staff event is sent under. */
export const STAFF_EVENT_NAME = 'staff';
