/** A video of a supported host, as the site links to it: its page on the host, never an embed. */
export interface Video {
  provider: 'YouTube' | 'Dailymotion';
  /** The video's page on its host, where it plays (a link, not an embed). */
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
 * Reads a YouTube or Dailymotion address (embed, page or short link). Anything else, or an
 * address without a video id, is `undefined`: the caller refuses it.
 */
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
    return { provider: 'YouTube', pageUrl: `https://www.youtube.com/watch?v=${id}` };
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
    return { provider: 'Dailymotion', pageUrl: `https://www.dailymotion.com/video/${id}` };
  }
  if (host === 'geo.dailymotion.com') {
    const id = url.searchParams.get('video');
    if (!id || !ID.test(id)) return undefined;
    return { provider: 'Dailymotion', pageUrl: `https://www.dailymotion.com/video/${id}` };
  }
  return undefined;
}
