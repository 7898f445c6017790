import { queryHelpHtml } from './message-markup.js';
import { MEETING_YEARS } from '../domain/index.js';
import { keyTopicLink, paperLink, paperSubject, paragraphBlock, themeName } from './content-blocks.js';
import { h } from './html-template.js';
import type { Html } from './html-template.js';
import { inServedVersion, renderPage, searchForm } from './page-layout.js';
import type { PageContext } from './page-layout.js';
import type { PortalModel } from './portal-model.js';
import { BRIEF_PATH, MECHANISMS_PATH, REFERENCES_PATH, TOPICS_PATH, themePath } from './portal-urls.js';

function themeCards(context: PageContext, model: PortalModel): Html {
  const { messages } = context;
  const paragraphsOf = new Map<string, number>();
  for (const paragraph of model.catalog.paragraphs) {
    if (paragraph.theme !== null)
      paragraphsOf.set(paragraph.theme, (paragraphsOf.get(paragraph.theme) ?? 0) + 1);
  }
  const cards = model.catalog.themes.map(
    (theme) => h`<li class="card theme-card">
<h3><a href="${inServedVersion(context, themePath(theme.id))}"><span class="theme-number">${messages.themeNumber(theme.number)}</span> <span class="theme-name">${themeName(context, model, theme)}</span></a></h3>
<p class="counts">${messages.papersCount(theme.papers.length)} · ${messages.paragraphsCount(paragraphsOf.get(theme.id) ?? 0)}</p>
<h4 class="topics-heading">${messages.keyTopics}</h4>
<ul class="topic-list">${theme.keyTopics.map((topic) => h`<li>${keyTopicLink(context, model, topic)}</li>`)}</ul>
</li>`,
  );
  return h`<section aria-labelledby="themes-heading"><h2 id="themes-heading">${messages.themesHeading}</h2><ol class="cards">${cards}</ol></section>`;
}

function timeline(context: PageContext, model: PortalModel): Html {
  const { messages } = context;
  const meetings = [...MEETING_YEARS].map(([meeting, year]) => {
    const papers = model.papersByMeeting.get(meeting) ?? [];
    return h`<li class="meeting"><p class="meeting-name"><span>${messages.meetingName(meeting)}</span> <time datetime="${year}">${messages.yearName(year)}</time></p>
<ul class="meeting-papers">${papers.map((paper) => h`<li>${paperLink(context, paper)} <span class="subject">${paperSubject(context, model, paper.subject)}</span></li>`)}</ul></li>`;
  });
  return h`<section aria-labelledby="timeline-heading"><h2 id="timeline-heading">${messages.timelineHeading}</h2><ol class="timeline">${meetings}</ol></section>`;
}

/**
 * The home page: what the portal is, a search box, the nine themes with their key topics and counts,
 * the meetings from the first (2012) to the seventh (2020) with their papers, and the summary's own
 * introduction (the paragraphs outside any paper, with their anchors). Without a catalog, it says that
 * nothing is published yet.
 */
export function renderHomePage(context: PageContext, model: PortalModel | undefined): Html {
  const { messages } = context;
  const intro = h`<h1>${messages.homeTitle}</h1>
<div class="lead">${messages.homeIntro.map((text) => h`<p>${text}</p>`)}</div>
<div class="home-search">${searchForm(messages, '', 'home-q')}<p class="query-help">${queryHelpHtml(messages)}</p></div>`;
  if (model === undefined) {
    return renderPage(context, {
      title: messages.homeTitle,
      section: 'home',
      hideHeaderSearch: true,
      main: h`${intro}<p class="notice">${messages.noCatalog}</p>`,
    });
  }
  const introduction = model.catalog.paragraphs.filter((paragraph) => paragraph.paper === null);
  const more = h`<ul class="more-links"><li><a href="${inServedVersion(context, TOPICS_PATH)}">${messages.topicsTitle}</a></li><li><a href="${inServedVersion(context, REFERENCES_PATH)}">${messages.referencesTitle}</a></li><li><a href="${inServedVersion(context, MECHANISMS_PATH)}">${messages.mechanismsTitle}</a></li><li><a href="${BRIEF_PATH}">${messages.briefTitle}</a></li></ul>`;
  const introSection =
    introduction.length === 0
      ? h``
      : h`<section aria-labelledby="introduction-heading"><h2 id="introduction-heading">${messages.introductionHeading}</h2>${introduction.map((paragraph) => paragraphBlock(context, model, paragraph, { anchor: true, notes: false }))}</section>`;
  return renderPage(context, {
    title: messages.homeTitle,
    section: 'home',
    hideHeaderSearch: true,
    showsContent: true,
    offersParallel: true,
    main: h`${intro}${more}${themeCards(context, model)}${timeline(context, model)}${introSection}`,
  });
}
