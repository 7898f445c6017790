import { createRoute, z } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { MeetingSchema, listOf, wholeNumberParam } from '../api-schemas.js';
import { sendJson } from '../json-body.js';
import { bodyOf, listBodyOf } from './api-views.js';
import type { ApiRouteContext } from './route-kit.js';
import { json, notFound } from './route-kit.js';

/** The routes of the meetings of the Working Group. */
export const MEETING_ROUTES = {
  meetings: createRoute({
    method: 'get',
    path: '/meetings',
    summary: 'List the meetings of the Working Group and their papers',
    tags: ['documents'],
    responses: json(listOf(MeetingSchema, 'MeetingList'), 'The meetings, 1st 2012 … 7th 2020'),
  }),
  meeting: createRoute({
    method: 'get',
    path: '/meetings/{number}',
    summary: 'One meeting by number',
    tags: ['documents'],
    request: {
      params: z.object({
        number: wholeNumberParam(1, 99).openapi({ param: { name: 'number', in: 'path' }, example: 3 }),
      }),
    },
    responses: json(MeetingSchema, 'One meeting'),
  }),
} as const;

/** `GET /meetings` and `GET /meetings/{number}`. */
export function addMeetingRoutes(api: OpenAPIHono, { current }: ApiRouteContext): void {
  api.openapi(MEETING_ROUTES.meetings, async (c) => {
    const view = await current();
    return sendJson(c, listBodyOf(view, 'meetings', view.meetings));
  });
  api.openapi(MEETING_ROUTES.meeting, async (c) => {
    const view = await current();
    const { number } = c.req.valid('param');
    const meeting = view.meetings.find((candidate) => candidate.number === number);
    return meeting === undefined
      ? notFound('meeting', String(number), `meetings are 1 … ${view.meetings.length}`)
      : sendJson(
          c,
          bodyOf(view, `meeting ${number}`, () => meeting),
        );
  });
}
