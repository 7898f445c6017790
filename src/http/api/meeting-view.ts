import type { z } from '@hono/zod-openapi';
import type { Catalog } from '../../domain/index.js';
import { viewMeetings } from '../../domain/index.js';
import type { MeetingSchema } from '../api-schemas.js';

/** The API's view of a meeting of the Working Group. */
export type MeetingView = z.infer<typeof MeetingSchema>;

/** The API's views of the meetings: the domain's meeting views, papers in symbol order. */
export function toMeetingViews(catalog: Catalog): MeetingView[] {
  return viewMeetings(catalog);
}
