/** Pure helpers over media pieces. */

interface DescribedImageLike<TImage> {
  src: TImage;
  alt: string;
}

type MediaLike<TImage> =
  | { kind: 'video'; poster: DescribedImageLike<TImage> }
  | { kind: 'audio'; cover?: DescribedImageLike<TImage> | undefined }
  | { kind: 'photo' | 'series'; images: DescribedImageLike<TImage>[] };

/** The picture that stands for a piece in lists: poster, cover or first photo. */
export function mediaThumbnail<TImage>(piece: MediaLike<TImage>): DescribedImageLike<TImage> | undefined {
  switch (piece.kind) {
    case 'video':
      return piece.poster;
    case 'audio':
      return piece.cover;
    default:
      return piece.images[0];
  }
}

/** schema.org type for a piece. */
export function schemaOrgType(kind: 'audio' | 'video' | 'photo' | 'series'): string {
  return { audio: 'AudioObject', video: 'VideoObject', photo: 'ImageObject', series: 'ImageGallery' }[kind];
}
