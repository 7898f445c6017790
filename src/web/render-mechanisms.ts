import { chooseLabel } from '../domain/index.js';
import { MECHANISM_KINDS } from '../mechanisms/index.js';
import { chosenLabel, mechanismLabel } from './content-blocks.js';
import type { MechanismEntry } from '../knowledge/index.js';
import { h, EMPTY } from './html-template.js';
import type { Html } from './html-template.js';
import { contentAttributes, renderPage } from './page-layout.js';
import type { PageContext } from './page-layout.js';
import type { PortalModel } from './portal-model.js';
import { mechanismAnchor } from './portal-urls.js';
import { paragraphLinks } from './render-references.js';

function mechanismItem(context: PageContext, model: PortalModel, entry: MechanismEntry): Html {
  const { messages, lang } = context;
  const { mechanism } = entry;
  const content = contentAttributes(lang, model.catalog.language);
  const parent = mechanism.parent === null ? undefined : model.mechanismById.get(mechanism.parent);
  const fact = (label: string, value: Html): Html =>
    h`<div><dt>${context.messages.labelled(label)}</dt><dd>${value}</dd></div>`;
  const facts = [
    mechanism.abbreviation === null
      ? EMPTY
      : fact(messages.abbreviation, h`<bdi>${mechanism.abbreviation}</bdi>`),
    mechanism.region === null
      ? EMPTY
      : fact(
          messages.region,
          chosenLabel(
            context,
            chooseLabel(mechanism.regionLabels ?? { en: mechanism.region }, lang) ?? {
              text: mechanism.region,
              language: 'en',
              ownRendering: false,
            },
          ),
        ),
    mechanism.year === null ? EMPTY : fact(messages.established, h`${mechanism.year}`),
    parent === undefined
      ? EMPTY
      : fact(
          messages.partOf,
          h`<a href="#${mechanismAnchor(parent.mechanism.id)}">${chosenLabel(context, mechanismLabel(lang, parent))}</a>`,
        ),
  ];
  // The forms the text prints, each once whatever its spacing (SHERLOC平台 and SHERLOC 平台 are one).
  const seen = new Set<string>();
  const printed = mechanism.printed.flatMap((name) => {
    const key = name.replace(/\s+/gu, '');
    if (seen.has(key)) return [];
    seen.add(key);
    return [h`<li${content}>${name}</li>`];
  });
  return h`<li class="mechanism" id="${mechanismAnchor(mechanism.id)}">
<h3>${chosenLabel(context, mechanismLabel(lang, entry))}${lang === 'zh' ? EMPTY : h` <span class="gloss"${content}>${mechanism.printed[0] ?? ''}</span>`}</h3>
${printed.length > 1 ? h`<ul class="inline-list printed">${printed.slice(1)}</ul>` : EMPTY}
<dl class="facts-list">${facts}</dl>
${entry.paragraphs.length === 0 ? h`<p>${messages.notMentioned}</p>` : h`<div class="cited-in"><span class="note-label">${messages.labelled(messages.mentionedIn)}</span> ${paragraphLinks(context, model, entry.paragraphs)}</div>`}
</li>`;
}

/**
 * The directory of mechanisms: the platforms, networks, systems, bodies and organizations that the
 * summary names, by kind, each with its names as printed, its English name, abbreviation, region,
 * year and parent, and links to the paragraphs that name it.
 */
export function renderMechanismsPage(context: PageContext, model: PortalModel): Html {
  const { messages } = context;
  const entries = model.knowledge?.mechanisms ?? [];
  const sections = MECHANISM_KINDS.flatMap((kind) => {
    const ofKind = entries.filter((entry) => entry.mechanism.kind === kind);
    if (ofKind.length === 0) return [];
    return [
      h`<section aria-labelledby="kind-${kind}"><h2 id="kind-${kind}">${messages.mechanismKinds[kind]}</h2><ul class="mechanisms">${ofKind.map((entry) => mechanismItem(context, model, entry))}</ul></section>`,
    ];
  });
  return renderPage(context, {
    title: messages.mechanismsTitle,
    section: 'mechanisms',
    showsContent: true,
    breadcrumb: [{ label: messages.navHome, href: '/' }, { label: messages.mechanismsTitle }],
    main: h`<h1>${messages.mechanismsTitle}</h1><p class="lead">${messages.mechanismsIntro}</p>${sections}`,
  });
}
