import { describe, expect, it } from 'vitest';
import { LICENCES } from '../../src/schemas/media';
import { durationSeconds } from '../../src/lib/format';
import { creditLine, fileFormat, licenceUrl, mediaStructuredData, mediaThumbnail, mimeType, pieceDownloads, type StructuredMediaInput } from '../../src/lib/media';

const base: Omit<StructuredMediaInput, 'kind'> = {
  name: 'Die vier Leitlinien',
  description: 'Kurz gesagt.',
  url: 'https://thinka.de/medien/x/',
  date: new Date('2026-11-25'),
  licence: 'CC BY 4.0',
  credits: [
    { role: 'Text', name: 'ThINKA-Koordinierungsstelle' },
    { role: 'Sprachausgabe', name: 'espeak-ng (synthetische Stimme)' },
  ],
  thumbnailUrl: 'https://thinka.de/_astro/a.jpg',
};

describe('media helpers', () => {
  it('picks the picture that stands for a piece', () => {
    expect(mediaThumbnail({ kind: 'video', poster: { src: 'p', alt: 'P' } })?.src).toBe('p');
    expect(mediaThumbnail({ kind: 'audio' })).toBeUndefined();
    expect(
      mediaThumbnail({
        kind: 'series',
        images: [
          { src: 'a', alt: 'A' },
          { src: 'b', alt: 'B' },
        ],
      })?.src,
    ).toBe('a');
  });

  it('links every Creative Commons licence of the schema to its German page', () => {
    for (const licence of LICENCES.filter((name) => name.startsWith('CC'))) expect(licenceUrl(licence), licence).toMatch(/^https:\/\/creativecommons\.org\/.+\/deed\.de$/);
    expect(licenceUrl('Alle Rechte vorbehalten')).toBeUndefined();
  });

  it('names formats and MIME types of files', () => {
    expect(fileFormat('/media/a/b.mp3')).toBe('MP3');
    expect(mimeType('/media/a/b.mp3')).toBe('audio/mpeg');
    expect(mimeType('/media/a/b.MP4')).toBe('video/mp4');
    expect(mimeType('/media/a/b.de.vtt')).toBe('text/vtt');
    expect(mimeType('/media/a/b.xyz')).toBe('application/octet-stream');
  });

  it('turns durations into seconds', () => {
    expect(durationSeconds('0:58')).toBe(58);
    expect(durationSeconds('3:45')).toBe(225);
    expect(durationSeconds('1:02:03')).toBe(3723);
  });

  it('lists the audio or video file first among the downloads, once', () => {
    const labels = { audio: 'Audiodatei', video: 'Videodatei' };
    expect(pieceDownloads({ kind: 'audio', audio: '/media/a.mp3', downloads: [{ file: '/media/a.mp3', label: 'doppelt' }] }, labels)).toEqual([
      { file: '/media/a.mp3', label: 'Audiodatei' },
    ]);
    expect(pieceDownloads({ kind: 'video', video: '/media/v.mp4', downloads: [{ file: '/media/v.vtt', label: 'Untertitel' }] }, labels).map((d) => d.label)).toEqual([
      'Videodatei',
      'Untertitel',
    ]);
    expect(pieceDownloads({ kind: 'photo', downloads: [] }, labels)).toEqual([]);
  });
});

describe('schema.org data', () => {
  it('describes a video with file, duration, transcript and captions', () => {
    const data = mediaStructuredData({
      ...base,
      kind: 'video',
      contentUrl: 'https://thinka.de/media/v/v.mp4',
      contentSize: 553272,
      duration: '0:58',
      transcript: 'Unsere vier Leitlinien.',
      captions: [{ url: 'https://thinka.de/media/v/v.de.vtt', lang: 'de', label: 'Deutsch' }],
    });
    expect(data).toMatchObject({
      '@type': 'VideoObject',
      name: 'Die vier Leitlinien',
      uploadDate: '2026-11-25',
      thumbnailUrl: 'https://thinka.de/_astro/a.jpg',
      contentUrl: 'https://thinka.de/media/v/v.mp4',
      encodingFormat: 'video/mp4',
      contentSize: '553272 B',
      duration: 'PT58S',
      transcript: 'Unsere vier Leitlinien.',
      caption: [{ '@type': 'MediaObject', contentUrl: 'https://thinka.de/media/v/v.de.vtt', encodingFormat: 'text/vtt', inLanguage: 'de' }],
      license: 'https://creativecommons.org/licenses/by/4.0/deed.de',
      creditText: 'Text: ThINKA-Koordinierungsstelle; Sprachausgabe: espeak-ng (synthetische Stimme)',
      accessibilityFeature: ['captions', 'transcript'],
    });
  });

  it('describes an audio piece with its chapters as clips', () => {
    const data = mediaStructuredData({
      ...base,
      kind: 'audio',
      contentUrl: 'https://thinka.de/media/a/a.mp3',
      duration: '0:58',
      transcript: 'Text.',
      chapters: [
        { start: '0:00', title: 'Einleitung' },
        { start: '0:14', title: 'Kooperation' },
      ],
    });
    expect(data['@type']).toBe('AudioObject');
    expect(data.encodingFormat).toBe('audio/mpeg');
    expect(data.hasPart).toEqual([
      { '@type': 'Clip', name: 'Einleitung', startOffset: 0, endOffset: 14 },
      { '@type': 'Clip', name: 'Kooperation', startOffset: 14, endOffset: 58 },
    ]);
  });

  it('describes a photo and a series with their images', () => {
    const image = {
      url: 'https://thinka.de/medien/x/bild-1/',
      contentUrl: 'https://thinka.de/_astro/p.webp',
      width: 1200,
      height: 630,
      alt: 'Alt-Text.',
      caption: 'Bildunterschrift.',
    };
    expect(mediaStructuredData({ ...base, kind: 'photo', images: [image] })).toMatchObject({
      '@type': 'ImageObject',
      contentUrl: 'https://thinka.de/_astro/p.webp',
      caption: 'Bildunterschrift.',
      description: 'Kurz gesagt.',
      width: 1200,
      height: 630,
    });
    const gallery = mediaStructuredData({ ...base, kind: 'series', images: [image, { ...image, caption: undefined }] });
    expect(gallery['@type']).toBe('ImageGallery');
    expect(gallery.associatedMedia).toEqual([
      expect.objectContaining({
        '@type': 'ImageObject',
        url: image.url,
        caption: 'Bildunterschrift.',
        description: 'Alt-Text.',
        license: 'https://creativecommons.org/licenses/by/4.0/deed.de',
      }),
      expect.objectContaining({ caption: 'Alt-Text.' }),
    ]);
  });

  it('joins credits into one line', () => {
    expect(creditLine([{ role: 'Kamera', name: 'A' }])).toBe('Kamera: A');
  });
});
