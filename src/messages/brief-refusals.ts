import type { Language } from '../domain/index.js';
import type { SomkbErrorCode } from '../errors/index.js';

/** The parameters of a briefing pack a refusal can name, as the API and the portal's form call them. */
type BriefParameter =
  'theme' | 'topic' | 'paper' | 'q' | 'title' | 'format' | 'lang' | 'catalogLang' | 'parallelLang' | 'date';

/** Why a briefing pack was refused, in one language: one sentence per kind of refusal. */
interface BriefRefusalWords {
  /** The name of each parameter, as the form labels it. */
  readonly fields: Readonly<Record<BriefParameter, string>>;
  /** A parameter whose value is not accepted (the generic `USAGE`). */
  readonly notAccepted: (field: string) => string;
  /** The cover title is over 200 characters. */
  readonly titleTooLong: string;
  /** The query is over 1,000 characters. */
  readonly queryTooLong: string;
  /** The date is not an ISO date. */
  readonly badDate: string;
  /** A theme, topic or paper chosen is not in the catalog (`NOT_FOUND`). */
  readonly notFound: string;
  /** The language version chosen (of the text, or the second one) is not published (`NOT_FOUND`). */
  readonly notPublished: string;
  /** No catalog is published (`CATALOG_EMPTY`). */
  readonly noCatalog: string;
  /** Anything else. */
  readonly other: string;
}

const WORDS: Readonly<Record<Language, BriefRefusalWords>> = {
  en: {
    fields: {
      theme: 'Themes',
      topic: 'Topics',
      paper: 'Papers',
      q: 'Search query',
      title: 'Cover title',
      format: 'Format',
      lang: 'Language of the headings',
      catalogLang: 'Language of the text',
      parallelLang: 'Second language',
      date: 'Date',
    },
    notAccepted: (field) => `The value of “${field}” is not accepted.`,
    titleTooLong: 'The cover title may have at most 200 characters.',
    queryTooLong: 'The search query may have at most 1,000 characters.',
    badDate: 'The date must be written YYYY-MM-DD, such as 2026-11-29.',
    notPublished: 'The summary is not published in the language chosen.',
    notFound: 'A theme, topic or paper that was chosen is not in the catalogue.',
    noCatalog: 'No catalogue is published yet.',
    other: 'The request is not valid.',
  },
  fr: {
    fields: {
      theme: 'Thèmes',
      topic: 'Questions',
      paper: 'Documents',
      q: 'Recherche',
      title: 'Titre de la couverture',
      format: 'Format',
      lang: 'Langue des titres',
      catalogLang: 'Langue du texte',
      parallelLang: 'Deuxième langue',
      date: 'Date',
    },
    notAccepted: (field) => `La valeur de «\u00a0${field}\u00a0» n’est pas acceptée.`,
    titleTooLong: 'Le titre de la couverture ne peut dépasser 200 caractères.',
    queryTooLong: 'La recherche ne peut dépasser 1\u202f000 caractères.',
    badDate: 'La date s’écrit AAAA-MM-JJ, par exemple 2026-11-29.',
    notPublished: 'Le résumé n’est pas publié dans la langue choisie.',
    notFound: 'Un thème, une question ou un document choisi ne figure pas dans le catalogue.',
    noCatalog: 'Aucun catalogue n’est encore publié.',
    other: 'La demande n’est pas valide.',
  },
  es: {
    fields: {
      theme: 'Temas',
      topic: 'Cuestiones',
      paper: 'Documentos',
      q: 'Búsqueda',
      title: 'Título de la portada',
      format: 'Formato',
      lang: 'Idioma de los títulos',
      catalogLang: 'Idioma del texto',
      parallelLang: 'Segundo idioma',
      date: 'Fecha',
    },
    notAccepted: (field) => `No se acepta el valor de «${field}».`,
    titleTooLong: 'El título de la portada puede tener como máximo 200 caracteres.',
    queryTooLong: 'La búsqueda puede tener como máximo 1000 caracteres.',
    badDate: 'La fecha se escribe AAAA-MM-DD, por ejemplo 2026-11-29.',
    notPublished: 'El resumen no está publicado en el idioma elegido.',
    notFound: 'Un tema, una cuestión o un documento elegido no figura en el catálogo.',
    noCatalog: 'Todavía no se ha publicado ningún catálogo.',
    other: 'La solicitud no es válida.',
  },
  ru: {
    fields: {
      theme: 'Темы',
      topic: 'Вопросы',
      paper: 'Документы',
      q: 'Поисковый запрос',
      title: 'Заголовок обложки',
      format: 'Формат',
      lang: 'Язык заголовков',
      catalogLang: 'Язык текста',
      parallelLang: 'Второй язык',
      date: 'Дата',
    },
    notAccepted: (field) => `Значение поля «${field}» не принято.`,
    titleTooLong: 'Заголовок обложки может содержать не более 200 символов.',
    queryTooLong: 'Поисковый запрос может содержать не более 1000 символов.',
    badDate: 'Дата записывается в виде ГГГГ-ММ-ДД, например 2026-11-29.',
    notPublished: 'Резюме не опубликовано на выбранном языке.',
    notFound: 'Выбранная тема, вопрос или документ отсутствует в каталоге.',
    noCatalog: 'Каталог ещё не опубликован.',
    other: 'Запрос недействителен.',
  },
  ar: {
    fields: {
      theme: 'المواضيع',
      topic: 'المسائل',
      paper: 'الورقات',
      q: 'عبارة البحث',
      title: 'عنوان الغلاف',
      format: 'الصيغة',
      lang: 'لغة العناوين',
      catalogLang: 'لغة النص',
      parallelLang: 'اللغة الثانية',
      date: 'التاريخ',
    },
    notAccepted: (field) => `القيمة المدخلة في «${field}» غير مقبولة.`,
    titleTooLong: 'لا يجوز أن يتجاوز عنوان الغلاف 200 حرف.',
    queryTooLong: 'لا يجوز أن تتجاوز عبارة البحث 1000 حرف.',
    badDate: 'يُكتب التاريخ بالصيغة YYYY-MM-DD، مثل 2026-11-29.',
    notPublished: 'الموجز غير منشور باللغة المختارة.',
    notFound: 'أحد المواضيع أو المسائل أو الورقات المختارة غير موجود في الفهرس.',
    noCatalog: 'لم يُنشر أي فهرس بعد.',
    other: 'الطلب غير صالح.',
  },
  zh: {
    fields: {
      theme: '主题',
      topic: '议题',
      paper: '背景文件',
      q: '检索词',
      title: '封面标题',
      format: '格式',
      lang: '标题语言',
      catalogLang: '正文语言',
      parallelLang: '第二种语言',
      date: '日期',
    },
    notAccepted: (field) => `“${field}”的值不被接受。`,
    titleTooLong: '封面标题最多 200 个字符。',
    queryTooLong: '检索词最多 1000 个字符。',
    badDate: '日期须写作 YYYY-MM-DD，例如 2026-11-29。',
    notPublished: '所选语言的专题概要尚未发布。',
    notFound: '所选的某个主题、议题或背景文件不在目录中。',
    noCatalog: '尚未发布任何目录。',
    other: '请求无效。',
  },
};

function isBriefParameter(value: string | undefined): value is BriefParameter {
  return value !== undefined && Object.hasOwn(WORDS.en.fields, value);
}

/**
 * Why a briefing pack was refused, in `language`, from the refusal's error code and the parameter it
 * names (`title`, `q`, `date` …), as the portal's `/brief` page says it above the form: one sentence
 * per kind of refusal rather than the API's English message.
 */
export function briefRefusalReason(
  language: Language,
  code: SomkbErrorCode,
  parameter: string | undefined,
): string {
  const words = WORDS[language];
  if (code === 'NOT_FOUND' && (parameter === 'catalogLang' || parameter === 'parallelLang'))
    return words.notPublished;
  if (code === 'NOT_FOUND') return words.notFound;
  if (code === 'CATALOG_EMPTY') return words.noCatalog;
  if (code !== 'USAGE' || !isBriefParameter(parameter)) return words.other;
  if (parameter === 'title') return words.titleTooLong;
  if (parameter === 'q') return words.queryTooLong;
  if (parameter === 'date') return words.badDate;
  return words.notAccepted(words.fields[parameter]);
}
