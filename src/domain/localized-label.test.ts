import { describe, expect, it } from 'vitest';
import { chooseLabel } from './index.js';

describe('chooseLabel', () => {
  const labels = { zh: '洗钱', en: 'money laundering', fr: 'blanchiment d’argent' };

  it('gives the reader’s own label when there is one', () => {
    expect(chooseLabel(labels, 'fr')).toEqual({
      text: 'blanchiment d’argent',
      language: 'fr',
      ownRendering: false,
    });
    expect(chooseLabel(labels, 'zh')?.text).toBe('洗钱');
  });

  it('falls back to English, then to Chinese', () => {
    expect(chooseLabel(labels, 'ar')).toEqual({
      text: 'money laundering',
      language: 'en',
      ownRendering: false,
    });
    expect(chooseLabel({ zh: '洗钱' }, 'ru')).toEqual({ text: '洗钱', language: 'zh', ownRendering: false });
    expect(chooseLabel({ zh: '洗钱', es: 'blanqueo de dinero' }, 'ar')?.language).toBe('zh');
  });

  it('says whether the chosen label is an own rendering', () => {
    expect(chooseLabel(labels, 'fr', ['fr'])?.ownRendering).toBe(true);
    expect(chooseLabel(labels, 'ar', ['fr'])?.ownRendering).toBe(false);
  });

  it('gives nothing when the thing has no label in the reader’s language, English or Chinese', () => {
    expect(chooseLabel({ fr: 'blanchiment d’argent' }, 'es')).toBeUndefined();
    expect(chooseLabel({}, 'en')).toBeUndefined();
  });
});
