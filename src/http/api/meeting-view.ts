import type { z } from '@hono/zod-openapi';
import { MEETING_YEARS } from '../../domain/index.js';
import type { MeetingSchema } from '../api-schemas.js';
import type { PaperView } from './paper-view.js';

/** The API's view of a meeting of the Working Group. */
export type MeetingView = z.infer<typeof MeetingSchema>;

/** The API's views of the meetings, each with the symbols of the papers prepared for it. */
export function toMeetingViews(papers: readonly PaperView[]): MeetingView[] {
  return [...MEETING_YEARS].map(([number, year]) => ({
    number,
    year,
    papers: papers.filter((paper) => paper.meeting === number).map((paper) => paper.symbol),
  }));
}
