import { Picture } from '@/components/media/picture';
import { resolveAsset } from '@/lib/content';
import { parseVideoUrl } from '@/lib/mdx/video';

interface Props {
  /** The video's or episode's address on a known host (page or embed): see lib/mdx/video.ts. */
  src?: string;
  title?: string;
  /** An image of the site shown on the card; none is fetched from the video host. */
  poster?: string;
  /** The content file, to find a poster written relative to it. */
  from: string;
}

/**
 * A video or podcast episode as a card that links to it on its host. Content pages ship no
 * JavaScript and the page makes no request to the host: the visitor decides to go there, and is
 * told so.
 */
export function VideoEmbed({ src = '', title, poster, from }: Props) {
  const video = parseVideoUrl(src);
  // The check refuses any other address; never link to one.
  if (!video) return null;
  const href = video.pageUrl;
  const provider = video.provider;
  const what = video.kind === 'audio' ? 'Épisode' : 'Vidéo';
  const label = title || `${what} ${provider}`;
  const file = poster ? resolveAsset(poster, from) : undefined;
  return (
    <figure className="overflow-hidden rounded-lg border border-line bg-surface" data-media-card="">
      <a href={href} className="group block no-underline">
        <span
          // Without a poster of the site, a short band: a large dark box would only say « play ».
          className={`relative block bg-ink/90 ${file ? 'aspect-video' : 'h-24'}`}
        >
          {file && (
            <Picture
              file={file}
              alt=""
              sizes="(min-width: 48rem) 42rem, 100vw"
              className="h-full w-full object-cover opacity-90 group-hover:opacity-100"
            />
          )}
          <span
            aria-hidden="true"
            className="absolute inset-0 m-auto flex h-16 w-16 items-center justify-center rounded-full bg-paper/90 text-step-3 text-brand-strong"
          >
            ▶
          </span>
        </span>
        <span className="block px-4 pt-3 font-bold text-brand group-hover:underline">
          {label}
          <span className="sr-only">
            {' '}
            ({video.kind === 'audio' ? 'à écouter' : 'vidéo'} sur {provider})
          </span>
        </span>
      </a>
      <figcaption className="px-4 pb-3 pt-1 text-step--1 text-muted">
        {video.kind === 'audio' ? 'Podcast hébergé' : 'Vidéo hébergée'} par {provider} : le lien
        ouvre son site, qui applique ses propres conditions et cookies. Rien n’est chargé depuis{' '}
        {provider} avant ce clic.
      </figcaption>
    </figure>
  );
}
