import type { z } from '@hono/zod-openapi';
import type { CatalogKnowledge } from '../../knowledge/index.js';
import { citeReference, instrumentInfo } from '../../references/index.js';
import type { ProvisionSchema } from '../api-schemas.js';

/** The API's view of a cited legal provision. */
export type ProvisionView = z.infer<typeof ProvisionSchema>;

/** The API's views of the provisions the catalog cites, each with where it is cited, in citation order. */
export function toProvisionViews(knowledge: CatalogKnowledge | undefined): ProvisionView[] {
  const byProvision = new Map<string, ProvisionView>();
  for (const reference of knowledge?.references ?? []) {
    const id =
      reference.instrument === 'cop-resolution'
        ? `cop-resolution-${(reference.resolution ?? '').replace('/', '-')}`
        : `${reference.instrument}-${reference.article ?? ''}`;
    const info = instrumentInfo(reference.instrument);
    const title = reference.article === undefined ? undefined : info?.articles[reference.article];
    const provision = byProvision.get(id) ?? {
      id,
      instrument: reference.instrument,
      article: reference.article ?? null,
      resolution: reference.resolution ?? null,
      title: title === undefined ? null : { zh: title.zh, en: title.en },
      instrumentName: info === undefined ? null : { zh: info.zh, en: info.en },
      citations: [],
    };
    provision.citations.push({
      paragraph: reference.paragraph,
      item: reference.item,
      clause: reference.clause ?? null,
      text: reference.span.text,
      citation: citeReference(reference).en,
    });
    byProvision.set(id, provision);
  }
  return [...byProvision.values()];
}
