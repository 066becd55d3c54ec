/**
 * What an embedded frame of a host the site does not know becomes: a link to it, with its host
 * named. Nothing is loaded from that host by the page.
 */
export function ExternalEmbed({ src = '', title }: { src?: string; title?: string }) {
  let host: string;
  try {
    const url = new URL(src);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    host = url.hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
  return (
    <aside
      aria-label="Contenu externe"
      className="rounded-lg border border-line bg-surface p-4"
      data-media-card=""
    >
      <a href={src} className="font-bold">
        {title || `Ouvrir le contenu sur ${host}`}
      </a>
      <p className="mt-1 text-step--1 text-muted">
        Contenu hébergé par {host}, affiché sur son site : rien n’est chargé depuis {host} avant ce
        clic.
      </p>
    </aside>
  );
}
