import type { Paragraph } from '../domain/index.js';
import { groupInstrumentMentions, groupProvisions, INSTRUMENTS } from '../references/index.js';
import type { InstrumentInfo, ProvisionGroup } from '../references/index.js';
import { chooseLabel } from '../domain/index.js';
import { chosenLabel, paragraphCitation, provisionName } from './content-blocks.js';
import { h, EMPTY } from './html-template.js';
import type { Html } from './html-template.js';
import { inServedVersion, renderPage } from './page-layout.js';
import type { PageContext } from './page-layout.js';
import type { PortalModel } from './portal-model.js';
import { instrumentAnchor, paragraphPath, provisionAnchor } from './portal-urls.js';

/**
 * Links to the paragraphs with these numbers, each named by its citation (the summary's paragraph,
 * then its paper as context), ascending, without repeats.
 */
export function paragraphLinks(context: PageContext, model: PortalModel, numbers: Iterable<number>): Html {
  const paragraphs = [...new Set(numbers)]
    .sort((a, b) => a - b)
    .flatMap((number) => {
      const paragraph = model.paragraphByNumber.get(number);
      return paragraph === undefined ? [] : [paragraph];
    });
  const link = (paragraph: Paragraph): Html =>
    h`<li><a href="${inServedVersion(context, paragraphPath(paragraph.paper, paragraph.number))}">${paragraphCitation(context, paragraph)}</a></li>`;
  return h`<ul class="inline-list paragraph-links">${paragraphs.map(link)}</ul>`;
}

/** The provisions of one instrument (groups of `groupProvisions`), each with the paragraphs citing it. */
function provisionList(context: PageContext, model: PortalModel, groups: readonly ProvisionGroup[]): Html {
  const items = groups.flatMap((group) => {
    const [reference] = group.references;
    if (reference === undefined) return [];
    const anchor = provisionAnchor(group.instrument, group.article ?? group.resolution, group.clause);
    const paragraphs = group.places.map((place) => place.paragraph);
    return [
      h`<li id="${anchor}"><p class="provision">${provisionName(context, reference)}</p><div class="cited-in"><span class="note-label">${context.messages.labelled(context.messages.citedIn)}</span> ${paragraphLinks(context, model, paragraphs)}</div></li>`,
    ];
  });
  return h`<ul class="provisions">${items}</ul>`;
}

/** An instrument's usual short title for the reader (the one fallback of `chooseLabel`), marked when it is an own rendering. */
function instrumentTitle(context: PageContext, info: InstrumentInfo): Html {
  const chosen = chooseLabel(info.shortTitles, context.lang, info.shortOwnRendering ?? []);
  return chosen === undefined ? h`${info.short}` : chosenLabel(context, chosen);
}

/** An instrument's official title in the reader's language (every instrument has one in the six UN languages). */
function officialTitle(context: PageContext, info: InstrumentInfo): Html {
  const chosen = chooseLabel(info.titles, context.lang);
  return chosen === undefined ? h`${info.en}` : chosenLabel(context, chosen);
}

/**
 * The index of cited legal provisions: per instrument (the Protocol and the Convention first), each
 * cited article and clause with its title and the paragraphs that cite it, and the paragraphs that
 * name the instrument without citing a provision; then the resolutions of the Conference of the Parties.
 */
export function renderReferencesPage(context: PageContext, model: PortalModel): Html {
  const { messages } = context;
  const provisions = groupProvisions(model.knowledge?.references ?? []);
  const mentions = groupInstrumentMentions(model.knowledge?.instrumentMentions ?? []);
  const sections = INSTRUMENTS.flatMap((info) => {
    const cited = provisions.filter((group) => group.instrument === info.id);
    const named = (mentions.find((group) => group.instrument === info.id)?.places ?? []).map(
      (place) => place.paragraph,
    );
    if (cited.length === 0 && named.length === 0) return [];
    const namedBlock =
      named.length === 0
        ? EMPTY
        : h`<div class="cited-in named"><span class="note-label">${messages.labelled(messages.namedWithoutProvision)}</span> ${paragraphLinks(context, model, named)}</div>`;
    return [
      h`<section class="instrument" id="${instrumentAnchor(info.id)}" aria-labelledby="${instrumentAnchor(info.id)}-h"><h2 id="${instrumentAnchor(info.id)}-h">${instrumentTitle(context, info)}</h2>
<p class="instrument-title">${officialTitle(context, info)}</p>
${cited.length === 0 ? EMPTY : provisionList(context, model, cited)}${namedBlock}</section>`,
    ];
  });
  const resolutions = provisions.filter((group) => group.instrument === 'cop-resolution');
  const resolutionSection =
    resolutions.length === 0
      ? EMPTY
      : h`<section class="instrument" id="${instrumentAnchor('cop-resolution')}" aria-labelledby="resolutions-h"><h2 id="resolutions-h">${messages.resolutions}</h2>${provisionList(context, model, resolutions)}</section>`;
  return renderPage(context, {
    title: messages.referencesTitle,
    section: 'references',
    breadcrumb: [{ label: messages.navHome, href: '/' }, { label: messages.referencesTitle }],
    main: h`<h1>${messages.referencesTitle}</h1><p class="lead">${messages.referencesIntro}</p>${sections}${resolutionSection}`,
  });
}
