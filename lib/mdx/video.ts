/**
 * A video or podcast episode of a known host, as the site links to it: its page on the host,
 * never an embed.
 */
export interface Video {
  /** The host's name as visitors know it: « YouTube », « Acast », « video.mentor.gouv.fr »… */
  provider: string;
  kind: 'video' | 'audio';
  /** The episode's page on its host, where it plays (a link, not an embed). */
  pageUrl: string;
}

const YOUTUBE_HOSTS = new Set([
  'youtube.com',
  'www.youtube.com',
  'm.youtube.com',
  'youtube-nocookie.com',
  'www.youtube-nocookie.com',
  'youtu.be',
]);
const DAILYMOTION_HOSTS = new Set(['dailymotion.com', 'www.dailymotion.com', 'dai.ly']);
const ID = /^[\w-]{3,64}$/;

/**
 * Reads the address of a video or podcast player (embed, page or short link) of a host the site
 * knows: YouTube, Dailymotion, Vimeo, any PeerTube instance (video.mentor.gouv.fr is one), Acast.
 * Anything else, or an address without an episode id, is `undefined`.
 */
const dailymotion = (id: string): Video => ({
  provider: 'Dailymotion',
  kind: 'video',
  pageUrl: `https://www.dailymotion.com/video/${id}`,
});

export function parseVideoUrl(src: string): Video | undefined {
  let url: URL;
  try {
    url = new URL(src.startsWith('//') ? `https:${src}` : src);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  const host = url.hostname.toLowerCase();
  const parts = url.pathname.split('/').filter(Boolean);
  if (YOUTUBE_HOSTS.has(host)) {
    const id =
      host === 'youtu.be'
        ? parts[0]
        : parts[0] === 'embed' || parts[0] === 'shorts' || parts[0] === 'live'
          ? parts[1]
          : parts[0] === 'watch'
            ? (url.searchParams.get('v') ?? undefined)
            : undefined;
    if (!id || !ID.test(id) || id === 'videoseries') return undefined;
    return { provider: 'YouTube', kind: 'video', pageUrl: `https://www.youtube.com/watch?v=${id}` };
  }
  if (DAILYMOTION_HOSTS.has(host)) {
    const id =
      host === 'dai.ly'
        ? parts[0]
        : parts[0] === 'embed' && parts[1] === 'video'
          ? parts[2]
          : parts[0] === 'video'
            ? parts[1]
            : undefined;
    if (!id || !ID.test(id)) return undefined;
    return dailymotion(id);
  }
  if (host === 'geo.dailymotion.com') {
    const id = url.searchParams.get('video');
    if (!id || !ID.test(id)) return undefined;
    return dailymotion(id);
  }
  if (host === 'player.vimeo.com' || host === 'vimeo.com' || host === 'www.vimeo.com') {
    const id = parts[0] === 'video' ? parts[1] : parts[0];
    if (!id || !/^\d{3,15}$/.test(id)) return undefined;
    return { provider: 'Vimeo', kind: 'video', pageUrl: `https://vimeo.com/${id}` };
  }
  if (host === 'shows.acast.com' && parts[1] === 'episodes' && parts[0] && parts[2]) {
    if (!ID.test(parts[0]) || !ID.test(parts[2])) return undefined;
    return {
      provider: 'Acast',
      kind: 'audio',
      pageUrl: `https://shows.acast.com/${parts[0]}/episodes/${parts[2]}`,
    };
  }
  if (host === 'embed.acast.com') {
    // embed.acast.com/$/<show>/<episode> or embed.acast.com/<show>/<episode>
    const [show, episode] = parts[0] === '$' ? parts.slice(1) : parts;
    if (!show || !episode || !ID.test(show) || !ID.test(episode)) return undefined;
    return {
      provider: 'Acast',
      kind: 'audio',
      pageUrl: `https://shows.acast.com/${show}/episodes/${episode}`,
    };
  }
  // PeerTube, whatever the instance: /videos/embed/<id> plays what /w/<id> shows.
  const peertube =
    parts[0] === 'videos' && (parts[1] === 'embed' || parts[1] === 'watch')
      ? parts[2]
      : parts[0] === 'w' && parts.length === 2
        ? parts[1]
        : undefined;
  if (url.protocol === 'https:' && peertube) {
    if (!ID.test(peertube)) return undefined;
    return { provider: host, kind: 'video', pageUrl: `https://${host}/w/${peertube}` };
  }
  return undefined;
}
